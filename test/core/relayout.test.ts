/** A re-layout after an update (issue 17): unchanged events keep their lanes (LayoutOptions.lanes), notes go before the date (LayoutOptions.notes). */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildModel, diffEvents, layout, openAggregates, spanExtent } from '../../src/core/index.js';
import type { Layout, LayoutOptions, Mark, TimelineEvent, TimelineModel } from '../../src/core/index.js';
import { isPoint } from '../../src/core/encoding.js';
import { laidOut } from '../../src/core/horizontal.js';
import { markDrawing } from '../../src/core/drawing.js';
import { drawnBoxes, EM, EPS, intersects, measure } from './drawn-boxes.js';

/** The note a mark should show: the one asked for, unless its date line would be wider than the drawing. */
function noteOf(notes: ReadonlyMap<string, string>, m: Mark, width: number): string | undefined {
  const note = notes.get(m.id);
  return note && measure(`${note} · ${m.dateLabel}`, 'date') <= width - 2 * EM ? note : undefined;
}

/** No two marks' drawn boxes meet, and every event is drawn or counted in one "+N", once. */
function expectApart(plan: Layout, ids: string[], context: string): void {
  const shown = [...plan.marks.map((m) => m.id), ...plan.aggregates.flatMap((a) => a.ids)];
  expect(shown.sort(), `every event once (${context})`).to.deep.equal([...ids].sort());
  const drawn = plan.marks.map((m) => ({ m, boxes: drawnBoxes(m, plan) }));
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++)
      for (const a of drawn[i].boxes)
        for (const b of drawn[j].boxes)
          expect(intersects(a.box, b.box), `${drawn[i].m.id} ${a.what} meets ${drawn[j].m.id} ${b.what} (${context})`).to.equal(false);
}

const WORDS = [
  'Talks',
  'in',
  'Istanbul',
  'prisoner',
  'exchange',
  'ceasefire',
  'memorandum',
  'delegations',
  'meet',
  'again',
  'Ukraine',
  'Russia',
];
const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
const TRACKS = [
  { id: 't0', label: 'Talks' },
  { id: 't1', label: 'Fighting' },
];
/** Fixed first and last events: every other date lies between them, so the time axis is the same in both versions. */
const ANCHORS: TimelineEvent[] = [
  { id: 'first', date: '2025-01-01', title: 'Start', track: 't0' },
  { id: 'last', date: '2025-12-31', title: 'End', track: 't0' },
];
const pad2 = (n: number) => String(n).padStart(2, '0');
const dayText = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);

/** A date strictly inside the anchors: a day (maybe about or uncertain), a month, or a span of days; never open-ended. */
const date = fc
  .record({
    day: fc.integer({ min: 10, max: 330 }),
    span: fc.integer({ min: 0, max: 25 }),
    kind: fc.constantFrom('day', 'day', 'month', 'span'),
    sign: fc.constantFrom('', '', '~', '?'),
  })
  .map(({ day, span, kind, sign }) =>
    kind === 'month'
      ? `2025-${pad2(new Date(Date.UTC(2025, 0, 1 + day)).getUTCMonth() + 1)}${sign}`
      : kind === 'span'
        ? `${dayText(day)}/${dayText(day + 1 + span)}`
        : `${dayText(day)}${sign}`,
  );
const event = fc.record({
  date,
  title,
  track: fc.constantFrom('t0', 't1'),
  priority: fc.constantFrom<1 | 2 | 3 | undefined>(undefined, undefined, undefined, 1, 3),
});
const eventOf = (id: string, e: { date: string; title: string; track: string; priority?: 1 | 2 | 3 }): TimelineEvent => ({
  id,
  date: e.date,
  title: e.title,
  track: e.track,
  ...(e.priority ? { priority: e.priority } : {}),
});

