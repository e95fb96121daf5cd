/** Data requests started as the bundle begins to run, for <talks-timeline src> elements already in the page. */
// Imported first by define.ts (and importing nothing), so it runs before the rest of the bundle is
// evaluated: the file is on its way while the element is still being defined. The element takes the
// request for its URL when it first loads it (load.ts); a request nobody takes is cancelled.

/** How every timeline file is requested. */
export const REQUEST_INIT: RequestInit = { credentials: 'same-origin', headers: { accept: 'application/json' } };

/** Requests not yet taken, by absolute URL. */
const early = new Map<string, { response: Promise<Response>; cancel: AbortController }>();

/** Cancelled if not taken by then, ms. */
const UNCLAIMED_AFTER = 10_000;

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** Start fetching the files of the elements in the page that have a `src`. */
export function fetchEarly(root: ParentNode = document): void {
  for (const element of root.querySelectorAll('talks-timeline[src]')) {
    let url: string;
    try {
      url = absolute(element.getAttribute('src')!);
    } catch {
      continue; // not a URL: the element says so when it loads it
    }
    if (early.has(url) || !/^https?:/.test(url)) continue;
    const cancel = new AbortController();
    const response = fetch(url, { ...REQUEST_INIT, signal: cancel.signal });
    response.catch(() => {}); // a failure is the element's to report, when it takes the request
    early.set(url, { response, cancel });
    setTimeout(() => {
      if (early.get(url)?.response !== response) return;
      early.delete(url);
      cancel.abort();
    }, UNCLAIMED_AFTER);
  }
}

/** The response to `url`: the request started early, if there is one (taken, once), else a new one. */
export function request(url: string, signal: AbortSignal): Promise<Response> {
  const href = absolute(url);
  const started = early.get(href);
  if (!started) return fetch(url, { ...REQUEST_INIT, signal });
  early.delete(href);
  if (signal.aborted) started.cancel.abort();
  else signal.addEventListener('abort', () => started.cancel.abort(), { once: true });
  return started.response;
}

// Never a reason for the bundle not to load: without a document or fetch (a server, an old test DOM), nothing.
if (typeof document !== 'undefined' && typeof fetch === 'function') {
  try {
    fetchEarly();
  } catch {
    // the element fetches its file itself, and says what went wrong
  }
}
