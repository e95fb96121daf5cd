/** What the element draws for a horizontal layout, in px: mark shapes, arrows, signs, hit boxes, glyphs, label baselines, the palette. */
// Worked out here once, so the element only maps it to SVG attributes.
import { qualifierSign } from './encoding.js';
import { TITLE_LINE_HEIGHT } from './labels.js';
import type { Aggregate, Box, Layout, Mark } from './layout-types.js';

/** Track colours of the default palette (CSS `--talks-track-0` … `-5`); tracks beyond it repeat it. */
export const PALETTE_SIZE = 6;

/** The palette colour of a track (0 … 5), or -1 when the track has its own colour. */
export function paletteSlot(track: number, ownColor?: string): number {
  return ownColor ? -1 : track % PALETTE_SIZE;
}

export interface MarkDrawing {
  /** A day or an instant: a dot. */
  dot?: { cx: number; cy: number; r: number };
  /** A span: a rounded bar. */
  bar?: Box & { rx: number };
  /** An open end: the arrowhead's three points (back, tip, back), pointing the way time runs. */
  arrow?: [x: number, y: number][];
  /** A cancelled event: the line through it. */
  strike?: { x1: number; x2: number; y: number };
  /** "~", "?" or "~?" beside the mark, and where. */
  qualifier?: { text: string; x: number; y: number };
  /** Where the x values are measured from: 0, or in the mark's own frame where its text starts. */
  origin: number;
  /** Where the date and title lines start (their left edge, or right edge right to left). */
  textX: number;
  /** The title's lines (without the spaces they broke at, which follow in `after`) and their baselines. */
  titleLines: { text: string; after: string; y: number }[];
  /** What a pointer may press: mark and label with some room around them. */
  hit: Box & { rx: number };
}

/**
 * How a mark is drawn in this layout. `inFrame`: in the mark's own frame, every x relative to
 * `origin` (where its text starts, to a thousandth of a px): a zoom moves a dot and its label
 * together, so only the origin changes and the element moves the mark's group alone (a span's bar
 * also gets its new length).
 */
export function markDrawing(m: Mark, plan: Pick<Layout, 'em' | 'direction'>, inFrame = false): MarkDrawing {
  const { em } = plan;
  const rtl = plan.direction === 'rtl';
  const after = rtl ? -1 : 1;
  const textX = textStart(m.label, plan.direction);
  const origin = inFrame ? textX : 0;
  const x = inFrame ? (at: number) => Math.round((at - origin) * 1000) / 1000 : (at: number) => at;
  const hit = hitBox(m, em, rtl);
  const drawing: MarkDrawing = {
    origin,
    textX: x(textX),
    titleLines: m.titleLines.map((line, i) => {
      const text = line.trimEnd();
      return { text, after: line.slice(text.length), y: m.titleY + i * TITLE_LINE_HEIGHT * em };
    }),
    hit: { ...hit, x: x(hit.x), width: x(hit.x + hit.width) - x(hit.x) },
  };
  if (m.shape === 'point') {
    drawing.dot = { cx: x(m.x), cy: m.y, r: 0.4 * em };
  } else {
    const h = 0.6 * em;
    drawing.bar = { x: x(m.x0), y: m.y - h / 2, width: Math.max(m.x1 - m.x0, 1), height: h, rx: h / 2 };
    if (m.openEnd) {
      // The open end points the way time runs: right, or left in right-to-left layouts.
      const end = rtl ? m.x0 : m.x1;
      const back = end - after * 0.2 * em;
      drawing.arrow = [
        [x(back), m.y - h * 0.8],
        [x(end + after * 0.4 * em), m.y],
        [x(back), m.y + h * 0.8],
      ];
    }
  }
  if (m.status === 'cancelled') drawing.strike = { x1: x(m.x0 - 0.6 * em), x2: x(m.x1 + 0.6 * em), y: m.y };
  const text = qualifierSign(m);
  if (text) {
    const at = m.shape === 'point' ? m.x + after * 0.6 * em : (rtl ? m.x0 : m.x1) + after * (m.openEnd ? 0.9 : 0.3) * em;
    drawing.qualifier = { text, x: x(at), y: m.y + 0.3 * em };
  }
  return drawing;
}

function hitBox(m: Mark, em: number, rtl: boolean): Box & { rx: number } {
  const pad = 0.3 * em;
  // A dot reaches half an em either side of its centre; an open end's arrow half an em the way time runs.
  const dot = m.shape === 'point' ? 0.5 * em : 0;
  const left = Math.min(m.label.x, m.x0 - dot - (rtl && m.openEnd ? 0.5 * em : 0)) - pad;
  const right = Math.max(m.label.x + m.label.width, m.x1 + dot + (m.openEnd && !rtl ? 0.5 * em : 0)) + pad;
  const top = m.y - 0.6 * em;
  return { x: left, y: top, width: right - left, height: m.label.y + m.label.height + pad - top, rx: pad };
}

/** Where a text starts in its box: its left edge, or its right edge in right-to-left layouts. */
export function textStart(box: Box, direction: Layout['direction']): number {
  return direction === 'rtl' ? box.x + box.width : box.x;
}

/** The baseline of a track's name, at the top of its band. */
export function bandLabelBaseline(bandY: number, em: number): number {
  return bandY + em;
}

/** The baseline of a one-line label in its box. */
export function baseline(box: Box, em: number): number {
  return box.y + 0.8 * em;
}

/** A tick's line below the axis: from the axis down this far. */
export function tickLength(em: number): number {
  return 0.35 * em;
}

/** A break's glyph on the axis: two slanted strokes either side of its middle, and a faint line up through the drawing. */
export function breakGlyph(
  x0: number,
  x1: number,
  axisY: number,
  em: number,
): { strokes: [x1: number, y1: number, x2: number, y2: number][]; gap: { x: number; y1: number; y2: number } } {
  const mid = (x0 + x1) / 2;
  const s = 0.35 * em;
  return {
    strokes: [
      [mid - s - 2, axisY + s, mid - 2 + s / 2, axisY - s],
      [mid + 2 - s / 2, axisY + s, mid + s + 2, axisY - s],
    ],
    gap: { x: mid, y1: 0, y2: axisY - s - 2 },
  };
}

/** A "+N" pill: the line over the events it counts, and its label's baseline. */
export function aggregateDrawing(a: Aggregate, em: number): { spanY: number; spanX1: number; textY: number } {
  return { spanY: a.box.y - 0.15 * em, spanX1: Math.max(a.x1, a.x0 + 1), textY: a.box.y + a.box.height * 0.7 };
}

/**
 * Whether a px range of the layout is in view (with 10 em to spare either side), given the pan
 * applied as a translation by `shift` px: only what is in view is drawn.
 */
export function inView(plan: Pick<Layout, 'width' | 'em'>, shift: number): (x0: number, x1: number) => boolean {
  const slack = 10 * plan.em;
  return (x0, x1) => x1 + shift >= -slack && x0 + shift <= plan.width + slack;
}

/** The px a mark and its label reach along the axis. */
export function markExtent(m: Mark): [number, number] {
  return [Math.min(m.x0, m.label.x), Math.max(m.x1, m.label.x + m.label.width)];
}
