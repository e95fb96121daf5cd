/** Where a problem in data converted from TimelineJS came from: the TimelineJS event or era, and its field there (in its JSON, or its spreadsheet column). */
// The core's importer (fromTimelineJS) keeps the events and eras in order and leaves out those
// without a start date, each with an issue naming its place in the TimelineJS input; so the n-th
// event of the converted data is the n-th TimelineJS event that has no such issue.
import type { DataIssue } from '../core/types.js';
import { pointerSegments } from './json-places.js';

/** The TimelineJS events and eras that were kept, by their index in the converted data. */
export interface KeptItems {
  events: number[];
  eras: number[];
}

/** Which TimelineJS events and eras the importer kept, from the issues of the items it left out. */
export function keptItems(converted: readonly DataIssue[], events: number, eras: number): KeptItems {
  const left = (list: string) =>
    new Set(
      converted
        .map((issue) => new RegExp(`^/${list}/(\\d+)/start_date$`).exec(issue.path)?.[1])
        .filter(Boolean)
        .map(Number),
    );
  const keep = (count: number, out: Set<number>) => [...Array(count).keys()].filter((i) => !out.has(i));
  return { events: keep(events, left('events')), eras: keep(eras, left('eras')) };
}

/** Our event fields and the TimelineJS fields they come from. */
const EVENT_FIELDS: Record<string, string[]> = {
  id: ['unique_id'],
  date: ['start_date'],
  title: ['text', 'headline'],
  summary: ['text', 'text'],
  displayDate: ['display_date'],
  track: ['group'],
  media: ['media'],
  // Sources come from media that is not an address: its caption and credit, and its url as the link.
  sources: ['media'],
};

function eventField([field, ...rest]: string[]): string[] {
  if (field === 'media' && rest[0]) return ['media', rest[0]];
  if (field === 'sources' && rest[1]) return ['media', rest[1] === 'url' ? 'url' : 'caption'];
  return EVENT_FIELDS[field] ?? [];
}

/**
 * The TimelineJS path (segments, as in its JSON) of a problem's path: a conversion issue's path is
 * one already; a validation issue's (in our data) is traced back to the TimelineJS item and field.
 */
export function timelineJSPath(issue: DataIssue, fromConversion: boolean, kept: KeptItems): string[] {
  const segments = pointerSegments(issue.path);
  if (fromConversion) return segments;
  const [list, index, ...rest] = segments;
  if (list === 'events' && index !== undefined) return ['events', String(kept.events[Number(index)] ?? index), ...eventField(rest)];
  if (list === 'eras' && index !== undefined) {
    const field = rest[0] === 'date' ? ['start_date'] : rest[0] === 'label' ? ['text', 'headline'] : [];
    return ['eras', String(kept.eras[Number(index)] ?? index), ...field];
  }
  if (list === 'title') return ['title', 'text', 'headline'];
  if (list === 'description') return ['title', 'text', 'text'];
  return [];
}

/** The column of TimelineJS's spreadsheet layout that holds a TimelineJS field (the path below its event or era). */
export function sheetColumn(field: readonly string[]): string | undefined {
  const [first, second] = field;
  if (first === 'start_date') return 'Year';
  if (first === 'end_date') return 'End Year';
  if (first === 'display_date') return 'Display Date';
  if (first === 'group') return 'Group';
  if (first === 'text') return second === 'text' ? 'Text' : 'Headline';
  if (first === 'media') return second === 'caption' ? 'Media Caption' : second === 'credit' ? 'Media Credit' : 'Media';
  return undefined;
}
