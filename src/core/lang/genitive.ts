/** Months after a preposition in Ukrainian and Russian, in the genitive ("близько червня 2025 р."). */
// Intl gives the genitive only next to a day: format with the day, then drop it.
// One formatter per language: making one is slow.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function genitiveMonth(ms: number, lang: string): string | null {
  let format = formatters.get(lang);
  if (!format)
    formatters.set(lang, (format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
  const parts = format.formatToParts(new Date(ms));
  const day = parts.findIndex((x) => x.type === 'day');
  if (day < 0) return null;
  parts.splice(day, parts[day + 1]?.type === 'literal' ? 2 : 1);
  return parts
    .map((x) => x.value)
    .join('')
    .trim();
}
