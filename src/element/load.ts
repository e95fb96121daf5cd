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

/** Fetch and parse JSON from a URL. Rejects with LoadError (or AbortError when aborted). */
export async function fetchTimeline(url: string, signal: AbortSignal, words: Messages): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new LoadError(fill(words.loadFailed, { url, reason: words.loadNetwork }));
  }
  if (!response.ok) {
    throw new LoadError(fill(words.loadFailed, { url, reason: fill(words.loadHttp, { status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }) }));
  }
  const text = await response.text();
  if (!text.trim()) throw new LoadError(fill(words.loadFailed, { url, reason: words.loadEmpty }));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError(fill(words.loadFailed, { url, reason: words.loadJson }));
  }
}

/** Parse the JSON of an inline `<script type="application/json">`. */
export function parseInline(text: string, words: Messages): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError(words.loadInline);
  }
}
