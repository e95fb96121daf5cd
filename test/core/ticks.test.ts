import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layout, ticksBetween } from '../../src/core/horizontal.js';
import type { Layout, Tick } from '../../src/core/horizontal.js';
import { buildModel } from '../../src/core/model.js';
import { timelineCase } from './random-timelines.js';

/** Ticks whose label is (partly) between two drawn x, as label, time and box. */
function ticksIn(ticks: readonly Tick[], from: number, to: number): string[] {
  return ticks
    .filter((t) => t.box.x + t.box.width > from && t.box.x < to)
    .map((t) => `${t.label} ${t.time} ${t.box.x.toFixed(4)} ${t.box.width.toFixed(4)}`);
}

/** The drawn x where a view panned by `pan` starts (right to left, the view is panned towards the right). */
const viewStart = (plan: Layout, pan: number) => (plan.direction === 'rtl' ? -pan : pan);

describe('axis ticks worked out around the view (tickRange, ticksBetween)', () => {
  it('are the ticks a layout of the whole axis has there, at any zoom, pan, language and direction', () => {
    fc.assert(
      fc.property(
        timelineCase,
        fc.double({ min: 1, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('en', 'uk', 'ar', 'ja'),
        fc.constantFrom<'ltr' | 'rtl'>('ltr', 'rtl'),
        (c, k, at, later, lang, direction) => {
          const model = buildModel(c.data, lang);
          const options = { width: c.width, em: 16, lang, direction, zoom: { k, x: 0 } };
          const whole = layout(model, options);
          const w = whole.width;
          const content = whole.contentWidth - w;
          // A view somewhere along the zoomed axis, and one panned further on.
          const views = [at * content, later * content].map((pan) => viewStart(whole, pan));
          const range = (x: number): [number, number] => [x - w, x + 2 * w];
          const near = layout(model, { ...options, tickRange: range(views[0]) });
          for (const x of views) {
            const expected = ticksIn(whole.ticks, x, x + w);
            const message = `k=${k.toFixed(3)} view at ${x.toFixed(1)} (${lang}, ${direction})`;
            if (x === views[0]) expect(ticksIn(near.ticks, x, x + w), message).to.deep.equal(expected);
            // After a pan: the ticks around the new view, from either layout.
            expect(ticksIn(ticksBetween(near, ...range(x)), x, x + w), `${message}, panned`).to.deep.equal(expected);
            expect(ticksIn(ticksBetween(whole, ...range(x)), x, x + w), `${message}, from the whole`).to.deep.equal(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('where labels are culled in turn (every other one meets the next), never meet and are the same around any view', () => {
    // A day every 146 days for 40 years, said in Ukrainian (longer day labels): from k ≈ 60, weekly
    // ticks whose labels are wider than the space between two, so culling decides every other one.
    const events = Array.from({ length: 100 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(1990, 0, 1) + i * 146 * 86_400_000).toISOString().slice(0, 10),
      title: `E${i}`,
    }));
    const model = buildModel({ events }, 'uk');
    let close = 0;
    for (let k = 40; k <= 300; k *= 1.1) {
      const options = { width: 1280, em: 16, lang: 'uk', zoom: { k, x: 0 } };
      const whole = layout(model, options);
      const { ticks } = whole;
      for (let i = 1; i < ticks.length; i++) {
        const [a, b] = [ticks[i - 1].box, ticks[i].box];
        expect(a.x + a.width, `k=${k.toFixed(2)}: "${ticks[i - 1].label}" meets "${ticks[i].label}"`).to.be.at.most(b.x + 1e-6);
        if (b.x - (a.x + a.width) < 3 * 16) close++;
      }
      for (let f = 0.05; f < 1; f += 0.05) {
        const x = f * (whole.contentWidth - 1280);
        const near = layout(model, { ...options, tickRange: [x - 1280, x + 2560] });
        expect(ticksIn(near.ticks, x, x + 1280), `k=${k.toFixed(2)}, view at ${x.toFixed(0)}`).to.deep.equal(ticksIn(ticks, x, x + 1280));
      }
    }
    expect(close, 'labels close together: the case culling decides').to.be.greaterThan(100);
  });

  it('work out only the ticks around the view of a deep zoom', () => {
    // An event on the first day of each month for twenty years, at 1000 px: at k = 400 the axis is
    // 400,000 px long, with a tick every day or two.
    const events = Array.from({ length: 240 }, (_, i) => ({
      id: `m${i}`,
      date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      title: `Month ${i}`,
    }));
    const model = buildModel({ events }, 'en');
    const options = { width: 1000, em: 16, zoom: { k: 400, x: 0 } };
    const whole = layout(model, options);
    const near = layout(model, { ...options, tickRange: [200_000, 203_000] });
    expect(whole.ticks.length, 'ticks along the whole axis').to.be.greaterThan(3000);
    expect(near.ticks.length, 'ticks around the view').to.be.within(5, 60);
    expect(ticksIn(near.ticks, 201_000, 202_000)).to.deep.equal(ticksIn(whole.ticks, 201_000, 202_000));
    expect(ticksIn(near.ticks, 201_000, 202_000)).to.not.be.empty;
  });
});
