import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate, spanExtent } from '../../src/core/edtf.js';
import { layout } from '../../src/core/horizontal.js';
import { findSegments, stretchIndex } from '../../src/core/stretches.js';
import { openAggregates } from '../../src/core/open.js';
import type { Box, Layout, Mark } from '../../src/core/horizontal.js';
import { buildModel, describeEras, describeModel } from '../../src/core/model.js';
import type { TimelineModel } from '../../src/core/model.js';
import { timelineCase } from './random-timelines.js';
import type { Case } from './random-timelines.js';
import type { TimelineData } from '../../src/core/types.js';

const EPS = 1e-6;
const RUNS = 150;

/** Boxes overlap by more than a hair; touching edges is fine. */
function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

const show = (b: Box) => `{x:${b.x.toFixed(2)}, y:${b.y.toFixed(2)}, w:${b.width.toFixed(2)}, h:${b.height.toFixed(2)}}`;

/** Where a mark starts along the axis. */
const startX = (m: Mark) => (m.shape === 'point' ? m.x : m.x0);

function run({ data, width }: Case): { model: TimelineModel; result: Layout } {
  const model = buildModel(data, 'en');
  return { model, result: layout(model, { width, em: 16 }) };
}

function check(property: (c: Case, model: TimelineModel, result: Layout) => void) {
  fc.assert(
    fc.property(timelineCase, (c) => {
      const { model, result } = run(c);
      property(c, model, result);
    }),
    { numRuns: RUNS },
  );
}

describe('layout (properties over random timelines)', () => {
  it('(a) no two label boxes overlap', () => {
    check((_c, _model, { marks }) => {
      for (let i = 0; i < marks.length; i++) {
        for (let j = i + 1; j < marks.length; j++) {
          const [p, q] = [marks[i], marks[j]];
          expect(intersects(p.label, q.label), `labels of ${p.id} ${show(p.label)} and ${q.id} ${show(q.label)} overlap`).to.equal(false);
        }
      }
    });
  });

  it('(b) every event is either drawn (one mark) or counted in exactly one "+N" aggregate', () => {
    check(({ data }, _model, { marks, aggregates }) => {
      const shown = [...marks.map((m) => m.id), ...aggregates.flatMap((a) => a.ids)];
      expect(shown.length).to.equal(data.events.length);
      expect(new Set(shown)).to.deep.equal(new Set(data.events.map((e) => e.id)));
      for (const a of aggregates) expect(a.label).to.equal(`+${a.ids.length}`);
    });
  });

  it('(g) lanes stay under the cap, and "+N" pills overlap neither each other nor labels', () => {
    check(({ data }, _model, { marks, aggregates }) => {
      for (const m of marks) expect(m.lane).to.be.below(8);
      const boxes = [...marks.map((m) => m.label), ...aggregates.map((a) => a.box)];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(intersects(boxes[i], boxes[j]), `${show(boxes[i])} overlaps ${show(boxes[j])}`).to.equal(false);
        }
      }
      void data;
    });
  });

  it("(i) tick labels never cross a break, and each stretch's first tick carries the year", () => {
    check((_c, _model, { ticks, breaks, segments }) => {
      for (const t of ticks) {
        for (const b of breaks) {
          const crosses = t.box.x < b.x1 - EPS && t.box.x + t.box.width > b.x0 + EPS;
          expect(crosses, `tick "${t.label}" ${show(t.box)} crosses the break [${b.x0}, ${b.x1}]`).to.equal(false);
        }
      }
      for (const seg of segments) {
        const first = ticks.find((t) => t.time >= seg.from && t.time <= seg.to);
        if (first)
          expect(first.label, `first tick of a stretch: "${first.label}"`).to.contain(String(new Date(first.time).getUTCFullYear()));
      }
    });
  });

  it('(h) an expanded track draws all its events', () => {
    check((c, model) => {
      const all = layout(model, { width: c.width, em: 16, expanded: model.tracks.map((_, i) => i) });
      expect(all.aggregates).to.deep.equal([]);
      expect(all.marks.length).to.equal(model.items.length);
    });
  });

  it('(c) marks follow date order along the axis', () => {
    check((_c, model, { marks }) => {
      marks.forEach((m, i) => i > 0 && expect(m.item).to.be.above(marks[i - 1].item));
      const starts = model.items.map((it) => spanExtent(it.span)[0]);
      for (let i = 0; i < marks.length; i++) {
        for (let j = i + 1; j < marks.length; j++) {
          if (starts[marks[i].item] < starts[marks[j].item]) {
            expect(
              startX(marks[i]),
              `${marks[i].id} (${model.items[marks[i].item].event.date}) at x=${startX(marks[i])} should not be right of ${marks[j].id} (${model.items[marks[j].item].event.date}) at x=${startX(marks[j])}`,
            ).to.be.at.most(startX(marks[j]) + EPS);
          }
        }
      }
    });
  });

  it('(d) no mark starts inside an axis break', () => {
    check((_c, model, { marks, breaks }) => {
      for (const m of marks) {
        for (const b of breaks) {
          const x = m.x0;
          expect(
            b.x0 < x && x < b.x1,
            `${m.id} (${model.items[m.item].event.date}) starts at x=${x}, inside the break [${b.x0}, ${b.x1}]`,
          ).to.equal(false);
        }
      }
    });
  });

  it('(e) every label lies within the drawing width', () => {
    check((_c, _model, { marks, width }) => {
      for (const m of marks) {
        expect(m.label.x, `label of ${m.id} ${show(m.label)} starts left of 0`).to.be.at.least(-EPS);
        expect(m.label.x + m.label.width, `label of ${m.id} ${show(m.label)} ends right of ${width}`).to.be.at.most(width + EPS);
      }
    });
  });

  it('(f) tick labels overlap neither each other nor break labels', () => {
    check((_c, _model, { ticks, breaks }) => {
      for (let i = 0; i < ticks.length; i++) {
        for (let j = i + 1; j < ticks.length; j++) {
          expect(
            intersects(ticks[i].box, ticks[j].box),
            `ticks "${ticks[i].label}" ${show(ticks[i].box)} and "${ticks[j].label}" ${show(ticks[j].box)} overlap`,
          ).to.equal(false);
        }
        for (const b of breaks) {
          expect(
            intersects(ticks[i].box, b.box),
            `tick "${ticks[i].label}" ${show(ticks[i].box)} overlaps break "${b.label}" ${show(b.box)}`,
          ).to.equal(false);
        }
      }
    });
  });
});

