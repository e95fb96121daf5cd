/** What kind of data a text pasted into the authoring page is: nothing yet, JSON (ours or TimelineJS3), CSV or tab-separated cells. */
import { isTimelineJS } from '../core/timelinejs-shape.js';

export type InputKind = 'empty' | 'json' | 'timelinejs' | 'csv' | 'tsv';

/** Where a spreadsheet's header starts: after a byte-order mark and blank lines (a paste's stray first newlines). */
export function sheetStart(text: string): number {
  return /^\uFEFF?(?:[ \t]*(?:\r\n?|\n))*/.exec(text)![0].length;
}

/**
 * Tell the kind from the text alone: JSON when it opens with `{` or `[` (after blanks and a byte-order
 * mark; still JSON when it does not parse, so that its syntax error is reported), TimelineJS3 when that
 * JSON has its shape; otherwise a spreadsheet, tab-separated when its header line has a tab (what a copy
 * of cells from Google Sheets or Excel gives), else CSV.
 */
export function detectInput(text: string): InputKind {
  const start = text.trimStart(); // trimStart takes a byte-order mark too
  if (!start) return 'empty';
  if (start[0] === '{' || start[0] === '[') {
    try {
      return isTimelineJS(JSON.parse(start)) ? 'timelinejs' : 'json';
    } catch {
      return 'json';
    }
  }
  const header = /^[^\r\n]*/.exec(text.slice(sheetStart(text)))![0];
  return header.includes('\t') ? 'tsv' : 'csv';
}
