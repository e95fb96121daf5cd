/** Validation: unknown JSON into TimelineData, every problem reported with a JSON pointer; never throws. */
// Invalid events are dropped with an `error`; fixable problems keep the event with a `warning`.
import { DEEP_TIME_YEARS } from './calendar.js';
import type { DateSpan } from './edtf.js';
import { keepDates } from './spans.js';
import { EVENT_STATUSES } from './types.js';
import type { DataIssue, Era, TimelineData, TimelineEvent, Track } from './types.js';
import {
  Collector,
  colorOf,
  cut,
  details,
  isRecord,
  isText,
  kind,
  media,
  optionalText,
  pointer,
  sources,
  textList,
  unknownKeys,
  updatedTime,
} from './validate-fields.js';

export { COLOR_PATTERN, MAX_LONG_TEXT, MAX_SHORT_TEXT, pointer } from './validate-fields.js';

export interface ValidateOptions {
  /**
   * Events read at most (default 100,000, about what a browser lays out in under a second); the rest
   * are reported in one error and not kept, so a huge file never freezes the page.
   */
  maxEvents?: number;
}

export interface ValidationResult {
  /** The usable data: valid events (in input order) and tracks. */
  data: TimelineData;
  issues: DataIssue[];
  /** Events in the input (0 when the input had no event list). */
  total: number;
}

const DATA_KEYS = new Set(['$schema', 'title', 'description', 'lang', 'updated', 'tracks', 'eras', 'events']);
const TRACK_KEYS = new Set(['id', 'label', 'color']);
const EVENT_KEYS = new Set([
  'id',
  'date',
  'title',
  'status',
  'track',
  'summary',
  'displayDate',
  'location',
  'participants',
  'details',
  'sources',
  'tags',
  'media',
  'priority',
  'updated',
]);
const ERA_KEYS = new Set(['id', 'date', 'label', 'color']);

function eras(v: unknown, c: Collector): Era[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v))
    return void c.add('warning', '/eras', `eras must be a list of { date, label }, not ${kind(v)}; they were left out`);
  const out: Era[] = [];
  v.forEach((e, i) => {
    const p = `/eras/${i}`;
    if (!isRecord(e)) return c.add('warning', p, `era ${i + 1} must be an object with date and label; it was left out`);
    const what = isText(e.label) ? `era "${e.label}"` : `era ${i + 1}`;
    unknownKeys(e, ERA_KEYS, p, what, c);
    if (!isText(e.label)) return c.add('warning', `${p}/label`, `${what} needs a label (non-empty text); it was left out`);
    if (typeof e.date !== 'string')
      return c.add('warning', `${p}/date`, `${what} needs a date (an EDTF interval like "2025-05-16/2025-06-02"); it was left out`);
    try {
      c.readDate(e.date);
    } catch (err) {
      return c.add('warning', `${p}/date`, `${what}: ${(err as Error).message.replace(/^Invalid date/, 'date')}; it was left out`);
    }
    const era: Era = { date: e.date, label: cut(e.label, 'label', `${p}/label`, what, c) };
    const eraId = optionalText(e, 'id', p, what, c);
    if (eraId) era.id = eraId;
    const color = colorOf(e, p, what, c);
    if (color) era.color = color;
    out.push(era);
  });
  return out;
}

