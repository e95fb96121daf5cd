/** The horizontal layout: stretches of time on the axis with breaks between, ticks, and marks packed into lanes per track so that no two labels meet. */
import { MS_PER_DAY as DAY } from './calendar.js';
import { mirror, mirrorTicks } from './direction.js';
import { spanExtent } from './edtf.js';
import { isPoint } from './encoding.js';
import { eraBands, planEras } from './eras.js';
import type { EraPlan } from './eras.js';
import { durationWords } from './format.js';
import { gather, LanePacker } from './lanes.js';
import type { Overflow } from './lanes.js';
import type { TimelineItem, TimelineModel } from './model.js';
import { axisScale, zoomedPx, zoomedScale } from './scale.js';
import type { AxisScale } from './scale.js';
import { timeStretches } from './stretches.js';
import { laneHeight, makeMark, titleRoom, toRow } from './labels.js';
import type { MarkPlan } from './labels.js';
import { estimate } from './text.js';
import { axisTicks, PRECISIONS } from './ticks.js';
import type { TextRole, Tick } from './ticks.js';
import type { Aggregate, AxisBreak, AxisSegment, Layout, LayoutOptions, Mark, TrackBand } from './layout-types.js';

export type { Aggregate, AxisBreak, AxisSegment, Box, EraBand, Layout, LayoutOptions, Mark, TrackBand } from './layout-types.js';
export type { TextRole, Tick } from './ticks.js';
export type { MarkEncoding } from './encoding.js';

/** The layout before the reader's zoom: the same at every zoom, so it is worked out once per model and options. */
export interface Unzoomed {
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
  eraPlan: EraPlan;
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
  /** How marks are made (labels.ts). */
  markPlan: MarkPlan;
  /** Per track: each lane's top, and how many title lines its labels may have. */
  laneTops: number[][];
  laneLines: number[][];
  bands: TrackBand[];
  em: number;
  width: number;
  margin: number;
  fade: number;
  labelGap: number;
  measure: (text: string, role: TextRole) => number;
}

/** For each layout returned: its unzoomed plan and zoom map, and the left-to-right layout before mirroring. */
export const laidOut = new WeakMap<
  Layout,
  { hidden: Hidden; z: (x: number) => number; ltr: Layout; ticks: (range: readonly [number, number]) => Tick[] }
>();

/**
 * The axis ticks of `plan` (a layout from `layout()`) whose labels lie between drawn x `from` and `to`:
 * the same ticks as a layout of the whole axis has there. For a layout made with `tickRange`, as the
 * view pans past that range (a layout from elsewhere keeps its own ticks).
 */
export function ticksBetween(plan: Layout, from: number, to: number): Tick[] {
  return laidOut.get(plan)?.ticks([from, to]) ?? plan.ticks;
}

/** What the unzoomed layout depends on: the options with their defaults, checked (the reader's view and direction apart). */
interface Settings {
  width: number;
  em: number;
  lang: string;
  breaks: 'auto' | 'none';
  maxLanes: number;
  /** Sorted, without repeats. */
  expanded: readonly number[];
  measure: (text: string, role: TextRole) => number;
  /** As given (compared by identity). */
  lanes?: ReadonlyMap<string, number>;
  notes?: ReadonlyMap<string, string>;
}

/** The width estimate per font size: one function each, so a layout without `measure` is cached like one with. */
const estimators = new Map<number, (text: string, role: TextRole) => number>();

/** The options normalised once: defaults filled in, and a clear error for a value that means nothing. */
function settingsOf(options: LayoutOptions): Settings {
  const em = options.em ?? 16;
  if (!(em > 0)) throw new RangeError(`layout(): em must be a font size in px above 0, not ${String(options.em)}`);
  const breaks = options.breaks ?? 'auto';
  if (breaks !== 'auto' && breaks !== 'none')
    throw new RangeError(`layout(): breaks must be 'auto' or 'none', not ${JSON.stringify(options.breaks)}`);
  let measure = options.measure ?? estimators.get(em);
  if (!measure) estimators.set(em, (measure = (text, role) => estimate(text, role, em)));
  return {
    width: Math.max(options.width, 12 * em),
    em,
    lang: options.lang ?? 'en',
    breaks,
    maxLanes: Math.max(1, options.maxLanes ?? 8),
    expanded: [...new Set(options.expanded ?? [])].sort((a, b) => a - b),
    measure,
    lanes: options.lanes,
    notes: options.notes,
  };
}

