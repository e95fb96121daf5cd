/** Dates parsed once: validation hands the model the dates it read, kept with the data it returns. */
// What is kept is validation's reader (each date text parsed once): a WeakMap entry per validated
// data object, so it goes with the data; a date changed after validation is simply a new text.
import type { DateSpan } from './edtf.js';

type DateReader = (text: string) => DateSpan;

const readers = new WeakMap<object, DateReader>();

/** Keep the reader that parsed the dates of this validated data. */
export function keepDates(data: object, read: DateReader): void {
  readers.set(data, read);
}

/** The reader that parsed this data's dates in validation, if it went through validation. */
export function keptDates(data: object): DateReader | undefined {
  return readers.get(data);
}