function tracks(v: unknown, c: Collector): Track[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    c.add('warning', '/tracks', `tracks must be a list of { id, label }, not ${kind(v)}; they were left out`);
    return undefined;
  }
  const seen = new Set<string>();
  const out: Track[] = [];
  v.forEach((t, i) => {
    const p = pointer('tracks', i);
    if (!isRecord(t)) return c.add('warning', p, `track ${i + 1} must be an object with id and label; it was left out`);
    unknownKeys(t, TRACK_KEYS, p, `track ${i + 1}`, c);
    if (!isText(t.id)) return c.add('warning', `${p}/id`, `track ${i + 1} needs an id (non-empty text); it was left out`);
    if (seen.has(t.id)) return c.add('warning', `${p}/id`, `track "${t.id}" is defined twice; the second one was left out`);
    const label = isText(t.label) ? t.label : t.id;
    if (!isText(t.label)) c.add('warning', `${p}/label`, `track "${t.id}" needs a label (non-empty text); its id is shown instead`);
    const track: Track = { id: t.id, label: cut(label, 'label', `${p}/label`, `track "${t.id}"`, c) };
    const color = colorOf(t, p, `track "${t.id}"`, c);
    if (color) track.color = color;
    seen.add(t.id);
    out.push(track);
  });
  return out;
}

function event(v: unknown, i: number, trackIds: Set<string> | null, ids: Set<string>, c: Collector): TimelineEvent | null {
  const path = `/events/${i}`; // pointer('events', i), without escaping: nothing to escape
  if (!isRecord(v)) {
    c.add('error', path, `event ${i + 1} must be an object with id, date and title, not ${kind(v)}`);
    return null;
  }
  const rawId = isText(v.id) ? v.id : undefined;
  const what = rawId ? `event "${rawId}"` : `event ${i + 1}`;
  let ok = true;
  if (!rawId) {
    c.add('error', `${path}/id`, `${what}: id is missing; give every event a unique, non-empty id`);
    ok = false;
  }
  if (!isText(v.title)) {
    c.add('error', `${path}/title`, `${what}: title is ${'title' in v ? `${kind(v.title)}, not a non-empty text` : 'missing'}`, rawId);
    ok = false;
  }
  let span: DateSpan | undefined;
  if (typeof v.date !== 'string') {
    c.add(
      'error',
      `${path}/date`,
      `${what}: date is ${'date' in v ? `${kind(v.date)}, not an EDTF text like "2025-05-16"` : 'missing'}`,
      rawId,
    );
    ok = false;
  } else {
    try {
      span = c.readDate(v.date);
      const far = [span.start, span.end].find((p) => p && Math.abs(p.year) > DEEP_TIME_YEARS);
      if (far) {
        c.add(
          'error',
          `${path}/date`,
          `${what}: date "${v.date}": year ${far.year} is valid EDTF but beyond what a timeline can draw (a trillion years either way)`,
          rawId,
        );
        ok = false;
      }
    } catch (e) {
      c.add('error', `${path}/date`, `${what}: ${(e as Error).message.replace(/^Invalid date/, 'date')}`, rawId);
      ok = false;
    }
  }
  if (v.status !== undefined && !EVENT_STATUSES.includes(v.status as never)) {
    c.add('error', `${path}/status`, `${what}: status ${JSON.stringify(v.status)} is not one of ${EVENT_STATUSES.join(', ')}`, rawId);
    ok = false;
  }
  unknownKeys(v, EVENT_KEYS, path, what, c, rawId);
  if (!ok || !rawId) return null;

  let id = rawId;
  if (ids.has(id)) {
    let n = 2;
    while (ids.has(`${rawId}-${n}`)) n++;
    id = `${rawId}-${n}`;
    c.add('warning', `${path}/id`, `${what}: id is used by an earlier event; this one was renamed "${id}"`, id);
  }
  ids.add(id);
  const out: TimelineEvent = { id, date: v.date as string, title: cut(v.title as string, 'title', `${path}/title`, what, c, id) };
  if (v.status !== undefined) out.status = v.status as TimelineEvent['status'];
  if (v.track !== undefined) {
    if (!isText(v.track))
      c.add('warning', `${path}/track`, `${what}: track must be a track id (text), not ${kind(v.track)}; it was left out`, id);
    else if (trackIds && !trackIds.has(v.track))
      c.add('warning', `${path}/track`, `${what}: track "${v.track}" is not defined in tracks; the event is shown without a track`, id);
    else out.track = v.track;
  }
  const summary = optionalText(v, 'summary', path, what, c, id);
  if (summary) out.summary = summary;
  const displayDate = optionalText(v, 'displayDate', path, what, c, id);
  if (displayDate) out.displayDate = displayDate;
  const location = optionalText(v, 'location', path, what, c, id);
  if (location) out.location = location;
  const participants = textList(v, 'participants', path, what, c, id);
  if (participants) out.participants = participants;
  const d = details(v, path, what, c, id);
  if (d) out.details = d;
  const s = sources(v, path, what, c, id);
  if (s) out.sources = s;
  const tags = textList(v, 'tags', path, what, c, id);
  if (tags) out.tags = tags;
  const m = media(v, path, what, c, id);
  if (m) out.media = m;
  if (v.priority !== undefined) {
    if (v.priority === 1 || v.priority === 2 || v.priority === 3) out.priority = v.priority;
    else
      c.add(
        'warning',
        `${path}/priority`,
        `${what}: priority must be 1 (key), 2 or 3 (minor), not ${JSON.stringify(v.priority)?.slice(0, 40)}; it was left out`,
        id,
      );
  }
  const updated = updatedTime(v, path, what, c, id);
  if (updated) out.updated = updated;
  return out;
}

