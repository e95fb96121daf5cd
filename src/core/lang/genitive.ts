/** Months after a preposition in Ukrainian and Russian, in the genitive ("близько червня 2025 р."). */
// Intl gives the genitive only next to a day: format with the day, then drop it.
export function genitiveMonth(ms: number, lang: string): string | null {
  const parts = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(ms),
  );
  const day = parts.findIndex((x) => x.type === 'day');
  if (day < 0) return null;
  parts.splice(day, parts[day + 1]?.type === 'literal' ? 2 : 1);
  return parts
    .map((x) => x.value)
    .join('')
    .trim();
}
