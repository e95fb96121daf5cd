/** The vertical layout for narrow screens: rows of year headings, events and breaks in date order. */
// Cards flow (their text wraps), so this is a sequence of rows rather than coordinates, with the same
// stretches of time as the horizontal axis.
import { addYears, differenceInCalendarDays } from 'date-fns';
import { civilFromMs, DATE_LIMIT_MS, DRAWABLE_YEARS, MS_PER_DAY } from './calendar.js';
import { dtf, durationWords, inUtc, YEAR, YEAR_WITH_ERA, yearWords } from './format.js';
import { encodingOf } from './encoding.js';
import type { MarkEncoding } from './encoding.js';
import { stretchIndex, timeStretches } from './stretches.js';
import type { TimelineModel } from './model.js';

/** Spacing before a card: 0 (same day) … 4 (a year or more since the previous event). */
export type Gap = 0 | 1 | 2 | 3 | 4;

export type VerticalRow =
  | { kind: 'year'; year: number; label: string }
  | { kind: 'break'; from: number; to: number; label: string }
  /** An era, where it starts (index into the model's eras). */
  | { kind: 'era'; era: number }
  | ({ kind: 'event'; id: string; item: number; track: number; gap: Gap } & MarkEncoding);

export interface VerticalLayout {
  orientation: 'vertical';
  rows: VerticalRow[];
}

export interface VerticalOptions {
  lang?: string;
  breaks?: 'auto' | 'none';
}

/** The spacing for the calendar time from one event's start to the next one's (in UTC, days are days). */
function gapBetween(from: number, to: number): Gap {
  // Deep time, past what a Date holds: days from our own arithmetic (such gaps are years anyway).
  const deep = Math.max(Math.abs(from), Math.abs(to)) >= DATE_LIMIT_MS;
  const days = deep ? Math.floor(to / MS_PER_DAY) - Math.floor(from / MS_PER_DAY) : differenceInCalendarDays(to, from, { in: inUtc });
  if (days < 1) return 0;
  if (days <= 7) return 1;
  if (days <= 45) return 2;
  if (!deep && addYears(from, 1, { in: inUtc }).getTime() > to) return 3;
  return deep && days < 365 ? 3 : 4;
}

function yearLabel(year: number, lang: string): string {
  if (Math.abs(year) > DRAWABLE_YEARS) return yearWords(year, lang);
  const date = new Date(0);
  date.setUTCFullYear(year, 6, 1);
  return dtf(lang, year < 1 ? YEAR_WITH_ERA : YEAR).format(date);
}

/** Rows for the vertical layout, in date order. Pure. */
export function layoutVertical(model: TimelineModel, options: VerticalOptions = {}): VerticalLayout {
  const lang = options.lang ?? 'en';
  const { stretches, extents } = timeStretches(model.items, options.breaks ?? 'auto');
  const breakStarts = stretches.slice(0, -1).map(([, end]) => end);
  const rows: VerticalRow[] = [];
  let lastStretch = -1;
  let lastYear: number | null = null;
  let lastStart: number | null = null;
  let era = 0;
  const erasUntil = (t: number) => {
    for (; era < model.eras.length && model.eras[era].from <= t; era++) rows.push({ kind: 'era', era });
  };
  model.items.forEach((it, i) => {
    const start = extents[i][0];
    const stretch = stretchIndex(breakStarts, start);
    let gap = lastStart === null ? 0 : gapBetween(lastStart, start);
    if (lastStretch >= 0 && stretch > lastStretch) {
      const from = stretches[stretch - 1][1];
      const to = stretches[stretch][0];
      rows.push({ kind: 'break', from, to, label: durationWords(from, to, lang) });
      gap = 0;
    }
    const { year } = civilFromMs(start);
    if (year !== lastYear) {
      rows.push({ kind: 'year', year, label: yearLabel(year, lang) });
      gap = 0;
    }
    const before = rows.length;
    erasUntil(start);
    if (rows.length > before) gap = 0;
    rows.push({ kind: 'event', id: it.event.id, item: i, track: it.track, gap, ...encodingOf(it) });
    lastStretch = Math.max(lastStretch, stretch);
    lastYear = year;
    lastStart = start;
  });
  erasUntil(Infinity); // eras after the last event
  return { orientation: 'vertical', rows };
}