/** Validate unknown input (a TimelineData object or a bare array of events). Never throws. */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const c = new Collector();
  try {
    let rawEvents: unknown;
    const data: TimelineData = { events: [] };
    let trackIds: Set<string> | null = null;
    if (Array.isArray(input)) {
      rawEvents = input;
    } else if (isRecord(input)) {
      unknownKeys(input, DATA_KEYS, '', 'timeline', c);
      if (input.$schema !== undefined && typeof input.$schema !== 'string') {
        c.add(
          'warning',
          '/$schema',
          `timeline: $schema must be a text (the address of the JSON schema), not ${kind(input.$schema)}; it was ignored`,
        );
      }
      for (const key of ['title', 'description', 'lang'] as const) {
        const v = optionalText(input, key, '', 'timeline', c);
        if (v) data[key] = v;
      }
      const updated = updatedTime(input, '', 'timeline', c);
      if (updated) data.updated = updated;
      const t = tracks(input.tracks, c);
      if (t) {
        data.tracks = t;
        trackIds = new Set(t.map((x) => x.id));
      }
      const e = eras(input.eras, c);
      if (e) data.eras = e;
      rawEvents = input.events;
      if (!('events' in input)) c.add('error', '/events', 'the timeline has no events list');
      else if (!Array.isArray(rawEvents)) c.add('error', '/events', `events must be a list, not ${kind(rawEvents)}`);
    } else {
      c.add('error', '', `expected a timeline object with an events list, or a list of events, not ${kind(input)}`);
    }
    const list = Array.isArray(rawEvents) ? rawEvents : [];
    const ids = new Set<string>();
    const events: TimelineEvent[] = [];
    const max = Math.max(0, options.maxEvents ?? 100_000);
    for (let i = 0; i < Math.min(list.length, max); i++) {
      const e = event(list[i], i, trackIds, ids, c);
      if (e) events.push(e);
    }
    if (list.length > max) {
      const n = (x: number) => x.toLocaleString('en');
      c.add(
        'error',
        `/events/${max}`,
        `events ${n(max + 1)} to ${n(list.length)} (${n(list.length - max)}) were not read: a timeline shows at most ${n(max)} events`,
      );
    }
    for (const [issue, more] of c.unknown.values()) if (more) issue.message += ` (and in ${more.toLocaleString('en')} more)`;
    data.events = events;
    keepDates(data, c.readDate);
    return { data, issues: c.issues, total: list.length };
  } catch (e) {
    c.add('error', '', `the data could not be read: ${(e as Error)?.message ?? String(e)}`);
    return { data: { events: [] }, issues: c.issues, total: 0 };
  }
}
