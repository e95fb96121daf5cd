/** Line breaking for labels: a text wrapped onto lines within a width, and cut at a word only when its lines cannot hold it. */

/** A text set on lines. */
export interface Wrapped {
  /**
   * The lines as drawn: slices of the text, each keeping the spaces it broke at, so that joined they
   * give the text back; when cut, the last one ends in "…" instead of the rest.
   */
  lines: string[];
  /** The widest line in px (spaces at its end not counted). */
  width: number;
  /** Whether the text was cut. */
  cut: boolean;
}

/** The width of a text in px, in the font of the label. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** Spaces a line may break at (ASCII whitespace, as in CSS: a no-break space keeps its words together). */
const SPACES = /^[ \t\n\r\f]+/;

/** The words of a text with the spaces after each: where a line may break. */
function wordsOf(text: string): string[] {
  const words: string[] = text.match(/[^ \t\n\r\f]+[ \t\n\r\f]*/g) ?? [];
  const lead = SPACES.exec(text)?.[0];
  if (lead) {
    if (words.length) words[0] = lead + words[0];
    else words.push(lead);
  }
  return words;
}

/** The longest start of `text` in whole code points (at least one) that fits `max` px. */
function fittingStart(text: string, max: number, measure: Measure): string {
  const points = Array.from(text);
  let lo = 1;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(points.slice(0, mid).join('')) <= max) lo = mid;
    else hi = mid - 1;
  }
  return points.slice(0, lo).join('');
}

/**
 * `text` broken greedily onto lines no wider than `max` px, between words (a word wider than a line is
 * broken between its characters). With more lines than `maxLines`, it is cut: the last line keeps the
 * words that fit beside an ellipsis. A text that fits on one line is measured once; else each distinct
 * word is measured once (and a space), however many titles and widths it is tried in: a line's width
 * is the sum of its words and spaces.
 */
export function wrap(text: string, max: number, measure: Measure, maxLines = Infinity): Wrapped {
  const wholeWidth = measure(text.trimEnd());
  if (wholeWidth <= max) return { lines: [text], width: wholeWidth, cut: false };
  const space = measure(' ');
  const queue = wordsOf(text);
  const lines: string[][] = [];
  const widths: number[] = [];
  let line: string[] = [];
  let spaced = 0; // the line's width with the spaces after its last word
  let drawn = 0; // and without them
  for (let k = 0; k < queue.length && lines.length <= maxLines; k++) {
    const word = queue[k];
    const bare = word.trimEnd();
    const bareWidth = measure(bare);
    const after = bareWidth + (word.length - bare.length) * space;
    if (line.length && spaced + bareWidth <= max) {
      line.push(word);
      drawn = spaced + bareWidth;
      spaced += after;
      continue;
    }
    if (line.length) {
      lines.push(line);
      widths.push(drawn);
    }
    if (bareWidth <= max || !bare) {
      line = [word];
      drawn = bareWidth;
      spaced = after;
      continue;
    }
    // Wider than a line: its start that fits makes a line, the rest comes next.
    const start = fittingStart(bare, max, measure);
    queue.splice(k + 1, 0, word.slice(start.length));
    line = [];
    lines.push([start]);
    widths.push(measure(start));
  }
  if (line.length || !lines.length) {
    lines.push(line);
    widths.push(drawn);
  }
  if (lines.length <= maxLines) return { lines: lines.map((l) => l.join('')), width: Math.max(...widths), cut: false };

  // Cut: the last line keeps as many of its words as fit before the ellipsis (one cut word at least).
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  const ending = (words: string[]) => `${words.join('').replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
  while (last.length > 1 && measure(ending(last)) > max) last.pop();
  let end = ending(last);
  if (measure(end) > max) end = `${fittingStart(last.join('').trimEnd(), max - measure(ELLIPSIS), measure)}${ELLIPSIS}`;
  widths[maxLines - 1] = measure(end);
  return { lines: [...kept.slice(0, -1).map((l) => l.join('')), end], width: Math.max(...widths.slice(0, maxLines)), cut: true };
}

/**
 * `text` on at most `maxLines` lines, as narrow as that allows between `min` and `max` px wide: wrapped
 * at `min` when that is enough, else at the narrowest width that is; null when even `max` is not.
 */
export function wrapWithin(text: string, min: number, max: number, maxLines: number, measure: Measure): Wrapped | null {
  const narrow = wrap(text, min, measure);
  if (narrow.lines.length <= maxLines) return narrow;
  if (max <= min || wrap(text, max, measure).lines.length > maxLines) return null;
  // Fewer lines the wider: halve the range until it is within a px.
  let [fails, fits] = [min, max];
  while (fits - fails > 1) {
    const mid = (fails + fits) / 2;
    if (wrap(text, mid, measure).lines.length <= maxLines) fits = mid;
    else fails = mid;
  }
  return wrap(text, fits, measure);
}
