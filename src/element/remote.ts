/** Large data read in a Web Worker (cdn/worker.js): parse, validation, model and unzoomed layout off the main thread; the page gets the model in short tasks and the layout ready to zoom, and "+N" opened there when a zoom rests. */
import { dateReader } from '../core/edtf.js';
import { laidOut } from '../core/horizontal.js';
import type { Hidden, Layout } from '../core/horizontal.js';
import { itemOf } from '../core/model.js';
import type { TimelineItem, TimelineModel } from '../core/model.js';
import { adoptPlan } from '../core/portable-plan.js';
import type { ValidationResult } from '../core/validate.js';
import { fromColumns, probeWidths } from '../worker/protocol.js';
import type { FromWorker, LayoutSettings, Opened, ToWorker, WorkerFailure } from '../worker/protocol.js';
import type { ReactiveElement } from 'lit';
import type { ReadOptions } from '../core/sources.js';
import { fill } from '../core/messages.js';
import { MAX_MB } from './load.js';
import type { Failure } from './load.js';
import { textMeasurer } from './measure.js';

/** What the worker read: the validation result, and the model it is drawn from (its unzoomed layout kept for `layout()`). */
export interface WorkerResult extends ValidationResult {
  model: TimelineModel;
  lang: string;
  /** The worker, kept to open "+N" when a zoom rests (null: it made no layout, and has ended). */
  opener: RemoteOpener | null;
}

/** The workers kept, by the unzoomed layout they made (as kept on the page): only zooms of it are opened there. */
const openers = new WeakMap<Hidden, RemoteOpener>();
/**
 * A kept worker ends when that layout is gone (its element and data with it), if it was not closed before
 * (new data shown): an element moved in the page keeps its worker, one dropped does not keep it running.
 */
const ends = new FinalizationRegistry<Worker>((worker) => worker.terminate());

/**
 * `frame` (a zoom's layout) with "+N" opened around `range`, as `openAggregates(frame, range)` gives it,
 * worked out in the worker that made the layout it zooms; null when there is none: the data was laid out
 * on the page, or laid out again here (another width, tracks expanded, new data), or the worker has ended.
 */
export function openInWorker(frame: Layout, range: [number, number]): Promise<Layout | null> | null {
  const hidden = laidOut.get(frame)?.hidden;
  return (hidden && openers.get(hidden)?.open(frame, range)) || null;
}

/**
 * The worker that laid the data out, kept: it holds the model and its unzoomed layout, and works out
 * "+N" opened when the page's zoom rests (placing and measuring the hidden events it draws), so that
 * the page only draws them. Until `close()` (new data shown), or that layout is gone.
 */
export class RemoteOpener {
  readonly #worker: Worker;
  #asked = 0;
  /** Requests sent, by id: each resolves with the answer (null: none, the worker ended). */
  readonly #waiting = new Map<number, (opened: Opened | null) => void>();
  #closed = false;

  constructor(worker: Worker, hidden: Hidden) {
    this.#worker = worker;
    openers.set(hidden, this);
    ends.register(hidden, worker);
    worker.onmessage = ({ data: message }: MessageEvent<FromWorker>) => {
      if (message.type !== 'opened') return;
      this.#waiting.get(message.id)?.(message.opened);
      this.#waiting.delete(message.id);
    };
    worker.onerror = (e) => {
      e.preventDefault(); // not the page's error: "+N" is opened on the page instead
      this.close();
    };
  }