describe('layout under zoom and pan (properties)', () => {
  const view = fc.record({ k: fc.double({ min: 1, max: 50, noNaN: true }), x: fc.double({ min: 0, max: 5000, noNaN: true }) });

  it('keeps every lane, opens "+N" only where there is room, spreads labels apart and keeps date order', () => {
    fc.assert(
      fc.property(timelineCase, view, (c, zoom) => {
        const model = buildModel(c.data, 'en');
        const base = layout(model, { width: c.width, em: 16 });
        const fixed = layout(model, { width: c.width, em: 16, zoom });
        const zoomed = openAggregates(fixed);
        expect(zoomed.zoom).to.deep.equal({ k: zoom.k, x: zoom.x });
        // A zoom alone keeps the unzoomed marks and aggregates exactly.
        expect(fixed.marks.map((m) => [m.id, m.track, m.lane])).to.deep.equal(base.marks.map((m) => [m.id, m.track, m.lane]));
        expect(fixed.aggregates.map((a) => a.ids)).to.deep.equal(base.aggregates.map((a) => a.ids));
        // Opened, every mark drawn unzoomed stays in its lane; the rest are drawn or counted, once.
        const byId = new Map(zoomed.marks.map((m) => [m.id, m]));
        for (const m of base.marks) expect([byId.get(m.id)?.track, byId.get(m.id)?.lane], m.id).to.deep.equal([m.track, m.lane]);
        const seen = [...zoomed.marks.map((m) => m.id), ...zoomed.aggregates.flatMap((a) => a.ids)].sort();
        expect(seen).to.deep.equal(model.items.map((it) => it.event.id).sort());
        const { marks } = zoomed;
        for (let i = 0; i < marks.length; i++) {
          for (let j = i + 1; j < marks.length; j++) {
            expect(intersects(marks[i].label, marks[j].label), `${marks[i].id} and ${marks[j].id} overlap at k=${zoom.k}`).to.equal(false);
            if (startX(marks[i]) < startX(marks[j]) - EPS && marks[i].track === marks[j].track)
              expect(marks[i].item).to.be.below(marks[j].item + 1);
          }
        }
        const pills = zoomed.aggregates;
        for (let i = 0; i < pills.length; i++) {
          for (let j = i + 1; j < pills.length; j++)
            expect(intersects(pills[i].box, pills[j].box), `"+N" pills ${i} and ${j} overlap`).to.equal(false);
          for (const m of marks) expect(intersects(pills[i].box, m.label), `"+N" over ${m.id}`).to.equal(false);
        }
        for (let i = 1; i < zoomed.ticks.length; i++) expect(intersects(zoomed.ticks[i - 1].box, zoomed.ticks[i].box)).to.equal(false);
      }),
      { numRuns: Math.min(300, Math.max(50, RUNS / 2)) },
    );
  });

  it('opens a "+N" into its events when zooming in makes room, and only in the range asked', () => {
    // Twelve events a day apart in a one-lane track: unzoomed at 800 px most are counted in "+N".
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `d${i}`,
      date: `2025-05-${String(i + 1).padStart(2, '0')}`,
      title: `Day ${i + 1}`,
    }));
    events.push({ id: 'far', date: '2025-12-01', title: 'Later' });
    const model = buildModel({ events }, 'en');
    const base = layout(model, { width: 800, em: 16, maxLanes: 1 });
    const hidden = base.aggregates.reduce((n, a) => n + a.ids.length, 0);
    expect(hidden).to.be.greaterThan(6);
    const k = 20;
    // Panned to the first days: those in view (and a width either side) open, the later ones stay counted.
    const zoomed = openAggregates(layout(model, { width: 800, em: 16, maxLanes: 1, zoom: { k, x: 1500 } }));
    expect(zoomed.aggregates.length).to.be.greaterThan(0);
    const after = zoomed.aggregates.reduce((n, a) => n + a.ids.length, 0);
    expect(after).to.be.below(hidden);
    expect(zoomed.marks.length + after).to.equal(13);
    expect(zoomed.marks.every((m) => m.lane === 0)).to.equal(true);
    // Right to left, the same events open (the default range is symmetric about the view).
    const rtl = openAggregates(layout(model, { width: 800, em: 16, maxLanes: 1, zoom: { k, x: 1500 }, direction: 'rtl' }));
    expect(rtl.direction).to.equal('rtl');
    expect(rtl.marks.map((m) => [m.id, m.lane])).to.deep.equal(zoomed.marks.map((m) => [m.id, m.lane]));
    rtl.marks.forEach((m, i) => expect(m.x0).to.be.closeTo(800 - zoomed.marks[i].x1, 1e-6));
    // Labels stay beside their marks at any zoom.
    for (const m of zoomed.marks) expect(Math.abs(m.label.x - m.x0)).to.be.below(3 * 16);
    // A range left of everything opens nothing.
    const none = openAggregates(layout(model, { width: 800, em: 16, maxLanes: 1, zoom: { k, x: 1500 } }), [-3000, -2000]);
    expect(none.marks.map((m) => m.id)).to.deep.equal(base.marks.map((m) => m.id));
  });

  it('pans without changing anything but x', () => {
    const model = buildModel(
      {
        events: [
          { id: 'a', date: '2025-05-16', title: 'First' },
          { id: 'b', date: '2025-06-02', title: 'Second' },
        ],
      },
      'en',
    );
    const a = layout(model, { width: 800, zoom: { k: 4, x: 0 } });
    const b = layout(model, { width: 800, zoom: { k: 4, x: 300 } });
    a.marks.forEach((m, i) => {
      expect(b.marks[i].x0).to.be.closeTo(m.x0 - 300, 1e-6);
      expect(b.marks[i].label.x).to.be.closeTo(m.label.x - 300, 1e-6);
      expect(b.marks[i].y).to.equal(m.y);
    });
    expect(a.contentWidth).to.be.closeTo(b.contentWidth, 1e-6);
    expect(a.contentWidth).to.be.greaterThan(800 * 3);
  });
});

