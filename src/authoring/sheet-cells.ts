/** Where each cell of a CSV or tab-separated text is, found as d3-dsv's parseRows reads the text, so that a problem can point at its cell. */
// The values themselves are read by the core (fromCSV, fromTSV); this scan only places them, and
// splits the text into the same rows and cells: a cell that opens with a quote runs to the quote
// that is not doubled, and the character after that quote ends the cell (a delimiter, a newline, or
// anything else, which is dropped); one newline at the very end makes no row of its own.

/** One cell's place in the text: its first character and length, quotes included. */
export interface CellPlace {
  offset: number;
  length: number;
  quoted: boolean;
}

/** One row of the spreadsheet: where it starts, and its cells. */
export interface SheetRow {
  offset: number;
  cells: CellPlace[];
}

const QUOTE = '"';

/** The rows of `text` from `from` on (where the header starts), each cell placed. */
export function sheetRows(text: string, delimiter: ',' | '\t', from = 0): SheetRow[] {
  const rows: SheetRow[] = [];
  if (text.length - from <= 0) return rows;
  let end = text.length;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  let at = from;
  let row: SheetRow = { offset: at, cells: [] };
  rows.push(row);
  for (;;) {
    let next: number; // where the following cell starts
    let rowEnds = false;
    if (text[at] === QUOTE) {
      let close = at + 1;
      while (close < end && !(text[close] === QUOTE && text[close + 1] !== QUOTE)) close += text[close] === QUOTE ? 2 : 1;
      row.cells.push({ offset: at, length: Math.min(close + 1, end) - at, quoted: true });
      if (close + 1 >= end) return rows;
      const after = text[close + 1];
      next = close + 2;
      if (after === '\n') rowEnds = true;
      else if (after === '\r') {
        rowEnds = true;
        if (text[next] === '\n') next++;
      }
    } else {
      let stop = at;
      while (stop < end && text[stop] !== delimiter && text[stop] !== '\n' && text[stop] !== '\r') stop++;
      row.cells.push({ offset: at, length: stop - at, quoted: false });
      if (stop >= end) return rows;
      next = stop + 1;
      if (text[stop] !== delimiter) {
        rowEnds = true;
        if (text[stop] === '\r' && text[next] === '\n') next++;
      }
    }
    at = next;
    if (rowEnds) {
      row = { offset: at, cells: [] };
      rows.push(row);
    }
  }
}

/** A cell's value, as d3-dsv reads it: a quoted cell without its quotes and with doubled quotes single. */
export function cellText(text: string, cell: CellPlace): string {
  const raw = text.slice(cell.offset, cell.offset + cell.length);
  if (!cell.quoted) return raw;
  const closed = raw.length > 1 && raw.endsWith(QUOTE);
  return raw.slice(1, closed ? -1 : undefined).replace(/""/g, QUOTE);
}

/** Whether every cell of a row is blank (an empty line, or empty cells a copy brought along). */
export function isBlankRow(text: string, row: SheetRow): boolean {
  return row.cells.every((cell) => !cellText(text, cell).trim());
}
