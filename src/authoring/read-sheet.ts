/** Reading spreadsheet text typed or pasted into the authoring page (tab-separated or CSV; our columns or TimelineJS's layout): each problem placed at its row and column. */
import { fromCSV, fromTSV, isSheetLayout } from '../core/csv.js';
import { coreReading, plainMessage } from './core-reading.js';
import type { ReadIssue } from './core-reading.js';
import { sheetStart } from './input-kind.js';
import { lineFinder, pointerSegments } from './json-places.js';
import { authoringResult } from './problem.js';
import type { AuthoringResult, Problem, ProblemWords } from './problem.js';
import { cellText, isBlankRow, sheetRows } from './sheet-cells.js';
import type { SheetRow } from './sheet-cells.js';
import { sheetColumn, timelineJSPath } from './timelinejs-origin.js';

/** Our columns, as a problem with an unknown one lists them. */
const OUR_COLUMNS = ['id', 'date', 'title', 'summary', 'track', 'status', 'location', 'source', 'source_url'];

/** Where a problem is in the sheet: its row (an index into the rows, the header 0), column, and event. */
interface SheetPlace {
  row: number | null;
  column?: string;
  eventIndex?: number;
}

/** Our columns: event i is row i + 1 after the header, and a field its column (a source's name and link are two). */
function ourPlace(path: string[]): SheetPlace {
  const [list, index, field, ...rest] = path;
  if (list !== 'events' || !/^\d+$/.test(index ?? '')) return { row: null };
  const column = field === 'sources' ? (rest[1] === 'url' ? 'source_url' : 'source') : field;
  return { row: Number(index) + 1, column, eventIndex: Number(index) };
}

/** TimelineJS's layout: which rows (indexes, the header 0) hold its title, eras and events. */
interface SheetItems {
  title: number | undefined;
  eras: number[];
  events: number[];
}

/**
 * The rows of TimelineJS's layout, as the core's reader sorts them by their Type: its events are the
 * rows that are not the title or an era, in order; its eras the "era" rows; its title the first
 * "title" row.
 */
function sheetItems(types: readonly string[]): SheetItems {
  const rowsOf = (keep: (type: string) => boolean) => types.flatMap((type, i) => (keep(type) ? [i + 1] : []));
  return { title: rowsOf((t) => t === 'title')[0], eras: rowsOf((t) => t === 'era'), events: rowsOf((t) => t !== 'title' && t !== 'era') };
}

/** TimelineJS's layout: the row of the TimelineJS item a path names, and the column of its field. */
function timelineJSPlace(path: string[], items: SheetItems): SheetPlace {
  const [list, index, ...field] = path;
  if (list === 'title') return { row: items.title ?? null, column: sheetColumn(path.slice(1)) };
  const row = (list === 'eras' ? items.eras : list === 'events' ? items.events : [])[Number(index)];
  if (row === undefined) return { row: null };
  const column = sheetColumn(field);
  return list === 'events' ? { row, column, eventIndex: Number(index) } : { row, column };
}

/**
 * Read spreadsheet text: the core reads the cells (fromTSV or fromCSV, from the header on: a byte-order
 * mark and blank lines before it are left out); each issue is placed at its row (as the spreadsheet
 * numbers them: the header is row 1) and column, the cell's range found by scanning the text as the
 * core's reader does. Blank rows (a copy's empty lines or empty cells) are not events and not problems.
 */
export function readSheetText(text: string, kind: 'csv' | 'tsv', lang: string): AuthoringResult {
  const from = sheetStart(text);
  const rows = sheetRows(text, kind === 'tsv' ? '\t' : ',', from);
  const rawColumns = rows[0]?.cells.map((cell) => cellText(text, cell)) ?? [];
  const timelineJS = isSheetLayout(rawColumns);
  const body = text.slice(from);
  const reading = coreReading(kind === 'tsv' ? fromTSV(body) : fromCSV(body), timelineJS);
  const blank = rows.map((row, i) => i > 0 && isBlankRow(text, row));
  const typeAt = rawColumns.indexOf('Type');
  const types = rows
    .slice(1)
    .map((row) => (typeAt < 0 || !row.cells[typeAt] ? '' : cellText(text, row.cells[typeAt]).trim().toLowerCase()));
  const items = sheetItems(types);
  const lines = lineFinder(text);

  const problems: Problem[] = [];
  for (const item of reading.issues) {
    const path = reading.kept ? timelineJSPath(item.issue, item.fromConversion, reading.kept) : pointerSegments(item.issue.path);
    const place = reading.kept ? timelineJSPlace(path, items) : ourPlace(path);
    if (place.row !== null && blank[place.row]) continue;
    const unknown = !reading.kept && /: unknown field "/.test(item.issue.message) && place.column !== undefined;
    const { message, suggestion } = unknown
      ? { message: unknownColumn(place.column ?? '') }
      : sheetMessage(item, path, reading.validated, lang, !timelineJS);
    // An unknown column is said once, at its header.
    const at = unknown ? { row: 0, column: place.column } : place;
    const row: SheetRow | undefined = rows[at.row ?? 0];
    const cell = at.column === undefined ? undefined : row?.cells[rawColumns.indexOf(at.column)];
    const offset = cell?.offset ?? row?.offset ?? from;
    const problem: Problem = {
      severity: item.issue.severity,
      where: `Row ${(at.row ?? 0) + 1}${at.column !== undefined ? `, column ${at.column || '(no name)'}` : ''}`,
      message,
      offset,
      length: cell?.length ?? 0,
      line: lines(offset).line,
      row: (at.row ?? 0) + 1,
    };
    if (!unknown && place.eventIndex !== undefined) problem.eventIndex = place.eventIndex;
    if (at.column !== undefined) problem.field = at.column;
    if (suggestion) problem.suggestion = suggestion;
    problems.push(problem);
  }
  const eventRows = reading.kept ? items.events : rows.map((_, i) => i).slice(1);
  return authoringResult(kind, reading.data, eventRows.filter((i) => !blank[i]).length, problems);
}

/** A problem's message in a spreadsheet: a TimelineJS row without a year said as a row, the others as for any data. */
function sheetMessage(item: ReadIssue, path: string[], validated: unknown, lang: string, suggest: boolean): ProblemWords {
  if (!item.fromConversion || path.at(-1) !== 'start_date') return plainMessage(item, validated, lang, suggest);
  const what = path[0] === 'eras' ? 'era' : 'event';
  return { message: `the row has no year (its Year cell is empty or not a whole number); the ${what} was left out` };
}

/** A column that is not ours, said at its header: one written another way ("Date", "date ") is named. */
function unknownColumn(column: string): string {
  if (!column) return 'a column with no name has cells filled in; they were ignored';
  const meant = OUR_COLUMNS.find((c) => c === column.trim().toLowerCase().replace(/\s+/g, '_'));
  if (meant) return `"${column}" is not a column the timeline reads: write ${meant}`;
  return `"${column}" is not a column the timeline reads (${OUR_COLUMNS.join(', ')}); it was ignored`;
}