type Change = 'keep' | 'title' | 'date' | 'priority' | 'track' | 'remove';
const update = fc
  .record({
    old: fc.array(event, { minLength: 1, maxLength: 40 }),
    changes: fc.array(
      fc.tuple(
        fc.constantFrom<Change>('keep', 'keep', 'keep', 'keep', 'keep', 'keep', 'title', 'date', 'priority', 'track', 'remove', 'remove'),
        event,
      ),
      { minLength: 40, maxLength: 40 },
    ),
    added: fc.array(fc.tuple(event, fc.nat()), { maxLength: 8 }),
    width: fc.integer({ min: 320, max: 1600 }),
    maxLanes: fc.constantFrom<number | undefined>(undefined, 1, 2, 3),
  })
  .map(({ old, changes, added, width, maxLanes }) => {
    const before = [...ANCHORS, ...old.map((e, i) => eventOf(`e${i}`, e))];
    const after: TimelineEvent[] = [...ANCHORS];
    old.forEach((e, i) => {
      const [change, other] = changes[i];
      const was = before[i + ANCHORS.length];
      if (change === 'remove') return;
      if (change === 'keep') after.push({ ...was });
      else if (change === 'title') after.push({ ...was, title: `${was.title} (updated)` });
      else if (change === 'date') after.push(was.date === other.date ? { ...was, date: '2025-06-15' } : { ...was, date: other.date });
      else if (change === 'priority') after.push(eventOf(was.id, { ...e, priority: (((e.priority ?? 2) % 3) + 1) as 1 | 2 | 3 }));
      else after.push({ ...was, track: was.track === 't0' ? 't1' : 't0' });
    });
    added.forEach(([e, at], i) => after.splice(ANCHORS.length + (at % (after.length - ANCHORS.length + 1)), 0, eventOf(`n${i}`, e)));
    return { before, after, width, maxLanes };
  });

/** Where an item stands in its track's packing: its priority, then where its mark starts. */
function packingKeys(model: TimelineModel): Map<string, { track: number; priority: number; x: number }> {
  return new Map(
    model.items.map((it) => {
      const [a, b] = spanExtent(it.span);
      return [it.event.id, { track: it.track, priority: it.event.priority ?? 2, x: isPoint(it) ? (a + b) / 2 : a }];
    }),
  );
}

