/**
 * Horizontal layout: the time axis (scale.ts) with breaks over empty stretches, ticks per stretch
 * (ticks.ts), and marks packed into lanes per track so that no two labels overlap. Plain data out;
 * the element only draws it.
 */
import { MS_PER_DAY as DAY } from './calendar.js';
import { spanExtent } from './edtf.js';
import { durationWords } from './format.js';
import type { DatePrecision } from './edtf.js';
import { axisScale, zoomedPx, zoomedScale } from './scale.js';
import type { AxisScale } from './scale.js';
import { axisTicks, PRECISIONS } from './ticks.js';
import type { TextRole, Tick } from './ticks.js';
import type { TimelineItem, TimelineModel } from './model.js';
import type { LegendKey } from './messages.js';
import type { EventStatus } from './types.js';

export type { TextRole, Tick } from './ticks.js';

export interface LayoutOptions {
  /** Drawing width in px. */
  width: number;
  /** Font size of the host in px (everything scales with it). */
  em?: number;
  /** Width in px of a text in a role; defaults to an estimate from character count. */
  measure?: (text: string, role: TextRole) => number;
  /** 'auto' compresses long empty stretches into breaks; 'none' keeps one linear axis. */
  breaks?: 'auto' | 'none';
  /** Lanes per track before further events are gathered into "+N" aggregates (default 8). */
  maxLanes?: number;
  /** Tracks (indexes) shown with all their lanes, e.g. after the reader opened an aggregate. */
  expanded?: readonly number[];
  /**
   * The reader's view: stretches of time drawn `k` (≥ 1) times wider, breaks kept at their width,
   * everything shifted left by `x` px. Lanes and aggregates are those of the unzoomed layout, so
   * they stay put while the reader zooms and pans; positions spread, so labels never meet.
   */
  zoom?: { k: number; x: number };
  lang?: string;
  /** 'rtl' mirrors everything: time runs right to left. */
  direction?: 'ltr' | 'rtl';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AxisSegment {
  /** Time extent, epoch ms. */
  from: number;
  to: number;
  x0: number;
  x1: number;
}

export interface AxisBreak {
  /** The empty stretch skipped, epoch ms. */
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** What it skips, in words: "3 years". */
  label: string;
  /** Where the label is drawn, under the axis. */
  box: Box;
}

/** How a mark encodes an event: its status, its date's precision and certainty. */
export interface MarkEncoding {
  status: EventStatus;
  shape: 'point' | 'span';
  /** A coarse (month, season, year) end fades softly instead of a hard edge. */
  softStart: boolean;
  softEnd: boolean;
  openStart: boolean;
  openEnd: boolean;
  approximate: boolean;
  uncertain: boolean;
}

export interface Mark extends MarkEncoding {
  id: string;
  /** Index into the model's items. */
  item: number;
  track: number;
  lane: number;
  /** Centre of a point; start and end of a span (px). */
  x: number;
  x0: number;
  x1: number;
  y: number;
  /** Title, truncated with an ellipsis to fit. */
  title: string;
  dateLabel: string;
  /** The label's box (date line above the title line). */
  label: Box;
  titleY: number;
  dateY: number;
}

export interface TrackBand {
  track: number;
  id: string;
  label: string;
  color?: string;
  y: number;
  height: number;
  lanes: number;
  /** Where the track's label starts (its left edge; the right edge in right-to-left layouts). */
  labelX: number;
}

/** Events of a track that did not fit its lanes, counted where they are: "+N". */
export interface Aggregate {
  track: number;
  /** The ids of the events it stands for, in date order. */
  ids: string[];
  /** "+N" */
  label: string;
  /** Its pill, in the track's overflow row; x0/x1 are the span of the events it gathers. */
  box: Box;
  x0: number;
  x1: number;
}

/** A period drawn behind the events: one band per stretch of time it covers (breaks cut it). */
export interface EraBand {
  /** Index into the model's eras. */
  era: number;
  x0: number;
  x1: number;
  /** The era's name on its first band, cut to fit ('' on the others, or when it does not fit). */
  label: string;
  /** Where the label is drawn, on its row above the axis. */
  box: Box;
  /** The era's own colour, when it has one. */
  color?: string;
}

export interface Layout {
  direction: 'ltr' | 'rtl';
  /** The view drawn (k = 1, x = 0 when not zoomed). */
  zoom: { k: number; x: number };
  /** Width in px of everything at this zoom, as if not panned: pan `x` runs from 0 to contentWidth − width. */
  contentWidth: number;
  width: number;
  height: number;
  axisY: number;
  segments: AxisSegment[];
  breaks: AxisBreak[];
  ticks: Tick[];
  bands: TrackBand[];
  /** One per drawn item, in the model's date order. */
  marks: Mark[];
  /** Items not drawn for lack of lanes, counted per track; every item is in `marks` or in one aggregate. */
  aggregates: Aggregate[];
  /** Periods, drawn from the top down to the axis, behind everything else. */
  eras: EraBand[];
}

const COARSE: ReadonlySet<DatePrecision> = new Set(['year', 'season', 'month']);

/** Whether an item is drawn as a point (a day or an instant) rather than a span. */
function isPoint({ span }: TimelineItem): boolean {
  return !span.interval && (span.precision === 'day' || span.precision === 'time');
}

/** How an item's mark shows its status and how certain and how precise its date is (both layouts). */
export function encodingOf(it: TimelineItem): MarkEncoding {
  const { span } = it;
  return {
    status: it.status, shape: isPoint(it) ? 'point' : 'span',
    softStart: !span.openStart && !!span.start && COARSE.has(span.start.precision),
    softEnd: !span.openEnd && !!span.end && COARSE.has(span.end.precision),
    openStart: span.openStart, openEnd: span.openEnd, approximate: span.approximate, uncertain: span.uncertain,
  };
}

/** The sign drawn beside a mark: "~" approximate, "?" uncertain, "~?" both. */
export function qualifierSign(e: { approximate: boolean; uncertain: boolean }): string {
  return (e.approximate ? '~' : '') + (e.uncertain ? '?' : '');
}
function estimate(text: string, role: TextRole, em: number): number {
  const size = role === 'title' ? 0.875 * em : 0.75 * em;
  return text.length * size * 0.56;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Stretches of time that hold events, split where an empty stretch is long. */
export function findSegments(extents: [number, number][], breaks: 'auto' | 'none'): [number, number][] {
  const sorted = [...extents].sort((a, b) => a[0] - b[0]);
  if (!sorted.length) return [];
  const starts = sorted.map((e) => e[0]);
  const steps = starts.slice(1).map((s, i) => s - starts[i]).filter((d) => d > 0);
  // A loop, not Math.max(...ends): spreading a million arguments overflows the stack.
  const total = sorted.reduce((max, e) => Math.max(max, e[1]), -Infinity) - sorted[0][0];
  const typical = median(steps);
  const segments: [number, number][] = [[sorted[0][0], sorted[0][1]]];
  for (const [a, b] of sorted.slice(1)) {
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
export function timeStretches(items: TimelineItem[], mode: 'auto' | 'none'): { stretches: [number, number][]; extents: [number, number][] } {
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

/** Whether [from, to] (with `gap` either side) meets one of sorted, disjoint [from, to] stretches. */
export function collides(list: [number, number][], from: number, to: number, gap: number): boolean {
  // The last stretch starting before `to` (+ gap) is the only one that can reach `from`.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid][0] < to + gap) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && list[lo - 1][1] + gap > from;
}

/** Take [from, to] in a lane (its stretches stay sorted by start). */
export function occupy(lane: [number, number][], from: number, to: number): void {
  const at = lane.findIndex((f) => f[0] > from);
  lane.splice(at < 0 ? lane.length : at, 0, [from, to]);
}

/** Sorted, disjoint stretches covering both lists. */
export function union(a: [number, number][], b: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of [...a, ...b].sort((p, q) => p[0] - q[0])) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function truncate(text: string, max: number, width: (t: string) => number): string {
  const full = width(text);
  if (full <= max) return text;
  // Binary search from a proportional guess: a few measurements rather than one per halving.
  const guess = Math.floor((text.length * max) / full);
  let lo = 0;
  let hi = text.length;
  if (width(`${text.slice(0, guess).trimEnd()}…`) <= max) lo = guess;
  else hi = guess - 1;
  if (lo < hi && width(`${text.slice(0, lo + 3).trimEnd()}…`) > max) hi = lo + 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(`${text.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * Overflowing events of one track as "+N" pills: events whose footprints overlap share a pill, and
 * pills too close to fit side by side merge, so no two overlap.
 */
/** An item that did not fit its track's lanes: where it is and what it covers. */
export interface Overflow {
  item: number;
  id: string;
  x0: number;
  from: number;
  to: number;
}

export function gather(
  overflow: Overflow[], track: number,
  measure: (text: string, role: TextRole) => number, em: number, gap: number, right: number,
): Aggregate[] {
  const pills: Aggregate[] = [];
  // A pill is as wide as "+88…8" with its count's digits: one measurement per digit count, not per event.
  const widths: number[] = [];
  const widthOf = (n: number) => {
    const digits = String(n).length;
    return (widths[digits] ??= measure(`+${'8'.repeat(digits)}`, 'title') + em);
  };
  for (const { id, x0, from, to } of overflow) {
    const last = pills[pills.length - 1];
    if (last && (from <= last.x1 || last.box.x + last.box.width + gap > Math.max(x0, from))) {
      last.ids.push(id);
      last.x1 = Math.max(last.x1, to);
      last.box.width = widthOf(last.ids.length);
      last.box.x = Math.min(last.box.x, right - last.box.width);
      continue;
    }
    const width = widthOf(1);
    pills.push({ track, ids: [id], label: '', x0: from, x1: to, box: { x: Math.min(Math.max(x0, from), right - width), y: 0, width, height: 1.5 * em } });
  }
  for (const pill of pills) pill.label = `+${pill.ids.length}`;
  return pills;
}

/** The layout before the reader's zoom: the same at every zoom, so it is worked out once per model and options. */
interface Unzoomed {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  bands: TrackBand[];
  drawn: Mark[];
  aggregates: Aggregate[];
  axisY: number;
  tickY: number;
  /** The unzoomed time axis. */
  scale: AxisScale;
  measure: (text: string, role: TextRole) => number;
  /** Item starts (sorted, the model's order) and their precision ranks, for the ticks. */
  starts: number[];
  ranks: number[];
  /** What opening "+N" at a zoom needs (open.ts). */
  hidden: Hidden;
  /** Eras cut at breaks (unzoomed x), and the row of their labels. */
  eraPieces: { era: number; x0: number; x1: number }[];
  eraY: number;
  /** Each era's label row (-1: none). */
  eraRows: number[];
}

/** The unzoomed geometry of every item and how to make its mark, kept for opening "+N" (open.ts). */
export interface Hidden {
  items: TimelineItem[];
  /** Per item: unzoomed start and end x, 1 for a point, the px its mark reaches past its end. */
  xs0: Float64Array;
  xs1: Float64Array;
  points: Uint8Array;
  tails: Float64Array;
  /** Per track: the items gathered in "+N" (date order), and where its "+N" row is. */
  overflowOf: number[][];
  pillY: number[];
  makeMark: (item: number, lane: number) => Mark;
  toRow: (m: Mark, top: number) => void;
  bands: TrackBand[];
  em: number;
  width: number;
  margin: number;
  fade: number;
  rowHeight: number;
  headerHeight: number;
  labelGap: number;
  measure: (text: string, role: TextRole) => number;
}

/** For each layout returned: its unzoomed plan and zoom map, and the left-to-right layout before mirroring. */
export const laidOut = new WeakMap<Layout, { hidden: Hidden; z: (x: number) => number; ltr: Layout }>();

const unzoomedByModel = new WeakMap<TimelineModel, { key: unknown[]; plan: Unzoomed }>();

/**
 * Lay the model out at a width. Pure: same input, same output (treat the result as immutable). A new
 * zoom of the same model and options reuses the unzoomed layout: only ticks and positions are new.
 */
export function layout(model: TimelineModel, options: LayoutOptions): Layout {
  const em = options.em ?? 16;
  const lang = options.lang ?? 'en';
  const width = Math.max(options.width, 12 * em);
  const key = [width, em, lang, options.breaks, options.maxLanes, String(options.expanded ?? []), options.measure];
  let memo = unzoomedByModel.get(model);
  if (!memo || key.some((v, i) => v !== memo!.key[i])) {
    memo = { key, plan: unzoomed(model, options, em, lang, width) };
    unzoomedByModel.set(model, memo);
  }
  const { segments, breaks, bands, drawn, aggregates, axisY, tickY, scale, measure, starts, ranks, hidden, eraPieces, eraY, eraRows } = memo.plan;
  const tickHeight = em;
  const k = Math.max(1, options.zoom?.k ?? 1);
  const pan = options.zoom?.x ?? 0;
  // Times through the zoomed copy of the axis scale; other px (labels, fades) through the same zoom.
  const zoomed = k === 1 && pan === 0 ? scale : zoomedScale(scale, segments, k, pan);
  const z = zoomedPx(segments, k, pan);
  const zoomedSegments = segments.map((seg) => ({ ...seg, x0: zoomed(seg.from), x1: zoomed(seg.to) }));
  const ticks = axisTicks(starts, ranks, zoomedSegments, { px: zoomed, measure, lang, em, y: tickY, height: tickHeight });

  const plan: Layout = {
    direction: 'ltr', zoom: { k, x: pan }, contentWidth: z(width) + pan,
    width, height: tickY + tickHeight + (breaks.length ? 1.1 * em : 0) + 0.75 * em,
    axisY, segments: zoomedSegments, ticks, bands,
    breaks: breaks.map((b) => ({ ...b, x0: z(b.x0), x1: z(b.x1), box: { ...b.box, x: z(b.box.x + b.box.width / 2) - b.box.width / 2 } })),
    marks: k === 1 && pan === 0 ? drawn : drawn.map((m) => zoomMark(m, z)),
    aggregates: aggregates.map((a) => ({ ...a, x0: z(a.x0), x1: z(a.x1), box: { ...a.box, x: z(a.box.x) } })),
    eras: [],
  };
  // Break labels too close to the one before (short stretches between long gaps) are left out.
  let breakRight = -Infinity;
  plan.breaks.forEach((b, i) => {
    if (b.box.x < breakRight + 0.5 * em) plan.breaks[i] = { ...b, label: '', box: { ...b.box, width: 0 } };
    else breakRight = b.box.x + b.box.width;
  });
  // Each era's name on its first band, cut to the band, on the era's row.
  const rowRight: number[] = [];
  eraPieces.forEach((piece, i) => {
    const { era } = model.eras[piece.era];
    const first = !i || eraPieces[i - 1].era !== piece.era; // pieces come era by era
    const row = eraRows[piece.era];
    const [x0, x1] = [z(piece.x0), z(piece.x1)];
    const box = { x: x0 + 0.4 * em, y: eraY + Math.max(row, 0) * 1.2 * em, width: 0, height: em };
    const room = x1 - x0 - 0.8 * em;
    let label = first && row >= 0 && room > 2.5 * em ? truncate(era.label, room, (t) => measure(t, 'tick')) : '';
    if (box.x < (rowRight[row] ?? -Infinity) + 0.5 * em) label = '';
    if (label) rowRight[row] = box.x + (box.width = measure(label, 'tick'));
    plan.eras.push(era.color ? { era: piece.era, x0, x1, label, box, color: era.color } : { era: piece.era, x0, x1, label, box });
  });
  const out = options.direction === 'rtl' ? mirror(plan) : plan;
  laidOut.set(out, { hidden, z, ltr: plan });
  return out;
}

/**
 * A mark at a zoom: positions through `z`; an open end keeps its fade's length and the label its
 * place beside the mark's start (z only widens distances, so labels that did not meet never meet).
 */
export function zoomMark(m: Mark, z: (x: number) => number): Mark {
  const x0 = z(m.x0);
  return { ...m, x: z(m.x), x0, x1: m.openEnd ? x0 + (m.x1 - m.x0) : z(m.x1), label: { ...m.label, x: x0 + m.label.x - m.x0 } };
}

function unzoomed(model: TimelineModel, options: LayoutOptions, em: number, lang: string, width: number): Unzoomed {
  const measure = options.measure ?? ((t: string, r: TextRole) => estimate(t, r, em));
  const margin = em;
  const breakWidth = 3 * em;
  const fade = 3 * em;
  const items = model.items;

  const { stretches: raw, extents: clipped } = timeStretches(items, options.breaks ?? 'auto');
  const busy = raw.reduce((sum, [a, b]) => sum + Math.max(b - a, DAY), 0);
  const pad = Math.max(busy * 0.04, 2 * DAY);
  // Whole milliseconds, so ticks at a stretch's first instant fall inside it.
  const padded = raw.map(([a, b]) => [Math.floor(a - pad), Math.ceil(Math.max(b, a + DAY) + pad)] as [number, number]);
  const hasOpenEnd = items.some((it) => it.span.openEnd);
  const available = Math.max(width - 2 * margin - (padded.length - 1) * breakWidth - (hasOpenEnd ? fade : 0), 4 * em);
  const duration = padded.reduce((sum, [a, b]) => sum + (b - a), 0) || DAY;
  const density = available / duration; // one px-per-ms everywhere: time stays honest

  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let x = margin;
  padded.forEach(([a, b], i) => {
    if (i > 0) {
      const prev = segments[i - 1];
      const label = durationWords(prev.to, a, lang);
      const w = measure(label, 'tick');
      breaks.push({ from: prev.to, to: a, x0: x, x1: x + breakWidth, label, box: { x: x + breakWidth / 2 - w / 2, y: 0, width: w, height: em } });
      x += breakWidth;
    }
    const x1 = x + (b - a) * density;
    segments.push({ from: a, to: b, x0: x, x1 });
    x = x1;
  });
  const px = axisScale(segments);

  // Marks and their label footprints.
  // Narrow screens give each label the full width (they stack anyway); wide ones keep labels compact.
  const titleMax = width < 40 * em ? width - 2 * margin : Math.min(Math.max(width * 0.28, 10 * em), 22 * em);
  const titleHeight = 1.2 * em;
  const dateHeight = em;
  const labelGap = 0.75 * em;
  const rowHeight = 0.9 * em + dateHeight + titleHeight + 0.6 * em;
  // Geometry of every item first (cheap numbers); Mark objects and label measurements only for
  // items that may be drawn: with 100,000 events most end up counted in "+N".
  const n = items.length;
  const xs0 = new Float64Array(n);
  const xs1 = new Float64Array(n);
  const points = new Uint8Array(n);
  const tails = new Float64Array(n);
  items.forEach((it, i) => {
    const { span } = it;
    const [a, b] = clipped[i];
    const point = isPoint(it);
    const x0 = point ? px((a + b) / 2) : px(a);
    xs0[i] = x0;
    xs1[i] = span.openEnd ? x0 + fade : point ? x0 : Math.max(px(b), x0 + 0.5 * em);
    points[i] = point ? 1 : 0;
    tails[i] = (point ? 0.5 * em : 0) + (span.openEnd ? 0.6 * em : 0) + (span.approximate || span.uncertain ? 1.4 * em : 0);
  });
  const makeMark = (i: number, lane: number): Mark => {
    const it = items[i];
    const [x0, x1] = [xs0[i], xs1[i]];
    const title = truncate(it.event.title, titleMax, (t) => measure(t, 'title'));
    const dateLabel = truncate(it.dateLabel, width - 2 * margin, (t) => measure(t, 'date'));
    const labelWidth = Math.max(measure(title, 'title'), measure(dateLabel, 'date'));
    return {
      ...encodingOf(it), id: it.event.id, item: i, track: it.track, lane,
      x: points[i] ? x0 : (x0 + x1) / 2, x0, x1, y: 0, title, dateLabel,
      label: {
        x: Math.min(Math.max(x0 - (points[i] ? 0.4 * em : 0), margin), width - margin - labelWidth),
        y: 0, width: labelWidth, height: dateHeight + titleHeight,
      },
      titleY: 0, dateY: 0,
    };
  };

  /** Put a mark in the row whose top is `top`. */
  const toRow = (m: Mark, top: number) => {
    m.y = top + 0.6 * em;
    m.label.y = top + 1.3 * em;
    m.dateY = m.label.y + 0.8 * em;
    m.titleY = m.label.y + dateHeight + 0.9 * em;
  };

  // Greedy lane packing per track over (mark ∪ label) footprints; past the lane cap, events are
  // gathered into "+N" aggregates in an overflow row (unless the track is expanded).
  const bands: TrackBand[] = [];
  const aggregates: Aggregate[] = [];
  const drawn: Mark[] = [];
  const cap = Math.max(1, options.maxLanes ?? 8);
  const expanded = new Set(options.expanded ?? []);
  const byTrack: number[][] = model.tracks.map(() => []);
  const overflowOf: number[][] = model.tracks.map(() => []);
  const pillY: number[] = [];
  items.forEach((it, i) => byTrack[it.track]?.push(i));
  let y = 0.5 * em;
  const headerHeight = 1.6 * em;
  model.tracks.forEach((track, t) => {
    // Date order (not footprint order): labels pulled left at the edge still stack in reading order.
    const inTrack = byTrack[t];
    if (inTrack.some((p, j) => j && xs0[p] < xs0[inTrack[j - 1]])) inTrack.sort((p, q) => xs0[p] - xs0[q] || p - q);
    // Key events first (each priority in date order): a lower priority never takes the place of a
    // higher one that did not fit, which is kept clear for it.
    const priority = (i: number) => items[i].event.priority ?? 2;
    if (inTrack.some((i) => priority(i) !== 2)) inTrack.sort((p, q) => priority(p) - priority(q) || xs0[p] - xs0[q] || p - q);
    const laneList: [number, number][][] = [];
    let kept: [number, number][] = [];
    let lost: [number, number][] = [];
    const overflow: Overflow[] = [];
    const placed: Mark[] = [];
    const limit = expanded.has(t) ? Infinity : cap;
    const full = () => laneList.length >= limit;
    inTrack.forEach((i, j) => {
      if (j && priority(i) !== priority(inTrack[j - 1])) kept = union(kept, lost.splice(0));
      const pad = points[i] ? 0.5 * em : 0;
      const bare: [number, number] = [xs0[i] - pad, xs1[i] + tails[i]];
      const hide = (from: number, to: number) => {
        overflow.push({ item: i, id: items[i].event.id, x0: xs0[i], from, to });
        lost.push(bare);
      };
      // Every lane taken and busy where this mark starts, or a key event's place: it overflows
      // whatever its label.
      if ((full() && laneList.every((l) => collides(l, bare[0], bare[0], labelGap))) || collides(kept, bare[0], bare[1], 0)) return hide(...bare);
      const m = makeMark(i, 0);
      const from = Math.min(m.x0, m.label.x) - pad;
      const to = Math.max(m.x1 + tails[i], m.label.x + m.label.width);
      let lane = collides(kept, from, to, 0) ? -2 : laneList.findIndex((l) => !collides(l, from, to, labelGap));
      if (lane === -2 || (lane < 0 && full())) return hide(from, to);
      if (lane < 0) lane = laneList.push([]) - 1;
      occupy(laneList[lane], from, to);
      m.lane = lane;
      placed.push(m);
    });
    overflow.sort((p, q) => p.x0 - q.x0 || p.item - q.item);
    const header = track.label ? headerHeight : 0;
    const lanes = Math.max(laneList.length, 1);
    const pills = gather(overflow, t, measure, em, labelGap, width - margin);
    const band: TrackBand = {
      track: t, id: track.id, label: track.label, y,
      height: header + lanes * rowHeight + (pills.length ? 2 * em : 0), lanes, labelX: segments[0]?.x0 ?? margin,
    };
    if (track.color) band.color = track.color;
    bands.push(band);
    for (const m of placed) toRow(m, y + header + m.lane * rowHeight);
    pillY[t] = y + header + lanes * rowHeight + 0.25 * em;
    for (const pill of pills) pill.box.y = pillY[t];
    overflowOf[t] = overflow.map((o) => o.item);
    drawn.push(...placed);
    aggregates.push(...pills);
    y += band.height + 0.5 * em;
  });
  drawn.sort((p, q) => p.item - q.item);

  // Eras: one piece per stretch of time they overlap (breaks cut them); their labels on rows above
  // the axis, eras that overlap in time on different rows (at most 3; the summary names them all).
  const ends: number[] = [];
  const eraRows = model.eras.map(({ from, to }) => {
    let row = ends.findIndex((end) => end < from);
    if (row < 0 && ends.length < 3) row = ends.length;
    if (row >= 0) ends[row] = to;
    return row;
  });
  const eraY = y;
  if (ends.length) y += ends.length * 1.2 * em + 0.3 * em;
  const eraPieces = model.eras.flatMap(({ from, to }, era) => segments
    .filter((seg) => from <= seg.to && to >= seg.from)
    .map((seg) => ({ era, x0: px(Math.max(from, seg.from)), x1: px(Math.min(to, seg.to)) })));

  // The axis: its ticks (per segment, never finer than the data there) are the zoom's.
  const axisY = y + 0.25 * em;
  const tickY = axisY + 0.5 * em;
  // Break labels ("3 years") sit on their own row under the tick labels.
  for (const b of breaks) b.box.y = tickY + 1.1 * em;
  // The model keeps items in start order, so the starts are sorted.
  const starts = items.map((it) => spanExtent(it.span)[0]);
  const ranks = items.map((it) => PRECISIONS.indexOf(it.span.precision));
  const hidden: Hidden = {
    items, xs0, xs1, points, tails, overflowOf, pillY, makeMark, toRow, bands,
    em, width, margin, fade, rowHeight, headerHeight, labelGap, measure,
  };
  return { segments, breaks, bands, drawn, aggregates, axisY, tickY, scale: px, measure, starts, ranks, hidden, eraPieces, eraY, eraRows };
}

/**
 * The right-to-left layout: every x mirrored, so time runs from right to left.
 * Spans keep x0 ≤ x1 (geometric left and right); boxes keep their left edge in x.
 */
export function mirror(plan: Layout): Layout {
  const w = plan.width;
  const box = <B extends Box>(b: B): B => ({ ...b, x: w - b.x - b.width });
  const range = <R extends { x0: number; x1: number }>(r: R): R => ({ ...r, x0: w - r.x1, x1: w - r.x0 });
  return {
    ...plan,
    direction: 'rtl',
    zoom: { ...plan.zoom },
    segments: plan.segments.map(range),
    breaks: plan.breaks.map((b) => ({ ...range(b), box: box(b.box) })),
    ticks: plan.ticks.map((t) => ({ ...t, x: w - t.x, box: box(t.box) })),
    bands: plan.bands.map((b) => ({ ...b, labelX: w - b.labelX })),
    marks: plan.marks.map((m) => ({ ...range(m), x: w - m.x, label: box(m.label) } as Mark)),
    aggregates: plan.aggregates.map((a) => ({ ...range(a), box: box(a.box) })),
    eras: plan.eras.map((e) => ({ ...range(e), box: box(e.box) })),
  };
}

/** Which visual encodings a layout uses, for a legend that explains only what is on screen. */
export function legendKeys(plan: { marks: readonly MarkEncoding[] } | { rows: readonly (MarkEncoding | { kind: 'year' | 'break' | 'era' })[] }): LegendKey[] {
  const keys = new Set<LegendKey>();
  const marks = 'marks' in plan ? plan.marks : plan.rows.filter((r): r is MarkEncoding => 'shape' in r);
  for (const m of marks) {
    if (m.shape === 'point') keys.add('day');
    else if (m.softStart && m.softEnd && !m.openEnd) keys.add('coarse');
    else keys.add('period');
    if (m.openEnd || m.openStart) keys.add('openEnd');
    if (m.approximate) keys.add('approximate');
    if (m.uncertain) keys.add('uncertain');
    if (m.status !== 'occurred') keys.add(m.status);
  }
  const order: LegendKey[] = ['day', 'period', 'coarse', 'openEnd', 'approximate', 'uncertain', 'scheduled', 'possible', 'cancelled'];
  return order.filter((k) => keys.has(k));
}
