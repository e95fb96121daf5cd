/** Saying dates and gaps: localized, precision-aware labels in UTC, the HTML `datetime` form, calendar gaps in words. */
// Calendar dates are days, not instants: they are said in UTC, so 16 May reads 16 May in every zone.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths, differenceInCalendarDays, differenceInCalendarMonths, startOfDay } from 'date-fns';
import type { DatePoint, DateSpan } from './edtf.js';
import { civilFromMs, DATE_LIMIT_MS, DRAWABLE_YEARS, MS_PER_DAY, utcDayStart } from './calendar.js';
import { messagesFor, phrase, plural } from './messages.js';

/** A piece of a date label: plain words, or a date with its HTML `datetime`. */
export type LabelPart = { text: string; datetime?: undefined } | { text: string; datetime: string };

/**
 * The Intl options used, as constants: formatters are cached per options object and language, so other
 * modules use these (a second `{ year: 'numeric' }` would make a second formatter: milliseconds on a first frame).
 */
export const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: 'numeric', minute: '2-digit' };
const BY_PRECISION = { year: YEAR, season: YEAR, month: MONTH, day: DAY, time: TIME } as const;
const WITH_ERA = new Map(Object.values(BY_PRECISION).map((o) => [o, { ...o, era: 'short' } as Intl.DateTimeFormatOptions]));
/** A year with its era ("3500 BC"). */
export const YEAR_WITH_ERA = WITH_ERA.get(YEAR)!;

const formatters = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
/** A UTC formatter for the language, cached per options object (pass constants): making one is slow. */
export function dtf(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLang = formatters.get(options);
  if (!byLang) formatters.set(options, (byLang = new Map()));
  let f = byLang.get(lang);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    byLang.set(lang, f);
  }
  return f;
}

const GROUPED: Intl.NumberFormatOptions = { useGrouping: true };
const UNGROUPED: Intl.NumberFormatOptions = { useGrouping: false };
type GapUnit = 'year' | 'month' | 'day';
const unitOptions = (unit: GapUnit, compact: boolean): Intl.NumberFormatOptions => ({
  style: 'unit',
  unit,
  unitDisplay: 'long',
  ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
});
const UNITS = { year: unitOptions('year', false), month: unitOptions('month', false), day: unitOptions('day', false) };
const COMPACT_UNITS = { year: unitOptions('year', true), month: unitOptions('month', true), day: unitOptions('day', true) };

const numberFormats = new Map<Intl.NumberFormatOptions, Map<string, Intl.NumberFormat>>();
/** A number formatter for the language, cached per options object (pass constants); throws for a language tag Intl refuses. */
export function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let byLang = numberFormats.get(options);
  if (!byLang) numberFormats.set(options, (byLang = new Map()));
  let f = byLang.get(lang);
  if (!f) byLang.set(lang, (f = new Intl.NumberFormat(lang, options)));
  return f;
}

/**
 * Steps that make the formatters a first frame uses for `lang`, to run while the data is on its way,
 * each in a task of its own: the first Intl formatter a page makes loads the locale data (tens of ms
 * on a phone); then the other date precisions and the counts.
 */
export function formatterWarmers(lang: string): (() => void)[] {
  return [
    () => dtf(lang, DAY).format(0),
    () => {
      dtf(lang, MONTH).format(0);
      dtf(lang, YEAR).format(0);
      plural(lang, { other: '' }, 1);
    },
  ];
}

