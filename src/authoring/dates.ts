/** Dates as spreadsheets and people write them ("16/05/2025", "May 16, 2025"), read with date-fns for the page's language and offered in the timeline's form; a day and month that could be either way round are said, not guessed. */
// The core reads only EDTF and never guesses; this is the authoring page's help, shown to the person
// who wrote the date. Month names are read in English and, for a Ukrainian, Russian or Turkish page,
// in that language (date-fns's locales; only these are imported).
import { format, getDaysInMonth, isValid, parse } from 'date-fns';
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { ru } from 'date-fns/locale/ru';
import { tr } from 'date-fns/locale/tr';
import { uk } from 'date-fns/locale/uk';
import { parseDate } from '../core/edtf.js';
import { detectInput } from './input-kind.js';
import type { Problem, ProblemWords } from './problem.js';

/** A date to offer instead of what was written: one reading (one click), or two the writer must choose between. */
export type DateSuggestion =
  { kind: 'date'; edtf: string; label: string } | { kind: 'ambiguous'; options: [string, string]; label: string };

/** One way of reading a written date. */
interface Reading {
  date: Date;
  /** A month without a day ("May 2025"). */
  monthOnly: boolean;
  edtf: string;
}

const MONTH_NAMES: Record<string, Locale> = { ru, tr, uk };

/** Forms with the month's name (date-fns's MMMM also takes its short name, "Jun", in any case). */
const NAMED = ['d MMMM yyyy', 'do MMMM yyyy', 'd MMMM, yyyy', 'MMMM d, yyyy', 'MMMM do, yyyy', 'MMMM d yyyy', 'MMMM yyyy'];

/** The day-month order of dates written in numbers in this language (from Intl): en-US month first, en-GB, uk, ru, tr, ar day first. */
function dayFirst(lang: string): boolean {
  try {
    const order = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(2025, 4, 16))
      .map((part) => part.type);
    return order.indexOf('day') < order.indexOf('month');
  } catch {
    return true; // not a language tag: most of the world writes the day first
  }
}

/** Forms with numbers only, the language's own day-month order first. */
function numericForms(lang: string): string[] {
  const first = dayFirst(lang);
  return ['/', '.', '-'].flatMap((s) => {
    const dm = `d${s}M${s}yyyy`;
    const md = `M${s}d${s}yyyy`;
    return [first ? dm : md, first ? md : dm, `yyyy${s}M${s}d`, `M${s}yyyy`, `yyyy${s}M`];
  });
}

type Form = [pattern: string, locale: Locale];

/** The forms tried in each language, found once. */
const formsByLang = new Map<string, { numeric: Form[]; named: Form[] }>();

/** The forms to try for a text in this language, each with the locale that reads it: by numbers, or with a month's name. */
function forms(text: string, lang: string): Form[] {
  let known = formsByLang.get(lang);
  if (!known) {
    const names = MONTH_NAMES[lang.toLowerCase().split(/[-_]/)[0]];
    known = {
      numeric: numericForms(lang).map((p): Form => [p, enUS]),
      named: [...NAMED.map((p): Form => [p, enUS]), ...(names ? NAMED.map((p): Form => [p, names]) : [])],
    };
    formsByLang.set(lang, known);
  }
  if (/^[\d./-]+$/.test(text)) return known.numeric;
  return /\p{L}/u.test(text) ? known.named : [];
}

/** The text tidied for reading: spaces single, and a Ukrainian or Russian year mark ("2025 р.", "2025 г.") left off. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ ?(р\.|г\.|року|года)$/iu, '');
}

/**
 * Whether a reading is what was written: the year has all four digits (date-fns's yyyy would also
 * take "25" as the year 25), and no word is a letter or two that a month's first letter matched
 * ("J 16, 2025"), ordinal endings apart.
 */
function faithful(text: string, date: Date): boolean {
  const years = text.match(/(?<!\d)\d{4}(?!\d)/g);
  if (years?.length !== 1 || Number(years[0]) !== date.getFullYear()) return false;
  return (text.match(/\p{L}+/gu) ?? []).every((word) => word.length > 2 || /^(st|nd|rd|th)$/i.test(word));
}

function readAs(text: string, pattern: string, locale: Locale): Reading | null {
  const date = parse(text, pattern, new Date(2000, 0, 1), { locale });
  if (!isValid(date) || !faithful(text, date)) return null;
  const monthOnly = !/d/.test(pattern);
  return { date, monthOnly, edtf: format(date, monthOnly ? 'yyyy-MM' : 'yyyy-MM-dd') };
}

/** The distinct readings of a text, the language's preferred one first. */
function readings(text: string, lang: string): Reading[] {
  const found = new Map<string, Reading>();
  for (const [pattern, locale] of forms(text, lang)) {
    const reading = readAs(text, pattern, locale);
    if (reading && !found.has(reading.edtf)) found.set(reading.edtf, reading);
  }
  return [...found.values()];
}

/** Texts lately found to be EDTF or not: telling costs a thrown error, and a text may be in many rows. */
const edtfTexts = new Map<string, boolean>();

/** Whether a text is a date the core reads (EDTF). */
export function isEdtf(text: string): boolean {
  let known = edtfTexts.get(text);
  if (known === undefined) {
    try {
      parseDate(text);
      known = true;
    } catch {
      known = false;
    }
    if (edtfTexts.size > 1000) edtfTexts.clear();
    edtfTexts.set(text, known);
  }
  return known;
}

