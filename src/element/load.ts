/** Fetching a timeline file: HTTP and parse failures become readable issues. */
import { fill } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import type { DataIssue } from '../core/types.js';

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
 * Fetch and parse JSON from a URL. Rejects with LoadError (or AbortError when aborted), its
 * message in the page's words (which may still be arriving in a language pack).
 */
export async function fetchTimeline(url: string, signal: AbortSignal, words: Promise<Messages>): Promise<unknown> {
  const failure = async (reason: (w: Messages) => string) => {
    const w = await words;
    return new LoadError(fill(w.loadFailed, { url, reason: reason(w) }));
  };
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw await failure((w) => w.loadNetwork);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw await failure((w) => fill(w.loadHttp, { status }));
  }
  const text = await readCapped(response);
  if (text === null) throw await failure((w) => fill(w.loadTooBig, { max: MAX_MB }));
  if (!text.trim()) throw await failure((w) => w.loadEmpty);
  // A spreadsheet (by its type or name): read by a module fetched for it.
  if (/text\/csv|\.csv\b/i.test(`${response.headers.get('content-type')} ${url}`)) return (await import('../core/csv.js')).fromCSV(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw await failure((w) => w.loadJson);
  }
}
