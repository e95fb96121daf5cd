/** Loading the data: from `src` (fetched; a TimelineJS3 file converted), `data` or `events`, or written inside the element; validated. */
import type { ReactiveController, ReactiveElement } from 'lit';
import { loadMessages, messagesFor } from '../core/messages.js';
import { rebaseMedia } from '../core/media-url.js';
import { isTimelineJS } from '../core/timelinejs-shape.js';
import { validate } from '../core/validate.js';
import type { DataIssue, TimelineData } from '../core/types.js';
import { fetchTimeline, LoadError } from './load.js';
import type { LanguageController } from './language.js';
import { lazy } from './lazy.js';

/** Where the data comes from. */
export type Source = { kind: 'src'; url: string } | { kind: 'value'; value: unknown };

export type LoadState = 'empty' | 'loading' | 'ready' | 'failed';

/** Modules fetched only for such data: the TimelineJS3 importer, the reader of data written inside the element. */
const timelineJS = lazy(() => import('../core/timelinejs.js'));
const inline = lazy(() => import('./inline.js'));

export class Loader implements ReactiveController {
  readonly #host: ReactiveElement;
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
  #source: Source | null = null;
  /** Counts the sources given: what arrives for an earlier one is dropped. */
  #generation = 0;
  #abort: AbortController | null = null;

  constructor(host: ReactiveElement, language: LanguageController, failed: (issue: DataIssue) => void) {
    this.#language = language;
    this.#failed = failed;
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
    if (source.kind === 'value') return this.#accept(source.value);
    const abort = (this.#abort = new AbortController());
    this.state = 'loading';
    this.#host.requestUpdate();
    fetchTimeline(source.url, abort.signal, loadMessages(this.#language.lang)).then(
      (json) => {
        if (generation === this.#generation) this.#accept(json);
      },
      (e: Error) => {
        if (generation === this.#generation && e.name !== 'AbortError') this.#fail(e);
      },
    );
  }

  #accept(json: unknown, generation = this.#generation, converted: DataIssue[] = []): void {
    this.#abort = null;
    // A TimelineJS3 file (told by its shape) is converted by a module fetched for it, then validated.
    if (isTimelineJS(json)) {
      void timelineJS.load().then((m) => {
        if (m && generation === this.#generation) {
          const { data, issues } = m.fromTimelineJS(json);
          this.#accept(data, generation, issues);
        }
      });
      return;
    }
    const { data, issues, total } = validate(json);
    if (this.#source?.kind === 'src') rebaseMedia(data.events, new URL(this.#source.url, document.baseURI).href);
    this.fresh = true;
    this.#show('ready', data, [...converted, ...issues], total + converted.filter((i) => i.severity === 'error').length);
  }

  #fail(e: Error): void {
    const issue = e instanceof LoadError ? e.issue : { path: '', message: String(e), severity: 'error' as const }; // unexpected: as the browser says it
    this.#abort = null;
    this.#show('failed', null, [issue], 0);
    this.#failed(issue);
  }

  #show(state: LoadState, valid: TimelineData | null, issues: DataIssue[], total: number): void {
    const old = this.valid;
    this.state = state;
    this.valid = valid;
    this.issues = issues;
    this.total = total;
    this.#host.requestUpdate('valid', old, undefined, true, valid);
    this.#host.requestUpdate();
  }
}
