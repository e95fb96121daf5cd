/** What the element draws for a layout, worked out in the core: right to left is the mirror of left to right, and hit boxes cover what they stand for. */
import { expect } from '@open-wc/testing';
import { markDrawing, markExtent, paletteSlot } from '../../src/core/drawing.js';
import { layout } from '../../src/core/horizontal.js';
import { buildModel } from '../../src/core/model.js';
import type { TimelineData } from '../../src/core/types.js';

let data: TimelineData;
before(async () => {
  data = await (await fetch('/data/istanbul-talks.json')).json();
  // Every kind of mark: a cancelled day, an approximate open end, an uncertain month.
  data.events.push(
    { id: 'x-cancelled', date: '2025-05-20', title: 'Cancelled meeting', status: 'cancelled' },
    { id: 'x-open', date: '2025-06-10~/..', title: 'Open and approximate' },
    { id: 'x-month', date: '2025-05?', title: 'Uncertain month' },
  );
});

const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-9);

describe('markDrawing', () => {
  for (const zoom of [
    { k: 1, x: 0 },
    { k: 3, x: 400 },
  ]) {
    it(`draws right to left as the mirror of left to right (zoom ${zoom.k})`, () => {
      const model = buildModel(data, 'en');
      const ltr = layout(model, { width: 1000, zoom });
      const rtl = layout(model, { width: 1000, zoom, direction: 'rtl' });
      const w = 1000;
      expect(rtl.marks.map((m) => m.id)).to.deep.equal(ltr.marks.map((m) => m.id));
      ltr.marks.forEach((m, i) => {
        const a = markDrawing(m, ltr);
        const b = markDrawing(rtl.marks[i], rtl);
        close(b.hit.x, w - a.hit.x - a.hit.width);
        close(b.hit.width, a.hit.width);
        close(b.textX, w - a.textX);
        if (a.dot) close(b.dot!.cx, w - a.dot.cx);
        if (a.bar) close(b.bar!.x, w - a.bar.x - a.bar.width);
        expect(!!b.arrow).to.equal(!!a.arrow);
        a.arrow?.forEach(([x, y], j) => {
          close(b.arrow![j][0], w - x);
          close(b.arrow![j][1], y);
        });
        if (a.qualifier) close(b.qualifier!.x, w - a.qualifier.x);
        if (a.strike) close(b.strike!.x1, w - a.strike.x2);
      });
    });
  }

  it('presses anywhere on a mark and its label; the open end points the way time runs; signs and strikes where they belong', () => {
    const model = buildModel(data, 'en');
    for (const direction of ['ltr', 'rtl'] as const) {
      const plan = layout(model, { width: 1000, direction });
      for (const m of plan.marks) {
        const d = markDrawing(m, plan);
        const [left, right] = markExtent(m);
        expect(d.hit.x).to.be.at.most(left);
        expect(d.hit.x + d.hit.width).to.be.at.least(right);
        expect(d.hit.y).to.be.at.most(m.y - (d.dot?.r ?? d.bar!.height / 2));
        expect(d.hit.y + d.hit.height).to.be.at.least(m.label.y + m.label.height);
        expect(!!d.dot).to.equal(m.shape === 'point');
        expect(!!d.strike).to.equal(m.status === 'cancelled');
        expect(!!d.qualifier).to.equal(m.approximate || m.uncertain);
        if (d.arrow) {
          const [[back], [tip]] = d.arrow;
          expect(direction === 'ltr' ? tip > back : tip < back, `${m.id} arrow`).to.equal(true);
        }
      }
      expect(plan.marks.some((m) => m.openEnd) && plan.marks.some((m) => m.status === 'cancelled')).to.equal(true);
    }
  });

  it("draws in each mark's own frame: the origin plus each x is where it is drawn, and a zoom moves only a dot's origin", () => {
    const model = buildModel(data, 'en');
    const near = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-3);
    for (const direction of ['ltr', 'rtl'] as const) {
      const wide = layout(model, { width: 1000, direction });
      const zoomed = layout(model, { width: 1000, direction, zoom: { k: 3.7, x: 250 } });
      expect(zoomed.marks.map((m) => m.id)).to.deep.equal(wide.marks.map((m) => m.id));
      wide.marks.forEach((m, i) => {
        for (const plan of [wide, zoomed]) {
          const mark = plan.marks[i];
          const [a, f] = [markDrawing(mark, plan), markDrawing(mark, plan, true)];
          near(f.origin + f.textX, a.textX);
          near(f.origin + f.hit.x, a.hit.x);
          near(f.hit.width, a.hit.width);
          if (a.dot) near(f.origin + f.dot!.cx, a.dot.cx);
          if (a.bar) near(f.origin + f.bar!.x, a.bar.x);
          a.arrow?.forEach(([x], j) => near(f.origin + f.arrow![j][0], x));
          if (a.strike) near(f.origin + f.strike!.x1, a.strike.x1);
          if (a.qualifier) near(f.origin + f.qualifier!.x, a.qualifier.x);
          expect(a.origin).to.equal(0);
        }
        // A dot and its label move together: in its frame nothing but the origin changes, so the
        // element rewrites one attribute for the mark.
        if (m.shape === 'point') {
          const [before, after] = [markDrawing(m, wide, true), markDrawing(zoomed.marks[i], zoomed, true)];
          expect(after.origin, m.id).to.not.equal(before.origin);
          expect({ ...after, origin: 0 }, m.id).to.deep.equal({ ...before, origin: 0 });
        }
      });
    }
  });

  it('gives tracks without a colour of their own the palette in turn', () => {
    expect([0, 1, 5, 6, 7].map((t) => paletteSlot(t))).to.deep.equal([0, 1, 5, 0, 1]);
    expect(paletteSlot(3, '#b00020')).to.equal(-1);
  });
});
