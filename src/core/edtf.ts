/** EDTF (ISO 8601-2) level 0–1 dates: parsing into spans in UTC, in integer arithmetic. */
// No `Date` parses a string here, so calendar dates never shift with the host time zone.
import { daysInMonth, MS_PER_DAY, utcDayStart } from './calendar.js';

export type DatePrecision = 'year' | 'season' | 'month' | 'day' | 'time';

/** Season codes of EDTF level 1, mapped to meteorological (northern) seasons. */
export const SEASON_MONTHS: Readonly<Record<21 | 22 | 23 | 24, readonly [first: number, count: number]>> = {
  21: [3, 3], // spring: March–May
  22: [6, 3], // summer: June–August
  23: [9, 3], // autumn: September–November
  24: [12, 3], // winter: December–February of the next year
};

/** One calendar date (or date-time) with its precision and certainty. */
export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
  /** 21–24 when the date is a season. */
  season?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  /** Minutes east of UTC when the text gave `Z` or an offset; absent for floating local time. */
  offsetMinutes?: number;
  precision: DatePrecision;
  /** Number of trailing unspecified (`X`) digits in the year: 1 for `201X`, 2 for `20XX`. */
  unspecifiedYearDigits: number;
  /** `1985-XX-XX`: the month is unspecified. */
  unspecifiedMonth: boolean;
  /** `1985-04-XX`: the day is unspecified. */
  unspecifiedDay: boolean;
  approximate: boolean;
  uncertain: boolean;
  /** UTC epoch ms of the first millisecond covered. */
  min: number;
  /** UTC epoch ms of the last millisecond covered. */
  max: number;
}

/**
 * What an EDTF string means. `min`/`max` follow the `edtf` package: epoch ms,
 * `max` the last millisecond covered, `-Infinity`/`Infinity` for open ends
 * (`..`), `null` for unknown ends (empty).
 */
