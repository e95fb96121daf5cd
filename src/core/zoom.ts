/**
 * The reader's view of a horizontal layout: which time is under a pixel, and the zoom and pan that
 * keep a moment under the pointer while zooming, within limits that never lose the events.
 * Right-to-left layouts are handled in their left-to-right form (x measured from the start edge).
 */
import type { AxisSegment, Layout } from './layout.js';

export interface View {
  /** Stretches of time drawn k times wider (1 = everything fits). */
  k: number;
  /** Pan: px the content is shifted towards its start (left, or right in right-to-left layouts). */
  x: number;
}

const DAY = 86_400_000;

/** Segments measured from the start edge, and an x converter, whatever the direction. */
function fromStart(plan: Layout): { segs: AxisSegment[]; toStart: (x: number) => number } {
  if (plan.direction !== 'rtl') return { segs: plan.segments, toStart: (x) => x };
  const w = plan.width;
  return { segs: plan.segments.map((s) => ({ ...s, x0: w - s.x1, x1: w - s.x0 })), toStart: (x) => w - x };
}

/**
 * The time at a drawn x (inside a stretch: linear; elsewhere: the nearest stretch end). `pan` is
 * a shift applied on top of the layout's own (an element may pan by transform, without relayout).
 */
export function timeAt(plan: Layout, x: number, pan = 0): number {
  const { segs, toStart } = fromStart(plan);
  if (!segs.length) return 0;
  const at = toStart(x) + pan;
  let best = segs[0].from;
  let distance = Infinity;
  for (const s of segs) {
    if (at >= s.x0 && at <= s.x1) return s.from + (s.x1 > s.x0 ? (at - s.x0) / (s.x1 - s.x0) : 0) * (s.to - s.from);
    for (const [edge, t] of [[s.x0, s.from], [s.x1, s.to]] as const) {
      if (Math.abs(edge - at) < distance) {
        distance = Math.abs(edge - at);
        best = t;
      }
    }
  }
  return best;
}

/** Unpanned distance from the start edge of a time at zoom k. */
function offsetAt(plan: Layout, time: number, k: number): number {
  const { segs } = fromStart(plan);
  if (!segs.length) return 0;
  let at = segs[0].x0 + plan.zoom.x; // the margin before the first stretch
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const width = (s.x1 - s.x0) / plan.zoom.k;
    if (time <= s.to || i === segs.length - 1) {
      const f = s.to > s.from ? Math.min(1, Math.max(0, (time - s.from) / (s.to - s.from))) : 0;
      return at + f * width * k;
    }
    at += width * k + (segs[i + 1].x0 - s.x1);
  }
  return at;
}

/** The most zoom worth having: one day at most a third of the width. */
export function maxZoom(plan: Layout): number {
  const { segs } = fromStart(plan);
  if (!segs.length) return 1;
  const pxPerDay = (segs[0].x1 - segs[0].x0) / plan.zoom.k / Math.max((segs[0].to - segs[0].from) / DAY, 1e-9);
  // …and at most a million px of content (ticks are worked out over all of it): long spans, such as
  // deep time, stop short of a day.
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
