/** Spreadsheets as timelines, read with d3-dsv from CSV or tab-separated text: our columns, or TimelineJS's Google Sheets layout. */
// Two column layouts:
// - ours: id, date, title, summary, track, status, location, source, source_url (any order; more
//   columns are kept as unknown fields, so validation names them);
// - TimelineJS's Google Sheets template: Year, Month, Day, Time, End Year, End Month, End Day, End Time,
//   Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
//   Background. Rows become TimelineJS3 JSON (a "title" row the title slide, "era" rows eras), which the
//   TimelineJS importer then reads as any TimelineJS3 file.
import { csvParseRows, tsvParseRows } from 'd3-dsv';

type Row = Record<string, string | undefined>;

/** A sheet's time cell ("13:05", "1:05:30 PM") as TimelineJS date parts. */
function time(cell: string | undefined): Record<string, string> {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?$/i.exec(cell?.trim() ?? '');
  if (!m) return {};
  let hour = Number(m[1]);
  const half = m[4]?.toLowerCase();
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return { hour: String(hour), minute: m[2], second: m[3] ?? '0' };
}

function sheetDate(row: Row, prefix: '' | 'End '): Record<string, string | undefined> | undefined {
  const year = row[`${prefix}Year`]?.trim();
  if (!year) return undefined;
  return { year, month: row[`${prefix}Month`], day: row[`${prefix}Day`], ...time(row[`${prefix}Time`]) };
}

/** Google Sheets rows (TimelineJS's template) as TimelineJS3 JSON. */
function fromSheet(rows: Row[]): unknown {
  const slide = (r: Row) => ({
    text: { headline: r.Headline, text: r.Text },
    media: { url: r.Media, credit: r['Media Credit'], caption: r['Media Caption'] },
  });
  const kind = (r: Row) => r.Type?.trim().toLowerCase();
  const title = rows.find((r) => kind(r) === 'title');
  return {
    ...(title ? { title: slide(title) } : {}),
    eras: rows
      .filter((r) => kind(r) === 'era')
      .map((r) => ({ start_date: sheetDate(r, ''), end_date: sheetDate(r, 'End '), text: { headline: r.Headline } })),
    events: rows
      .filter((r) => kind(r) !== 'title' && kind(r) !== 'era')
      .map((r) => ({
        ...slide(r),
        start_date: sheetDate(r, '') ?? {},
        ...(sheetDate(r, 'End ') ? { end_date: sheetDate(r, 'End ') } : {}),
        display_date: r['Display Date'],
        group: r.Group,
      })),
  };
}

/** Rows in our own columns as TimelineData (empty cells are absent). */
function fromOurs(rows: Row[]): unknown {
  return {
    events: rows.map((r) => {
      const event: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(r)) {
        const v = value?.trim();
        if (!v || key === 'source' || key === 'source_url') continue;
        event[key] = v;
      }
      const source = r.source?.trim();
      const url = r.source_url?.trim();
      if (source || url) event.sources = [{ name: source || url, ...(url ? { url } : {}) }];
      return event;
    }),
  };
}

/** Whether a spreadsheet's header is TimelineJS's Google Sheets layout (else it is ours). */
export function isSheetLayout(columns: readonly string[]): boolean {
  return columns.includes('Headline') && columns.includes('Year');
}

/** A spreadsheet's rows (the header first) as timeline JSON: ours (TimelineData) or, from TimelineJS's sheet layout, TimelineJS3 JSON. */
function fromRows(rows: readonly string[][]): unknown {
  const [columns = [], ...cells] = rows;
  const records = cells.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])) as Row);
  return isSheetLayout(columns) ? fromSheet(records) : fromOurs(records);
}

// csvParseRows and tsvParseRows, not csvParse or tsvParse: those build their row objects with new
// Function, which a strict Content-Security-Policy (no 'unsafe-eval') and Trusted Types refuse.
const parsers = { ',': csvParseRows, '\t': tsvParseRows };

/** A spreadsheet text's rows of cells (a byte-order mark at the start is not part of the first cell). */
function parseRows(text: string, delimiter: ',' | '\t'): string[][] {
  return parsers[delimiter](text.replace(/^\uFEFF/, ''));
}

/** A CSV text as timeline JSON: ours (TimelineData) or, from TimelineJS's sheet layout, TimelineJS3 JSON. */
export function fromCSV(text: string): unknown {
  return fromRows(parseRows(text, ','));
}

/** Tab-separated text (a copy of spreadsheet cells from Google Sheets or Excel) as timeline JSON, as fromCSV reads CSV. */
export function fromTSV(text: string): unknown {
  return fromRows(parseRows(text, '\t'));
}
