/** Building <talks-timeline> elements for tests and waiting for what they fire. */
import '../../src/define.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';
import type { TimelineData } from '../../src/core/types.js';

export async function istanbulData(): Promise<TimelineData> {
  return (await fetch('/data/istanbul-talks.json')).json();
}

/** A timeline in a container of a given width, with listeners attached before any data arrives. */
export function mount(width = 1280): { el: TalksTimeline; container: HTMLDivElement; fired: CustomEvent[] } {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const el = document.createElement('talks-timeline');
  const fired: CustomEvent[] = [];
  for (const type of ['talks-load', 'talks-error', 'talks-select']) {
    el.addEventListener(type, (e) => fired.push(e as CustomEvent));
  }
  container.append(el);
  document.body.append(container);
  return { el, container, fired };
}

export function next<T = unknown>(el: EventTarget, type: string, timeout = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    el.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

export function shadow(el: TalksTimeline): ShadowRoot {
  return el.shadowRoot!;
}

export function eventButtons(el: TalksTimeline): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('.events button')];
}

/** Ids of the events drawn (marks in the SVG). */
export function drawnIds(el: TalksTimeline): string[] {
  return [...shadow(el).querySelectorAll<SVGGElement>('svg.drawing .mark')].map((g) => g.dataset.id!);
}

/** 12,000 seeded events: 1.03 MB of JSON, over the 1 MB from which a file is read in a worker. */
export const LARGE_SRC = '/test/large/events-12000.json';

/** The drawing as markup (marks, "+N", axis), for comparing two elements. */
export function drawingMarkup(el: TalksTimeline): string {
  return shadow(el)
    .querySelector('svg.drawing')!
    .outerHTML.replace(/<!--[^>]*-->/g, '');
}

export async function settle(el: TalksTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** The bundled Istanbul data drawn at a width, in British English, settled. */
export async function mountIstanbul(width: number): Promise<TalksTimeline> {
  const { el } = mount(width);
  el.setAttribute('lang', 'en-GB');
  const loaded = next(el, 'talks-load');
  el.data = await istanbulData();
  await loaded;
  await settle(el);
  return el;
}
