/** TimelineJS3 JSON into our TimelineData: dates, media, groups and eras converted; what cannot be kept reported. */
// The title slide becomes the heading and standfirst, groups
// become tracks, `unique_id` the id, `display_date` is kept, the date parts (strings like "1908",
// "05", where "" and null mean absent) become EDTF, the text keeps its HTML for the summary's
// subset, the media become our media (picture, video, audio or link, with caption, credit and alt),
// and eras become our eras. What cannot be kept is reported, not dropped silently.
import { isMediaUrl } from './media-url.js';
import { parseRichText, richTextContent, safeLink } from './rich-text.js';
export { isTimelineJS } from './timelinejs-shape.js';
import type { DataIssue, Era, EventMedia, EventSource, TimelineData, TimelineEvent, Track } from './types.js';

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
 * conversion: an event or era without a start date is left out with an error (a warning for an
 * era) naming it.
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
        path: `${path}/start_date`,
        severity: 'error',
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
    const url = text(media?.url);
    const credit = plain(text(media?.credit));
    if (url && isMediaUrl(url)) {
      // A picture, a video or audio page, or a link: our media, found from its address.
      const m: EventMedia = { url };
      const alt = plain(text(media?.alt)) ?? plain(text(media?.title));
      const link = text(media?.link);
      if (alt) m.alt = alt;
      if (caption) m.caption = caption;
      if (credit) m.credit = credit;
      if (link && isMediaUrl(link)) m.link = link;
      event.media = m;
    } else if (caption || credit) {
      // Media that is not an address (an embedded quote, say): its caption and credit as the source.
      const source: EventSource = { name: [caption, credit].filter(Boolean).join(' — ') };
      const href = safeLink(url)?.replace(/^mailto:.*/i, '');
      if (href) source.url = href;
      event.sources = [source];
    }
    data.events.push(event);
  });
  if (tracks.size) data.tracks = [...tracks.values()];
  const eras: Era[] = [];
  (Array.isArray(root.eras) ? root.eras : []).forEach((raw, i) => {
    const e = record(raw) ?? {};
    const label = plain(text(record(e.text)?.headline)) ?? plain(text(record(e.text)?.text)) ?? `Era ${i + 1}`;
    const start = timelineJSDate(e.start_date);
    if (!start)
      return issues.push({
        path: `/eras/${i}/start_date`,
        severity: 'warning',
        message: `TimelineJS era "${label}" has no start date (a year is needed); it was left out`,
      });
    const end = timelineJSDate(e.end_date);
    eras.push({ date: end ? `${start}/${end}` : start, label });
  });
  if (eras.length) data.eras = eras;
  return { data, issues };
}
