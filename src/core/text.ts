/** Text in the layout: a width estimate when no measuring function is given, and cutting a text to fit. */
import type { TextRole } from './ticks.js';

/** About how wide a text is, from its length: for layouts made without a canvas (Node, tests). */
export function estimate(text: string, role: TextRole, em: number): number {
  const size = role === 'title' ? 0.875 * em : 0.75 * em;
  return text.length * size * 0.56;
}

/** The text, cut with an ellipsis to fit `max` px by `width`. */
export function truncate(text: string, max: number, width: (t: string) => number): string {
  const full = width(text);
  if (full <= max) return text;
  // Binary search from a proportional guess: a few measurements rather than one per halving.
  const guess = Math.floor((text.length * max) / full);
  let lo = 0;
  let hi = text.length;
  if (width(`${text.slice(0, guess).trimEnd()}…`) <= max) lo = guess;
  else hi = guess - 1;
  if (lo < hi && width(`${text.slice(0, lo + 3).trimEnd()}…`) > max) hi = lo + 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(`${text.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
