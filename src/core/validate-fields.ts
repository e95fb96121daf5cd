/** Checking one field of the data (texts, lists, colours, links, media, details, sources, update times), each problem with its JSON pointer. */
import { isImage, isMediaUrl } from './media-url.js';
import { MEDIA_KINDS } from './types.js';
import type { DataIssue, EventDetail, EventMedia, EventSource } from './types.js';
import { dateReader, parseDate } from './edtf.js';

/** Texts longer than these are cut (with a warning): titles and names, and running text. */
export const MAX_SHORT_TEXT = 1_000;
export const MAX_LONG_TEXT = 50_000;
const LONG = new Set(['summary', 'description', 'items']);

const MEDIA_KEYS = new Set(['url', 'kind', 'alt', 'caption', 'credit', 'link']);

/** JSON pointer segment escaping (RFC 6901). */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function kind(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v === '' ? 'an empty text' : 'a text';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

export function isText(v: unknown): v is string {
  // trim() removes exactly what \s matches, and gives the text itself back (no copy) when it has no
  // space at either end: several times faster than /\S/.test(v).
  return typeof v === 'string' && v.trim() !== '';
}

/**
 * A CSS colour: hex, a name, or a colour function of numbers (nothing that could load or inject).
 * data/schema.json has the same pattern.
 */
export const COLOR_PATTERN =
  '^\\s*(#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]{3,20}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\\([0-9\\s.,%/+-]*(deg|turn|rad|none)?[0-9\\s.,%/+-]*\\))\\s*$';
export const isColor = (v: string) => new RegExp(COLOR_PATTERN).test(v);

/** When data was last updated: an ISO 8601 date (checked as a day of the calendar below), then optionally a time with Z or an offset. */
const UPDATED = /^(\d{4}-\d\d-\d\d)(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/** An optional `updated` (when the data or an event was last updated), kept as written; anything else is reported and left out. */
export function updatedTime(obj: Record<string, unknown>, path: string, what: string, c: Collector, id?: string): string | undefined {
  const v = obj.updated;
  if (v === undefined) return undefined;
  const date = typeof v === 'string' ? UPDATED.exec(v)?.[1] : undefined;
  try {
    if (date && parseDate(date)) return v as string; // a day the month has
  } catch {
    // reported below
  }
  const got = typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : kind(v);
  c.add(
    'warning',
    `${path}/updated`,
    `${what}: updated must be a date-time with Z or an offset ("2025-06-23T09:30:00Z") or a date, not ${got}; it was left out`,
    id,
  );
  return undefined;
}

export function isHttpUrl(v: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(v);
}

export class Collector {
  issues: DataIssue[] = [];
  /** Unknown fields by where they are ("events", "tracks", …) and name: warned once, then counted. */
  unknown = new Map<string, [DataIssue, number]>();
  /** This validation's dates, each text parsed once. */
  readDate = dateReader();
  add(severity: DataIssue['severity'], path: string, message: string, eventId?: string): DataIssue {
    const issue: DataIssue = eventId === undefined ? { path, message, severity } : { path, message, severity, eventId };
    this.issues.push(issue);
    return issue;
  }
}

export function unknownKeys(obj: Record<string, unknown>, allowed: Set<string>, path: string, what: string, c: Collector, id?: string) {
  for (const key of Object.keys(obj)) {
    if (allowed.has(key)) continue;
    const where = `${path.replace(/\/\d+/g, '/*')} ${key}`;
    const seen = c.unknown.get(where);
    if (seen) seen[1]++;
    else c.unknown.set(where, [c.add('warning', `${path}${pointer(key)}`, `${what}: unknown field "${key}" was ignored`, id), 0]);
  }
}

/** A text cut to its limit in characters (code points, as JSON Schema counts), with a warning. */
export function cut(v: string, key: string, path: string, what: string, c: Collector, id?: string): string {
  if (v.length <= MAX_SHORT_TEXT) return v; // within either limit
  const max = LONG.has(key) ? MAX_LONG_TEXT : MAX_SHORT_TEXT;
  if (v.length <= max) return v;
  const chars = Array.from(v);
  if (chars.length <= max) return v;
  c.add(
    'warning',
    path,
    `${what}: ${key} is ${chars.length.toLocaleString('en')} characters long; it was cut to ${max.toLocaleString('en')}`,
    id,
  );
  return `${chars.slice(0, max - 1).join('')}…`;
}

export function optionalText(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  what: string,
  c: Collector,
  id?: string,
): string | undefined {
  if (obj[key] === undefined) return undefined;
  const v = obj[key];
  if (isText(v)) return cut(v, key, `${path}/${key}`, what, c, id);
  c.add('warning', `${path}/${key}`, `${what}: ${key} must be a non-empty text, not ${kind(v)}; it was left out`, id);
  return undefined;
}

export function textList(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  what: string,
  c: Collector,
  id?: string,
): string[] | undefined {
  if (obj[key] === undefined) return undefined;
  const v = obj[key];
  if (!Array.isArray(v)) {
    c.add('warning', `${path}/${key}`, `${what}: ${key} must be a list of texts, not ${kind(v)}; it was left out`, id);
    return undefined;
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (isText(item)) out.push(cut(item, key, `${path}/${key}/${i}`, what, c, id));
    else
      c.add(
        'warning',
        `${path}/${key}/${i}`,
        `${what}: ${key} item ${i + 1} must be a non-empty text, not ${kind(item)}; it was left out`,
        id,
      );
  });
  return out;
}

/**
 * A list of objects given (`details`, `sources`: their callers leave out an absent one): a wrong type
 * leaves the whole list out, each item that is not an object is left out, and `item` checks the rest
 * (returning null to leave it out).
 */
export function objectList<T>(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  what: string,
  c: Collector,
  id: string,
  shape: string,
  allowed: Set<string>,
  item: (o: Record<string, unknown>, p: string, n: number) => T | null,
): T[] | undefined {
  const v = obj[key];
  if (!Array.isArray(v)) {
    c.add('warning', `${path}/${key}`, `${what}: ${key} must be a list of ${shape}, not ${kind(v)}; it was left out`, id);
    return undefined;
  }
  const out: T[] = [];
  v.forEach((o, i) => {
    const p = `${path}/${key}/${i}`;
    if (!isRecord(o)) return c.add('warning', p, `${what}: ${key} item ${i + 1} must be an object like ${shape}; it was left out`, id);
    unknownKeys(o, allowed, p, what, c, id);
    const done = item(o, p, i + 1);
    if (done) out.push(done);
  });
  return out;
}

const DETAIL_KEYS = new Set(['heading', 'items']);
const SOURCE_KEYS = new Set(['name', 'url']);

export function details(obj: Record<string, unknown>, path: string, what: string, c: Collector, id: string): EventDetail[] | undefined {
  // Without details, nothing more: the checker below is a closure made per call (most events have none).
  if (obj.details === undefined) return undefined;
  return objectList(obj, 'details', path, what, c, id, '{ heading, items }', DETAIL_KEYS, (d, p, n) => {
    if (!isText(d.heading))
      return (c.add('warning', `${p}/heading`, `${what}: details item ${n} needs a heading (non-empty text); it was left out`, id), null);
    const items = textList(d, 'items', p, what, c, id);
    if (!items)
      return (c.add('warning', `${p}/items`, `${what}: details "${d.heading}" needs items (a list of texts); it was left out`, id), null);
    return { heading: cut(d.heading, 'heading', `${p}/heading`, what, c, id), items };
  });
}

export function sources(obj: Record<string, unknown>, path: string, what: string, c: Collector, id: string): EventSource[] | undefined {
  if (obj.sources === undefined) return undefined; // as for details
  return objectList(obj, 'sources', path, what, c, id, '{ name, url }', SOURCE_KEYS, (s, p, n) => {
    if (!isText(s.name))
      return (c.add('warning', `${p}/name`, `${what}: source ${n} needs a name (non-empty text); it was left out`, id), null);
    const source: EventSource = { name: cut(s.name, 'name', `${p}/name`, what, c, id) };
    if (s.url !== undefined) {
      if (typeof s.url === 'string' && isHttpUrl(s.url)) source.url = s.url;
      else c.add('warning', `${p}/url`, `${what}: source "${s.name}" url must start with http:// or https://; the link was left out`, id);
    }
    return source;
  });
}

/** An optional `color` that is a CSS colour; anything else is reported (the default is used). */
export function colorOf(obj: Record<string, unknown>, path: string, what: string, c: Collector): string | undefined {
  const color = optionalText(obj, 'color', path, what, c);
  if (!color || isColor(color)) return color;
  c.add(
    'warning',
    `${path}/color`,
    `${what}: color "${color.slice(0, 40)}" is not a CSS colour like "#1f5fa8" or "rgb(31 95 168)"; the default is used`,
  );
  return undefined;
}

export function media(v: Record<string, unknown>, path: string, what: string, c: Collector, id: string): EventMedia | undefined {
  const m = v.media;
  if (m === undefined) return undefined;
  const p = `${path}/media`;
  if (!isRecord(m))
    return void c.add('warning', p, `${what}: media must be an object like { url, alt }, not ${kind(m)}; it was left out`, id);
  unknownKeys(m, MEDIA_KEYS, p, what, c, id);
  if (!isText(m.url) || !isMediaUrl(m.url)) {
    return void c.add(
      'warning',
      `${p}/url`,
      `${what}: media url must be an http(s) address or a path on this site; the media was left out`,
      id,
    );
  }
  const out: EventMedia = { url: m.url };
  if (m.kind !== undefined) {
    if (MEDIA_KINDS.includes(m.kind as never)) out.kind = m.kind as EventMedia['kind'];
    else
      c.add(
        'warning',
        `${p}/kind`,
        `${what}: media kind ${JSON.stringify(m.kind)} is not one of ${MEDIA_KINDS.join(', ')}; it is found from the url`,
        id,
      );
  }
  for (const key of ['alt', 'caption', 'credit'] as const) {
    const text = optionalText(m, key, p, what, c, id);
    if (text) out[key] = text;
  }
  const link = optionalText(m, 'link', p, what, c, id);
  if (link && isMediaUrl(link)) out.link = link;
  else if (link)
    c.add('warning', `${p}/link`, `${what}: media link must be an http(s) address or a path on this site; it was left out`, id);
  if (!out.alt && isImage(out)) {
    c.add(
      'warning',
      `${p}/alt`,
      `${what}: the image has no alt text (what it shows, for readers who cannot see it); it is treated as decorative`,
      id,
    );
  }
  return out;
}
