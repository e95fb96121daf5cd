/** The component's own words per language: English built in, language packs fetched on request, pages' own registered. */
// A language without words falls back to English words around dates that Intl still says in that language.
import type { EventStatus } from './types.js';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type LegendKey = 'day' | 'period' | 'coarse' | 'openEnd' | 'approximate' | 'uncertain' | 'scheduled' | 'possible' | 'cancelled';

export interface Messages {
  /** Date phrases; `%` stands for the date. */
  about: string;
  possibly: string;
  possiblyAbout: string;
  after: string;
  before: string;
  from: string;
  until: string;
  /** Spring, summer, autumn, winter, as said before a year. */
  seasons: readonly [string, string, string, string];
  /** "2010s": `%` stands for the first year of the decade; absent where the language has no short form. */
  decade?: string;
  /**
   * A month (its first instant, epoch ms) and year as said after a preposition, where the language
   * changes its form (Ukrainian and Russian: the genitive, "близько червня 2025 р."); null for the plain form.
   */
  monthInPhrase?: (ms: number, lang: string) => string | null;

  /** Summary: `{n}` events, `{from}`, `{to}`, `{tracks}` count. */
  events: Plural;
  summaryRange: string;
  summaryTracks: Plural;
  summaryOne: string;
  noEvents: string;
  eventList: string;
  loading: string;
  close: string;
  location: string;
  participants: string;
  source: string;
  sources: string;
  status: Record<EventStatus, string>;
  /** Notice: `{dropped}` of `{total}` events could not be shown. */
  dropped: Plural;
  /** Notice: `{n}` problems found, all events shown. */
  problems: Plural;
  legendTitle: string;
  legend: Record<LegendKey, string>;
  /** Story mode in the details card: previous and next event, and `{n}` of `{total}`. */
  previous: string;
  next: string;
  position: string;
  /** Long lists show a window of events, with buttons to move it. */
  earlier: string;
  later: string;
  /** The toggle between the drawing and the plain list of events. */
  listView: string;
  /** Said after zooming or panning: `{range}` is the stretch of time in view. */
  showing: string;
  /** Zoom buttons: the group's name, zoom in, zoom out, show everything. */
  zoom: readonly [group: string, zoomIn: string, zoomOut: string, all: string];
  /** "Could not load the timeline from {url}: {reason}." */
  loadFailed: string;
  loadNetwork: string;
  /** `{status}`: the HTTP status. */
  loadHttp: string;
  loadEmpty: string;
  loadJson: string;
  /**
   * An event's video, audio or page elsewhere: watch, listen or open it on `{site}`, and (with
   * media-embeds) play it here, which loads `{site}`.
   */
  media: readonly [watch: string, listen: string, open: string, playHere: string];
  /** In the summary: "Periods: {list}." `{list}` is each era's label and dates. */
  eras: string;
  /** An era in the event lists: "Period: {label}, {date}". */
  era: string;
  /** A file over the size limit; `{max}` in MB. */
  loadTooBig: string;
  loadInline: string;
  /** A timeline that updates itself (its words come with the module that does it, in English, when a pack has none). */
  live?: LiveWords;
}

/** The words of a timeline that updates while the reader is on the page (`refresh`, or data assigned again). */
export interface LiveWords {
  /** The marks on events that are new or changed since the reader last saw them. */
  added: string;
  changed: string;
  /** Said once per update, the parts joined by ", ": "2 new events, 1 updated, 1 removed". */
  addedCount: Plural;
  changedCount: Plural;
  removedCount: Plural;
  /** "Updated {time}": `{time}` is Intl's relative time ("5 minutes ago"). */
  updated: string;
  /** A failed check for a new version: `{time}` is when the next one is ("in 2 minutes"). */
  retrying: string;
  /** The selected event was removed: `{title}` of the event selected instead. */
  selectionMoved: string;
}

