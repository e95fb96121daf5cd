/**
 * TimelineJS3 JSON into our TimelineData: the title slide becomes the heading and standfirst, groups
 * become tracks, `unique_id` the id, `display_date` is kept, the date parts (strings like "1908",
 * "05", where "" and null mean absent) become EDTF, the text keeps its HTML for the summary's
 * subset, and the media's caption and credit are kept as text with its address as a link.
 * What cannot be kept yet is reported, not dropped silently.
 */
import { parseRichText, richTextContent, safeLink } from './rich-text.js';
export { isTimelineJS } from './timelinejs-shape.js';
import type { DataIssue, EventSource, TimelineData, TimelineEvent, Track } from './types.js';

type Json = Record<string, unknown>;

const record = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

/** A TimelineJS value as text: strings and numbers; "", blanks and null are absent. */
function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** A whole number written as text or as a number ("05" → 5). */
function whole(v: unknown): number | undefined {
  const t = text(v);
  return t !== undefined && /^[+-]?\d+$/.test(t) ? Number(t) : undefined;
}

/** HTML (or plain) text as one line of plain text. */
function plain(html: string | undefined): string | undefined {
  return html === undefined ? undefined : richTextContent(parseRichText(html)).replace(/\s+/g, ' ').trim() || undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The EDTF date of a TimelineJS date object: the year, then month, day and (single dates) the time. */
export function timelineJSDate(date: unknown, withTime = false): string | undefined {
  const d = record(date);
  const year = whole(d?.year);
  if (year === undefined) return undefined;
  const digits = String(Math.abs(year));
  // EDTF writes years of more than four digits with a "Y" (TimelineJS's cosmological scale).
  if (digits.length > 4) return `Y${year}`;
  const y = `${year < 0 ? '-' : ''}${digits.padStart(4, '0')}`;
  const month = whole(d?.month);
  if (month === undefined) return y;
  const day = whole(d?.day);
  if (day === undefined) return `${y}-${pad(month)}`;
  const hour = whole(d?.hour);
  if (!withTime || hour === undefined) return `${y}-${pad(month)}-${pad(day)}`;
  return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(whole(d?.minute) ?? 0)}:${pad(whole(d?.second) ?? 0)}`;
}

/**
 * Convert TimelineJS3 JSON. Returns our data (to validate as any other) and the issues of the
 * conversion: an event without a start date is left out with an error naming it; eras are reported
 * as not drawn yet.
 */
export function fromTimelineJS(json: unknown): { data: TimelineData; issues: DataIssue[] } {
  const root = record(json) ?? {};
  const issues: DataIssue[] = [];
  const data: TimelineData = { events: [] };
  const slide = record(record(root.title)?.text);
  const heading = plain(text(slide?.headline));
  const standfirst = plain(text(slide?.text));
  if (heading) data.title = heading;
  if (standfirst) data.description = standfirst;
  const tracks = new Map<string, Track>();
  const events = Array.isArray(root.events) ? root.events : [];
  events.forEach((raw, i) => {
    const e = record(raw) ?? {};
    const path = `/events/${i}`;
    const words = record(e.text);
    const media = record(e.media);
    const headline = plain(text(words?.headline));
    const start = timelineJSDate(e.start_date, e.end_date === undefined);
    if (!start) {
      issues.push({
        path: `${path}/start_date`, severity: 'error',
        message: `TimelineJS event ${i + 1}${headline ? ` "${headline}"` : ''} has no start date (a year is needed); it was left out`,
      });
      return;
    }
    const end = timelineJSDate(e.end_date);
    const date = end ? `${timelineJSDate(e.start_date)}/${end}` : start;
    const summary = text(words?.text);
    const caption = plain(text(media?.caption));
    const title = headline ?? caption ?? plain(summary)?.replace(/^(.{60}\S*)\s.*$/, '$1…') ?? text(e.display_date) ?? date;
    const event: TimelineEvent = { id: text(e.unique_id) ?? `timelinejs-${i + 1}`, date, title };
    if (summary) event.summary = summary;
    const display = text(e.display_date) ?? text(record(e.start_date)?.display_date);
    if (display) event.displayDate = display;
    const group = text(e.group);
    if (group) {
      tracks.set(group, { id: group, label: group });
      event.track = group;
    }
    const url = safeLink(text(media?.url))?.replace(/^mailto:.*/i, '');
    const credit = plain(text(media?.credit));
    if (url || caption || credit) {
      const source: EventSource = { name: [caption, credit].filter(Boolean).join(' — ') || url! };
      if (url) source.url = url;
      event.sources = [source];
    }
    data.events.push(event);
  });
  if (tracks.size) data.tracks = [...tracks.values()];
  const eras = Array.isArray(root.eras) ? root.eras.length : 0;
  if (eras) {
    issues.push({ path: '/eras', severity: 'warning', message: `the file's ${eras} TimelineJS eras are not drawn yet (their events are)` });
  }
  return { data, issues };
}
