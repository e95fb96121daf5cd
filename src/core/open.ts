/** Opening "+N" as the reader zooms in: hidden events drawn where the zoom made room, in their track's free lanes. */
// Kept apart from `layout()` so a zoom gesture's frames stay cheap: the element fetches this module when the view rests.
import { mirror } from './direction.js';
import { laidOut, zoomMark } from './horizontal.js';
import type { Aggregate, Hidden, Layout, Mark } from './horizontal.js';
import { makeMark, toRow } from './labels.js';
import { gather, LanePacker } from './lanes.js';
import type { Footprint, Overflow } from './lanes.js';

/** Date lines measured per plan: they repeat, so each is measured once. */
const dateWidths = new WeakMap<Hidden, Map<string, number>>();
/** Each track's gathered events' ids, priorities and open ends per plan, read once (every rest goes through them all). */
const gatheredFields = new WeakMap<Hidden, { ids: string[]; priorities: number[]; openEnds: boolean[] }[]>();

/**
 * `plan` (a zoomed layout from `layout()`) with the events gathered in "+N" drawn where there is now
 * room for them, when their drawn x is within `range` (default: the view and a width either side).
 * Marks drawn before keep their lane; every event is still drawn or counted in one "+N", once; no
 * label meets another. Where hidden events are still too dense to read (more in 8 em than twice the
 * track's lanes) they stay counted unmeasured, so the work follows the range, not the data.
 */