const en: Messages = {
  about: 'about %',
  possibly: 'possibly %',
  possiblyAbout: 'possibly about %',
  after: 'after %',
  before: 'before %',
  from: 'from %',
  until: 'until %',
  seasons: ['spring', 'summer', 'autumn', 'winter'],
  decade: '%s',
  events: { one: '{n} event', other: '{n} events' },
  summaryRange: '{events} from {from} to {to}',
  summaryTracks: { one: ' in {n} track', other: ' in {n} tracks' },
  summaryOne: '1 event, {date}',
  noEvents: 'No events',
  eventList: 'Events in date order',
  loading: 'Loading timeline…',
  close: 'Close',
  location: 'Location',
  participants: 'Participants',
  source: 'Source',
  sources: 'Sources',
  status: { occurred: '', scheduled: 'scheduled', possible: 'possible', cancelled: 'cancelled' },
  dropped: { other: '{dropped} of {total} events could not be shown.' },
  problems: {
    one: '1 problem was found in the data; all events are shown.',
    other: '{n} problems were found in the data; all events are shown.',
  },
  legendTitle: 'Key',
  zoom: ['Zoom', 'Zoom in', 'Zoom out', 'Show all'],
  earlier: 'Earlier events',
  later: 'Later events',
  previous: 'Previous',
  next: 'Next',
  position: '{n} of {total}',
  listView: 'List view',
  showing: 'Showing {range}',
  legend: {
    day: 'day',
    period: 'period',
    coarse: 'month, season or year',
    openEnd: 'open end',
    approximate: 'approximate',
    uncertain: 'uncertain',
    scheduled: 'scheduled',
    possible: 'possible',
    cancelled: 'cancelled',
  },
  media: ['Watch on {site}', 'Listen on {site}', 'Open {site}', 'Play here (loads {site})'],
  eras: 'Periods: {list}.',
  era: 'Period: {label}, {date}',
  loadFailed: 'Could not load the timeline from {url}: {reason}.',
  loadNetwork: 'the network request failed',
  loadHttp: 'the server answered {status}',
  loadEmpty: 'the file is empty',
  loadJson: 'the file is not valid JSON',
  loadTooBig: 'the file is larger than {max} MB, the most a timeline reads',
  loadInline: 'The inline timeline data (<script type="application/json">) is not valid JSON.',
};

/** The language packs that ship, by primary language subtag (each is a separate module). */
const PACKS: Readonly<Record<string, () => Promise<{ default: Messages }>>> = {
  uk: () => import('./lang/uk.js'),
  ru: () => import('./lang/ru.js'),
  tr: () => import('./lang/tr.js'),
  ar: () => import('./lang/ar.js'),
};

/** Languages whose component words (not only dates) are translated: English and the packs. */
export const TRANSLATED_LANGUAGES: readonly string[] = ['en', ...Object.keys(PACKS)];

/** Words registered so far, by primary language subtag. */
const catalogues = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();

/** The primary language subtag, lower-cased: "en-GB" → "en". */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

/** Words for a language (its primary subtag), falling back to English while none are registered. */
export function messagesFor(lang: string): Messages {
  return catalogues.get(baseLanguage(lang)) ?? en;
}

/** Whether words for `lang` are registered (English always is). */
export function hasMessages(lang: string): boolean {
  return catalogues.has(baseLanguage(lang));
}

/**
 * Register (or replace) the words for a language: `registerMessages('pl', { ...words })`.
 * Missing keys fall back to English. Returns a function that puts back what the language had
 * before (the catalogue is shared by the whole page).
 */
export function registerMessages(lang: string, words: Partial<Messages>): () => void {
  const base = baseLanguage(lang);
  const before = catalogues.get(base);
  catalogues.set(base, { ...en, ...words });
  return () => {
    if (before) catalogues.set(base, before);
    else catalogues.delete(base);
  };
}

/**
 * Make the words for `lang` available: resolves at once when they are registered, fetches the
 * shipped language pack when there is one, and otherwise resolves with English words.
 */
export function loadMessages(lang: string): Promise<Messages> {
  const base = baseLanguage(lang);
  const known = catalogues.get(base);
  if (known || !PACKS[base]) return Promise.resolve(known ?? en);
  let pending = loading.get(base);
  if (!pending) {
    pending = PACKS[base]().then(
      (pack) => {
        if (!catalogues.has(base)) registerMessages(base, pack.default);
        return messagesFor(base);
      },
      () => {
        registerMessages(base, {}); // the pack could not be fetched: English words from now on
        return en;
      },
    );
    loading.set(base, pending);
  }
  return pending;
}

const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Languages written right to left. */
export function isRightToLeft(lang: string): boolean {
  return RTL.has(baseLanguage(lang));
}

/** Fill `{name}` (and `%`) placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Plural rules and digit grouping per language, made once (null for a tag Intl refuses): making them is slow. */
const counters = new Map<string, { rules: Intl.PluralRules; digits: Intl.NumberFormat } | null>();
function countingIn(lang: string): { rules: Intl.PluralRules; digits: Intl.NumberFormat } | null {
  if (!counters.has(lang)) {
    try {
      counters.set(lang, { rules: new Intl.PluralRules(lang), digits: new Intl.NumberFormat(lang) });
    } catch {
      counters.set(lang, null); // an unknown language tag: 'other', digits as they are
    }
  }
  return counters.get(lang)!;
}

/** Pick the plural form for `n` in `lang` and fill it. */
export function plural(lang: string, forms: Plural, n: number, values: Record<string, string | number> = {}): string {
  const counting = countingIn(lang);
  const rule = counting ? counting.rules.select(n) : 'other';
  const say = (v: number) => (counting ? counting.digits.format(v) : String(v)); // "10,000 events", "10 000 подій"
  const all: Record<string, string> = { n: say(n) };
  for (const [key, v] of Object.entries(values)) all[key] = typeof v === 'number' ? say(v) : v;
  return fill(forms[rule] ?? forms.other, all);
}

/** Put a text where `%` stands in a phrase. */
export function phrase(template: string, text: string): string {
  return template.replace('%', text);
}
