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
    if (lang && lang !== 'en' && (!el?.getAttribute('src')?.includes(`.${lang}.json`) || doc.title.startsWith('Istanbul peace talks'))) return null;
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
