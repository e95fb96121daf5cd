/** Fetching a timeline file: HTTP and parse failures become readable issues. */
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
export async function fetchTimeline(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new LoadError(`Could not load the timeline from ${url}: the network request failed.`);
  }
  if (!response.ok) {
    throw new LoadError(`Could not load the timeline from ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const text = await response.text();
  if (!text.trim()) throw new LoadError(`Could not load the timeline from ${url}: the file is empty.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError(`Could not load the timeline from ${url}: the file is not valid JSON.`);
  }
}

/** Parse the JSON of an inline `<script type="application/json">`. */
export function parseInline(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError('The inline timeline data (<script type="application/json">) is not valid JSON.');
  }
}
