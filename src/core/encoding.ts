/** How an event's mark encodes its status and its date's precision and certainty, in both layouts, and the legend of it. */
import type { DatePrecision } from './edtf.js';
import type { LegendKey } from './messages.js';
import type { TimelineItem } from './model.js';
import type { EventStatus } from './types.js';

/** How a mark encodes an event: its status, its date's precision and certainty. */
export interface MarkEncoding {
  status: EventStatus;
  shape: 'point' | 'span';
  /** A coarse (month, season, year) end fades softly instead of a hard edge. */
  softStart: boolean;
  softEnd: boolean;
  openStart: boolean;
  openEnd: boolean;
  approximate: boolean;
  uncertain: boolean;
}

const COARSE: ReadonlySet<DatePrecision> = new Set(['year', 'season', 'month']);

/** Whether an item is drawn as a point (a day or an instant) rather than a span. */
export function isPoint({ span }: TimelineItem): boolean {
  return !span.interval && (span.precision === 'day' || span.precision === 'time');
}

/** How an item's mark shows its status and how certain and how precise its date is (both layouts). */
export function encodingOf(it: TimelineItem): MarkEncoding {
  const { span } = it;
  return {
    status: it.status,
    shape: isPoint(it) ? 'point' : 'span',
    softStart: !span.openStart && !!span.start && COARSE.has(span.start.precision),
    softEnd: !span.openEnd && !!span.end && COARSE.has(span.end.precision),
    openStart: span.openStart,
    openEnd: span.openEnd,
    approximate: span.approximate,
    uncertain: span.uncertain,
  };
}

/** The sign drawn beside a mark: "~" approximate, "?" uncertain, "~?" both. */
export function qualifierSign(e: { approximate: boolean; uncertain: boolean }): string {
  return (e.approximate ? '~' : '') + (e.uncertain ? '?' : '');
}
/** Which visual encodings a layout uses, for a legend that explains only what is on screen. */
export function legendKeys(
  plan: { marks: readonly MarkEncoding[] } | { rows: readonly (MarkEncoding | { kind: 'year' | 'break' | 'era' })[] },
): LegendKey[] {
  const keys = new Set<LegendKey>();
  const marks = 'marks' in plan ? plan.marks : plan.rows.filter((r): r is MarkEncoding => 'shape' in r);
  for (const m of marks) {
    if (m.shape === 'point') keys.add('day');
    else if (m.softStart && m.softEnd && !m.openEnd) keys.add('coarse');
    else keys.add('period');
    if (m.openEnd || m.openStart) keys.add('openEnd');
    if (m.approximate) keys.add('approximate');
    if (m.uncertain) keys.add('uncertain');
    if (m.status !== 'occurred') keys.add(m.status);
  }
  const order: LegendKey[] = ['day', 'period', 'coarse', 'openEnd', 'approximate', 'uncertain', 'scheduled', 'possible', 'cancelled'];
  return order.filter((k) => keys.has(k));
}