describe('layout at a phone width', () => {
  // The shrunk counterexample of (e), kept as a fixed case so it fails on every run, not only on unlucky seeds.
  it('keeps a long, qualified interval label inside 320 px', () => {
    const data: TimelineData = {
      events: [
        { id: 'e0', date: '1990-01-01?/1990-12-31?', title: 'Talks' },
        { id: 'e1', date: '1990-01-01', title: 'Talks' },
      ],
    };
    const { marks, width } = layout(buildModel(data, 'en'), { width: 320, em: 16 });
    for (const m of marks) {
      expect(m.label.x, `${m.id} "${m.dateLabel}" ${show(m.label)}`).to.be.at.least(0);
      expect(m.label.x + m.label.width, `${m.id} "${m.dateLabel}" ${show(m.label)}`).to.be.at.most(width);
    }
  });
});

describe('findSegments', () => {
  const istanbulLike = ['2022-03', '2025-05/2025-06~', '2025-05-16', '2025-06-02', '2025-06~', '2025-06-22/..'].map((d) =>
    spanExtent(parseDate(d)),
  );

  it('breaks the axis over the empty stretch between March 2022 and May 2025', () => {
    const segments = findSegments(istanbulLike, 'auto');
    expect(segments).to.have.length(2);
    expect(segments[0]).to.deep.equal([Date.UTC(2022, 2, 1), Date.UTC(2022, 3, 1) - 1]);
    expect(segments[1][0]).to.equal(Date.UTC(2025, 4, 1));
  });

  it("makes no break with 'none'", () => {
    const segments = findSegments(istanbulLike, 'none');
    expect(segments).to.have.length(1);
    expect(segments[0][0]).to.equal(Date.UTC(2022, 2, 1));
  });
});