/** Whether two settings lay out the same (every field, lists by their items). */
function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as (keyof Settings)[]).every((key) => {
    const [x, y] = [a[key], b[key]];
    return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
  });
}

const unzoomedByModel = new WeakMap<TimelineModel, { settings: Settings; plan: Unzoomed }>();

/** The unzoomed layout of a model at these options: the one kept for them, or worked out now (and kept). */
export function unzoomedPlan(model: TimelineModel, options: LayoutOptions): Unzoomed {
  const settings = settingsOf(options);
  let memo = unzoomedByModel.get(model);
  if (!memo || !sameSettings(settings, memo.settings)) {
    memo = { settings, plan: unzoomed(model, settings) };
    unzoomedByModel.set(model, memo);
  }
  return memo.plan;
}

/** Keep `plan`, worked out elsewhere (a worker) for the same model and options, as their unzoomed layout. */
export function keepPlan(model: TimelineModel, options: LayoutOptions, plan: Unzoomed): void {
  unzoomedByModel.set(model, { settings: settingsOf(options), plan });
}

/**
 * Lay the model out at a width. Pure: same input, same output (treat the result as immutable). A new
 * zoom of the same model and options reuses the unzoomed layout: only ticks and positions are new.
 */
export function layout(model: TimelineModel, options: LayoutOptions): Layout {
  const { width, em, lang } = settingsOf(options);
  const { segments, breaks, bands, drawn, aggregates, axisY, tickY, scale, measure, starts, ranks, hidden, eraPlan } = unzoomedPlan(
    model,
    options,
  );
  const tickHeight = em;
  const k = Math.max(1, options.zoom?.k ?? 1);
  const pan = options.zoom?.x ?? 0;
  // Times through the zoomed copy of the axis scale; other px (labels, fades) through the same zoom.
  const zoomed = k === 1 && pan === 0 ? scale : zoomedScale(scale, segments, k, pan);
  const z = zoomedPx(segments, k, pan);
  const zoomedSegments = segments.map((seg) => ({ ...seg, x0: zoomed(seg.from), x1: zoomed(seg.to) }));
  const rtl = options.direction === 'rtl';
  const tickContext = { px: zoomed, measure, lang, em, y: tickY, height: tickHeight };
  /** The ticks (left to right) of the labels between two drawn x (mirrored in right-to-left layouts). */
  const ticksIn = (range?: readonly [number, number]) =>
    axisTicks(starts, ranks, zoomedSegments, tickContext, range && (rtl ? [width - range[1], width - range[0]] : range));

  const plan: Layout = {
    direction: 'ltr',
    em,
    zoom: { k, x: pan },
    contentWidth: z(width) + pan,
    width,
    height: tickY + tickHeight + (breaks.length ? 1.1 * em : 0) + 0.75 * em,
    axisY,
    segments: zoomedSegments,
    ticks: ticksIn(options.tickRange),
    bands,
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
  plan.eras = eraBands(model, eraPlan, z, measure, em);
  const out = rtl ? mirror(plan) : plan;
  const ticks = (range: readonly [number, number]) => (rtl ? mirrorTicks(ticksIn(range), width) : ticksIn(range));
  laidOut.set(out, { hidden, z, ltr: plan, ticks });
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

function unzoomed(model: TimelineModel, settings: Settings): Unzoomed {
  const { width, em, lang, measure } = settings;
  const margin = em;
  const breakWidth = 3 * em;
  const fade = 3 * em;
  const items = model.items;

  const { stretches: raw, extents: clipped } = timeStretches(items, settings.breaks);
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
      breaks.push({
        from: prev.to,
        to: a,
        x0: x,
        x1: x + breakWidth,
        label,
        box: { x: x + breakWidth / 2 - w / 2, y: 0, width: w, height: em },
      });
      x += breakWidth;
    }
    const x1 = x + (b - a) * density;
    segments.push({ from: a, to: b, x0: x, x1 });
    x = x1;
  });
  const px = axisScale(segments);

  // Marks and their label footprints.
  const labelGap = 0.75 * em;
  // Geometry of every item first (cheap numbers); Mark objects and label measurements only for
  // items that may be drawn: with 100,000 events most end up counted in "+N".
  const n = items.length;
  const xs0 = new Float64Array(n);
  const xs1 = new Float64Array(n);
  const points = new Uint8Array(n);
  const tails = new Float64Array(n);
  // In the same pass, for the ticks: item starts (sorted: the model keeps items in start order) and
  // their precision ranks.
  const starts: number[] = [];
  const ranks: number[] = [];
  items.forEach((it, i) => {
    const { span } = it;
    const [a, b] = clipped[i];
    starts.push(spanExtent(span)[0]);
    ranks.push(PRECISIONS.indexOf(span.precision));
    const point = isPoint(it);
    const x0 = point ? px((a + b) / 2) : px(a);
    xs0[i] = x0;
    xs1[i] = span.openEnd ? x0 + fade : point ? x0 : Math.max(px(b), x0 + 0.5 * em);
    points[i] = point ? 1 : 0;
    tails[i] = (point ? 0.5 * em : 0) + (span.openEnd ? 0.6 * em : 0) + (span.approximate || span.uncertain ? 1.4 * em : 0);
  });
  const room = titleRoom(width, em, margin, measure);
  const markPlan: MarkPlan = { items, xs0, xs1, points, em, width, margin, room, measure, notes: settings.notes };
  // Greedy lane packing per track over (mark ∪ label) footprints; past the lane cap, events are
  // gathered into "+N" aggregates in an overflow row (unless the track is expanded).
  const bands: TrackBand[] = [];
  const aggregates: Aggregate[] = [];
  const drawn: Mark[] = [];
  const cap = settings.maxLanes;
  const expanded = new Set(settings.expanded);
  const byTrack: number[][] = model.tracks.map(() => []);
  const overflowOf: number[][] = model.tracks.map(() => []);
  const pillY: number[] = [];
  const laneTops: number[][] = [];
  const laneLines: number[][] = [];
  items.forEach((it, i) => byTrack[it.track]?.push(i));
  // The lane an item should keep (LayoutOptions.lanes), or -1: a whole number under the number of items
  // plus the lane cap (a lane from a layout with more events, now fewer, is kept; no number opens lanes
  // without end in an expanded track).
  const keep = settings.lanes;
  const laneOf = (i: number) => {
    const lane = keep?.get(items[i].event.id) ?? -1;
    return lane < n + cap ? lane | 0 : -1;
  };
  let y = 0.5 * em;
  const headerHeight = 1.6 * em;
  model.tracks.forEach((track, t) => {
    // Date order (not footprint order): labels pulled left at the edge still stack in reading order.
    const inTrack = byTrack[t];
    // (Sorts are stable and inTrack starts in item order: ties stay in item order.)
    if (inTrack.some((p, j) => j && xs0[p] < xs0[inTrack[j - 1]])) inTrack.sort((p, q) => xs0[p] - xs0[q]);
    // Key events first (each priority in date order): a lower priority never takes the place of a
    // higher one that did not fit, which is kept clear for it.
    const priority = (i: number) => items[i].event.priority ?? 2;
    if (inTrack.some((i) => priority(i) !== 2)) inTrack.sort((p, q) => priority(p) - priority(q) || xs0[p] - xs0[q]);
    // Within each priority, events that keep a lane from a layout before go first, so the others
    // cannot take their places (each group still in date order).
    if (keep) inTrack.sort((p, q) => priority(p) - priority(q) || +(laneOf(p) < 0) - +(laneOf(q) < 0) || xs0[p] - xs0[q]);
    const packer = new LanePacker(labelGap, expanded.has(t) ? Infinity : cap);
    const overflow: Overflow[] = [];
    const placed: Mark[] = [];
    for (const i of inTrack) {
      const p = priority(i);
      packer.priority(p);
      const pad = points[i] ? 0.5 * em : 0;
      const bareFrom = xs0[i] - pad;
      const bareTo = xs1[i] + tails[i];
      let from = bareFrom;
      let to = bareTo;
      // Every lane taken and busy where this mark starts, or a key event's place: it overflows
      // whatever its label (which is then never measured). Else its mark is made and tried.
      if (!packer.fullAt(from) && !packer.reserved(from, to)) {
        const m = makeMark(markPlan, i)!; // for any lane: never null
        from = Math.min(m.x0, m.label.x) - pad;
        to = Math.max(m.x1 + tails[i], m.label.x + m.label.width);
        m.lane = packer.take(from, to, laneOf(i));
        if (m.lane >= 0) {
          placed.push(m);
          continue;
        }
      }
      overflow.push({ item: i, id: items[i].event.id, x0: xs0[i], from, to });
      // Where events of the track's last priority stay hidden is never read (no later priority keeps
      // it clear), so no footprint is kept for them: most events, at 100,000.
      if (p !== priority(inTrack[inTrack.length - 1])) packer.hide([bareFrom, bareTo]);
    }
    overflow.sort((p, q) => p.x0 - q.x0 || p.item - q.item);
    const header = track.label ? headerHeight : 0;
    // Each lane as tall as its labels' most title lines; lanes stack under the track's name.
    const lines = Array.from({ length: Math.max(packer.lanes.length, 1) }, () => 1);
    for (const m of placed) lines[m.lane] = Math.max(lines[m.lane], m.titleLines.length);
    let lanesBottom = y + header;
    const tops = lines.map((l) => {
      const top = lanesBottom;
      lanesBottom += laneHeight(l, em);
      return top;
    });
    const pills = gather(overflow, t, measure, em, labelGap, width - margin);
    const band: TrackBand = {
      track: t,
      id: track.id,
      label: track.label,
      y,
      height: lanesBottom - y + (pills.length ? 2 * em : 0),
      lanes: lines.length,
      labelX: segments[0]?.x0 ?? margin,
    };
    if (track.color) band.color = track.color;
    bands.push(band);
    for (const m of placed) toRow(m, tops[m.lane], em);
    laneTops[t] = tops;
    laneLines[t] = lines;
    pillY[t] = lanesBottom + 0.25 * em;
    for (const pill of pills) pill.box.y = pillY[t];
    overflowOf[t] = overflow.map((o) => o.item);
    drawn.push(...placed);
    aggregates.push(...pills);
    y += band.height + 0.5 * em;
  });
  drawn.sort((p, q) => p.item - q.item);

  // Eras: on rows above the axis.
  const eraPlan = planEras(model, segments, px, y, em, width - margin);
  y = eraPlan.bottom;

  // The axis: its ticks (per segment, never finer than the data there) are the zoom's.
  const axisY = y + 0.25 * em;
  const tickY = axisY + 0.5 * em;
  // Break labels ("3 years") sit on their own row under the tick labels.
  for (const b of breaks) b.box.y = tickY + 1.1 * em;
  const hidden: Hidden = {
    items,
    xs0,
    xs1,
    points,
    tails,
    overflowOf,
    pillY,
    markPlan,
    laneTops,
    laneLines,
    bands,
    em,
    width,
    margin,
    fade,
    labelGap,
    measure,
  };
  return { segments, breaks, bands, drawn, aggregates, axisY, tickY, scale: px, measure, starts, ranks, hidden, eraPlan };
}
