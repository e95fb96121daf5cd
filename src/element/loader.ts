/** Loading the data: from `src` (fetched; a TimelineJS3 file converted), `data` or `events`, or written inside the element; validated. */
import type { ReactiveController, ReactiveElement } from 'lit';
import { formatterWarmers } from '../core/format.js';
import { loadMessages, messagesFor } from '../core/messages.js';
import { readTimeline } from '../core/sources.js';
import type { DataIssue, TimelineData } from '../core/types.js';
import type { ValidationResult } from '../core/validate.js';
import { fetchTimeline, LoadError } from './load.js';
import type { Validators } from './load.js';
import type { LanguageController } from './language.js';
import type { WorkerInput, WorkerResult } from './remote.js';
import { lazy } from './lazy.js';
import { textMeasurer } from './measure.js';

/** Where the data comes from. */
export type Source = { kind: 'src'; url: string } | { kind: 'value'; value: unknown };

export type LoadState = 'empty' | 'loading' | 'ready' | 'failed';

/** The reader of data written inside the element: fetched only for such an element. */
const inline = lazy(() => import('./inline.js'));

/** Reading large data in a worker (cdn/remote.js, which starts cdn/worker.js), and opening "+N" there: fetched only for such data. */
export const remote = lazy(() => import('./remote.js'));

/** More events than this assigned (`data`, `events`) are read in a worker. */
const LARGE_LIST = 5000;

/** An element whose `worker` says whether large data may be read in a worker ('off': never). */
type LoaderHost = ReactiveElement & { worker: string };

export class Loader implements ReactiveController {
  readonly #host: LoaderHost;
  /** The language of the messages that say why data could not be loaded. */
  readonly #language: LanguageController;
  /** The data could not be loaded (the host fires talks-error). */
  readonly #failed: (issue: DataIssue) => void;
  state: LoadState = 'empty';
  /** The validated data; the host's changedProperties has 'valid' when it changed. */
  valid: TimelineData | null = null;
  /** Problems found in the data (errors and warnings), or why it could not be loaded. */
  issues: DataIssue[] = [];
  /** Events in the data, shown or not. */
  total = 0;
  /** New data was accepted: the host says so (talks-load) once it has drawn it, and clears this. */
  fresh = false;
  /** The data accepted last is a new version of the data shown before (`refresh`, or data assigned again): the reader keeps their place. */
  update = false;
  /** How far a large load has come (0–1), read in a worker; null otherwise. */
  progress: number | null = null;
  /** The model of the data accepted last, when a worker made it (in `lang`), and the worker if it was kept to open "+N". */
  made: WorkerResult | null = null;
  /** The ETag and Last-Modified of the file shown: `refresh` asks whether it changed since. */
  validators: Validators | null = null;
  /** Resolves once a new version of the data shown can be compared with it (that module is fetched). */
  readonly #beforeUpdate: () => Promise<unknown>;
  #source: Source | null = null;
  /** Counts the sources given: what arrives for an earlier one is dropped. */
  #generation = 0;
  #abort: AbortController | null = null;

  constructor(host: LoaderHost, language: LanguageController, failed: (issue: DataIssue) => void, beforeUpdate: () => Promise<unknown>) {
    this.#language = language;
    this.#failed = failed;
    this.#beforeUpdate = beforeUpdate;
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    // Data written inside the element (JSON, or a fallback <ol> of events): read by a module fetched for it.
    const host = this.#host;
    if (this.#source || !host.querySelector(':scope > script[type="application/json"], :scope > ol')) return;
    void inline.load().then((m) => {
      if (!m || this.#source) return; // data given meanwhile wins
      try {
        this.use({ kind: 'value', value: m.readInline(host, messagesFor(this.#language.lang)) });
      } catch (e) {
        this.#fail(e as Error);
      }
    });
  }

  /** Show data from this source from now on. */
  use(source: Source): void {
    this.#source = source;
    const generation = ++this.#generation;
    this.#abort?.abort();
    this.#abort = null;
    const abort = (this.#abort = new AbortController());
    // Data assigned again while some is shown is a new version of it.
    const update = source.kind === 'value' && this.state === 'ready';
    // Every form of data is read by the core's one way in (a file's text, after fetching it); large
    // data in a worker, where one starts.
    const value = source.kind === 'value' && (source.value as { events?: unknown[] } | unknown[] | null);
    const large = !!value && ((Array.isArray(value) ? value : value.events)?.length ?? 0) > LARGE_LIST;
    // Large data in a worker unless the host says worker="off"; null: none started (it is read here).
    const inWorker = async (input: WorkerInput) =>
      (this.#host.worker !== 'off' && (await remote.load())?.readInWorker(this.#host, this, this.#language.lang, input, abort.signal)) ||
      null;
    const read =
      source.kind === 'value'
        ? Promise.all([
            large ? inWorker({ value }).then((r) => r ?? readTimeline(value)) : readTimeline(value),
            update && this.#beforeUpdate(),
          ]).then(([result]) => result)
        : fetchTimeline(
            source.url,
            abort.signal,
            loadMessages(this.#language.lang),
            (v) => (this.validators = v),
            undefined,
            (response, options, failure) => inWorker({ response, options, failure }),
          );
    this.progress = null;
    if (source.kind === 'src' || (large && !update)) {
      this.state = 'loading';
      this.#host.requestUpdate();
      // While the file is on its way (the main thread is idle), each in a task of its own: the locale
      // data and the text measurement the first frame needs.
      const host = this.#host;
      for (const step of formatterWarmers(this.#language.lang)) setTimeout(step);
      setTimeout(() => {
        if (!host.isConnected) return; // no font to read
        const { measure } = textMeasurer(host);
        for (const role of ['title', 'date'] as const) measure?.('0', role);
      });
    }
    read.then(
      (result) => {
        if (generation !== this.#generation) return;
        // A fetched file is drawn in a task after the one that read it: two shorter tasks, not one long one.
        if (source.kind === 'src') setTimeout(() => generation === this.#generation && this.#accept(result!, false));
        else this.#accept(result!, update);
      },
      (e: Error) => {
        if (generation === this.#generation && e.name !== 'AbortError') this.#fail(e);
      },
    );
  }

  /** A new version of the file shown, fetched by `refresh`. */
  refreshed(result: ValidationResult): void {
    ++this.#generation;
    this.#accept(result, true);
  }

  #accept(result: ValidationResult, update: boolean): void {
    const { data, issues, total } = result;
    this.#abort = null;
    this.fresh = true;
    this.update = update;
    this.#show('ready', data, issues, total, 'model' in result ? (result as WorkerResult) : null);
  }

  #fail(e: Error): void {
    const issue = e instanceof LoadError ? e.issue : { path: '', message: String(e), severity: 'error' as const }; // unexpected: as the browser says it
    this.#abort = null;
    this.#show('failed', null, [issue], 0);
    this.#failed(issue);
  }

  /** Show the data in this state, with the model a worker `made` of it (the worker kept for the data before ends). */
  #show(state: LoadState, valid: TimelineData | null, issues: DataIssue[], total: number, made: WorkerResult | null = null): void {
    const old = this.valid;
    this.made?.opener?.close();
    this.made = made;
    this.progress = null;
    this.state = state;
    this.valid = valid;
    this.issues = issues;
    this.total = total;
    this.#host.requestUpdate('valid', old, undefined, true, valid);
    this.#host.requestUpdate();
  }
}
