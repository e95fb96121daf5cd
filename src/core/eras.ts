/** Eras in the horizontal layout: tinted bands behind the events, cut at axis breaks, with their names on rows above the axis. */
import type { AxisSegment, EraBand } from './layout-types.js';
import type { TimelineModel } from './model.js';
import { truncate } from './text.js';
import type { TextRole } from './ticks.js';

/** Where the eras go before the reader's zoom. */
export interface EraPlan {
  /** One piece per stretch of time an era overlaps (breaks cut it), era by era, in unzoomed px. */
  pieces: { era: number; x0: number; x1: number }[];
  /** Each era's label row (-1: none), and the top of the first row. */
  rows: number[];
  top: number;
  /** Where what comes below the era rows starts. */
  bottom: number;
}

/**
 * Eras that overlap in time get different label rows (at most 3; the summary names them all); each
 * era is cut into a piece per stretch of time it covers. `top`: where the rows start.
 */
export function planEras(
  model: TimelineModel,
  segments: readonly AxisSegment[],
  px: (t: number) => number,
  top: number,
  em: number,
): EraPlan {
  const ends: number[] = [];
  const rows = model.eras.map(({ from, to }) => {
    let row = ends.findIndex((end) => end < from);
    if (row < 0 && ends.length < 3) row = ends.length;
    if (row >= 0) ends[row] = to;
    return row;
  });
  const pieces = model.eras.flatMap(({ from, to }, era) =>
    segments
      .filter((seg) => from <= seg.to && to >= seg.from)
      .map((seg) => ({ era, x0: px(Math.max(from, seg.from)), x1: px(Math.min(to, seg.to)) })),
  );
  return { pieces, rows, top, bottom: ends.length ? top + ends.length * 1.2 * em + 0.3 * em : top };
}

/**
 * The era bands at a zoom (`z` maps unzoomed px to drawn px). Each era's name is on its first band, on
 * the era's row: it may run on past the band, up to the next era on that row or the drawing's end
 * (`right`, unzoomed px), and is cut only where that room ends.
 */
export function eraBands(
  model: TimelineModel,
  plan: EraPlan,
  z: (x: number) => number,
  measure: (text: string, role: TextRole) => number,
  em: number,
  right: number,
): EraBand[] {
  const bands: EraBand[] = [];
  const rowRight: number[] = [];
  const { pieces, rows } = plan;
  /** Where the next era on a row starts after unzoomed x (pieces of one era never follow on its own row). */
  const nextOnRow = (row: number, era: number, x: number) =>
    pieces.reduce((next, p) => (p.era !== era && rows[p.era] === row && p.x0 > x ? Math.min(next, p.x0) : next), right);
  pieces.forEach((piece, i) => {
    const { era } = model.eras[piece.era];
    const first = !i || pieces[i - 1].era !== piece.era; // pieces come era by era
    const row = rows[piece.era];
    const [x0, x1] = [z(piece.x0), z(piece.x1)];
    const box = { x: x0 + 0.4 * em, y: plan.top + Math.max(row, 0) * 1.2 * em, width: 0, height: em };
    const room = first && row >= 0 ? z(nextOnRow(row, piece.era, piece.x0)) - 0.5 * em - box.x : 0;
    let label = room > 2.5 * em ? truncate(era.label, room, (t) => measure(t, 'tick')) : '';
    if (box.x < (rowRight[row] ?? -Infinity) + 0.5 * em) label = '';
    if (label) rowRight[row] = box.x + (box.width = measure(label, 'tick'));
    bands.push(era.color ? { era: piece.era, x0, x1, label, box, color: era.color } : { era: piece.era, x0, x1, label, box });
  });
  return bands;
}
