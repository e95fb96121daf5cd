/** The unzoomed layout sent from a worker (portablePlan → structured clone → adoptPlan) lays out exactly as the layout made in place. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildModel, layout, openAggregates, validate } from '../../src/core/index.js';
import type { LayoutOptions, TimelineModel } from '../../src/core/index.js';
import { itemOf } from '../../src/core/model.js';
import { adoptPlan, portablePlan } from '../../src/core/portable-plan.js';
import { randomTimeline } from '../../bench/data.mjs';
import { measure } from './drawn-boxes.js';

/** The model made again from its parts, as the page does with what a worker sends (no memo of it). */
function copyOf(model: TimelineModel): TimelineModel {
  const parts = structuredClone(model.items.map((it) => [it.event, it.span, it.status, it.track] as const));
  return { ...structuredClone({ ...model, items: [] }), items: parts.map((p) => itemOf(...p, 'en')) };
}

describe('a layout made in a worker', () => {
  it('zooms, pans and opens "+N" exactly as one made in place, for any data, width and view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 320, max: 2560 }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<'ltr' | 'rtl'>('ltr', 'rtl'),
        (n, seed, width, k, panShare, direction) => {
          const model = buildModel(validate(randomTimeline(n, seed)).data, 'en');
          const options: LayoutOptions = { width, em: 16, measure, lang: 'en' };
          // What crosses from the worker: a structured clone of the plan, the items made again.
          const sent = structuredClone(portablePlan(model, options));
          const copy = copyOf(model);
          adoptPlan(copy, options, sent);
          const at = (m: TimelineModel) => {
            const unzoomed = layout(m, { ...options, direction });
            const x = panShare * (unzoomed.width * k - unzoomed.width);
            const zoomed = layout(m, { ...options, direction, zoom: { k, x } });
            return { unzoomed, zoomed, opened: openAggregates(zoomed) };
          };
          const [here, there] = [at(model), at(copy)];
          expect(JSON.stringify(there.unzoomed)).to.equal(JSON.stringify(here.unzoomed));
          expect(JSON.stringify(there.zoomed)).to.equal(JSON.stringify(here.zoomed));
          expect(JSON.stringify(there.opened)).to.equal(JSON.stringify(here.opened));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is used as it is: layout() at its options does not lay out again', () => {
    const model = buildModel(validate(randomTimeline(2000, 7)).data, 'en');
    const options: LayoutOptions = { width: 1280, em: 16, measure, lang: 'en' };
    const sent = structuredClone(portablePlan(model, options));
    // A mark moved in the plan shows in the layout: so it was adopted, not made again.
    sent.drawn[0] = { ...sent.drawn[0], x: -1234 };
    const copy = copyOf(model);
    adoptPlan(copy, options, sent);
    expect(layout(copy, options).marks[0].x).to.equal(-1234);
    // Other options (another width) are laid out in place.
    expect(layout(copy, { ...options, width: 1000 }).marks[0].x).not.to.equal(-1234);
  });
});
