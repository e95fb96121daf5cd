/** The axis ticks: per stretch of time, d3-time's UTC ticks no finer than the data there, labelled without collisions. */
import { bisectLeft } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
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

/** Finest precision among the items whose start lies in [from, to]; `starts` sorted ascending. */
function finestPrecision(starts: readonly number[], ranks: readonly number[], from: number, to: number): DatePrecision {
  let best = 0;
  for (let i = bisectLeft(starts, from); i < starts.length && starts[i] <= to; i++) best = Math.max(best, ranks[i]);
  return PRECISIONS[best];
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
 * Ticks per stretch: d3-time's `utcTicks` (about one per 6 em) filtered to the finest precision of
 * the items starting there; labels never collide or cross a break. `starts` are the items' starts
 * (sorted) and `ranks` their precisions' indexes in PRECISIONS.
 */
export function axisTicks(starts: readonly number[], ranks: readonly number[], stretches: readonly Stretch[], c: TickContext): Tick[] {
  const ticks: Tick[] = [];
  const gap = 0.75 * c.em;
  stretches.forEach((seg, index) => {
    const precision = finestPrecision(starts, ranks, seg.from, seg.to);
    const count = Math.max(2, Math.floor((seg.x1 - seg.x0) / (6 * c.em)));
    // Past what a Date holds (deep time), ticks are whole years, said as numbers.
    const deep = Math.max(Math.abs(seg.from), Math.abs(seg.to)) >= DATE_LIMIT_MS;
    let candidates = deep
      ? yearTicks(seg.from, seg.to, count)
      : utcTicks(new Date(seg.from), new Date(seg.to), count)
          .map(Number)
          .filter((t) => fitsPrecision(t, precision));
    if (candidates.length < 2) {
      // Sparse stretch: label where the data is, at the data's precision.
      const inside = starts.slice(bisectLeft(starts, seg.from), bisectLeft(starts, seg.to + 1)).map((t) => floorTo(t, precision));
      candidates = [...new Set([...candidates, ...inside])].sort((a, b) => a - b);
    }
    // Keep each label inside its stretch (the outer ones may reach into the margin), nudged at most
    // half its width off the tick.
    const lo = seg.x0 - (index === 0 ? c.em : 0);
    const hi = seg.x1 + (index === stretches.length - 1 ? c.em : 0);
    let lastRight = -Infinity;
    let first = true;
    for (const t of candidates) {
      const d = new Date(t);
      const label = deep
        ? yearWords(civilFromMs(t).year, c.lang)
        : tickLabel(t, precision, first || (d.getUTCMonth() === 0 && d.getUTCDate() === 1), c.lang);
      const w = c.measure(label, 'tick');
      const x = c.px(t);
      const bx = Math.min(Math.max(x - w / 2, lo, x - w), hi - w, x);
      if (bx < lo - 1e-6 || bx + w > hi + 1e-6) continue;
      if (bx < lastRight + gap) continue;
      ticks.push({ time: t, x, label, box: { x: bx, y: c.y, width: w, height: c.height } });
      lastRight = bx + w;
      first = false;
    }
  });
  return ticks;
}