describe('layout options', () => {
  it('says what is wrong with an option that means nothing, instead of drawing something else', () => {
    const model = buildModel({ events: [{ id: 'a', date: '2025-05-16', title: 'A' }] }, 'en');
    const breaks = 'sometimes' as unknown as 'auto';
    expect(() => layout(model, { width: 800, breaks })).to.throw(RangeError, /breaks must be 'auto' or 'none', not "sometimes"/);
    expect(() => layout(model, { width: 800, em: 0 })).to.throw(RangeError, /em must be/);
    expect(layout(model, { width: 800, breaks: 'none' }).marks).to.have.length(1);
  });

  it('reuses the unzoomed layout for equal options given anew (a zoom step lays out only what moves)', () => {
    const model = buildModel(
      {
        events: [
          { id: 'a', date: '2025-05-16', title: 'A' },
          { id: 'b', date: '2025-06-02', title: 'B' },
        ],
      },
      'en',
    );
    const first = layout(model, { width: 800, expanded: [1, 0] });
    const again = layout(model, { width: 800, expanded: [0, 1, 0], zoom: { k: 2, x: 0 } });
    // The unzoomed bands are the same objects: nothing was laid out again.
    expect(again.bands).to.equal(first.bands);
    expect(layout(model, { width: 801 }).bands).to.not.equal(first.bands);
  });
});

