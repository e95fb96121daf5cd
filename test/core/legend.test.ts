import { expect } from '@open-wc/testing';
import { buildModel } from '../../src/core/model.js';
import { mirror } from '../../src/core/direction.js';
import { legendKeys } from '../../src/core/encoding.js';
import { layout } from '../../src/core/horizontal.js';
import type { TimelineData } from '../../src/core/types.js';

describe('legendKeys', () => {
  it('lists exactly the encodings the bundled data uses', async () => {
    const data: TimelineData = await (await fetch('/data/istanbul-talks.json')).json();
    const keys = legendKeys(layout(buildModel(data, 'en'), { width: 1000 }));
    expect(keys).to.deep.equal(['day', 'period', 'coarse', 'openEnd', 'approximate', 'possible']);
  });

  it('adds status and certainty keys only when present', () => {
    const plan = (events: TimelineData['events']) => legendKeys(layout(buildModel({ events }, 'en'), { width: 800 }));
    expect(plan([{ id: 'a', date: '2020-01-01', title: 'A' }])).to.deep.equal(['day']);
    expect(
      plan([
        { id: 'a', date: '2020-01-01?', title: 'A', status: 'cancelled' },
        { id: 'b', date: '2020-02-01/2020-03-01', title: 'B', status: 'scheduled' },
      ]),
    ).to.deep.equal(['day', 'period', 'uncertain', 'scheduled', 'cancelled']);
  });
});

describe('mirror', () => {
  it('reflects every x about the middle and keeps spans ordered left to right', () => {
    const model = buildModel(
      {
        events: [
          { id: 'a', date: '2020-01', title: 'A month' },
          { id: 'b', date: '2020-06-15', title: 'A day' },
          { id: 'c', date: '2020-09-01/..', title: 'Open' },
        ],
      },
      'en',
    );
    const ltr = layout(model, { width: 700 });
    const rtl = layout(model, { width: 700, direction: 'rtl' });
    expect(rtl.direction).to.equal('rtl');
    expect(rtl).to.deep.equal(mirror(ltr));
    ltr.marks.forEach((m, i) => {
      const r = rtl.marks[i];
      expect(r.x).to.be.closeTo(700 - m.x, 1e-9);
      expect(r.x0).to.be.closeTo(700 - m.x1, 1e-9);
      expect(r.x0).to.be.at.most(r.x1);
      expect(r.label.x + r.label.width).to.be.closeTo(700 - m.label.x, 1e-9);
    });
    expect(rtl.marks.find((m) => m.id === 'a')!.x).to.be.greaterThan(rtl.marks.find((m) => m.id === 'b')!.x);
  });
});
