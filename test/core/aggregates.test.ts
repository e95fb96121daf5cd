import { expect } from '@open-wc/testing';
import { buildModel } from '../../src/core/model.js';
import { layout } from '../../src/core/horizontal.js';
import type { TimelineEvent } from '../../src/core/types.js';

const crowd = (n: number, track = 'a'): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: '2025-05-10', title: `Event number ${i}`, track }));

describe('lane cap and "+N" aggregates', () => {
  it('draws up to the cap and counts the rest where they are', () => {
    const model = buildModel({ tracks: [{ id: 'a', label: 'A' }], events: crowd(20) }, 'en');
    const plan = layout(model, { width: 800, maxLanes: 3 });
    expect(plan.marks).to.have.length(3);
    expect(plan.aggregates.reduce((n, a) => n + a.ids.length, 0)).to.equal(17);
    expect(plan.aggregates.map((a) => a.label)).to.deep.equal(plan.aggregates.map((a) => `+${a.ids.length}`));
    const band = plan.bands[0];
    for (const a of plan.aggregates) {
      expect(a.box.y).to.be.within(band.y, band.y + band.height);
      expect(a.track).to.equal(0);
    }
  });

  it('an expanded track shows every event', () => {
    const model = buildModel({ tracks: [{ id: 'a', label: 'A' }], events: crowd(20) }, 'en');
    const plan = layout(model, { width: 800, maxLanes: 3, expanded: [0] });
    expect(plan.marks).to.have.length(20);
    expect(plan.aggregates).to.deep.equal([]);
  });

  it('caps each track on its own', () => {
    const events = [...crowd(6, 'a'), ...crowd(2, 'b').map((e) => ({ ...e, id: `b-${e.id}` }))];
    const model = buildModel(
      {
        tracks: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        events,
      },
      'en',
    );
    const plan = layout(model, { width: 800, maxLanes: 2 });
    expect(plan.aggregates.every((a) => a.track === 0)).to.equal(true);
    expect(plan.marks.filter((m) => m.track === 1)).to.have.length(2);
  });
});