  /**
   * `frame` (a zoom of the worker's layout) with "+N" opened around `range`, as `openAggregates(frame,
   * range)` gives it, worked out in the worker; null when the worker has ended (also if it ends meanwhile).
   */
  open(frame: Layout, range: [number, number]): Promise<Layout | null> | null {
    if (this.#closed) return null;
    const id = ++this.#asked;
    this.#worker.postMessage({ type: 'open', id, k: frame.zoom.k, direction: frame.direction, range } satisfies ToWorker);
    return new Promise((resolve) => this.#waiting.set(id, (opened) => resolve(opened && { ...frame, ...opened })));
  }

  /** End the worker (new data is shown): "+N" is opened on the page from now on. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#worker.terminate();
    for (const answer of this.#waiting.values()) answer(null);
    this.#waiting.clear();
  }
}

/** Events per message when an assigned list is sent to the worker: each is sent in a short task. */
const EVENTS_PER_MESSAGE = 5000;

/** What is read: a response (how `readTimeline` reads its text, and how fetchTimeline says it failed), or an assigned value. */
export type WorkerInput = { response: Response; options: ReadOptions; failure: Failure } | { value: unknown };

/** The loader a worker reads for: how far it has come (0–1) is kept there, its host drawn again. */
interface ReadingLoader {
  progress: number | null;
}

/** The layout settings of `host` now: its width, font, language, and a few widths measured in its font. */
function settingsOf(
  host: HTMLElement,
  lang: string,
): { settings: LayoutSettings; measure?: (text: string, role: 'title' | 'date' | 'tick') => number } {
  const { em, measure } = textMeasurer(host);
  const family = getComputedStyle(host).fontFamily || 'sans-serif';
  const settings = { width: host.clientWidth || 800, em, family, lang, probe: measure ? probeWidths(measure) : [] };
  return { settings, measure };
}

/** The Trusted Types a page that enforces them gives script URLs through (as far as used here). */
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

/**
 * The worker's URL, as a Trusted Types script URL where the page has them: through the policy
 * "talks-timeline", which a page enforcing Trusted Types must allow (`trusted-types lit-html
 * talks-timeline`); where it does not, creating it throws and the data is read on the page.
 */
let trustedWorkerUrl: string | undefined;
function workerUrl(): string {
  const url = new URL('../worker/worker.js', import.meta.url).href;
  const trustedTypes = (window as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!trustedTypes) return url;
  trustedWorkerUrl ??= trustedTypes
    .createPolicy('talks-timeline', {
      createScriptURL: (asked) => {
        if (asked !== url) throw new TypeError(`talks-timeline starts only its own worker, not ${asked}`);
        return asked;
      },
    })
    .createScriptURL(url);
  return trustedWorkerUrl;
}

/** A started worker, once it says it runs; null when it cannot start (a policy without workers, an old browser). */
function startWorker(): Promise<Worker | null> {
  let worker: Worker;
  try {
    worker = new Worker(workerUrl(), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    worker.onmessage = () => resolve(worker);
    worker.onerror = (e) => {
      e.preventDefault(); // not the page's error: the data is read here instead
      worker.terminate();
      resolve(null);
    };
  });
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Read `input` in a worker, keeping how far it has come in `loader.progress`. Resolves null when no worker
 * could start (nothing of the input is used: the caller reads it on the main thread).
 */
export async function readInWorker(
  host: ReactiveElement,
  loader: ReadingLoader,
  lang: string,
  input: WorkerInput,
  signal: AbortSignal,
): Promise<WorkerResult | null> {
  const worker = await startWorker();
  if (!worker) return null;
  const progress = (done: number) => {
    loader.progress = done;
    host.requestUpdate();
  };
  const { settings, measure } = settingsOf(host as unknown as HTMLElement, lang);
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  return new Promise<WorkerResult | null>((resolve, reject) => {
    const done = () => {
      worker.terminate();
      signal.removeEventListener('abort', aborted);
    };
    const fail = (e: Error) => {
      done();
      reject(e);
    };
    // A file the worker could not read fails as fetchTimeline says; assigned data is read on the page instead.
    const failed = (why: WorkerFailure) => {
      if (!('response' in input)) return (done(), resolve(null));
      void input.failure((w) => (why === 'loadTooBig' ? fill(w.loadTooBig, { max: MAX_MB }) : w[why])).then(fail);
    };
    const aborted = () => fail(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', aborted);
    worker.onerror = (e) => {
      e.preventDefault();
      failed('loadNetwork');
    };
    let head: Extract<FromWorker, { type: 'read' }> | null = null;
    let items: TimelineItem[] = [];
    const readDate = dateReader();
    worker.onmessage = ({ data: message }: MessageEvent<FromWorker>) => {
      if (message.type === 'progress') progress(message.done);
      else if (message.type === 'failed') failed(message.reason);
      else if (message.type === 'read') {
        head = message;
        items = new Array<TimelineItem>(message.count);
      } else if (message.type === 'items') {
        const { from, tracks } = message;
        fromColumns(message.events).forEach(
          (e, i) => (items[from + i] = itemOf(e, readDate(e.date), e.status ?? 'occurred', tracks[i], lang)),
        );
      } else if (message.type === 'plan' && head) {
        const model: TimelineModel = {
          title: head.head.title,
          description: head.head.description,
          eras: head.eras,
          tracks: head.tracks,
          items,
        };
        const { width, em } = settings;
        const hidden = message.plan && measure ? adoptPlan(model, { width, em, measure, lang }, message.plan) : null;
        // The worker is kept to open "+N" when it made the layout: until new data is shown, the layout is
        // gone, or (data given meanwhile, so this is dropped) the reading is aborted.
        signal.removeEventListener('abort', aborted);
        const opener = hidden && new RemoteOpener(worker, hidden);
        if (opener) signal.addEventListener('abort', () => opener.close(), { once: true });
        else worker.terminate();
        progress(1);
        // The data drawn: its events in date order (the model's), which read again give the same model.
        const data = { ...head.head, events: items.map((it) => it.event) };
        resolve({ data, issues: head.issues, total: head.total, model, lang, opener });
      }
    };
    void sendInput(input, send, progress, settings).catch((e: Error) =>
      e.name === 'AbortError' ? fail(e) : failed(e.message === 'loadTooBig' ? 'loadTooBig' : 'loadNetwork'),
    );
  });
}

/** Send what is to be read: a file's bytes as they arrive (each chunk moved, not copied), or an assigned list in parts. */
async function sendInput(
  input: WorkerInput,
  send: (message: ToWorker, transfer?: Transferable[]) => void,
  progress: (done: number) => void,
  settings: LayoutSettings,
): Promise<void> {
  if ('response' in input) {
    const { response, options } = input;
    const length = Number(response.headers.get('content-length')) || 0;
    const reader = response.body!.getReader();
    let size = 0;
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        size += r.value.length;
        if (size > MAX_MB * 1e6) {
          void reader.cancel();
          throw new Error('loadTooBig');
        }
        send({ type: 'bytes', bytes: r.value }, [r.value.buffer]);
        if (length) progress((0.6 * size) / length);
      }
    } finally {
      reader.releaseLock();
    }
    return send({ type: 'read', file: true, url: options.baseUrl ?? '', mediaType: options.type ?? '', head: null, settings });
  }
  // An assigned list goes in parts, each in a task of its own (sending copies it).
  const value = input.value as Record<string, unknown> | unknown[];
  const events = (Array.isArray(value) ? value : value.events) as unknown[];
  for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
    send({ type: 'events', events: events.slice(from, from + EVENTS_PER_MESSAGE) });
    progress((0.6 * from) / events.length);
    await nextTask();
  }
  const { events: _events, ...head } = Array.isArray(value) ? { events } : value;
  send({ type: 'read', file: false, url: '', mediaType: '', head: Array.isArray(value) ? null : head, settings });
}
