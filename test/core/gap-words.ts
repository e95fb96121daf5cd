/**
 * The gap words ("3 years", "11 months", "17 days") checked against an independent count of calendar
 * months and days in plain integer arithmetic (no date library): shared by the UTC run and the runs
 * pinned to far-off time zones, where a local-time slip would show.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calendarGap, durationWords } from '../../src/core/format.js';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
/** Days since 1970-01-01 of a civil date, counted year by year and month by month. */
function dayNumber(y: number, m: number, d: number): number {
  let days = 0;
  for (let year = 1970; year < y; year++) days += isLeap(year) ? 366 : 365;
  for (let year = y; year < 1970; year++) days -= isLeap(year) ? 366 : 365;
  for (let month = 1; month < m; month++) days += monthLength(y, month);
  return days + d - 1;
}
/** `n` months after a date, the day clamped to the month's last. */
function plusMonths(y: number, m: number, d: number, n: number): [number, number, number] {
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return [year, month, Math.min(d, monthLength(year, month))];
}

/** What a reader should be told, by counting: whole months, then days left; rounded as documented. */
export function expectedGap(from: [number, number, number], to: [number, number, number]): { value: number; unit: string } {
  const end = dayNumber(...to);
  let months = 0;
  while (dayNumber(...plusMonths(...from, months + 1)) <= end) months++;
  const rest = end - dayNumber(...plusMonths(...from, months));
  const rounded = months + (rest >= 15 ? 1 : 0);
  if (rounded >= 18) return { value: Math.round(rounded / 12), unit: 'year' };
  if (rounded >= 2) return { value: rounded, unit: 'month' };
  return { value: Math.max(1, end - dayNumber(...from)), unit: 'day' };
}

const civil = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]): [number, number, number] => [y, m, Math.min(d, monthLength(y, m))]);

/** Register the gap-word tests in the calling file's describe block. */
export function gapWordTests(runs: number): void {
  it('(property) says the calendar gap between two days as counted month by month and day by day', () => {
    fc.assert(
      fc.property(civil, civil, fc.integer({ min: 0, max: 86_399_999 }), fc.integer({ min: 0, max: 86_399_999 }), (p, q, msA, msB) => {
        const [a, b] = dayNumber(...p) <= dayNumber(...q) ? [p, q] : [q, p];
        // Any time of day: the gap is between the days.
        const from = Date.UTC(a[0], a[1] - 1, a[2]) + msA;
        const to = Date.UTC(b[0], b[1] - 1, b[2]) + msB;
        const expected = expectedGap(a, b);
        expect(calendarGap(from, to), `${a.join('-')} → ${b.join('-')}`).to.deep.equal(expected);
        expect(durationWords(from, to, 'en')).to.equal(`${expected.value} ${expected.unit}${expected.value === 1 ? '' : 's'}`);
      }),
      { numRuns: runs },
    );
  });

  it('says the gaps of the bundled story exactly: 3 years, 11 months, 17 days; clamps at month ends', () => {
    const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
    expect(durationWords(at(2022, 3, 29), at(2025, 5, 16), 'en')).to.equal('3 years');
    expect(durationWords(at(2024, 1, 10), at(2024, 12, 10), 'en')).to.equal('11 months');
    expect(durationWords(at(2025, 5, 16), at(2025, 6, 2), 'en')).to.equal('17 days');
    // 31 January + 1 month is 28 February: a whole month, nothing left, so 28 days are said as days.
    expect(calendarGap(at(2025, 1, 31), at(2025, 2, 28))).to.deep.equal({ value: 28, unit: 'day' });
    // …and 31 January to 15 March: 1 month (to 28 February) and 15 days, which round up to 2 months.
    expect(calendarGap(at(2025, 1, 31), at(2025, 3, 15))).to.deep.equal({ value: 2, unit: 'month' });
    // Averages would say 12 months for 1 March 2023 → 28 February 2024 (364 days / 30.44); the calendar says 11 months 27 days, so 12.
    expect(calendarGap(at(2023, 3, 1), at(2024, 2, 15))).to.deep.equal({ value: 11, unit: 'month' });
  });

  it('says gaps in the page language with Intl unit words', () => {
    const from = Date.UTC(2022, 2, 29);
    const to = Date.UTC(2025, 4, 16);
    expect(durationWords(from, to, 'uk')).to.equal(
      new Intl.NumberFormat('uk', { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(3),
    );
    expect(durationWords(from, to, 'ar')).to.equal(
      new Intl.NumberFormat('ar', { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(3),
    );
  });
}
