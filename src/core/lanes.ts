/** Lanes: packing marks with their labels into a track's rows by priority, and counting the rest in "+N" pills. */
import type { Aggregate } from './layout-types.js';
import type { TextRole } from './ticks.js';

/** A stretch of px [from, to]; a lane holds sorted, disjoint ones. */
export type Footprint = [from: number, to: number];

/** Whether [from, to] (with `gap` either side) meets one of sorted, disjoint [from, to] stretches. */
export function collides(list: Footprint[], from: number, to: number, gap: number): boolean {
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
export function occupy(lane: Footprint[], from: number, to: number): void {
  const at = lane.findIndex((f) => f[0] > from);
  lane.splice(at < 0 ? lane.length : at, 0, [from, to]);
}

/** Sorted, disjoint stretches covering both lists. */
export function union(a: Footprint[], b: Footprint[]): Footprint[] {
  const out: Footprint[] = [];
  for (const [from, to] of [...a, ...b].sort((p, q) => p[0] - q[0])) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * The lanes of one track, filled in order of priority (key events first), each priority in date order.
 * A lower priority never takes the place of a higher one that stayed hidden: where a hidden event of a
 * higher priority is, is kept clear. Used by the first layout and by the opening of "+N" at a zoom.
 */
export class LanePacker {
  readonly lanes: Footprint[][];
  /** Where events of higher priorities stayed hidden: kept clear. */
  #kept: Footprint[] = [];
  /** Where events of the priority being packed stayed hidden so far. */
  #hidden: Footprint[] = [];
  #priority = -Infinity;
  readonly #gap: number;
  readonly #limit: number;

  /** `gap`: px between two labels in a lane; `limit`: how many lanes there may be; `lanes`: those taken before. */
  constructor(gap: number, limit: number, lanes: Footprint[][] = []) {
    this.lanes = lanes;
    this.#gap = gap;
    this.#limit = limit;
  }

  /** Say the priority of the next events (ascending): the places of the ones hidden before are kept clear. */
  priority(priority: number): void {
    if (priority === this.#priority) return;
    this.#kept = union(this.#kept, this.#hidden.splice(0));
    this.#priority = priority;
  }

  /** Whether [from, to] is where an event of a higher priority stayed hidden. */
  reserved(from: number, to: number): boolean {
    return collides(this.#kept, from, to, 0);
  }

  /** Whether every lane is taken (no new one may open) and busy at x. */
  fullAt(x: number): boolean {
    return !this.hasRoom(x, x);
  }

  /**
   * The first lane with room for [from, to] (a new one while under the limit), taken; -1 when none or
   * reserved. With `keep` (a whole lane index), that lane when it is under the limit and has room (empty
   * lanes are opened up to it).
   */
  take(from: number, to: number, keep = -1): number {
    if (this.reserved(from, to)) return -1;
    const lanes = this.lanes;
    if (keep >= 0 && keep < this.#limit && !(lanes[keep] && collides(lanes[keep], from, to, this.#gap))) {
      while (lanes.length <= keep) lanes.push([]);
      occupy(lanes[keep], from, to);
      return keep;
    }
    let lane = lanes.findIndex((l) => !collides(l, from, to, this.#gap));
    if (lane < 0 && lanes.length < this.#limit) lane = lanes.push([]) - 1;
    if (lane >= 0) occupy(lanes[lane], from, to);
    return lane;
  }

  /** Take [from, to] in lane `lane` if it has room there (and the place is not reserved); whether it did. */
  takeLane(lane: number, from: number, to: number): boolean {
    const taken = this.lanes[lane];
    if (!taken || this.reserved(from, to) || collides(taken, from, to, this.#gap)) return false;
    occupy(taken, from, to);
    return true;
  }

  /** Whether some lane has room for [from, to], without taking it. */
  hasRoom(from: number, to: number): boolean {
    return this.lanes.length < this.#limit || this.lanes.some((l) => !collides(l, from, to, this.#gap));
  }

  /** An event of the current priority stayed hidden where its mark would be. */
  hide(bare: Footprint): void {
    this.#hidden.push(bare);
  }
}

/** An item that did not fit its track's lanes: where it is and what it covers. */
export interface Overflow {
  item: number;
  id: string;
  x0: number;
  from: number;
  to: number;
}

/**
 * Overflowing events of one track as "+N" pills: events whose footprints overlap share a pill, and
 * pills too close to fit side by side merge, so no two overlap.
 */
export function gather(
  overflow: Overflow[],
  track: number,
  measure: (text: string, role: TextRole) => number,
  em: number,
  gap: number,
  right: number,
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
    pills.push({
      track,
      ids: [id],
      label: '',
      x0: from,
      x1: to,
      box: { x: Math.min(Math.max(x0, from), right - width), y: 0, width, height: 1.5 * em },
    });
  }
  for (const pill of pills) pill.label = `+${pill.ids.length}`;
  return pills;
}
