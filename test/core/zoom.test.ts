import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildModel } from '../../src/core/model.js';
import { layout } from '../../src/core/horizontal.js';
import { clampView, maxZoom, scaleOf, timeAt, viewOf, zoomAbout } from '../../src/core/zoom.js';
import type { TimelineData } from '../../src/core/types.js';

const DAY = 86_400_000;
let data: TimelineData;
before(async () => {
  data = await (await fetch('/data/istanbul-talks.json')).json();
});

const at = (zoom: { k: number; x: number }, direction: 'ltr' | 'rtl' = 'ltr', width = 1000) =>
  layout(buildModel(data, 'en'), { width, zoom, direction });

describe('zoom and pan of the horizontal layout', () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    it(`keeps the moment under the pointer where it is (${direction})`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 1.1, max: 6, noNaN: true }), (f, factor) => {
          const plan = at({ k: 1, x: 0 }, direction);
          const seg = plan.segments[plan.segments.length - 1];
          const x = seg.x0 + f * (seg.x1 - seg.x0);
          const t = timeAt(plan, x);
          const view = zoomAbout(plan, x, factor);
          expect(view.k).to.be.closeTo(Math.min(factor, maxZoom(plan)), 1e-9);
          const zoomed = at(view, direction);
          const clamped = clampView(zoomed, view);
          if (clamped.x === view.x) expect(timeAt(zoomed, x)).to.be.closeTo(t, DAY / 100);
        }),
        { numRuns: 100 },
      );
    });
  }

  it('never zooms out past everything, nor pans away from the content', () => {
    const plan = at({ k: 1, x: 0 });
    expect(zoomAbout(plan, 500, 0.5)).to.deep.equal({ k: 1, x: 0 });
    expect(clampView(plan, { k: 4, x: -50 }).x).to.equal(0);
    const far = clampView(plan, { k: 4, x: 1e9 });
    const shown = at(far);
    expect(shown.marks.some((m) => m.x0 >= 0 && m.x0 <= 1000)).to.equal(true);
    expect(clampView(plan, { k: 1e9, x: 0 }).k).to.equal(maxZoom(plan));
  });

  it('takes a pan applied outside the layout (by transform) into account', () => {
    const panned = at({ k: 4, x: 700 });
    const unpanned = at({ k: 4, x: 0 });
    expect(timeAt(unpanned, 300, 700)).to.be.closeTo(timeAt(panned, 300), 1);
    expect(zoomAbout(unpanned, 300, 1.5, 700)).to.deep.equal(zoomAbout(panned, 300, 1.5));
  });

  it('viewOf shows the two 2025 sessions across the width', () => {
    const plan = at({ k: 1, x: 0 });
    const view = viewOf(plan, Date.UTC(2025, 4, 16), Date.UTC(2025, 5, 3));
    const shown = at(view);
    const x = (id: string) => shown.marks.find((m) => m.id === id)!.x;
    expect(x('istanbul-session-2025-05-16')).to.be.within(0, 120);
    expect(x('istanbul-session-2025-06-02')).to.be.within(880, 1000);
  });
});

describe('scaleOf (the drawn axis as a d3 scale)', () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    it(`puts every tick and every day's mark where the layout drew it, zoomed or not, and inverts (${direction})`, () => {
      fc.assert(
        fc.property(fc.double({ min: 1, max: 30, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k, f) => {
          const unzoomed = at({ k: 1, x: 0 }, direction);
          const view = clampView(unzoomed, { k, x: f * 1e6 });
          const plan = at(view, direction);
          const scale = scaleOf(plan);
          for (const tick of plan.ticks) expect(scale(tick.time)).to.be.closeTo(tick.x, 1e-6);
          for (const mark of plan.marks.filter((m) => m.shape === 'point')) {
            const span = buildModel(data, 'en').items[mark.item].span;
            expect(scale((span.min! + span.max!) / 2), mark.id).to.be.closeTo(mark.x, 1e-6);
            expect(scale.invert(mark.x)).to.be.closeTo((span.min! + span.max!) / 2, 1);
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
