/** Right to left: the one place where a horizontal layout's x is flipped for languages written that way. */
import type { Box, Layout, Mark } from './layout-types.js';
import type { Tick } from './ticks.js';

export type Direction = 'ltr' | 'rtl';

/** The drawn shift of a pan (px towards the start of time): leftwards, or rightwards in right-to-left layouts. */
export function panShift(direction: Direction, pan: number): number {
  return direction === 'rtl' ? pan : -pan;
}

/** A box mirrored across a width: its left edge in x. */
const mirrorBox = <B extends Box>(b: B, w: number): B => ({ ...b, x: w - b.x - b.width });

/** Ticks mirrored across a width. */
export function mirrorTicks(ticks: readonly Tick[], w: number): Tick[] {
  return ticks.map((t) => ({ ...t, x: w - t.x, box: mirrorBox(t.box, w) }));
}

/**
 * The right-to-left layout: every x mirrored, so time runs from right to left.
 * Spans keep x0 ≤ x1 (geometric left and right); boxes keep their left edge in x.
 */
export function mirror(plan: Layout): Layout {
  const w = plan.width;
  const box = <B extends Box>(b: B): B => mirrorBox(b, w);
  const range = <R extends { x0: number; x1: number }>(r: R): R => ({ ...r, x0: w - r.x1, x1: w - r.x0 });
  return {
    ...plan,
    direction: 'rtl',
    zoom: { ...plan.zoom },
    segments: plan.segments.map(range),
    breaks: plan.breaks.map((b) => ({ ...range(b), box: box(b.box) })),
    ticks: mirrorTicks(plan.ticks, w),
    bands: plan.bands.map((b) => ({ ...b, labelX: w - b.labelX })),
    marks: plan.marks.map((m) => ({ ...range(m), x: w - m.x, label: box(m.label) }) as Mark),
    aggregates: plan.aggregates.map((a) => ({ ...range(a), box: box(a.box) })),
    eras: plan.eras.map((e) => ({ ...range(e), box: box(e.box) })),
  };
}
