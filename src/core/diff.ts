/** What changed between two versions of a timeline's events, by id: the events added, changed, removed and left as they were. */
import type { TimelineEvent } from './types.js';

/** The ids of the events of two versions of the data, sorted by what happened to them. */
export interface EventDiff {
  /** In the new version only, in its order. */
  added: string[];
  /** In both, with some field different, in the new version's order. */
  changed: string[];
  /** In the old version only, in its order. */
  removed: string[];
  /** In both and equal in every field, in the new version's order. */
  unchanged: string[];
}

/**
 * The events of `after` compared with those of `before` by id. Two events are equal when every field is:
 * objects key by key whatever the keys' order, lists item by item in order, and a field that is
 * `undefined` equals one that is missing. Ids are unique in validated data; where a list repeats one,
 * its first event counts.
 */
export function diffEvents(before: readonly TimelineEvent[], after: readonly TimelineEvent[]): EventDiff {
  const old = byId(before);
  const now = byId(after);
  const diff: EventDiff = { added: [], changed: [], removed: [], unchanged: [] };
  for (const [id, event] of now) {
    const was = old.get(id);
    if (!was) diff.added.push(id);
    else if (sameValue(was, event)) diff.unchanged.push(id);
    else diff.changed.push(id);
  }
  for (const id of old.keys()) if (!now.has(id)) diff.removed.push(id);
  return diff;
}

/** The events by id, in their order (a repeated id keeps its first event). */
function byId(events: readonly TimelineEvent[]): Map<string, TimelineEvent> {
  const out = new Map<string, TimelineEvent>();
  for (const event of events) if (!out.has(event.id)) out.set(event.id, event);
  return out;
}

/** Whether two plain JSON values are the same (objects whatever their keys' order; `undefined` as missing). */
// Plain loops: with 100,000 events this runs for every node of every event that stayed.
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const list = Array.isArray(a);
  if (list !== Array.isArray(b)) return false;
  if (list) {
    const items = a as unknown[];
    const others = b as unknown[];
    if (items.length !== others.length) return false;
    for (let i = 0; i < items.length; i++) if (!sameValue(items[i], others[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  let fields = 0;
  for (let i = 0; i < keys.length; i++) {
    const value = x[keys[i]];
    if (value === undefined) continue;
    fields++;
    // Own fields only: a "__proto__" key read from JSON is a field, not the prototype.
    if (!Object.hasOwn(y, keys[i]) || !sameValue(value, y[keys[i]])) return false;
  }
  // Every defined field of x is in y: y has no other defined field when it has no more keys, or its others are undefined.
  const theirs = Object.keys(y);
  if (theirs.length === fields) return true;
  for (let i = 0; i < theirs.length; i++) if (y[theirs[i]] !== undefined) fields--;
  return fields === 0;
}