export interface DateSpan {
  text: string;
  interval: boolean;
  /** The start date; `null` when the start is open or unknown. */
  start: DatePoint | null;
  /** The end date (same object as `start` for a single date); `null` when open or unknown. */
  end: DatePoint | null;
  openStart: boolean;
  openEnd: boolean;
  unknownStart: boolean;
  unknownEnd: boolean;
  min: number | null;
  max: number | null;
  /** The finest precision among the known ends. */
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

function fail(text: string, why: string): never {
  throw new RangeError(`Invalid date "${text}": ${why}`);
}

const YEAR_LONG = /^Y(-?)([1-9]\d{4,})$/;
const DATE_RE = /^(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/;
const TIME_RE = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function point(text: string, part: string, allowTime: boolean, inInterval: boolean): DatePoint {
  let body = part;
  let approximate = false;
  let uncertain = false;
  const q = body.at(-1);
  if (q === '?' || q === '~' || q === '%') {
    body = body.slice(0, -1);
    if (/[?~%]$/.test(body)) fail(text, 'use a single qualifier; "%" means both uncertain and approximate');
    uncertain = q === '?' || q === '%';
    approximate = q === '~' || q === '%';
  }
  const qualified = approximate || uncertain;
  if (/[?~%]/.test(body)) fail(text, 'qualifiers on single parts of a date are EDTF level 2, not supported');

  // Y-prefixed years are rare: the pattern is tried only after a Y (then false is no Y, null a bad one).
  const long = /^Y/i.test(body) && YEAR_LONG.exec(body);
  if (long) {
    if (qualified) fail(text, 'a Y-prefixed year cannot be qualified');
    const year = Number(long[1] + long[2]);
    return {
      year,
      precision: 'year',
      unspecifiedYearDigits: 0,
      unspecifiedMonth: false,
      unspecifiedDay: false,
      approximate,
      uncertain,
      min: utcDayStart(year, 1, 1),
      max: utcDayStart(year + 1, 1, 1) - 1,
    };
  }
  if (long === null) fail(text, 'the Y prefix is for years of more than four digits, written "Y" then the digits');

  const [datePart, timePart, ...more] = body.split('T');
  if (more.length) fail(text, 'more than one "T"');
  const m = DATE_RE.exec(datePart);
  if (!m) {
    if (/^-?\d{5,}/.test(datePart)) fail(text, 'years of more than four digits need the Y prefix');
    if (/\s/.test(part)) fail(text, 'spaces are not allowed');
    if (/^-?\d{8}/.test(datePart)) fail(text, 'write dates with hyphens, as YYYY-MM-DD');
    fail(text, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
  }
  const negative = m[1] === '-';
  const yearText = m[2];
  const monthText = m[3];
  const dayText = m[4];
  const unspecifiedYearDigits = (4 - yearText.indexOf('X')) % 5; // Xs end a year: 1 in 201X, 2 in 20XX, else 5 % 5
  const unspecifiedMonth = monthText === 'XX';
  const unspecifiedDay = dayText === 'XX';
  const unspecified = unspecifiedYearDigits > 0 || unspecifiedMonth || unspecifiedDay;
  if (unspecified && negative) fail(text, 'unspecified digits in a negative year are not supported');
  if (unspecified && qualified) fail(text, 'a date with unspecified digits (X) cannot also be qualified');
  if (unspecified && inInterval) fail(text, 'unspecified digits (X) inside an interval are EDTF level 2, not supported');
  if (unspecifiedYearDigits && monthText) fail(text, 'a year with unspecified digits cannot have a month at level 1');
  if (unspecifiedMonth && dayText && !unspecifiedDay) fail(text, 'a known day in an unspecified month is EDTF level 2');
  const year = Number((negative ? '-' : '') + yearText.replace(/X/g, '0'));
  // ISO 8601 has one year zero; "-0000" would be a second spelling of it.
  if (negative && year === 0) fail(text, 'year zero has no sign: write "0000", not "-0000"');

  if (timePart !== undefined) {
    if (!allowTime) fail(text, 'intervals cannot include a time of day at EDTF level 0–1');
    if (qualified) fail(text, 'a date-time cannot be qualified');
    if (!dayText || unspecified) fail(text, 'a time needs a full date (YYYY-MM-DDThh:mm:ss)');
  }

  if (!monthText) {
    const span = 10 ** unspecifiedYearDigits;
    return {
      year,
      precision: 'year',
      unspecifiedYearDigits,
      unspecifiedMonth,
      unspecifiedDay,
      approximate,
      uncertain,
      min: utcDayStart(year, 1, 1),
      max: utcDayStart(year + span, 1, 1) - 1,
    };
  }
  if (unspecifiedMonth) {
    return {
      year,
      precision: dayText ? 'day' : 'month',
      unspecifiedYearDigits,
      unspecifiedMonth,
      unspecifiedDay,
      approximate,
      uncertain,
      min: utcDayStart(year, 1, 1),
      max: utcDayStart(year + 1, 1, 1) - 1,
    };
  }
  const month = Number(monthText);
  if (month >= 21 && month <= 24) {
    if (dayText) fail(text, 'a season cannot have a day');
    if (qualified) fail(text, 'a qualified season is EDTF level 2, not supported');
    if (inInterval) fail(text, 'intervals of seasons are not part of EDTF level 1');
    const [first, count] = SEASON_MONTHS[month as 21 | 22 | 23 | 24];
    const endMonth = first + count; // may run into the next year
    return {
      year,
      season: month,
      precision: 'season',
      unspecifiedYearDigits,
      unspecifiedMonth,
      unspecifiedDay,
      approximate,
      uncertain,
      min: utcDayStart(year, first, 1),
      max: utcDayStart(year + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1, 1) - 1,
    };
  }
  if (month < 1 || month > 12) fail(text, `month must be 01–12 (or a season 21–24), not ${monthText}`);
  if (!dayText) {
    return {
      year,
      month,
      precision: 'month',
      unspecifiedYearDigits,
      unspecifiedMonth,
      unspecifiedDay,
      approximate,
      uncertain,
      min: utcDayStart(year, month, 1),
      max: utcDayStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1,
    };
  }
  if (unspecifiedDay) {
    return {
      year,
      month,
      precision: 'day',
      unspecifiedYearDigits,
      unspecifiedMonth,
      unspecifiedDay,
      approximate,
      uncertain,
      min: utcDayStart(year, month, 1),
      max: utcDayStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1,
    };
  }
  const day = Number(dayText);
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    fail(
      text,
      day < 1 ? 'day must be 01 or more' : `day ${dayText} does not exist in ${yearText}-${monthText} (it has ${monthLength} days)`,
    );
  }
  const dayStart = utcDayStart(year, month, day);
  if (timePart === undefined) {
    return {
      year,
      month,
      day,
      precision: 'day',
      unspecifiedYearDigits,
      unspecifiedMonth,
      unspecifiedDay,
      approximate,
      uncertain,
      min: dayStart,
      max: dayStart + MS_PER_DAY - 1,
    };
  }
  const t = TIME_RE.exec(timePart);
  if (!t) fail(text, 'expected a time as hh:mm:ss, optionally with fractional seconds and Z or ±hh:mm');
  const hour = Number(t[1]);
  const minute = Number(t[2]);
  const second = Number(t[3]);
  // Digits, not float arithmetic: ".4" is exactly 400 ms; digits past the millisecond are cut off.
  const millisecond = t[4] ? Number(t[4].slice(0, 3).padEnd(3, '0')) : 0;
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute || second || millisecond))) {
    fail(text, 'the time must be between 00:00:00 and 24:00:00');
  }
  let offsetMinutes: number | undefined;
  if (t[5] === 'Z') offsetMinutes = 0;
  else if (t[5]) {
    const sign = t[5][0] === '-' ? -1 : 1;
    const digits = t[5].slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || '0');
    if (om > 59) fail(text, `the offset minutes must be 00–59, not ${digits.slice(2)}`);
    offsetMinutes = sign * (oh * 60 + om);
    // ISO 8601 writes a zero offset "Z" or "+00:00"; "-00:00" is RFC 3339's "local time unknown".
    if (offsetMinutes === 0 && sign < 0) fail(text, 'a zero offset is written "Z" or "+00:00", not with a minus sign');
    // The offsets in use on Earth run from −12:00 (Baker Island) to +14:00 (Line Islands).
    if (offsetMinutes < -12 * 60 || offsetMinutes > 14 * 60) {
      fail(text, `the time zone offset ${t[5]} is outside the range −12:00 to +14:00`);
    }
  }
  const instant = dayStart + ((hour * 60 + minute - (offsetMinutes ?? 0)) * 60 + second) * 1000 + millisecond;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    offsetMinutes,
    precision: 'time',
    unspecifiedYearDigits,
    unspecifiedMonth,
    unspecifiedDay,
    approximate,
    uncertain,
    min: instant,
    max: instant,
  };
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, season: 1, month: 2, day: 3, time: 4 };

