/** The reader's view of a horizontal layout: the time under a pixel, zoom about a pointer, pan, and their limits. */
// All of it through the layout's axis as a d3 scale (scale.ts). Right-to-left layouts are handled in their
// left-to-right form (x measured from the start edge).
import { MS_PER_DAY } from './calendar.js';
import type { AxisSegment, Layout } from './horizontal.js';
import { axisScale, zoomedStops } from './scale.js';
import type { AxisScale } from './scale.js';

export interface View {
  /** Stretches of time drawn k times wider (1 = everything fits). */
  k: number;
  /** Pan: px the content is shifted towards its start (left, or right in right-to-left layouts). */
  x: number;
}

/** Segments measured from the start edge, and an x converter, whatever the direction. */
function fromStart(plan: Layout): { segs: AxisSegment[]; toStart: (x: number) => number } {
  if (plan.direction !== 'rtl') return { segs: plan.segments, toStart: (x) => x };
  const w = plan.width;
  return { segs: plan.segments.map((s) => ({ ...s, x0: w - s.x1, x1: w - s.x0 })), toStart: (x) => w - x };
}

/** The drawn axis, from the start edge: where each time is in this layout, as it is zoomed and panned. */
function drawnScale(plan: Layout): AxisScale {
  return axisScale(fromStart(plan).segs);
}

/**
 * The layout's time axis as drawn (zoomed and panned, in either direction) as a d3 scale: the x of a
 * time is `scale(time)`, the time under an x `scale.invert(x)`. For drawing one's own marks on it.
 */
export function scaleOf(plan: Layout): AxisScale {
  const scale = drawnScale(plan);
  return plan.direction === 'rtl' ? scale.range(scale.range().map((x) => plan.width - x)) : scale;
}

/**
 * The time at a drawn x (the scale's `.invert()`: linear inside a stretch and across a break, the
 * nearest end in a margin). `pan` is a shift applied on top of the layout's own (an element may pan
 * by transform, without relayout).
 */
export function timeAt(plan: Layout, x: number, pan = 0): number {
  if (!plan.segments.length) return 0;
  return drawnScale(plan).invert(fromStart(plan).toStart(x) + pan);
}

/** Unpanned distance from the start edge of a time at zoom k: the drawn scale with its range re-zoomed. */
function offsetAt(plan: Layout, time: number, k: number): number {
  const { segs } = fromStart(plan);
  if (!segs.length) return 0;
  return drawnScale(plan)
    .copy()
    .range(zoomedStops(segs, k / plan.zoom.k, plan.zoom.x))(time);
}

/** The most zoom worth having: one day at most a third of the width. */
export function maxZoom(plan: Layout): number {
  const { segs } = fromStart(plan);
  if (!segs.length) return 1;
  const pxPerDay = (segs[0].x1 - segs[0].x0) / plan.zoom.k / Math.max((segs[0].to - segs[0].from) / MS_PER_DAY, 1e-9);
  // …and at most a million px of content (a layout without `tickRange` works its ticks out over all of
  // it, and deep time's year ticks always are): long spans, such as deep time, stop short of a day.
  return Math.max(1, Math.min(plan.width / 3 / Math.max(pxPerDay, 1e-9), 1e6 / plan.width));
}

/** Keep zoom within [1, maxZoom] and the pan within the content, so the timeline is always in view. */
export function clampView(plan: Layout, view: View): View {
  const k = Math.min(Math.max(1, view.k), maxZoom(plan));
  const { segs } = fromStart(plan);
  const last = segs[segs.length - 1];
  // The content is the stretches at zoom k plus what follows the last one unzoomed (open-end fade, margin).
  const content = last ? offsetAt(plan, last.to, k) + (plan.width - offsetAt(plan, last.to, 1)) : plan.width;
  const x = Math.min(Math.max(0, view.x), Math.max(0, content - plan.width));
  return { k, x };
}

/** Zoom by `factor`, keeping the moment under `anchorX` (a drawn x, such as the pointer's) where it is. */
export function zoomAbout(plan: Layout, anchorX: number, factor: number, pan = 0): View {
  const time = timeAt(plan, anchorX, pan);
  const k = Math.min(Math.max(1, plan.zoom.k * factor), maxZoom(plan));
  return clampView(plan, { k, x: offsetAt(plan, time, k) - fromStart(plan).toStart(anchorX) });
}

/** The view that shows [start, end] (epoch ms) across the width. */
export function viewOf(plan: Layout, start: number, end: number): View {
  const [a, b] = start <= end ? [start, end] : [end, start];
  const { segs } = fromStart(plan);
  const margin = segs.length ? segs[0].x0 + plan.zoom.x : 0;
  const span = offsetAt(plan, b, 1) - offsetAt(plan, a, 1);
  const k = Math.min(Math.max(1, span > 0 ? (plan.width - 2 * margin) / span : maxZoom(plan)), maxZoom(plan));
  return clampView(plan, { k, x: offsetAt(plan, a, k) - margin });
}
