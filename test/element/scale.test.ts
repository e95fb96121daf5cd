/** Correctness at scale (issue 6): 100,000 events, a bounded DOM, every event reachable, exact aggregates. */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { randomTimeline } from '../../bench/data.mjs';
import { buildModel } from '../../src/core/model.js';
import { layout } from '../../src/core/horizontal.js';
import { openAggregates } from '../../src/core/open.js';
import { validate } from '../../src/core/validate.js';
import { mount, next, settle, shadow } from './fixtures.js';
import type { TalksErrorDetail, TalksLoadDetail, TalksTimeline } from '../../src/element/talks-timeline.js';
import type { TimelineData } from '../../src/core/types.js';

const N = 100_000;
const data = randomTimeline(N) as TimelineData;

beforeEach(() => executeServerCommand('bring-to-front'));
afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

/** The data assigned, read in a worker (worker="auto", the default for this many events) or on the main thread ("off"). */
async function big(width: number, worker: 'auto' | 'off', setup?: (el: TalksTimeline) => void): Promise<TalksTimeline> {
  const { el } = mount(width);
  el.setAttribute('lang', 'en-GB');
  el.setAttribute('worker', worker);
  setup?.(el);
  const loaded = next<TalksLoadDetail>(el, 'talks-load', 20_000);
  el.data = data;
  expect((await loaded).detail.worker).to.equal(worker === 'auto');
  await settle(el);
  return el;
}

function nodes(root: ParentNode): number {
  let n = 0;
  for (const child of root.querySelectorAll('*')) {
    n++;
    if (child.shadowRoot) n += nodes(child.shadowRoot);
  }
  return n;
}

