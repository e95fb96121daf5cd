/** From validated data to the items the layout and the reader see, in date order. */
import { dateReader, spanExtent } from './edtf.js';
import { keptDates } from './spans.js';
import type { DateSpan } from './edtf.js';
import { dateLabelParts, formatPoint } from './format.js';
import type { LabelPart } from './format.js';
import { fill, messagesFor, plural } from './messages.js';
import type { Era, EventStatus, TimelineData, TimelineEvent, Track } from './types.js';

export interface TimelineItem {
  readonly event: TimelineEvent;
  readonly span: DateSpan;
  readonly status: EventStatus;
  /** Index into the model's tracks. */
  readonly track: number;
  /** The date in the reader's words, e.g. "about June 2025". */
  readonly dateLabel: string;
  readonly dateParts: LabelPart[];
}

/** An item whose date words are worked out when first read: with 100,000 events few are ever shown. */
class Item implements TimelineItem {
  private parts?: LabelPart[];
  private label?: string;
  constructor(
    readonly event: TimelineEvent,
    readonly span: DateSpan,
    readonly status: EventStatus,
    public track: number,
    private readonly lang: string,
  ) {}

  get dateParts(): LabelPart[] {
    return (this.parts ??= dateLabelParts(this.span, this.lang));
  }

  get dateLabel(): string {
    return (this.label ??= this.dateParts.map((p) => p.text).join(''));
  }
}

/** An item made elsewhere (a worker) again, from its parts: its date words are worked out here, when first read. */
export function itemOf(event: TimelineEvent, span: DateSpan, status: EventStatus, track: number, lang: string): TimelineItem {
  return new Item(event, span, status, track, lang);
}

/** A period of the data, with its extent and its dates in the reader's words. */
export interface ModelEra {
  readonly era: Era;
  readonly span: DateSpan;
  /** Extent, epoch ms (an open end runs to the end of the data). */
  readonly from: number;
  readonly to: number;
  readonly dateLabel: string;
}

export interface TimelineModel {
  title?: string;
  description?: string;
  /** Periods, by start. */
  eras: ModelEra[];
  /** Tracks in use; events without a (known) track share a trailing unlabelled track. */
  tracks: Track[];
  /** Events in date order (earliest start first, then earliest end, then input order). */
  items: TimelineItem[];
}

export const UNTRACKED_ID = '';

/** Build the date-ordered model of validated data. */
export function buildModel(data: TimelineData, lang = 'en'): TimelineModel {
  const tracks: Track[] = [...(data.tracks ?? [])];
  const index = new Map(tracks.map((t, i) => [t.id, i]));
  const n = data.events.length;
  // The dates validation read come with its data; data that did not go through it is read here, each text once.
  const readDate = keptDates(data) ?? dateReader();
  const spanOf = (owner: TimelineEvent | Era) => readDate(owner.date);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const spans = data.events.map((event, order) => {
    const span = spanOf(event);
    [starts[order], ends[order]] = spanExtent(span);
    return span;
  });
  // Date order (start, then end, then input order: the sort is stable), sorting indexes over typed
  // arrays: fast at 100,000. Items are made in that order, so they lie in memory in the order every
  // later pass reads them (a third off the layout of 100,000 events given in no order).
  const items = Array.from(spans.keys())
    .sort((p, q) => starts[p] - starts[q] || ends[p] - ends[q])
    .map((order) => {
      const event = data.events[order];
      let track = event.track !== undefined ? index.get(event.track) : undefined;
      if (track === undefined) {
        if (!index.has(UNTRACKED_ID)) {
          index.set(UNTRACKED_ID, tracks.length);
          tracks.push({ id: UNTRACKED_ID, label: '' });
        }
        track = index.get(UNTRACKED_ID)!;
      }
      return new Item(event, spans[order], event.status ?? 'occurred', track, lang);
    });
  const used = new Set(items.map((x) => x.track));
  // Keep declared tracks even when empty only if some event uses them; renumber.
  const kept = tracks.map((t, i) => ({ t, i })).filter(({ i }) => used.has(i));
  const renumber = new Map(kept.map(({ i }, j) => [i, j]));
  const lastEnd = n ? ends.reduce((a, b) => Math.max(a, b), -Infinity) : 0;
  const eras = (data.eras ?? [])
    .map((era): ModelEra => {
      const span = spanOf(era);
      const [from, to] = spanExtent(span);
      const parts = dateLabelParts(span, lang);
      return { era, span, from, to: span.openEnd ? Math.max(to, lastEnd) : to, dateLabel: parts.map((p) => p.text).join('') };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to);
  return {
    title: data.title,
    description: data.description,
    eras,
    tracks: kept.map(({ t }) => t),
    items: items.map((item) => {
      item.track = renumber.get(item.track)!;
      return item;
    }),
  };
}

/** "11 events from March 2022 to after 22 June 2025 in 3 tracks", in the page's language. */
export function describeModel(model: TimelineModel, lang = 'en'): string {
  const words = messagesFor(lang);
  const n = model.items.length;
  if (n === 0) return words.noEvents;
  const first = model.items[0];
  if (n === 1) return fill(words.summaryOne, { date: first.dateLabel });
  const last = model.items[n - 1];
  const from = first.span.start ? formatPoint(first.span.start, lang) : first.dateLabel;
  const to = last.span.openEnd || !last.span.end ? last.dateLabel : formatPoint(last.span.end, lang);
  const named = model.tracks.filter((t) => t.id !== UNTRACKED_ID).length;
  const range = fill(words.summaryRange, { events: plural(lang, words.events, n), from, to });
  return named > 1 ? range + plural(lang, words.summaryTracks, named) : range;
}

/** "Periods: 2022 talks (2022), 2025 sessions (16 May – 2 June 2025)." ('' without eras). */
export function describeEras(model: TimelineModel, lang = 'en'): string {
  if (!model.eras.length) return '';
  return fill(messagesFor(lang).eras, { list: model.eras.map((e) => `${e.era.label} (${e.dateLabel})`).join('; ') });
}
