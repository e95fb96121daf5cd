/** `refresh`: asking the server on an interval whether the timeline file changed (conditional requests), paused while the page is hidden, backing off after failures. */
import { loadMessages } from '../core/messages.js';
import type { ValidationResult } from '../core/validate.js';
import { REQUEST_INIT } from './early-fetch.js';
import { fetchTimeline } from './load.js';
import type { Validators } from './load.js';

/** The shortest interval between two checks, s: a newsroom's file is not polled harder than this. */
export const MIN_REFRESH_S = 15;
/** The longest wait after failures, ms. */
const MAX_BACKOFF_MS = 10 * 60e3;

export interface RefreshSource {
  /** The file's URL now (null: none to check). */
  readonly url: string | null;
  /** The validators of the version shown (from the response that brought it). */
  validators: Validators | null;
  /** The language of the failure messages. */
  readonly lang: string;
  /** A new version arrived (it was read and validated). */
  changed(result: ValidationResult): void;
  /** The state of the checks changed (a failure to say, or a recovery): draw again. */
  stateChanged(): void;
}

/** The interval a `refresh` value asks for, ms, or 0 for none (at least MIN_REFRESH_S). */
export function refreshInterval(seconds: unknown): number {
  const s = Number(seconds);
  return s > 0 && Number.isFinite(s) ? Math.max(MIN_REFRESH_S, s) * 1e3 : 0;
}

/** Checks one element's file for a new version, every `interval` ms while the page is visible. */
export class RefreshSchedule {
  readonly #source: RefreshSource;
  #interval = 0;
  #timer = 0;
  /** When the last check started (epoch ms), or 0. */
  #lastCheck = 0;
  /** A check fell due while the page was hidden: made when it is shown again. */
  #owed = false;
  /** Checks that failed in a row: each doubles the wait, up to 10 minutes. */
  failures = 0;
  /** Why the last check failed, until one succeeds. */
  failure: string | null = null;
  /** When the next check is due (epoch ms), or 0. */
  nextAt = 0;
  #abort: AbortController | null = null;

  constructor(source: RefreshSource) {
    this.#source = source;
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden' || !this.#interval) return;
    // Shown again: one check at once if a check fell due meanwhile, else keep the schedule.
    if (this.#owed || Date.now() - this.#lastCheck >= this.#wait()) void this.check();
  };

  /** Check every `interval` ms (0: stop). Counting starts again now. */
  start(interval: number): void {
    this.stop();
    this.#interval = interval;
    if (!interval) return;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#lastCheck = Date.now();
    this.#schedule();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = null;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#interval = this.nextAt = 0;
    this.#owed = false;
  }

  /** The wait before the next check: the interval, doubled for each failure in a row (at most 10 minutes, or the interval if longer). */
  #wait(): number {
    const interval = this.#interval;
    return this.failures ? Math.max(interval, Math.min(interval * 2 ** this.failures, MAX_BACKOFF_MS)) : interval;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const wait = this.#wait();
    this.nextAt = this.#lastCheck + wait;
    this.#timer = window.setTimeout(() => void this.check(), Math.max(0, this.nextAt - Date.now()));
  }

  /** Ask for the file now, conditionally: an unchanged file is answered 304, and nothing changes. */
  async check(): Promise<void> {
    const url = this.#source.url;
    if (!this.#interval || !url) return;
    if (document.visibilityState === 'hidden') {
      this.#owed = true; // no request while nobody sees the page
      return;
    }
    this.#owed = false;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#lastCheck = Date.now();
    const validators = this.#source.validators;
    const headers: Record<string, string> = { ...(REQUEST_INIT.headers as Record<string, string>) };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    else if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    let result: ValidationResult | null = null;
    let failed: string | null = null;
    try {
      result = await fetchTimeline(
        url,
        abort.signal,
        loadMessages(this.#source.lang),
        (v) => (this.#source.validators = v),
        // The browser's cache is left out: the request goes to the server with our validators as they are.
        { ...REQUEST_INIT, headers, cache: 'no-store' },
      );
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      failed = (e as Error).message;
    }
    if (abort !== this.#abort || url !== this.#source.url) return; // stopped, or the source changed meanwhile
    this.#abort = null;
    const wasFailing = this.failure;
    this.failure = failed;
    this.failures = failed ? this.failures + 1 : 0;
    this.#schedule();
    if (result) this.#source.changed(result);
    if (failed || wasFailing) this.#source.stateChanged();
  }
}