/**
 * Parse an EDTF level 0–1 string. Throws a `RangeError` quoting the input and
 * saying what is wrong for anything else (level 2, impossible dates, reversed
 * intervals, malformed text).
 */
export function parseDate(text: string): DateSpan {
  return parse(text);
}

/**
 * A `parseDate` that reads each text once: news data repeats its dates. Make one per job (a
 * validation, a model), so what it keeps goes with the job. A DateSpan it returns may be shared:
 * treat it as immutable.
 */
export function dateReader(): (text: string) => DateSpan {
  const read = new Map<string, DateSpan>();
  return (text) => {
    let span = read.get(text);
    if (!span) read.set(text, (span = parse(text)));
    return span;
  };
}

function parse(text: string): DateSpan {
  if (typeof text !== 'string') throw new RangeError(`Invalid date ${JSON.stringify(text)}: expected a string`);
  if (text === '') fail(text, 'the date is empty');
  if (text.trim() !== text) fail(text, 'remove the spaces around the date');
  if (/[[\]{}]/.test(text)) fail(text, 'sets and lists ([…], {…}) are EDTF level 2, not supported');
  const parts = text.split('/');
  if (parts.length > 2) fail(text, 'an interval has exactly one "/"');
  if (parts.length === 1) {
    if (text === '..') fail(text, '".." is only allowed as one end of an interval');
    const p = point(text, text, true, false);
    return {
      text,
      interval: false,
      start: p,
      end: p,
      openStart: false,
      openEnd: false,
      unknownStart: false,
      unknownEnd: false,
      min: p.min,
      max: p.max,
      precision: p.precision,
      approximate: p.approximate,
      uncertain: p.uncertain,
    };
  }
  const [a, b] = parts;
  if (a === '' && b === '') fail(text, 'an interval needs at least one known or open end');
  if ((a === '' && b === '..') || (a === '..' && b === ''))
    fail(text, 'an interval cannot mix an open end with an unknown one and no date');
  const start = a === '' || a === '..' ? null : point(text, a, false, true);
  const end = b === '' || b === '..' ? null : point(text, b, false, true);
  if (start && end && end.max < start.min) fail(text, 'the interval ends before it starts');
  const known = [start, end].filter((p): p is DatePoint => p !== null);
  const precision = known.length
    ? known.reduce((best, p) => (PRECISION_RANK[p.precision] > PRECISION_RANK[best] ? p.precision : best), known[0].precision)
    : 'year';
  return {
    text,
    interval: true,
    start,
    end,
    openStart: a === '..',
    openEnd: b === '..',
    unknownStart: a === '',
    unknownEnd: b === '',
    min: start ? start.min : a === '..' ? -Infinity : null,
    max: end ? end.max : b === '..' ? Infinity : null,
    precision,
    approximate: known.some((p) => p.approximate),
    uncertain: known.some((p) => p.uncertain),
  };
}

/**
 * A finite [from, to] time extent for drawing: unknown or open ends fall
 * back to the known end, so every parsed date has a place on the axis.
 */
export function spanExtent(span: DateSpan): [number, number] {
  const from = span.start?.min ?? span.end?.min ?? 0;
  const to = span.end?.max ?? span.start?.max ?? from;
  return [from, to];
}