const focusedId = (el: TalksTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;
const button = (el: TalksTimeline, id: string) => shadow(el).querySelector<HTMLButtonElement>(`.events button[data-id="${id}"]`);

describe('100,000 events', function () {
  this.timeout(60_000);

  it('the aggregates count exactly the events they stand for, and every event is drawn or counted once', () => {
    const model = buildModel(validate(data).data, 'en');
    const plan = layout(model, { width: 1280 });
    const drawn = plan.marks.map((m) => m.id);
    const gathered = plan.aggregates.flatMap((a) => a.ids);
    expect(drawn.length + gathered.length).to.equal(N);
    expect(new Set([...drawn, ...gathered]).size).to.equal(N);
    const trackOf = new Map(model.items.map((it) => [it.event.id, it.track]));
    for (const a of plan.aggregates) {
      expect(a.label).to.equal(`+${a.ids.length}`);
      expect(a.ids.every((id) => trackOf.get(id) === a.track)).to.equal(true);
    }
    // Zoomed in, with "+N" opened around the view: still every event once, and more of them drawn.
    const zoomed = openAggregates(layout(model, { width: 1280, zoom: { k: 500, x: 319_360 } }));
    const ids = [...zoomed.marks.map((m) => m.id), ...zoomed.aggregates.flatMap((a) => a.ids)];
    expect(ids.length).to.equal(N);
    expect(new Set(ids).size).to.equal(N);
    expect(zoomed.marks.length).to.be.greaterThan(plan.marks.length);
    for (const a of zoomed.aggregates) expect(a.label).to.equal(`+${a.ids.length}`);
  });
});

// The element's tests at this size, on both paths large data takes: in a worker, and on the main thread.
for (const worker of ['auto', 'off'] as const) {
  describe(`100,000 events, worker="${worker}"`, function () {
    this.timeout(60_000);

    it('horizontal: a bounded DOM, and the keyboard reaches every event (each one leads to the next)', async () => {
      const el = await big(1280, worker);
      expect(el.shownEvents).to.have.length(N);
      expect(nodes(shadow(el))).to.be.below(2000);
      const ids = el.shownEvents.map((e) => e.id);
      // From any event, the next key press reaches its neighbour, which is then in the DOM: by
      // induction from the first event, every event is reachable. Sampled at 40 places, ends included.
      const places = [0, N - 2, ...Array.from({ length: 38 }, (_, i) => Math.floor(((i + 1) * N) / 40))];
      for (const at of places) {
        el.selected = ids[at];
        await settle(el);
        el.selected = null;
        await settle(el);
        button(el, ids[at])!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(focusedId(el), `after event ${at}`).to.equal(ids[at + 1]);
        const li = button(el, ids[at + 1])!.closest('li')!;
        expect(li.getAttribute('aria-posinset')).to.equal(String(at + 2));
        expect(li.getAttribute('aria-setsize')).to.equal(String(N));
      }
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(focusedId(el)).to.equal(ids[N - 1]);
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(focusedId(el)).to.equal(ids[0]);
      expect(nodes(shadow(el))).to.be.below(2000);
    });

    it('a "+N" that hides thousands zooms in on itself instead of opening its track', async () => {
      const el = await big(1280, worker);
      const pill = shadow(el).querySelector<SVGGElement>('svg.drawing .aggregate')!;
      const before = nodes(shadow(el));
      pill.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(el);
      expect(el.zoom.k).to.equal(4);
      expect(nodes(shadow(el))).to.be.below(Math.max(2000, before + 200));
    });

    it('list view: a bounded DOM; "Later events" moves on without gaps, and the keyboard reaches the end', async () => {
      const el = await big(1280, worker, (t) => {
        t.view = 'list';
      });
      const ids = el.shownEvents.map((e) => e.id);
      const shown = () =>
        [...shadow(el).querySelectorAll<HTMLLIElement>('.events.vertical li[data-id]')].map((li) => ids.indexOf(li.dataset.id!));
      expect(nodes(shadow(el))).to.be.below(2000);
      let window = shown();
      expect(window[0]).to.equal(0);
      for (let step = 0; step < 15; step++) {
        shadow(el).querySelector<HTMLButtonElement>('.events.vertical li.more:last-child button')!.click();
        await settle(el);
        const next = shown();
        expect(next[0], 'the next window starts where the last ended').to.equal(window[window.length - 1] + 1);
        expect(next).to.deep.equal(next.map((_, i) => next[0] + i));
        window = next;
      }
      expect(nodes(shadow(el))).to.be.below(2000);
      // The window's first event holds the tab stop; End from there reaches the last event.
      const tabbable = shadow(el).querySelectorAll('.events.vertical button[data-id][tabindex="0"]');
      expect(tabbable).to.have.length(1);
      (tabbable[0] as HTMLButtonElement).focus();
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(focusedId(el)).to.equal(ids[N - 1]);
      expect(shadow(el).querySelector('.events.vertical li.more:last-child button')?.textContent ?? '').to.not.contain('Later');
      const last = shown();
      expect(last[last.length - 1]).to.equal(N - 1);
      shadow(el).querySelector<HTMLButtonElement>('.events.vertical li.more button')!.click();
      await settle(el);
      const before = shown();
      expect(before[before.length - 1], '"Earlier events" ends where the window began').to.equal(last[0] - 1);
    });

    it('past 100,000 events: the first 100,000 are drawn, the notice and talks-error say how many were not read', async () => {
      const { el } = mount(1280);
      el.setAttribute('lang', 'en-GB');
      el.setAttribute('worker', worker);
      const extra = randomTimeline(5) as TimelineData;
      const errored = next<TalksErrorDetail>(el, 'talks-error', 20_000);
      el.data = { ...data, events: [...data.events, ...extra.events.map((e, i) => ({ ...e, id: `extra-${i}` }))] };
      const { issues } = (await errored).detail;
      await settle(el);
      expect(issues.filter((i) => i.severity === 'error').map((i) => i.path)).to.deep.equal(['/events/100000']);
      expect(el.shownEvents.length).to.equal(N);
      expect(shadow(el).querySelector('[part="notice"] summary')!.textContent).to.contain('5 of 100,005 events could not be shown');
    });
  });
}
