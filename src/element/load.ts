/** Fetching a timeline file: HTTP and parse failures become readable issues. */
import { fill } from '../core/messages.js';
import { request } from './early-fetch.js';
import type { Messages } from '../core/messages.js';
import { readTimeline } from '../core/sources.js';
import type { ReadOptions } from '../core/sources.js';
import type { DataIssue } from '../core/types.js';
import type { ValidationResult } from '../core/validate.js';

export class LoadError extends Error {
  readonly issue: DataIssue;
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
    this.issue = { path: '', message, severity: 'error' };
  }
}

/** The largest file read, in MB: past it a page would stall parsing it (README: Limits). */
export const MAX_MB = 50;

/** Why a file could not be loaded, in the page's words (a LoadError naming the file). */
export type Failure = (reason: (w: Messages) => string) => Promise<LoadError>;

/** Reads a large response elsewhere (a worker; rejects with what `failure` makes), or resolves null (then it is read here). */
export type Offload = (response: Response, options: ReadOptions, failure: Failure) => Promise<ValidationResult | null>;

/** What makes a later request for the same file conditional: its ETag and Last-Modified. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** The body as text, or null (and the download stopped) once it is over MAX_MB. */
async function readCapped(response: Response): Promise<string | null> {
  const max = MAX_MB * 1e6;
  if (Number(response.headers.get('content-length')) > max) {
    void response.body?.cancel();
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > max) {
      void reader.cancel();
      return null;
    }
    text += decoder.decode(r.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetch a timeline file and read it (core `readTimeline`: our JSON, a TimelineJS3 file or a
 * spreadsheet). Rejects with LoadError (or AbortError when aborted), its message in the page's words
 * (which may still be arriving in a language pack). `validators` is told the response's.
 * With `send` (a refresh), the request is made with it and resolves null on `304 Not Modified`.
 */
export async function fetchTimeline(
  url: string,
  signal: AbortSignal,
  words: Promise<Messages>,
  validators?: (v: Validators) => void,
  send?: RequestInit,
  offload?: Offload,
): Promise<ValidationResult | null> {
  const failure: Failure = async (reason) => {
    const w = await words;
    return new LoadError(fill(w.loadFailed, { url, reason: reason(w) }));
  };
  let response: Response;
  try {
    response = await (send ? fetch(url, { ...send, signal }) : request(url, signal));
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw await failure((w) => w.loadNetwork);
  }
  if (send && response.status === 304) return null;
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw await failure((w) => fill(w.loadHttp, { status }));
  }
  const headers = response.headers;
  validators?.({ etag: headers.get('etag'), lastModified: headers.get('last-modified') });
  const options = { baseUrl: new URL(url, document.baseURI).href, type: headers.get('content-type') ?? '' };
  // A file over 1 MB is read in a worker where one starts (`offload` resolves null where none does);
  // one declared over MAX_MB is refused below, without downloading it.
  const length = Number(headers.get('content-length'));
  const read = offload && length > 1e6 && length <= MAX_MB * 1e6 && (await offload(response, options, failure));
  if (read) return read;
  const text = await readCapped(response);
  if (text === null) throw await failure((w) => fill(w.loadTooBig, { max: MAX_MB }));
  if (!text.trim()) throw await failure((w) => w.loadEmpty);
  try {
    return await readTimeline(text, options);
  } catch (e) {
    if (e instanceof SyntaxError) throw await failure((w) => w.loadJson);
    throw e;
  }
}
