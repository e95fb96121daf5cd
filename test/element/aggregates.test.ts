import { expect } from '@open-wc/testing';
import { drawnIds, eventButtons, mount, next, settle, shadow } from './fixtures.js';
import { waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function crowded(): Promise<TalksTimeline> {
  const { el } = mount(1000);
  const loaded = next(el, 'talks-load');
  el.data = {
    tracks: [{ id: 't', label: 'Wire' }],
    events: Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: '2025-05-16', title: `Report ${i}`, track: 't' })),
  };
  await loaded;
  await settle(el);
  return el;
}

/** What the polite live region says now. */
const said = (el: TalksTimeline) => shadow(el).querySelector('.said[role="status"]')!.textContent!.trim();

/**
 * For a timeline of one event a day (ids d0, d1, … for 1 May 2025 onwards, one track), what the
 * drawing shows of them: where the drawing is looked at, each day is drawn as one mark or counted in
 * one "+N" whose span covers it, and each "+N" wholly in view counts exactly the days under it that
 * are not drawn. Read from the rendered SVG only; the day → x map is fitted to the drawn marks.
 * Returns the ids drawn and the count of every "+N" drawn.
 */
function accountForDays(el: TalksTimeline, days: number): { drawn: string[]; counted: number } {
  const svg = shadow(el).querySelector('svg.drawing')!;
  const width = Number(svg.getAttribute('width'));
  const transform = svg.querySelector('g.content')!.getAttribute('transform')!;
  const shift = Number(/translate\(\s*(-?[\d.e+-]+)/.exec(transform)![1]);
  const view = [-shift, width - shift]; // the part of the layout in view, in its own coordinates
  const marks = [...svg.querySelectorAll<SVGGElement>('.mark')].map((g) => ({
    id: g.dataset.id!,
    day: Number(g.dataset.id!.slice(1)),
    // A mark's group is placed by its transform, its dot drawn relative to that.
    x:
      Number(/translate\(\s*(-?[\d.e+-]+)/.exec(g.getAttribute('transform')!)![1]) +
      Number(g.querySelector('circle.shape')!.getAttribute('cx')),
  }));
  const drawn = marks.map((m) => m.id);
  expect(new Set(drawn).size, 'no event is drawn twice').to.equal(drawn.length);
  marks.sort((a, b) => a.day - b.day);
  const [first, last] = [marks[0], marks[marks.length - 1]];
  expect(last.day - first.day, 'two days drawn to place the others by').to.be.greaterThan(0);
  const perDay = (last.x - first.x) / (last.day - first.day);
  const xOf = (day: number) => first.x + (day - first.day) * perDay;
  for (const m of marks) expect(m.x, `${m.id} is where its day is`).to.be.closeTo(xOf(m.day), 0.5);
  const pills = [...svg.querySelectorAll('.aggregate')].map((g) => {
    const line = g.querySelector('line.aggregate-span')!;
    const label = g.querySelector('text')!.textContent!;
    expect(label).to.match(/^\+\d+$/);
    return { x0: Number(line.getAttribute('x1')), x1: Number(line.getAttribute('x2')), n: Number(label.slice(1)) };
  });
  const isDrawn = new Set(marks.map((m) => m.day));
  const under = (p: { x0: number; x1: number }, d: number) => xOf(d) >= p.x0 - 0.5 && xOf(d) <= p.x1 + 0.5;
  for (let d = 0; d < days; d++) {
    const x = xOf(d);
    if (x < view[0] || x > view[1] || isDrawn.has(d)) continue;
    expect(
      pills.filter((p) => under(p, d)),
      `d${d}, not drawn, is counted in one "+N"`,
    ).to.have.length(1);
  }
  for (const p of pills) {
    const hidden = [...Array(days).keys()].filter((d) => !isDrawn.has(d) && under(p, d));
    if (p.x0 >= view[0] && p.x1 <= view[1]) {
      expect(p.n, `"+${p.n}" counts the days under it that are not drawn`).to.equal(hidden.length);
    } else {
      // Partly out of view, where marks are not drawn: at least the hidden days in view, at most all not drawn.
      const inView = hidden.filter((d) => xOf(d) >= view[0] && xOf(d) <= view[1]);
      expect(p.n, `"+${p.n}" across the edge of the view`).to.be.within(inView.length, hidden.length);
    }
  }
  return { drawn, counted: pills.reduce((n, p) => n + p.n, 0) };
}

describe('<talks-timeline> "+N" aggregates', () => {
  it('gathers events past the lane cap into "+N", which opens the track on activation', async () => {
    const el = await crowded();
    expect(drawnIds(el)).to.have.length(8);
    const pill = shadow(el).querySelector<SVGGElement>('svg.drawing .aggregate')!;
    expect(pill.querySelector('text')!.textContent).to.equal('+4');
    expect(eventButtons(el)).to.have.length(12); // every event stays reachable by keyboard and screen reader
    pill.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect(drawnIds(el)).to.have.length(12);
    expect(shadow(el).querySelector('svg.drawing .aggregate')).to.equal(null);
  });

  it('opens the track when the keyboard reaches a gathered event, so its focus ring shows', async () => {
    const el = await crowded();
    const hiddenId = eventButtons(el)
      .map((b) => b.dataset.id!)
      .find((id) => !drawnIds(el).includes(id))!;
    const buttons = eventButtons(el);
    const before = buttons[buttons.findIndex((b) => b.dataset.id === hiddenId) - 1];
    before.focus();
    before.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(el);
    expect(drawnIds(el)).to.include(hiddenId);
    expect(shadow(el).querySelector('svg.drawing .mark.focused')!.getAttribute('data-id')).to.equal(hiddenId);
  });

  it('opens "+N" into events once a zoom rests where zooming made room', async () => {
    const { el } = mount(1000);
    const loaded = next(el, 'talks-load');
    // 150 days in a row, one event each: at full width many are counted in "+N".
    el.data = {
      events: Array.from({ length: 150 }, (_, i) => ({
        id: `d${i}`,
        date: new Date(Date.UTC(2025, 4, 1 + i)).toISOString().slice(0, 10),
        title: `Day ${i + 1}`,
      })),
    };
    await loaded;
    await settle(el);
    // Unzoomed, the whole drawing is in view: every event is drawn or counted, once.
    const whole = accountForDays(el, 150);
    expect(whole.drawn.length + whole.counted).to.equal(150);
    const inView = () => drawnIds(el).filter((id) => Number(id.slice(1)) >= 9 && Number(id.slice(1)) <= 23);
    const before = drawnIds(el).length;
    const hiddenBefore = 15 - inView().length;
    expect(hiddenBefore, 'some of 10–24 May are in "+N" at full width').to.be.greaterThan(0);
    await el.zoomTo('2025-05-10', '2025-05-24');
    await settle(el);
    expect(15 - inView().length, 'during the gesture the lanes stay as they were').to.equal(hiddenBefore);
    accountForDays(el, 150);
    // At rest (a debounce later) the "+N" open: wait for that state, not for a time.
    await waitFor(() => inView().length === 15);
    await settle(el);
    expect(inView(), 'at rest, every day of 10–24 May is drawn').to.have.length(15);
    // Everything in view is still drawn or counted, once.
    accountForDays(el, 150);
    const zoomedSaid = said(el);
    el.resetZoom();
    await settle(el);
    // The live region says the new view once it has rested (after any reopening of "+N" would have run).
    await waitFor(() => said(el) !== zoomedSaid && said(el).startsWith('Showing '));
    await settle(el);
    expect(drawnIds(el)).to.have.length(before);
    const reset = accountForDays(el, 150);
    expect(reset.drawn.length + reset.counted).to.equal(150);
  });
});
