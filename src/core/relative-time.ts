/** "5 minutes ago", "in 2 minutes": an instant relative to now, in the reader's language (Intl.RelativeTimeFormat). */

const UNITS: readonly [unit: Intl.RelativeTimeFormatUnit, ms: number][] = [
  ['year', 365.25 * 864e5],
  ['month', 30.44 * 864e5],
  ['week', 7 * 864e5],
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
  ['second', 1e3],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** Made once per language ("yesterday", "now": numeric only where the language has no word). */
function relativeFormat(lang: string): Intl.RelativeTimeFormat {
  let format = formats.get(lang);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    } catch {
      format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' }); // a tag Intl refuses
    }
    formats.set(lang, format);
  }
  return format;
}

/** The unit `at` is said in, relative to `now`, and how many of it (rounded). */
function inUnits(at: number, now: number): [unit: Intl.RelativeTimeFormatUnit, ms: number, count: number] {
  const elapsed = at - now;
  const [unit, ms] = UNITS.find(([, size]) => Math.abs(elapsed) >= size) ?? UNITS[UNITS.length - 1];
  return [unit, ms, Math.round(elapsed / ms)];
}

/**
 * `at` (epoch ms) said relative to `now`, in the largest unit it spans, rounded: "5 minutes ago",
 * "in 2 minutes", "yesterday"; under 10 seconds either way, "now".
 */
export function relativeTime(at: number, now: number, lang: string): string {
  const format = relativeFormat(lang);
  if (Math.abs(at - now) < 10e3) return format.format(0, 'second');
  const [unit, , count] = inUnits(at, now);
  return format.format(count, unit);
}

/** How long until the words of `relativeTime(at, now)` next change, ms (at least a second): when the rounded count does. */
export function relativeTimeStep(at: number, now: number): number {
  const [, ms, count] = inUnits(at, now);
  const distance = Math.abs(at - now);
  const past = at <= now;
  // Past: the count grows at (|count| + 0.5) units; future: it shrinks below (|count| − 0.5) units.
  const step = past ? (Math.abs(count) + 0.5) * ms - distance : distance - (Math.abs(count) - 0.5) * ms;
  return Math.max(1e3, Math.ceil(step) + 1);
}
