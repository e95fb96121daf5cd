/** Shared test helpers: loading the demo page in an iframe and waiting for its timeline. */
import type { TalksTimeline } from '../src/element/talks-timeline.js';

export async function loadDemo(width = 1280, height = 900, query = ''): Promise<{ frame: HTMLIFrameElement; timeline: TalksTimeline }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const timeline = await waitFor(() => {
    const el = doc.querySelector('talks-timeline') as TalksTimeline | null;
    const lang = new URLSearchParams(query).get('lang');
    // A translated demo swaps its data and texts after load: wait for the translated file and page title.
    if (lang && lang !== 'en' && (!el?.getAttribute('src')?.includes(`.${lang}.json`) || doc.title.startsWith('Istanbul peace talks')))
      return null;
    const ready = el?.shadowRoot?.querySelector('.events li') && !el.shadowRoot.querySelector('.loading');
    return ready ? el : null;
  });
  await timeline.updateComplete;
  return { frame, timeline };
}

export async function waitFor<T>(probe: () => T | null | undefined, timeout = 10_000): Promise<T> {
  const until = performance.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The <time> elements of the accessible event button whose id is given. */
export function timesOf(timeline: TalksTimeline, id: string): HTMLTimeElement[] {
  const button = timeline.shadowRoot!.querySelector(`.events button[data-id="${id}"]`);
  if (!button) throw new Error(`no event button for ${id}`);
  return [...button.querySelectorAll('time')];
}

/** A `fetch` call seen by `trackFetches`: what was asked, and a promise that settles once it has ended. */
export interface TrackedFetch {
  url: string;
  signal: AbortSignal | null;
  /**
   * Settles (never rejects) once the request has ended: failed or aborted, or its whole body
   * arrived (read through a clone, so the caller's own reading is untouched).
   */
  done: Promise<void>;
}

/**
 * Watch `window.fetch` until `restore()`: every call is recorded with a promise for its end, so a
 * test can wait for a request to be over (a positive signal) instead of sleeping.
 */
export function trackFetches(): { calls: TrackedFetch[]; settled(): Promise<void>; restore(): void } {
  const realFetch = window.fetch;
  const calls: TrackedFetch[] = [];
  window.fetch = (input, init) => {
    const response = realFetch(input, init);
    // Registered before the caller's own handlers: the clone is taken before anyone reads the body.
    const done = response
      .then((r) => r.clone().arrayBuffer())
      .then(
        () => undefined,
        () => undefined,
      );
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, signal: init?.signal ?? (input instanceof Request ? input.signal : null), done });
    return response;
  };
  return {
    calls,
    settled: async () => {
      await Promise.all(calls.map((c) => c.done));
    },
    restore: () => {
      window.fetch = realFetch;
    },
  };
}

/** Every `type` event that reaches `target` (e.g. window) until `stop()`, with what it was by then (defaultPrevented). */
export function collectEvents<E extends Event>(target: EventTarget, type: string): { events: E[]; stop(): void } {
  const events: E[] = [];
  const listener = (e: Event) => events.push(e as E);
  // Passive: the listener only looks, it changes nothing about scrolling.
  target.addEventListener(type, listener, { passive: true });
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/** axe's violations in a frame's document ("id: help (nodes)"); axe is added to the frame once (a script of this document, which a page with Trusted Types adopts). */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & {
    axe?: { run: (ctx: Document) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
  };
  if (!win.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      frame.contentDocument!.head.append(script);
    });
  }
  const result = await win.axe!.run(frame.contentDocument!);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}