/** A reading in words, as the ambiguity is said: "5 June 2025". */
const inWords = (r: Reading) => format(r.date, r.monthOnly ? 'MMMM yyyy' : 'd MMMM yyyy');

/**
 * The EDTF form of a date written another way, for the page's language `lang`: one date ("Use
 * 2025-05-16"), or two when the day and month could be either way round ("05/06/2025"), said and
 * not guessed. A day and month that can be read only one way ("25/05/2025") is one date, whatever
 * the language's usual order. Null for text that is EDTF already, or that is not read as a date.
 * A two-digit year ("16/05/25") is null, not ambiguous: it could be any century, so there is nothing
 * to offer with one click (the problem's message asks for the year in full).
 */
export function suggestDate(text: string, lang: string): DateSuggestion | null {
  if (isEdtf(text)) return null;
  const value = tidy(text);
  if (!value) return null;
  const [first, second] = readings(value, lang);
  if (!first) return null;
  if (!second) return { kind: 'date', edtf: first.edtf, label: `Use ${first.edtf}` };
  return {
    kind: 'ambiguous',
    options: [first.edtf, second.edtf],
    label: `${value} could be ${inWords(first)} or ${inWords(second)}: write ${first.edtf} or ${second.edtf}`,
  };
}

/**
 * A day past its month's end ("31 June 2025", "2025-02-29"), read with the day set to the 1st:
 * the month, and how many days it has. Null when the text is no such date.
 */
function dayPastMonthEnd(text: string, lang: string): { month: Date; days: number } | null {
  const numbers = [...text.matchAll(/\d+/g)];
  for (const [pattern, locale] of forms(text, lang)) {
    const dayAt = (pattern.match(/do|d|M+|yyyy/g) ?? []).filter((t) => t !== 'MMMM').findIndex((t) => t.startsWith('d'));
    const day = numbers[dayAt];
    if (dayAt < 0 || !day || Number(day[0]) > 31) continue;
    const first = readAs(`${text.slice(0, day.index)}1${text.slice(day.index + day[0].length)}`, pattern, locale);
    if (first && Number(day[0]) > getDaysInMonth(first.date)) return { month: first.date, days: getDaysInMonth(first.date) };
  }
  return null;
}

/** What was said about each date text lately: a text repeated in many rows is read once. */
const said = new Map<string, ProblemWords>();

/**
 * What to say about a date the core could not read, `reason` being the core's word on it: the EDTF
 * form to write instead (and the suggestion to offer), the two readings of an ambiguous one, the
 * month's length for a day past its end, or else the core's reason and the forms the timeline reads.
 */
export function describeBadDate(text: string, reason: string, lang: string): ProblemWords {
  const key = `${lang}\n${reason}\n${text}`;
  let bad = said.get(key);
  if (!bad) {
    if (said.size > 1000) said.clear();
    said.set(key, (bad = describe(text, reason, lang)));
  }
  return bad;
}

/** What an EDTF date gives: a day, or a month. */
const formName = (edtf: string) => (edtf.length > 7 ? 'year-month-day' : 'year-month');

function describe(text: string, reason: string, lang: string): ProblemWords {
  const quoted = `'${text}'`;
  const suggestion = suggestDate(text, lang);
  if (suggestion?.kind === 'date')
    return { message: `${quoted} is not a date the timeline reads. Write ${suggestion.edtf} (${formName(suggestion.edtf)}).`, suggestion };
  if (suggestion) {
    const [one, other] = readings(tidy(text), lang);
    return {
      message: `${quoted} is not a date the timeline reads, and its day and month could be either way round: ${inWords(one)} or ${inWords(other)}. Write ${one.edtf} or ${other.edtf}.`,
      suggestion,
    };
  }
  const past = dayPastMonthEnd(tidy(text), lang);
  if (past) {
    const month = format(past.month, 'yyyy-MM');
    return {
      message: `${quoted} is not a date: ${format(past.month, 'MMMM yyyy')} has ${past.days} days. Write ${month}-${past.days}, or ${month} for the month.`,
    };
  }
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2}$/.test(tidy(text)))
    return {
      message: `${quoted} is not a date the timeline reads, and its year has two digits. Write the year in full, as year-month-day (2025-05-16).`,
    };
  // Text that looks nothing like EDTF is told the forms; an EDTF-like one the core's reason is enough for.
  const hint = /^[\dXY?~%./:TZ+-]*$/.test(text) ? '' : ' Write year-month-day (2025-05-16), year-month (2025-05) or a year (2025).';
  return { message: `${quoted} is not a date: ${reason}.${hint}` };
}

/**
 * The text with a problem's cell (spreadsheets) or value (JSON) replaced by `replacement`: in JSON a
 * string (quoted and escaped), in a spreadsheet a cell, quoted when it was or when it must be (it has
 * the delimiter, a quote or a line break). The text unchanged when the problem's place is not in it.
 */
export function applySuggestion(text: string, problem: Problem, replacement: string): string {
  const { offset, length } = problem;
  if (offset < 0 || offset + length > text.length) return text;
  const kind = detectInput(text);
  let cell = replacement;
  if (kind === 'json' || kind === 'timelinejs') cell = JSON.stringify(replacement);
  else if (text[offset] === '"' || /["\r\n]/.test(replacement) || replacement.includes(kind === 'tsv' ? '\t' : ','))
    cell = `"${replacement.replace(/"/g, '""')}"`;
  return text.slice(0, offset) + cell + text.slice(offset + length);
}
