/** Random timelines for property tests of the layout: dates of every precision, spread over 1990–2030 or in bursts, in up to three tracks. */
import fc from 'fast-check';
import { civilFromMs, utcDayStart } from '../../src/core/calendar.js';
import type { TimelineData, TimelineEvent, Track } from '../../src/core/types.js';

const DAY = 86_400_000;
const pad2 = (n: number) => String(n).padStart(2, '0');
const FIRST_DAY = utcDayStart(1990, 1, 1) / DAY;
const LAST_DAY = utcDayStart(2030, 12, 31) / DAY;

type Precision = 'day' | 'month' | 'year';
interface PointSpec {
  day: number;
  precision: Precision;
  qualifier: '' | '~' | '?';
}

function pointText(p: PointSpec, qualified = true): string {
  const { year, month, day } = civilFromMs(p.day * DAY);
  const body =
    p.precision === 'year' ? String(year) : p.precision === 'month' ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`;
  return body + (qualified ? p.qualifier : '');
}

/** Days spread over 1990–2030, or bunched around a few moments (news comes in bursts, which makes breaks). */
const dayPicker: fc.Arbitrary<fc.Arbitrary<number>> = fc.oneof(
  fc.constant(fc.integer({ min: FIRST_DAY, max: LAST_DAY })),
  fc
    .record({
      anchors: fc.array(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { minLength: 1, maxLength: 4 }),
      spread: fc.integer({ min: 0, max: 400 }),
    })
    .map(({ anchors, spread }) =>
      fc
        .tuple(fc.constantFrom(...anchors), fc.integer({ min: -spread, max: spread }))
        .map(([a, d]) => Math.min(LAST_DAY, Math.max(FIRST_DAY, a + d))),
    ),
);

function dateText(days: fc.Arbitrary<number>): fc.Arbitrary<string> {
  const pointSpec: fc.Arbitrary<PointSpec> = fc.record({
    day: days,
    precision: fc.constantFrom<Precision>('day', 'month', 'year'),
    qualifier: fc.constantFrom<'' | '~' | '?'>('', '', '', '', '~', '?'),
  });
  return fc.oneof(
    { weight: 6, arbitrary: pointSpec.map((p) => pointText(p)) },
    // Open-ended: 'YYYY-MM-DD/..'.
    { weight: 1, arbitrary: pointSpec.map((p) => `${pointText({ ...p, precision: 'day' }, false)}/..`) },
    // Closed, ends of any precision, in order.
    {
      weight: 2,
      arbitrary: fc.tuple(pointSpec, pointSpec).map(([p, q]) => {
        const [a, b] = p.day <= q.day ? [p, q] : [q, p];
        return `${pointText(a)}/${pointText(b)}`;
      }),
    },
  );
}

export interface Case {
  data: TimelineData;
  width: number;
}

export const timelineCase: fc.Arbitrary<Case> = dayPicker
  .chain((days) =>
    fc.record({
      trackCount: fc.integer({ min: 0, max: 3 }),
      events: fc.array(
        fc.record({ date: dateText(days), title: fc.string({ minLength: 1, maxLength: 80 }), track: fc.integer({ min: -1, max: 2 }) }),
        { minLength: 1, maxLength: 60 },
      ),
      width: fc.integer({ min: 320, max: 1600 }),
    }),
  )
  .map(({ trackCount, events, width }) => {
    const tracks: Track[] = Array.from({ length: trackCount }, (_, i) => ({ id: `t${i}`, label: `Track ${i}` }));
    const evs: TimelineEvent[] = events.map((e, i) => ({
      id: `e${i}`,
      date: e.date,
      title: e.title,
      ...(e.track >= 0 && e.track < trackCount ? { track: `t${e.track}` } : {}),
    }));
    return { data: { tracks, events: evs }, width };
  });
