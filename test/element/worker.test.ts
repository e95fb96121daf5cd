/** Large data read in a Web Worker: the same drawing as on the main thread, a progress bar while it loads, the same behaviour after. */
import { expect } from '@open-wc/testing';
import { drawingMarkup, drawnIds, LARGE_SRC, mount, next, settle, shadow } from './fixtures.js';
import { waitFor } from '../helpers.js';
import { randomTimeline } from '../../bench/data.mjs';
import type { TalksErrorDetail, TalksLoadDetail, TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

/** Two elements, one with worker="off", given the same data; resolves once both have drawn it. */
async function pair(
  give: (el: TalksTimeline) => void,
): Promise<{ inWorker: TalksTimeline; here: TalksTimeline; loads: TalksLoadDetail[] }> {
  const inWorker = mount(1280).el;
  const here = mount(1280).el;
  here.setAttribute('worker', 'off');
  const loaded = [next<TalksLoadDetail>(inWorker, 'talks-load', 15_000), next<TalksLoadDetail>(here, 'talks-load', 15_000)];
  give(inWorker);
  give(here);
  const loads = (await Promise.all(loaded)).map((e) => e.detail);
  await settle(inWorker);
  await settle(here);
  return { inWorker, here, loads };
}

describe('large data in a worker', () => {
  it('a src file over 1 MB is read in the worker and drawn exactly as on the main thread, zoomed and opened too', async () => {
    const { inWorker, here, loads } = await pair((el) => el.setAttribute('src', LARGE_SRC));
    expect(loads).to.deep.equal([
      { events: 12000, issues: 0, worker: true },
      { events: 12000, issues: 0, worker: false },
    ]);
    expect(drawnIds(inWorker).length).to.be.greaterThan(50);
    expect(drawingMarkup(inWorker)).to.equal(drawingMarkup(here));
    expect(shadow(inWorker).querySelector('[part="summary"]')!.textContent).to.equal(
      shadow(here).querySelector('[part="summary"]')!.textContent,
    );
    // Zoomed in, and once the view rests with "+N" opened where the zoom made room: still the same.
    for (const el of [inWorker, here]) await el.zoomTo('2009-06', '2010-06');
    await waitFor(() => drawnIds(inWorker).length > 60 && drawingMarkup(inWorker) === drawingMarkup(here));
    // The records behind the marks are there: selecting one opens its card.
    const id = drawnIds(inWorker)[0];
    inWorker.selected = id;
    await settle(inWorker);
    expect(shadow(inWorker).querySelector('[part="details"] h3')!.textContent).to.equal(
      inWorker.shownEvents.find((e) => e.id === id)!.title,
    );
  });

  it('more than 5,000 events assigned are read in the worker, none lost, drawn as on the main thread', async () => {
    const data = randomTimeline(6000, 11);
    data.events[5] = { ...data.events[5], date: '2025-13-40' }; // a bad event: reported, the rest drawn
    const errors: Event[] = [];
    const { inWorker, here, loads } = await pair((el) => {
      el.addEventListener('talks-error', (e) => errors.push(e));
      el.data = data;
    });
    expect(loads).to.deep.equal([
      { events: 5999, issues: 1, worker: true },
      { events: 5999, issues: 1, worker: false },
    ]);
    expect(errors.length).to.equal(2);
    expect(inWorker.issues).to.deep.equal(here.issues);
    expect(inWorker.issues[0].path).to.equal('/events/5/date');
    expect(drawingMarkup(inWorker)).to.equal(drawingMarkup(here));
    expect(new Set(inWorker.shownEvents.map((e) => e.id))).to.deep.equal(new Set(here.shownEvents.map((e) => e.id)));
  });

  it('a file over 1 MB that is not JSON fails as it does on the main thread: the same message, naming the file', async () => {
    const messages: string[] = [];
    for (const worker of ['auto', 'off']) {
      const { el } = mount(1280);
      el.setAttribute('worker', worker);
      const errored = next<TalksErrorDetail>(el, 'talks-error', 15_000);
      el.setAttribute('src', '/test/large/broken.json');
      messages.push((await errored).detail.issues[0].message);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.equal(messages[messages.length - 1]);
    }
    expect(messages[0]).to.contain('/test/large/broken.json').and.to.contain('not valid JSON');
    expect(messages[0]).to.equal(messages[1]);
  });

  it('shows a progress bar that moves and ends, said once (the loading status), while the page stays responsive', async () => {
    const { el } = mount(1280);
    const values: number[] = [];
    // What a screen reader hears: the live status and its text, each time the drawing changed while loading.
    const said = new Set<string>();
    const listen = () => {
      for (const status of shadow(el).querySelectorAll('[role="status"]'))
        if (status.textContent!.trim()) said.add(status.textContent!.trim());
    };
    const statuses = new Set<Element>();
    const observer = new MutationObserver(() => {
      const bar = shadow(el).querySelector<HTMLProgressElement>('progress[part="progress"]');
      if (bar && bar.value !== values[values.length - 1]) values.push(bar.value);
      const status = shadow(el).querySelector('.loading[role="status"]');
      if (status) statuses.add(status);
      if (bar) listen();
    });
    const loaded = next<TalksLoadDetail>(el, 'talks-load', 15_000);
    el.setAttribute('src', LARGE_SRC);
    await el.updateComplete;
    observer.observe(shadow(el), { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    listen();
    // The page's own timers keep running while the file is read: the longest gap between them is short.
    let last = performance.now();
    let longestGap = 0;
    const ticking = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    expect((await loaded).detail.worker).to.equal(true);
    clearInterval(ticking);
    observer.disconnect();
    expect(values.length, `progress seen: ${values.join(', ')}`).to.be.greaterThan(2);
    expect(
      values.every((v, i) => i === 0 || v >= values[i - 1]),
      values.join(', '),
    ).to.equal(true);
    expect(values[values.length - 1]).to.equal(1);
    // One status, one text, all along: it is said once, not at each step of the bar.
    expect([...said]).to.deep.equal(['Loading timeline…']);
    expect(statuses.size).to.equal(1);
    expect(shadow(el).querySelector('progress'), 'no bar once drawn').to.equal(null);
    expect(longestGap, 'the page was blocked').to.be.lessThan(200);
  });

  it('worker="off" reads large data on the main thread: no worker is started', async () => {
    const started: unknown[] = [];
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started.push(args[0]);
      }
    };
    try {
      const { el } = mount(1280);
      const loaded = next<TalksLoadDetail>(el, 'talks-load', 15_000);
      el.setAttribute('src', LARGE_SRC);
      expect((await loaded).detail.worker).to.equal(true);
      expect(started.length).to.equal(1);
      const { el: off } = mount(1280);
      off.setAttribute('worker', 'off');
      const loadedOff = next<TalksLoadDetail>(off, 'talks-load', 15_000);
      off.setAttribute('src', LARGE_SRC);
      expect((await loadedOff).detail).to.deep.equal({ events: 12000, issues: 0, worker: false });
      expect(started.length).to.equal(1);
    } finally {
      window.Worker = RealWorker;
    }
  });
});