describe('a re-layout after an update (LayoutOptions.lanes and notes)', () => {
  it('property: unchanged events keep their lanes, at least where nothing before them in their track changed; labels never meet', () => {
    let kept = 0;
    let keptAfterChanges = 0;
    let movedWithoutLanes = 0;
    fc.assert(
      fc.property(update, ({ before, after, width, maxLanes }) => {
        const options: LayoutOptions = { width, em: EM, measure, breaks: 'none', maxLanes };
        const oldModel = buildModel({ tracks: TRACKS, events: before }, 'en');
        const newModel = buildModel({ tracks: TRACKS, events: after }, 'en');
        const old = layout(oldModel, options);
        const diff = diffEvents(before, after);
        const same = new Set(diff.unchanged);
        const lanes = new Map(old.marks.filter((m) => same.has(m.id)).map((m) => [m.id, m.lane]));
        const notes = new Map([...diff.added.map((id) => [id, 'New'] as const), ...diff.changed.map((id) => [id, 'Updated'] as const)]);
        const now = layout(newModel, { ...options, lanes, notes });
        const plain = layout(newModel, options);
        expect(now.segments, 'the same time axis').to.deep.equal(old.segments);

        const [oldKeys, newKeys] = [packingKeys(oldModel), packingKeys(newModel)];
        // Each touched event, where it was and where it is.
        const touched = [
          ...diff.added.map((id) => newKeys.get(id)!),
          ...diff.removed.map((id) => oldKeys.get(id)!),
          ...diff.changed.flatMap((id) => [oldKeys.get(id)!, newKeys.get(id)!]),
        ];
        const laneNow = new Map(now.marks.map((m) => [m.id, m.lane]));
        const lanePlain = new Map(plain.marks.map((m) => [m.id, m.lane]));
        for (const m of old.marks) {
          if (!same.has(m.id)) continue;
          const me = oldKeys.get(m.id)!;
          const inTrack = touched.filter((t) => t.track === me.track);
          // In the order lanes are filled (priority, then date): nothing touched before it (ties count as before).
          const nothingBefore = !inTrack.some((t) => t.priority < me.priority || (t.priority === me.priority && t.x <= me.x));
          // Stronger: nothing of a higher priority in its track touched (its own priority and lower may change as they like).
          const nothingAbove = !inTrack.some((t) => t.priority < me.priority);
          if (nothingBefore) expect(laneNow.get(m.id), `${m.id}: nothing before it changed`).to.equal(m.lane);
          if (!nothingAbove) continue;
          expect(laneNow.get(m.id), `${m.id}: nothing of a higher priority in its track changed`).to.equal(m.lane);
          kept++;
          if (!nothingBefore) keptAfterChanges++;
          if (lanePlain.get(m.id) !== m.lane) movedWithoutLanes++;
        }
        expectApart(
          now,
          after.map((e) => e.id),
          `${width} px, ${maxLanes ?? 8} lanes`,
        );
        for (const m of now.marks) {
          const note = noteOf(notes, m, width);
          if (note) expect(m.note, m.id).to.equal(note);
          else expect(m, m.id).not.to.have.property('note');
        }
      }),
      { numRuns: 200 },
    );
    // The cases that matter happened: unchanged events after a change kept their lanes, and without
    // `lanes` some of them would have moved (so the property fails when the option is ignored).
    expect(kept).to.be.above(150);
    expect(keptAfterChanges).to.be.above(50);
    expect(movedWithoutLanes, 'unchanged events a plain re-layout moves').to.be.above(15);
  });

  it('an event keeps the lane it asks for where it has room (opening empty lanes below it), else takes the first with room', () => {
    const events: TimelineEvent[] = [
      { id: 'a', date: '2025-05-01', title: 'A' },
      { id: 'b', date: '2025-05-02', title: 'B' },
      { id: 'c', date: '2025-09-01', title: 'C' },
    ];
    const model = buildModel({ events }, 'en');
    const lanesOf = (plan: Layout) => Object.fromEntries(plan.marks.map((m) => [m.id, m.lane]));
    /** The lanes when events ask for some. */
    const asking = (lanes: Record<string, number>, maxLanes?: number) =>
      lanesOf(layout(model, { width: 800, maxLanes, lanes: new Map(Object.entries(lanes)) }));
    expect(lanesOf(layout(model, { width: 800 }))).to.deep.equal({ a: 0, b: 1, c: 0 });
    expect(asking({ c: 2 })).to.deep.equal({ a: 0, b: 1, c: 2 });
    expect(layout(model, { width: 800, lanes: new Map([['c', 2]]) }).bands[0].lanes).to.equal(3);
    // A lane from a layout that had more events than there are now (here 3 events) is kept all the same.
    expect(asking({ c: 4 })).to.deep.equal({ a: 0, b: 1, c: 4 });
    // Events that keep a lane go first: a, asking for none, takes the first lane left with room.
    expect(asking({ b: 0, c: 2 })).to.deep.equal({ a: 1, b: 0, c: 2 });
    // a and b meet: b asks for the lane a asked for first (date order), so b takes the first lane with room.
    expect(asking({ a: 1, b: 1 })).to.deep.equal({ a: 1, b: 0, c: 0 });
    // Past the lane limit, or not a lane number: no preference.
    expect(asking({ c: 5 }, 2)).to.deep.equal({ a: 0, b: 1, c: 0 });
    expect(layout(model, { width: 800, lanes: new Map(Object.entries({ a: -1, b: 1.5, c: Number.NaN })) })).to.deep.equal(
      layout(model, { width: 800 }),
    );
  });

  it('lanes and notes are part of what the unzoomed layout is cached by: the same maps reuse it at every zoom', () => {
    const model = buildModel(
      {
        events: [
          { id: 'a', date: '2025-05-01', title: 'A' },
          { id: 'b', date: '2025-06-01', title: 'B' },
        ],
      },
      'en',
    );
    const lanes = new Map([['a', 1]]);
    const notes = new Map([['b', 'New']]);
    const plain = layout(model, { width: 800 });
    expect(layout(model, { width: 800, lanes: new Map(), notes: new Map() }).marks, 'empty maps: as without').to.deep.equal(plain.marks);
    const first = layout(model, { width: 800, lanes, notes });
    expect(first.marks).not.to.equal(plain.marks);
    expect(layout(model, { width: 800, lanes, notes }).marks).to.equal(first.marks);
    const zoomed = [2, 3].map((k) => layout(model, { width: 800, lanes, notes, zoom: { k, x: 10 } }));
    expect(laidOut.get(zoomed[0])!.hidden).to.equal(laidOut.get(zoomed[1])!.hidden);
    expect(zoomed[0].marks.find((m) => m.id === 'a')!.lane).to.equal(1);
    expect(zoomed[1].marks.find((m) => m.id === 'b')!.note).to.equal('New');
    const other = layout(model, { width: 800, lanes: new Map(lanes), notes });
    expect(laidOut.get(other)!.hidden, 'another map: laid out anew').not.to.equal(laidOut.get(first)!.hidden);
  });

  it('a note is measured with the date it goes before, in both directions; the date label stays the date alone', () => {
    const model = buildModel({ events: [{ id: 'a', date: '2025-05-16', title: 'A' }] }, 'en');
    for (const direction of ['ltr', 'rtl'] as const) {
      const plain = layout(model, { width: 800, measure, direction }).marks[0];
      const noted = layout(model, { width: 800, measure, direction, notes: new Map([['a', 'Updated']]) }).marks[0];
      expect(noted.note).to.equal('Updated');
      expect(noted.dateLabel).to.equal(plain.dateLabel);
      expect(noted.dateLabel).to.equal('May 16, 2025');
      expect(noted.label.width).to.equal(measure('Updated · May 16, 2025', 'date'));
      expect(noted.label.width).to.be.above(plain.label.width);
      expect(markDrawing(noted, { em: EM, direction }).hit.width).to.be.above(markDrawing(plain, { em: EM, direction }).hit.width);
    }
    // A note that would make the date line wider than the drawing is left out.
    const long = layout(model, { width: 320, measure, notes: new Map([['a', 'Updated '.repeat(20)]]) }).marks[0];
    expect(long).not.to.have.property('note');
    expect(long.label.width).to.equal(measure('May 16, 2025', 'date'));
  });

  it('property: labels with random notes never meet, laid out, mirrored, or opened at a zoom', () => {
    const notesCase = fc.record({
      events: fc.array(fc.record({ event, note: fc.option(fc.constantFrom('New', 'Updated', 'Corrected', 'Breaking news')) }), {
        minLength: 1,
        maxLength: 40,
      }),
      width: fc.integer({ min: 320, max: 2000 }),
      direction: fc.constantFrom<'ltr' | 'rtl'>('ltr', 'rtl'),
      zoom: fc.record({ k: fc.double({ min: 1.5, max: 30, noNaN: true }), x: fc.double({ min: 0, max: 3000, noNaN: true }) }),
    });
    let noted = 0;
    fc.assert(
      fc.property(notesCase, ({ events: specs, width, direction, zoom }) => {
        const events = specs.map(({ event: e }, i) => eventOf(`e${i}`, e));
        const notes = new Map<string, string>(specs.flatMap(({ note }, i) => (note ? [[`e${i}`, note] as const] : [])));
        const model = buildModel({ tracks: TRACKS, events }, 'en');
        const ids = events.map((e) => e.id);
        const plan = layout(model, { width, em: EM, measure, direction, notes, maxLanes: 3 });
        expectApart(plan, ids, `${direction}, ${width} px`);
        for (const m of plan.marks) {
          if (m.note) noted++;
          expect(m.label.width).to.be.at.least(measure(m.note ? `${m.note} · ${m.dateLabel}` : m.dateLabel, 'date') - EPS);
          expect(m.note, m.id).to.equal(noteOf(notes, m, width));
        }
        const opened = openAggregates(layout(model, { width, em: EM, measure, direction, notes, maxLanes: 3, zoom }));
        expectApart(opened, ids, `${direction}, ${width} px at k=${zoom.k}`);
        for (const m of opened.marks) expect(m.note, `${m.id} opened at a zoom`).to.equal(noteOf(notes, m, width));
      }),
      { numRuns: 150 },
    );
    expect(noted).to.be.above(300);
  });
});
