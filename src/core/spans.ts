/** Dates parsed once: validation keeps each event's and era's parsed date for the model. */
// Kept in a WeakMap, so it goes with the data; a date changed after validation is parsed anew.
import type { DateSpan } from './edtf.js';

const parsedDates = new WeakMap<object, DateSpan>();

/** Keep the parsed date of a validated event or era. */
export function keepSpan(owner: object, span: DateSpan): void {
  parsedDates.set(owner, span);
}

/** The date validation parsed for this event or era, if its text is still the one parsed. */
export function keptSpan(owner: object, text: string): DateSpan | undefined {
  const span = parsedDates.get(owner);
  return span?.text === text ? span : undefined;
}
