/** Eras in the horizontal layout: tinted bands behind the events, cut at axis breaks, with their names on rows above the axis. */
import type { AxisSegment, EraBand } from './layout-types.js';
import type { TimelineModel } from './model.js';
import { truncate } from './text.js';
import type { TextRole } from './ticks.js';

/** Where the eras go before the reader's zoom. */
export interface EraPlan {
  /**
   * One piece per stretch of time an era overlaps (breaks cut it), era by era, in unzoomed px; `room`:
   * where a name on it must end, the next era's start on its row or the drawing's end.
   */
  pieces: { era: number; x0: number; x1: number; room: number }[];
  /** Each era's label row (-1: none), and the top of the first row. */
  rows: number[];
  top: number;
  /** Where what comes below the era rows starts. */
  bottom: number;
}

/**
 * Eras that overlap in time get different label rows (at most 3; the summary names them all); each
 * era is cut into a piece per stretch of time it covers. `top`: where the rows start; `right`: where
 * names must end.
 */
export function planEras(
  model: TimelineModel,
  segments: readonly AxisSegment[],
  px: (t: number) => number,
  top: number,
  em: number,
  right: number,
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
      .map((seg) => ({ era, x0: px(Math.max(from, seg.from)), x1: px(Math.min(to, seg.to)), room: right })),
  );
  // Eras on one row do not overlap in time: right to left along each row, a piece's room ends where
  // the next era on the row begins (an era's own pieces, cut by breaks, follow each other).
  const next = new Map<number, { era: number; x0: number; room: number }>(); // per row: the era met last
  for (const piece of pieces.filter((p) => rows[p.era] >= 0).sort((p, q) => q.x0 - p.x0)) {
    const row = rows[piece.era];
    const met = next.get(row);
    piece.room = !met ? right : met.era === piece.era ? met.room : met.x0;
    next.set(row, { era: piece.era, x0: piece.x0, room: piece.room });
  }
  return { pieces, rows, top, bottom: ends.length ? top + ends.length * 1.2 * em + 0.3 * em : top };
}

/**
 * The era bands at a zoom (`z` maps unzoomed px to drawn px). Each era's name is on its first band, on
 * the era's row: it may run on past the band, up to the next era on that row or the drawing's end, and
 * is cut only where that room ends.
 */
export function eraBands(
  model: TimelineModel,
  plan: EraPlan,
  z: (x: number) => number,
  measure: (text: string, role: TextRole) => number,
  em: number,
): EraBand[] {
  const bands: EraBand[] = [];
  const rowRight: number[] = [];
  const { pieces, rows } = plan;
  pieces.forEach((piece, i) => {
    const { era } = model.eras[piece.era];
    const first = !i || pieces[i - 1].era !== piece.era; // pieces come era by era
    const row = rows[piece.era];
    const [x0, x1] = [z(piece.x0), z(piece.x1)];
    const box = { x: x0 + 0.4 * em, y: plan.top + Math.max(row, 0) * 1.2 * em, width: 0, height: em };
    const room = first && row >= 0 ? z(piece.room) - 0.5 * em - box.x : 0;
    let label = room > 2.5 * em ? truncate(era.label, room, (t) => measure(t, 'tick')) : '';
    if (box.x < (rowRight[row] ?? -Infinity) + 0.5 * em) label = '';
    if (label) rowRight[row] = box.x + (box.width = measure(label, 'tick'));
    bands.push(era.color ? { era: piece.era, x0, x1, label, box, color: era.color } : { era: piece.era, x0, x1, label, box });
  });
  return bands;
}
