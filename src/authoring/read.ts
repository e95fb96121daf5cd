/** The authoring page's reading of its Data box: the text's kind, the core's validated data, and each problem in plain words with its place in the text. */
import { detectInput } from './input-kind.js';
import { authoringResult, isSheet, unitOf } from './problem.js';
import type { AuthoringResult, Problem } from './problem.js';
import { readJsonText } from './read-json.js';
import { readSheetText } from './read-sheet.js';

export { detectInput } from './input-kind.js';
export type { InputKind } from './input-kind.js';
export type { AuthoringResult, Problem } from './problem.js';

/**
 * Read the Data box's text, as the page's language `lang` writes dates: a spreadsheet (tab-separated
 * cells as Google Sheets or Excel copy them, or CSV; our columns or TimelineJS's layout), our JSON or a
 * TimelineJS3 file. The core reads and validates it; every problem is placed in the text. Never throws:
 * text that cannot be read at all is one problem.
 */
export async function readAuthoring(text: string, lang: string): Promise<AuthoringResult> {
  const kind = detectInput(text);
  try {
    if (kind === 'empty') return authoringResult(kind, null, 0, []);
    if (kind === 'csv' || kind === 'tsv') return readSheetText(text, kind, lang);
    return readJsonText(text, kind, lang);
  } catch (e) {
    const problem: Problem = {
      severity: 'error',
      where: 'The data',
      message: `could not be read: ${(e as Error)?.message ?? String(e)}`,
      offset: 0,
      length: 0,
      line: 1,
    };
    return authoringResult(kind, null, 0, [problem]);
  }
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A reading in a line: "12 events drawn, 1 row with a problem", "11 events drawn, no problems" (rows for spreadsheets, events for JSON). */
export function summarize(result: AuthoringResult): string {
  const drawn = `${count(result.drawn, 'event')} drawn`;
  const unit = isSheet(result.kind) ? 'row' : 'event';
  const others = result.problems.filter((p) => unitOf(p, result.kind) === null).length;
  const parts = [];
  if (result.rowsWithProblems) parts.push(`${count(result.rowsWithProblems, unit)} with a problem`);
  if (others) parts.push(count(others, result.rowsWithProblems ? 'other problem' : 'problem'));
  return `${drawn}, ${parts.join(', ') || 'no problems'}`;
}
