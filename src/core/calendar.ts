/** Proleptic Gregorian calendar arithmetic on plain integers, in UTC, for any year (deep time included). */
// No `Date` is involved, so no host time zone can shift a day, and years outside what a `Date` holds
// (EDTF's `Y170000002`, the Big Bang) still get epoch bounds.

export const MS_PER_DAY = 86_400_000;

/** JavaScript dates, and so Intl's date words, reach about ±275,000 years; past them years are numbers. */
export const DRAWABLE_YEARS = 275_000;

/** Epoch ms a JavaScript Date can hold (±8.64e15, about ±275,760 years). */
export const DATE_LIMIT_MS = 8.64e15;

/**
 * The farthest year a timeline draws: a trillion years either way covers cosmology (the Big Bang,
 * 13.8 billion years ago) with room; epoch ms stay exact enough at that scale (to the hour).
 */
export const DEEP_TIME_YEARS = 1e12;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1970-01-01 to the given civil date (Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** UTC epoch milliseconds at the start of a civil day. */
export function utcDayStart(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day) * MS_PER_DAY;
}

/** Civil date of UTC epoch milliseconds (Hinnant's civil_from_days). */
export function civilFromMs(ms: number): { year: number; month: number; day: number } {
  const z = Math.floor(ms / MS_PER_DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
