/** The axis ticks: per stretch of time, d3-time's UTC ticks no finer than the data there, labelled without collisions. */
import { bisectLeft } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { utcDay, utcMonth, utcTickInterval, utcYear } from 'd3-time';
import { civilFromMs, DATE_LIMIT_MS, utcDayStart } from './calendar.js';
import type { DatePrecision } from './edtf.js';
import { dtf, YEAR, yearWords } from './format.js';
import type { Box } from './layout-types.js';
import type { Stretch } from './scale.js';

export type TextRole = 'title' | 'date' | 'tick';

export interface Tick {
  time: number;
  x: number;
  label: string;
  box: Box;
}

/** Precisions from coarsest to finest: an item's rank is its index. */
export const PRECISIONS: readonly DatePrecision[] = ['year', 'season', 'month', 'day', 'time'];

/** What the ticks need to know of the drawing. */
export interface TickContext {
  /** Where a time is drawn (the zoomed axis scale). */
  px: (t: number) => number;
  measure: (text: string, role: TextRole) => number;
  lang: string;
  em: number;
  /** Top and height of the tick labels. */
  y: number;
  height: number;
}

/** Per list of ranks, the finest precision of each stretch by its start: the same at every zoom. */
const finest = new WeakMap<readonly number[], Map<number, DatePrecision>>();

/** Finest precision among the items whose start lies in [from, to]; `starts` sorted ascending. */
function finestPrecision(starts: readonly number[], ranks: readonly number[], from: number, to: number): DatePrecision {
  let byStart = finest.get(ranks);
  if (!byStart) finest.set(ranks, (byStart = new Map()));
  let precision = byStart.get(from);
  if (!precision) {
    let best = 0;
    for (let i = bisectLeft(starts, from); i < starts.length && starts[i] <= to; i++) best = Math.max(best, ranks[i]);
    byStart.set(from, (precision = PRECISIONS[best]));
  }
  return precision;
}

/**
 * About `count` round years from `from` to `to` (epoch ms, any distance from now): their first
 * instants. Round as said: 500,000,000 BC (astronomical year −499,999,999), not 500,000,001 BC.
 * Past what a Date holds, so d3-scale's number ticks over years and our own calendar arithmetic.
 */
function yearTicks(from: number, to: number, count: number): number[] {
  const said = (year: number) => (year > 0 ? year : year - 1); // 1 BC is −1: no year 0
  const years = scaleLinear()
    .domain([said(civilFromMs(from).year), said(civilFromMs(to).year)])
    .ticks(count);
  return years
    .filter((n) => n !== 0 && Number.isInteger(n))
    .map((n) => utcDayStart(n > 0 ? n : n + 1, 1, 1))
    .filter((t) => t >= from && t <= to);
}

/** Tick label formats (constants: formatters are cached per options object). */
const TICK: Record<string, Intl.DateTimeFormatOptions> = {
  year: YEAR,
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
};

/**
 * Steps that make the tick formatters for `lang` (one per step: a new pattern takes milliseconds), to
 * run after the first paint, so that the first zoom to months or days does not wait for them.
 */
export function tickWarmers(lang: string): (() => void)[] {
  return Object.values(TICK).map((options) => () => dtf(lang, options).format(0));
}

function tickLabel(t: number, precision: DatePrecision, withYear: boolean, lang: string): string {
  const d = new Date(t);
  const level = d.getUTCDate() !== 1 || (precision === 'time' && d.getUTCHours()) ? 'day' : d.getUTCMonth() === 0 ? 'year' : 'month';
  return dtf(lang, TICK[level === 'year' || !withYear ? level : `${level}Year`]).format(d);
}

/** The start of the year, month or day holding `t`, by the data's precision. */
function floorTo(t: number, precision: DatePrecision): number {
  const interval = precision === 'year' ? utcYear : precision === 'month' || precision === 'season' ? utcMonth : utcDay;
  if (Math.abs(t) < DATE_LIMIT_MS) return +interval.floor(new Date(t));
  // Deep time: past what a Date holds, our own year arithmetic.
  const { year, month } = civilFromMs(t);
  return precision === 'year' ? utcDayStart(year, 1, 1) : utcDayStart(year, month, 1);
}

/** Whether a tick instant is round enough for the data's precision (no 15 March ticks for months). */
function fitsPrecision(t: number, precision: DatePrecision): boolean {
  const d = new Date(t);
  if (precision === 'year') return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
  if (precision === 'month' || precision === 'season') return d.getUTCDate() === 1;
  return true;
}

/**
 * Labels are culled left to right, each kept unless it meets the last one kept. So that the ticks
 * around a deep zoom's view can be worked out there alone (and are the same as when the whole axis is),
 * the axis is cut into cells of this many em, wider than any label: a label that clears every label
 * before it is kept whatever came before, and a cell without one starts its culling clear of every
 * label of the cell before, kept or not. A tick then depends on three cells at most.
 */
const CELL_EM = 64;