export function openAggregates(plan: Layout, range: [number, number] = [-plan.width, 2 * plan.width]): Layout {
  const laid = laidOut.get(plan);
  if (!laid || plan.zoom.k <= 1 || !plan.aggregates.length) return plan;
  const { hidden: h, z, ltr } = laid;
  const { items, xs0, xs1, points, tails, em, width, margin, fade, labelGap, measure } = h;
  const [left, right] = plan.direction === 'rtl' ? [width - range[1], width - range[0]] : range;
  let fields = gatheredFields.get(h);
  if (!fields) {
    const of = (gathered: number[]) => ({
      ids: gathered.map((i) => items[i].event.id),
      priorities: gathered.map((i) => items[i].event.priority ?? 2),
      openEnds: gathered.map((i) => !!items[i].span.openEnd),
    });
    gatheredFields.set(h, (fields = h.overflowOf.map(of)));
  }
  let widths = dateWidths.get(h);
  if (!widths) dateWidths.set(h, (widths = new Map()));
  /** A date line's width (0 when it would be cut to fit the width, so never more than drawn). */
  const dateWidth = (label: string) => {
    let w = widths!.get(label);
    if (w === undefined) {
      w = measure(label, 'date');
      if (w > width - 2 * margin) w = 0;
      widths!.set(label, w);
    }
    return w;
  };
  const padOf = (i: number) => (points[i] ? 0.5 * em : 0);
  const endOf = (i: number, x0: number) => (items[i].span.openEnd ? x0 + fade : z(xs1[i])) + tails[i];
  const footprint = (m: Mark): [number, number] => [
    Math.min(m.x0, m.label.x) - padOf(m.item),
    Math.max(m.x1 + tails[m.item], m.label.x + m.label.width),
  ];

  const marks = [...ltr.marks];
  const pills: Aggregate[] = [];
  const lanesOf = h.bands.map((): Footprint[][] => []);
  for (const m of ltr.marks) (lanesOf[m.track][m.lane] ??= []).push(footprint(m));
  h.overflowOf.forEach((gathered, t) => {
    if (!gathered.length) return;
    const band = h.bands[t];
    const lanes = Array.from({ length: band.lanes }, (_, j) => (lanesOf[t][j] ?? []).sort((a, b) => a[0] - b[0]));
    const [tops, lines] = [h.laneTops[t], h.laneLines[t]];
    // The same packing as `layout()`, in the lanes the track has: key events get the room first.
    const packer = new LanePacker(labelGap, lanes.length, lanes);
    /**
     * The hidden item drawn in the first lane with room for it, or null when none has. Its title is
     * set for each lane's lines (a lane of fewer lines takes a wider label, or none).
     */
    const place = (i: number, x0: number): Mark | null => {
      // First a part of its footprint, cheap to know: the mark and its date line. Only when a lane
      // has room for that is the title measured.
      const from0 = x0 - padOf(i);
      const least = Math.max(
        endOf(i, x0),
        Math.min(x0 - (points[i] ? 0.4 * em : 0) + dateWidth(items[i].dateLabel), x0 + width - margin - xs0[i]),
      );
      if (!packer.hasRoom(from0, least)) return null;
      const forLines = new Map<number, Mark | null>();
      for (let lane = 0; lane < lanes.length; lane++) {
        if (!forLines.has(lines[lane])) {
          const made = makeMark(h.markPlan, i, lines[lane]);
          forLines.set(lines[lane], made && zoomMark(made, z));
        }
        const m = forLines.get(lines[lane]);
        if (!m) continue;
        const [from, to] = footprint(m);
        if (packer.reserved(from, to)) return null;
        if (!packer.takeLane(lane, from, to)) continue;
        m.lane = lane;
        toRow(m, tops[lane], em);
        return m;
      }
      return null;
    };
    const bin = 8 * em;
    const counts = new Uint32Array(Math.max(0, Math.ceil((right - left) / bin)) + 1);
    const inRange = (x: number) => x >= left && x <= right;
    const sparse = (x: number) => inRange(x) && counts[Math.floor((x - left) / bin)] <= 2 * lanes.length;
    // The gathered events are in x order: those in the range are found by halving, and counted per bin.
    const firstPast = (x: number, orAt: boolean) => {
      let [lo, hi] = [0, gathered.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const at = z(xs0[gathered[mid]]);
        if (at < x || (orAt && at === x)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const inView = gathered.slice(firstPast(left, false), firstPast(right, true)).map((i) => z(xs0[i]));
    for (const x of inView) counts[Math.floor((x - left) / bin)]++;
    const keepPills = () => pills.push(...ltr.aggregates.filter((p) => p.track === t)); // nothing opened: its "+N" stay as they are
    // Only an event in a sparse part of the range may be drawn: where there is none (most rests, at
    // 100,000 events), nothing opens, and the track's other events are not gone through one by one.
    if (!inView.some(sparse)) return keepPills();
    const xs = gathered.map((i) => z(xs0[i]));
    const { ids, priorities, openEnds } = fields![t];
    // (endOf, with each event's open end read once per plan.)
    const ends = gathered.map((i, j) => (openEnds[j] ? xs[j] + fade : points[i] ? xs[j] : z(xs1[i])) + tails[i]);
    // Key events get the room first, then the rest, each in date order (one priority: as they are).
    const placed = new Array<Mark | null>(gathered.length).fill(null);
    const last = priorities.reduce((most, p) => Math.max(most, p), -Infinity);
    const order = priorities.some((p) => p !== last) ? [...gathered.keys()].sort((a, b) => priorities[a] - priorities[b] || a - b) : null;
    let opened = false;
    for (let n = 0; n < gathered.length; n++) {
      const j = order ? order[n] : n;
      const p = priorities[j];
      packer.priority(p);
      const from = xs[j] - padOf(gathered[j]);
      const m = sparse(xs[j]) && !packer.reserved(from, ends[j]) ? place(gathered[j], xs[j]) : null;
      if (m) {
        placed[j] = m;
        opened = true;
      } else if (p !== last) packer.hide([from, ends[j]]); // (where the last priority's stay hidden is never read)
    }
    if (!opened) return keepPills();
    const rest: Overflow[] = [];
    gathered.forEach((i, j) => {
      const m = placed[j];
      if (m) marks.push(m);
      else rest.push({ item: i, id: ids[j], x0: xs[j], from: xs[j] - padOf(i), to: ends[j] });
    });
    for (const pill of gather(rest, t, measure, em, labelGap, z(width - margin))) {
      pill.box.y = h.pillY[t];
      pills.push(pill);
    }
  });
  marks.sort((p, q) => p.item - q.item);
  const open: Layout = { ...ltr, marks, aggregates: pills };
  return plan.direction === 'rtl' ? mirror(open) : open;
}