/** Intl options that say a point at its own precision (eras only for years before 1). */
function optionsFor(p: DatePoint): Intl.DateTimeFormatOptions {
  const options = BY_PRECISION[p.precision];
  return p.year < 1 ? WITH_ERA.get(options)! : options;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** A Date for Intl only: built from epoch ms, never parsed from text. */
function asDate(ms: number): Date {
  return new Date(ms);
}

/**
 * A year as a number, with the era before year 1 ("3500 BC", "13,800,000,000 BC"): for years past
 * what Intl's dates reach, and for axis ticks in deep time. Digits are grouped from a million.
 */
export function yearWords(year: number, lang: string): string {
  const n = year > 0 ? year : 1 - year;
  const number = numberFormat(lang, n >= 1e6 ? GROUPED : UNGROUPED).format(n);
  if (year > 0) return number;
  const era =
    dtf(lang, YEAR_WITH_ERA)
      .formatToParts(asDate(utcDayStart(-1, 1, 1)))
      .find((part) => part.type === 'era')?.value ?? 'BC';
  return `${number} ${era}`;
}

/** The point in words at its precision, with no qualifier. */
function plainPoint(p: DatePoint, lang: string): string {
  const words = messagesFor(lang);
  if (Math.abs(p.year) > DRAWABLE_YEARS) return yearWords(p.year, lang);
  if (p.unspecifiedYearDigits === 1 && words.decade && p.year > 0) return phrase(words.decade, String(p.year));
  if (p.unspecifiedYearDigits > 0) {
    const last = p.year + 10 ** p.unspecifiedYearDigits - 1;
    return `${p.year}–${last}`;
  }
  if (p.precision === 'season' && p.season) {
    const year = dtf(lang, optionsFor(p)).format(asDate(p.min));
    return `${words.seasons[p.season - 21]} ${year}`;
  }
  if (p.precision === 'time') {
    // Show the wall-clock time the data gave, with its offset when it has one.
    const wall = p.min + (p.offsetMinutes ?? 0) * 60_000;
    const text = dtf(lang, optionsFor(p)).format(asDate(wall));
    return p.offsetMinutes === undefined ? text : `${text} ${offsetText(p.offsetMinutes)}`;
  }
  if (p.unspecifiedMonth) return dtf(lang, YEAR).format(asDate(p.min));
  if (p.unspecifiedDay) return dtf(lang, MONTH).format(asDate(p.min));
  return dtf(lang, optionsFor(p)).format(asDate(p.min));
}

/** A point in words with its qualifier; `governed` when a phrase like "after %" will wrap it. */
function sayPoint(p: DatePoint, lang: string, governed = false): string {
  const w = messagesFor(lang);
  // A month governed by a preposition ("about June", "after May") may change its form (language packs).
  const inPhrase = (governed || p.approximate) && p.precision === 'month' && !p.unspecifiedDay && p.year > 0;
  const text = (inPhrase && w.monthInPhrase?.(p.min, lang)) || plainPoint(p, lang);
  if (p.approximate && p.uncertain) return phrase(w.possiblyAbout, text);
  if (p.approximate) return phrase(w.about, text);
  if (p.uncertain) return phrase(w.possibly, text);
  return text;
}

/** The HTML-valid `datetime` of a point, qualifiers stripped; '' when HTML has no form for it. */
export function htmlDatetime(p: DatePoint): string {
  if (p.year < 1 || (p.year > 9999 && p.precision !== 'year')) return '';
  const y = String(p.year).padStart(4, '0');
  const mm = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
  if (p.precision === 'year' || p.precision === 'season' || p.unspecifiedMonth) return y;
  if (p.precision === 'month' || p.unspecifiedDay) return `${y}-${mm(p.month)}`;
  const date = `${y}-${mm(p.month)}-${mm(p.day)}`;
  if (p.precision === 'day') return date;
  const ms = p.millisecond ? `.${String(p.millisecond).padStart(3, '0')}` : '';
  const time = `${mm(p.hour)}:${mm(p.minute)}:${mm(p.second)}${ms}`;
  if (p.offsetMinutes === undefined) return `${date}T${time}`;
  if (p.offsetMinutes === 0) return `${date}T${time}Z`;
  const abs = Math.abs(p.offsetMinutes);
  return `${date}T${time}${p.offsetMinutes < 0 ? '-' : '+'}${mm(Math.floor(abs / 60))}:${mm(abs % 60)}`;
}

function timePart(p: DatePoint, text: string): LabelPart {
  const datetime = htmlDatetime(p);
  return datetime ? { text, datetime } : { text };
}

/**
 * The label of a date as parts: words, and dates that carry their HTML
 * `datetime`. A closed interval gives two dated parts.
 */
export function dateLabelParts(span: DateSpan, lang = 'en'): LabelPart[] {
  const w = messagesFor(lang);
  const { start, end } = span;
  if (!span.interval && start) return [timePart(start, sayPoint(start, lang))];
  if (start && end) {
    const plainRange =
      !start.approximate &&
      !start.uncertain &&
      !end.approximate &&
      !end.uncertain &&
      start.precision === end.precision &&
      (start.precision === 'day' || start.precision === 'month') &&
      !start.unspecifiedDay &&
      !end.unspecifiedDay &&
      start.year > 0;
    if (plainRange) {
      const f = dtf(lang, optionsFor(start));
      const pieces = f.formatRangeToParts(asDate(start.min), asDate(end.min));
      const firstEnd = pieces.findIndex((x) => x.source === 'endRange');
      const lastStart = pieces.map((x) => x.source).lastIndexOf('startRange');
      if (firstEnd > lastStart && lastStart >= 0) {
        const join = (xs: typeof pieces) => xs.map((x) => x.value).join('');
        return [
          timePart(start, join(pieces.slice(0, lastStart + 1))),
          { text: join(pieces.slice(lastStart + 1, firstEnd)) },
          timePart(end, join(pieces.slice(firstEnd))),
        ];
      }
    }
    return [timePart(start, sayPoint(start, lang)), { text: ' – ' }, timePart(end, sayPoint(end, lang))];
  }
  if (start) {
    const text = sayPoint(start, lang, true);
    const words = phrase(span.openEnd ? w.after : w.from, '\u0000');
    return splitAround(words, timePart(start, text));
  }
  if (end) {
    const text = sayPoint(end, lang, true);
    const words = phrase(span.openStart ? w.before : w.until, '\u0000');
    return splitAround(words, timePart(end, text));
  }
  return [{ text: '…' }];
}

/** Put a dated part where the placeholder stands in a translated phrase. */
function splitAround(phrase: string, dated: LabelPart): LabelPart[] {
  const [before, after] = phrase.split('\u0000');
  return [...(before ? [{ text: before }] : []), dated, ...(after ? [{ text: after }] : [])];
}

/** A stretch of time between two instants (epoch ms) in days, as the reader says it: "10 May – 10 June 2025". */
export function formatDayRange(from: number, to: number, lang = 'en'): string {
  // Past what a Date holds, the years: "13,800,000,000 BC – 4,600,000,000 BC".
  if (Math.max(Math.abs(from), Math.abs(to)) >= DATE_LIMIT_MS)
    return `${yearWords(civilFromMs(from).year, lang)} – ${yearWords(civilFromMs(to).year, lang)}`;
  return dtf(lang, DAY).formatRange(asDate(from), asDate(to));
}

/** The whole label of a date as one string, e.g. "16 May 2025", "about June 2025", "after 22 June 2025". */
export function formatDate(span: DateSpan, lang = 'en'): string {
  return dateLabelParts(span, lang)
    .map((p) => p.text)
    .join('');
}

/** One end of a date in words, with its qualifier: "about June 2025". */
export function formatPoint(p: DatePoint, lang = 'en'): string {
  return sayPoint(p, lang);
}

/** A length of time in the unit a reader would say it in. */
export interface CalendarGap {
  value: number;
  unit: GapUnit;
}

/**
 * date-fns works in UTC here: a calendar date is a day, whatever the reader's time zone. The context is
 * @date-fns/utc's UTCDateMini: its UTCDate without the toString formatting, whose module makes three
 * Intl formatters as the page loads, before the first frame needs any.
 */
export const inUtc = (value: Date | number | string): Date => new UTCDateMini(+new Date(value));
const IN_UTC = { in: inUtc };

/**
 * The time from `from` to `to` (epoch ms) as a reader says it, counted on the calendar from the day
 * of one to the day of the other: whole months are added to the first day (clamped at month ends:
 * 31 January + 1 month is 28 or 29 February), and 15 days or more left over round up to a month.
 * Under 2 months (rounded) it is the exact number of days (at least 1); from 18 months, years
 * (rounded, 6 months or more up); months in between. Past what a `Date` holds (deep time), years
 * from our own average-year arithmetic.
 */
export function calendarGap(from: number, to: number): CalendarGap {
  const [a, b] = from <= to ? [from, to] : [to, from];
  if (Math.max(Math.abs(a), Math.abs(b)) >= DATE_LIMIT_MS) {
    return { value: Math.max(1, Math.round((b - a) / (365.2425 * MS_PER_DAY))), unit: 'year' };
  }
  const start = startOfDay(a, IN_UTC);
  const end = startOfDay(b, IN_UTC);
  let months = differenceInCalendarMonths(end, start, IN_UTC);
  if (addMonths(start, months, IN_UTC) > end) months--;
  const rest = differenceInCalendarDays(end, addMonths(start, months, IN_UTC), IN_UTC);
  const rounded = months + (rest >= 15 ? 1 : 0);
  if (rounded >= 18) return { value: Math.round(rounded / 12), unit: 'year' };
  if (rounded >= 2) return { value: rounded, unit: 'month' };
  return { value: Math.max(1, differenceInCalendarDays(end, start, IN_UTC)), unit: 'day' };
}

/** "3 years", "11 months", "17 days", "9.2 billion years" in the page's language: the gap from `from` to `to`. */
export function durationWords(from: number, to: number, lang = 'en'): string {
  const { value, unit } = calendarGap(from, to);
  try {
    // From a million years, two digits are all anyone means: "9.2 billion years".
    return numberFormat(lang, value >= 1e6 ? COMPACT_UNITS[unit] : UNITS[unit]).format(value);
  } catch {
    return `${value} ${unit}${value === 1 ? '' : 's'}`;
  }
}