/**
 * Ticks per stretch: d3-time's `utcTicks` (about one per 6 em) filtered to the finest precision of
 * the items starting there; labels never collide or cross a break. `starts` are the items' starts
 * (sorted) and `ranks` their precisions' indexes in PRECISIONS. With `range` (px), only the ticks of
 * the cells it meets are worked out: what a view of a deep zoom costs no longer grows with the zoom.
 */
export function axisTicks(
  starts: readonly number[],
  ranks: readonly number[],
  stretches: readonly Stretch[],
  c: TickContext,
  range: readonly [number, number] = [-Infinity, Infinity],
): Tick[] {
  const ticks: Tick[] = [];
  const gap = 0.75 * c.em;
  const cell = CELL_EM * c.em;
  stretches.forEach((seg, index) => {
    if (seg.x1 + cell < range[0] || seg.x0 - cell > range[1]) return;
    const precision = finestPrecision(starts, ranks, seg.from, seg.to);
    const count = Math.max(2, Math.floor((seg.x1 - seg.x0) / (6 * c.em)));
    // Past what a Date holds (deep time), ticks are whole years, said as numbers.
    const deep = Math.max(Math.abs(seg.from), Math.abs(seg.to)) >= DATE_LIMIT_MS;
    // d3-time's tick interval for the stretch (as `utcTicks` picks it), its ticks then taken only
    // where the range needs them (the same instants: intervals are aligned to the calendar).
    const interval = deep ? null : utcTickInterval(new Date(seg.from), new Date(seg.to), count);
    const ticksFrom = (a: number, b: number) =>
      deep
        ? yearTicks(seg.from, seg.to, count)
        : interval
          ? interval
              .range(new Date(a), new Date(b + 1))
              .map(Number)
              .filter((t) => fitsPrecision(t, precision))
          : [];
    const cellOf = (x: number) => Math.floor((x - seg.x0) / cell);
    const firstCell = cellOf(range[0]);
    const lastCell = cellOf(range[1]);
    // From two cells before the range's first (what its culling starts from is known there) to the
    // end of its last, in time (linear inside a stretch), a px wider either side.
    const timeAt = (x: number) => seg.from + ((x - seg.x0) / Math.max(seg.x1 - seg.x0, 1e-9)) * (seg.to - seg.from);
    const from = firstCell > 1 ? Math.max(seg.from, Math.floor(timeAt(seg.x0 + (firstCell - 2) * cell - 1))) : seg.from;
    const to = Math.min(seg.to, Math.ceil(timeAt(seg.x0 + (lastCell + 1) * cell + 1)));
    let candidates = ticksFrom(from, to);
    // Fewer than two there: the whole stretch decides whether it is sparse (it rarely is then).
    if (candidates.length < 2) candidates = ticksFrom(seg.from, seg.to);
    if (candidates.length < 2) {
      // Sparse stretch: label where the data is, at the data's precision.
      const inside = starts.slice(bisectLeft(starts, seg.from), bisectLeft(starts, seg.to + 1)).map((t) => floorTo(t, precision));
      candidates = [...new Set([...candidates, ...inside])].sort((a, b) => a - b);
    }
    // Keep each label inside its stretch (the outer ones may reach into the margin), nudged at most
    // half its width off the tick.
    const lo = seg.x0 - (index === 0 ? c.em : 0);
    const hi = seg.x1 + (index === stretches.length - 1 ? c.em : 0);
    // The stretch's first label says the year. Worked out from a later cell than the first, it is not
    // among those (a cell is wider than any label, so the first label fits in cell 0).
    let first = firstCell < 3;
    let inCell = NaN;
    /** The right end of the last label kept, of every label so far, and of every label in this cell. */
    let lastRight = -Infinity;
    let reach = -Infinity;
    let cellReach = -Infinity;
    /** Whether a label in this cell cleared every label before it. */
    let cleared = false;
    for (const t of candidates) {
      const x = c.px(t);
      const at = cellOf(x);
      if (at < firstCell - 2) continue;
      if (at > lastCell) break;
      if (at !== inCell) {
        if (at !== inCell + 1) lastRight = -Infinity;
        else if (!cleared) lastRight = cellReach;
        [inCell, cleared, cellReach] = [at, false, -Infinity];
      }
      const d = new Date(t);
      const label = deep
        ? yearWords(civilFromMs(t).year, c.lang)
        : tickLabel(t, precision, first || (d.getUTCMonth() === 0 && d.getUTCDate() === 1), c.lang);
      const w = c.measure(label, 'tick');
      const bx = Math.min(Math.max(x - w / 2, lo, x - w), hi - w, x);
      if (bx < lo - 1e-6 || bx + w > hi + 1e-6) continue;
      first = false;
      if (bx >= reach + gap) cleared = true;
      reach = Math.max(reach, bx + w);
      cellReach = Math.max(cellReach, bx + w);
      if (bx < lastRight + gap) continue;
      if (at >= firstCell) ticks.push({ time: t, x, label, box: { x: bx, y: c.y, width: w, height: c.height } });
      lastRight = bx + w;
    }
  });
  return ticks;
}
