/** One way in for data: our JSON, TimelineJS3, CSV or a page's list, read, converted, validated and counted in one call. */
// The TimelineJS3 and CSV readers are imported only when such data comes.
import { rebaseMedia } from './media-url.js';
import { isTimelineJS } from './timelinejs-shape.js';
import type { DataIssue } from './types.js';
import { validate } from './validate.js';
import type { ValidationResult } from './validate.js';

export interface ReadOptions {
  /** The absolute URL the data came from: relative media paths in it mean beside that file. */
  baseUrl?: string;
  /** When the input is a file's text: its media type (`text/csv`, …), telling a spreadsheet from JSON. */
  type?: string;
}

/** Whether a file's text is a spreadsheet, by its media type or its name. */
export function isSpreadsheet(options: ReadOptions): boolean {
  return /text\/csv|\.csv\b/i.test(`${options.type ?? ''} ${options.baseUrl ?? ''}`);
}

/**
 * Read a timeline: `input` is parsed JSON (our format, a bare list of events, or a TimelineJS3 file)
 * or a file's text (JSON, or CSV when `options` says it is a spreadsheet: ours or TimelineJS's sheet
 * layout). Never rejects for bad data: what is wrong is in `issues`, each naming the event and field,
 * and every event is drawn or reported (`total` counts them, converted ones included). Text that is
 * neither JSON nor a spreadsheet rejects with a `SyntaxError`.
 */
export async function readTimeline(input: unknown, options: ReadOptions = {}): Promise<ValidationResult> {
  let value = input;
  if (typeof input === 'string') {
    value = isSpreadsheet(options) ? (await import('./csv.js')).fromCSV(input) : (JSON.parse(input) as unknown);
  }
  let converted: DataIssue[] = [];
  if (isTimelineJS(value)) {
    const { fromTimelineJS } = await import('./timelinejs.js');
    ({ data: value, issues: converted } = fromTimelineJS(value));
  }
  const { data, issues, total } = validate(value);
  if (options.baseUrl) rebaseMedia(data.events, options.baseUrl);
  // A TimelineJS event the converter could not carry over is reported, and counted as read.
  return { data, issues: [...converted, ...issues], total: total + converted.filter((i) => i.severity === 'error').length };
}
