/** Stretches of time: where the data is, split by axis breaks over long empty gaps (both layouts). */
import { bisectLeft } from 'd3-array';
import { MS_PER_DAY as DAY } from './calendar.js';
import { spanExtent } from './edtf.js';
import type { TimelineItem } from './model.js';

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = Float64Array.from(values).sort(); // numeric: no comparator called per pair
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Stretches of time that hold events, split where an empty stretch is long. */
export function findSegments(extents: [number, number][], breaks: 'auto' | 'none'): [number, number][] {
  const sorted = [...extents].sort((a, b) => a[0] - b[0]);
  if (!sorted.length) return [];
  // One loop for the steps between starts and the latest end (not Math.max(...ends): spreading a
  // million arguments overflows the stack). The first step is NaN, left out with those not above 0.
  const steps: number[] = [];
  let end = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const step = sorted[i][0] - sorted[i - 1]?.[0];
    if (step > 0) steps.push(step);
    end = Math.max(end, sorted[i][1]);
  }
  const total = end - sorted[0][0];
  const typical = median(steps);
  const segments: [number, number][] = [[sorted[0][0], sorted[0][1]]];
  // From the first extent too, without a copy: it starts before it ends, so it only sets the end again.
  for (const [a, b] of sorted) {
    const current = segments[segments.length - 1];
    const empty = a - current[1];
    if (breaks === 'auto' && empty > 0 && empty > 6 * typical && empty > 0.2 * total && empty > 30 * DAY) {
      segments.push([a, b]);
    } else {
      current[1] = Math.max(current[1], b);
    }
  }
  return segments;
}

/** Whether [a, b] overlaps one of the sorted, disjoint stretches (binary search). */
function overlapsAny([a, b]: [number, number], stretches: [number, number][]): boolean {
  let lo = 0;
  let hi = stretches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (stretches[mid][1] < a) lo = mid + 1;
    else if (stretches[mid][0] > b) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * The stretches of time that hold events (split by axis breaks) and each item's drawable extent.
 * A date known only to its year or season is "somewhere in" a long stretch: it must not stretch
 * the axis over a whole year when the events around it are days or months apart. Where such a
 * vague date overlaps the stretches the precise dates make, it is clipped to them (drawn with soft
 * ends); where it overlaps nothing, it makes its own stretch.
 */
export function timeStretches(
  items: TimelineItem[],
  mode: 'auto' | 'none',
): { stretches: [number, number][]; extents: [number, number][] } {
  const extents = items.map((it) => spanExtent(it.span));
  const vague = items.map((it) => !it.span.interval && (it.span.precision === 'year' || it.span.precision === 'season'));
  const anchors = extents.filter((_, i) => !vague[i]);
  let loose = extents.filter((_, i) => vague[i]);
  let stretches = findSegments(anchors.length ? anchors : loose, mode);
  if (!anchors.length) loose = [];
  // Adding a stretch can move breaks, so repeat until every vague date overlaps one (grows monotonically).
  for (;;) {
    const inside = (e: [number, number]) => overlapsAny(e, stretches);
    const outside = loose.filter((e) => !inside(e));
    if (!outside.length) break;
    anchors.push(...outside);
    loose = loose.filter(inside);
    stretches = findSegments(anchors, mode);
  }
  const clipped = extents.map((e, i): [number, number] => {
    if (!vague[i]) return e;
    const hit = stretches.filter(([c, d]) => e[0] <= d && e[1] >= c);
    if (!hit.length) return e;
    return [Math.max(e[0], hit[0][0]), Math.min(e[1], hit[hit.length - 1][1])];
  });
  return { stretches, extents: clipped };
}

/**
 * Which stretch of time `t` belongs to, counted from 0: how many breaks start before it (`breakStarts`
 * sorted: the ends of all stretches but the last). A time inside a break belongs to the stretch after
 * it. For the vertical layout's break rows and the keyboard's page step.
 */
export function stretchIndex(breakStarts: readonly number[], t: number): number {
  return bisectLeft(breakStarts, t);
}