describe('stretchIndex', () => {
  it('counts the breaks before a time; a time in a break belongs to the stretch after it', () => {
    // Stretches [0, 10], [20, 30], [50, 60]: breaks start at 10 and 30.
    expect([-5, 0, 10, 15, 20, 30, 40, 60, 99].map((t) => stretchIndex([10, 30], t))).to.deep.equal([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(stretchIndex([], 5)).to.equal(0);
  });
});

describe('layout of the bundled data', () => {
  let data: TimelineData;
  before(async () => {
    data = await (await fetch('/data/istanbul-talks.json')).json();
  });

  for (const width of [1280, 768]) {
    it(`keeps the two Istanbul sessions at least 24 px apart at ${width} px`, () => {
      const { marks } = layout(buildModel(data, 'en-GB'), { width, em: 16 });
      const first = marks.find((m) => m.id === 'istanbul-session-2025-05-16')!;
      const second = marks.find((m) => m.id === 'istanbul-session-2025-06-02')!;
      expect(first, 'mark of 16 May').to.exist;
      expect(second, 'mark of 2 June').to.exist;
      expect(second.x - first.x).to.be.at.least(24);
    });

    it(`has exactly one break, between 2022 and 2025, at ${width} px`, () => {
      const { breaks, marks } = layout(buildModel(data, 'en-GB'), { width, em: 16 });
      expect(breaks).to.have.length(1);
      const [b] = breaks;
      expect(b.from).to.be.at.least(Date.UTC(2022, 3, 1)); // after March 2022 ends
      // Before the first day- or month-precise 2025 event (the year-only "2025" events do not stretch the axis).
      expect(b.to).to.be.at.most(Date.UTC(2025, 4, 1));
      expect(b.from).to.be.below(Date.UTC(2023, 0, 1));
      expect(b.to).to.be.above(Date.UTC(2024, 0, 1));
      const draft = marks.find((m) => m.id === 'draft-accords-2022')!;
      expect(draft.x1).to.be.at.most(b.x0);
      for (const m of marks.filter((mk) => mk.id !== 'draft-accords-2022')) expect(m.x0, m.id).to.be.at.least(b.x1);
    });
  }

  it('is described from March 2022', () => {
    expect(describeModel(buildModel(data, 'en-GB'), 'en-GB')).to.match(/^11 events from March 2022/);
  });
});

describe('layout of a million events', () => {
  it('finds its stretches without overflowing the stack', () => {
    const extents: [number, number][] = Array.from({ length: 1_000_000 }, (_, i) => [i * 86_400_000, i * 86_400_000 + 1]);
    expect(findSegments(extents, 'auto')).to.have.length(1);
  });
});

describe('layout: priority (issue 9)', () => {
  /** Where a day's mark (a point, drawn at midday) sits on a layout's axis. */
  function xOfDay(plan: Layout, date: string): number {
    const t = Date.parse(`${date}T12:00:00Z`);
    const seg = plan.segments.find((s) => t >= s.from && t <= s.to)!;
    return seg.x0 + ((t - seg.from) / (seg.to - seg.from)) * (seg.x1 - seg.x0);
  }

  it('(property) an event hidden in "+N" never loses its place to a shown event of lower priority', () => {
    const eventsArb = fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 60 }), priority: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3> }),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 320, max: 1400 }), fc.integer({ min: 1, max: 3 }), (list, width, maxLanes) => {
        const date = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
        const events = list.map((e, i) => ({ id: `e${i}`, date: date(e.day), title: `Event number ${i}`, priority: e.priority }));
        const model = buildModel({ events }, 'en');
        const plan = layout(model, { width, em: 16, maxLanes });
        const byId = new Map(events.map((e) => [e.id, e]));
        const em = 16;
        for (const hiddenId of plan.aggregates.flatMap((a) => a.ids)) {
          const e = byId.get(hiddenId)!;
          const x = xOfDay(plan, e.date);
          for (const f of plan.marks) {
            if (byId.get(f.id)!.priority <= e.priority) continue;
            const from = Math.min(f.x0, f.label.x) - 0.5 * em;
            const to = Math.max(f.x1 + 0.5 * em, f.label.x + f.label.width);
            const meets = from < x + 0.5 * em - EPS && to > x - 0.5 * em + EPS;
            expect(meets, `${f.id} (priority ${byId.get(f.id)!.priority}) is drawn over hidden ${e.id} (priority ${e.priority})`).to.equal(
              false,
            );
          }
        }
        // Still every event drawn or counted, once.
        expect([...plan.marks.map((m) => m.id), ...plan.aggregates.flatMap((a) => a.ids)].sort()).to.deep.equal(
          events.map((e) => e.id).sort(),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('(property) the same holds once a zoom opens "+N"', () => {
    const eventsArb = fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 60 }), priority: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3> }),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        eventsArb,
        fc.integer({ min: 320, max: 1400 }),
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 1.5, max: 30, noNaN: true }),
        (list, width, maxLanes, k) => {
          const date = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
          const events = list.map((e, i) => ({ id: `e${i}`, date: date(e.day), title: `Event number ${i}`, priority: e.priority }));
          const model = buildModel({ events }, 'en');
          const plan = openAggregates(layout(model, { width, em: 16, maxLanes, zoom: { k, x: 0 } }), [-1e9, 1e9]);
          const byId = new Map(events.map((e) => [e.id, e]));
          for (const hiddenId of plan.aggregates.flatMap((a) => a.ids)) {
            const e = byId.get(hiddenId)!;
            const x = xOfDay(plan, e.date);
            for (const f of plan.marks) {
              if (byId.get(f.id)!.priority <= e.priority) continue;
              const from = Math.min(f.x0, f.label.x) - 8;
              const to = Math.max(f.x1 + 8, f.label.x + f.label.width);
              expect(
                from < x + 8 - EPS && to > x - 8 + EPS,
                `${f.id} (priority ${byId.get(f.id)!.priority}) is drawn over hidden ${e.id} (priority ${e.priority}) at k=${k}`,
              ).to.equal(false);
            }
          }
          expect([...plan.marks.map((m) => m.id), ...plan.aggregates.flatMap((a) => a.ids)].sort()).to.deep.equal(
            events.map((e) => e.id).sort(),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('draws the key events of a crowded day and counts the others in "+N"', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      date: '2025-05-16',
      title: `Report ${i}`,
      ...(i >= 10 ? { priority: 1 as const } : {}),
    }));
    const plan = layout(buildModel({ events }, 'en'), { width: 1000, em: 16 });
    const drawn = plan.marks.map((m) => m.id);
    expect(drawn).to.include.members(['e10', 'e11']);
    expect(drawn).to.have.length(8);
    expect(plan.aggregates.flatMap((a) => a.ids)).to.have.length(4);
  });
});

