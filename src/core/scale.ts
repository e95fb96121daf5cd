/** The time axis over stretches of time: a polylinear d3-scale, and the reader's zoom and pan as copies of it. */
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import { interpolateNumber } from 'd3-interpolate';

/** A stretch of time (epoch ms) and the px it is drawn across. */
export interface Stretch {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** A time → px scale (and px → time through `.invert()`). */
export type AxisScale = ScaleLinear<number, number>;

/**
 * The time axis: one honest px-per-ms inside each stretch; across a break, from one stretch's end to
 * the next one's start. Linear over epoch ms rather than `scaleUtc`, because deep time (the Big Bang)
 * lies outside what a `Date` holds. Clamped: a time before the first stretch or after the last is
 * drawn at the axis end, and `.invert()` of a px in a margin gives the nearest end.
 */
export function axisScale(stretches: readonly Stretch[]): AxisScale {
  return scaleLinear()
    .domain(stretches.flatMap((s) => [s.from, s.to]))
    .range(stretches.flatMap((s) => [s.x0, s.x1]))
    .interpolate(interpolateNumber)
    .clamp(true);
}

/**
 * The px stops of the stretches drawn `factor` times wider, the first one shifted by `shift` px:
 * the breaks between stretches keep their width. Zoom k and pan x of an unzoomed axis are
 * `zoomedStops(stretches, k, -x)`.
 */
export function zoomedStops(stretches: readonly Stretch[], factor: number, shift: number): number[] {
  const stops: number[] = [];
  let at = (stretches[0]?.x0 ?? 0) + shift;
  stretches.forEach((s, i) => {
    if (i) at += s.x0 - stretches[i - 1].x1;
    stops.push(at, (at += (s.x1 - s.x0) * factor));
  });
  return stops;
}

/** The axis at zoom `k` and pan `pan` (px towards the start): a copy of the scale with its range zoomed. */
export function zoomedScale(scale: AxisScale, stretches: readonly Stretch[], k: number, pan: number): AxisScale {
  return scale.copy().range(zoomedStops(stretches, k, -pan));
}

const same = (x: number) => x;

/**
 * Where a px of the unzoomed drawing goes at zoom `k` and pan `pan`: stretched k times inside the
 * stretches of time (as the zoomed scale puts their times), moved without stretching across breaks
 * and margins (slope 1 there), so every distance grows or stays and labels that did not meet never
 * meet. For what is not a time: label boxes, an open end's fade.
 */
export function zoomedPx(stretches: readonly Stretch[], k: number, pan: number): (x: number) => number {
  if (k === 1 && pan === 0) return same;
  if (!stretches.length) return (x) => x - pan;
  const from = stretches.flatMap((s) => [s.x0, s.x1]);
  const to = zoomedStops(stretches, k, -pan);
  const last = from.length - 1;
  // One px of slope 1 either side: d3 extends a polylinear scale beyond its domain by its outer pieces.
  return scaleLinear()
    .domain([from[0] - 1, ...from, from[last] + 1])
    .range([to[0] - 1, ...to, to[last] + 1])
    .interpolate(interpolateNumber);
}