describe('layout: eras (issue 9)', () => {
  const data: TimelineData = {
    eras: [
      { date: '2022', label: '2022 talks in Istanbul' },
      { date: '2025-05-16/2025-06-02', label: '2025 sessions in Istanbul' },
      { date: '2022/2025', label: 'War' },
      { date: '2019', label: 'Before everything (in no stretch of time)' },
    ],
    events: [
      { id: 'a', date: '2022-03', title: 'Draft accords' },
      { id: 'b', date: '2025-05-16', title: 'First session' },
      { id: 'c', date: '2025-06-02', title: 'Second session' },
      { id: 'd', date: '2025-06-22/..', title: 'Possible resumption' },
    ],
  };

  it('draws each era as bands cut at the axis breaks, labelled once on a row above the axis, under every track', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      for (const zoom of [
        { k: 1, x: 0 },
        { k: 6, x: 900 },
      ]) {
        const model = buildModel(data, 'en');
        const plan = layout(model, { width: 1000, em: 16, direction, zoom });
        expect(plan.breaks.length).to.be.greaterThan(0);
        // "War" spans the break: one band per stretch of time, none over the break itself.
        const war = plan.eras.filter((e) => model.eras[e.era].era.label === 'War');
        expect(war).to.have.length(plan.segments.length);
        expect(war.filter((e) => e.label)).to.have.length(1);
        for (const e of plan.eras) {
          expect(
            plan.segments.some((s) => e.x0 >= s.x0 - EPS && e.x1 <= s.x1 + EPS),
            `${model.eras[e.era].era.label} inside a stretch`,
          ).to.equal(true);
          for (const b of plan.breaks) expect(e.x1 <= b.x0 + EPS || e.x0 >= b.x1 - EPS).to.equal(true);
        }
        // An era in no stretch of time is not drawn (the summary still names it).
        expect(plan.eras.some((e) => model.eras[e.era].era.label.startsWith('Before'))).to.equal(false);
        const labelled = plan.eras.filter((e) => e.label);
        expect(new Set(labelled.map((e) => e.era)).size).to.equal(labelled.length);
        if (zoom.k === 1) {
          // A name may run on past its band (the 2025 sessions last a fortnight), never past the drawing.
          expect(labelled.map((e) => e.label)).to.include('2025 sessions in Istanbul');
          for (const e of labelled) {
            expect(e.box.x).to.be.at.least(-EPS);
            expect(e.box.x + e.box.width).to.be.at.most(plan.width + EPS);
          }
        }
        for (let i = 0; i < labelled.length; i++) {
          const box = labelled[i].box;
          expect(box.y + box.height).to.be.at.most(plan.axisY + EPS);
          for (const band of plan.bands) expect(box.y).to.be.at.least(band.y + band.height - EPS);
          for (let j = i + 1; j < labelled.length; j++) expect(intersects(box, labelled[j].box)).to.equal(false);
        }
      }
    }
  });

  it("runs an era's name on past a narrow band, up to the next era on its row", () => {
    const narrow: TimelineData = {
      eras: [
        { date: '2025-05-16/2025-05-18', label: 'A weekend of talks in Istanbul' },
        { date: '2025-06-20/2025-06-30', label: 'Late June' },
      ],
      events: [
        { id: 'a', date: '2025-05-01', title: 'Before' },
        { id: 'b', date: '2025-07-01', title: 'After' },
      ],
    };
    const model = buildModel(narrow, 'en');
    for (const direction of ['ltr', 'rtl'] as const) {
      const plan = layout(model, { width: 800, em: 16, direction });
      const [weekend, june] = plan.eras;
      expect(weekend.label).to.equal('A weekend of talks in Istanbul');
      expect(weekend.box.width).to.be.above(weekend.x1 - weekend.x0); // past its band
      expect(intersects(weekend.box, june.box)).to.equal(false);
      expect(june.label).to.equal('Late June');
    }
  });

  it('says the periods in the summary, with their dates', () => {
    expect(describeEras(buildModel(data, 'en-GB'), 'en-GB')).to.equal(
      'Periods: Before everything (in no stretch of time) (2019); 2022 talks in Istanbul (2022); War (2022 – 2025); 2025 sessions in Istanbul (16 May – 2 June 2025).',
    );
  });
});
