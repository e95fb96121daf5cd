/** A problem with the data as the authoring page lists it (its place in the text, in words and as a range), and a reading's counts. */
import type { TimelineData } from '../core/types.js';
import type { DateSuggestion } from './dates.js';
import type { InputKind } from './input-kind.js';

/** What a problem says: its message, and the date to offer instead of the one written, if any. */
export interface ProblemWords {
  message: string;
  suggestion?: DateSuggestion;
}

/** One problem with the data, for the person who wrote it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Where it is: "Row 7, column date" (a spreadsheet, the header being row 1), "Line 12, /events/3/date" (JSON). */
  where: string;
  message: string;
  /** The offending cell (quotes included) or JSON value in the text, to put the cursor on: its first character and length. */
  offset: number;
  length: number;
  /** The line of `offset` in the text, from 1. */
  line: number;
  /** The spreadsheet row (the header is 1), for spreadsheet input. */
  row?: number;
  /** The EDTF form of a date written another way, to offer. */
  suggestion?: DateSuggestion;
  /** The event's index in the input (its events list, or its rows that are events). */
  eventIndex?: number;
  /** The spreadsheet column, or the field below the event in JSON ("date", "media/alt", "start_date"). */
  field?: string;
}

export interface AuthoringResult {
  kind: InputKind;
  /** The validated data (what will be drawn), or null when there is none (an empty or unreadable text). */
  data: TimelineData | null;
  /** Events (or spreadsheet rows that are events, blank rows apart) in the input. */
  total: number;
  /** Events that will be drawn. */
  drawn: number;
  problems: Problem[];
  /** Events (JSON) or rows (spreadsheets) with an error or a warning. */
  rowsWithProblems: number;
}

export const isSheet = (kind: InputKind) => kind === 'csv' || kind === 'tsv';

/** What a problem is counted under: its row or event, or nothing (the data as a whole, the header, a track). */
export function unitOf(problem: Problem, kind: InputKind): string | null {
  if (isSheet(kind)) return problem.row && problem.row > 1 ? `row ${problem.row}` : null;
  return problem.eventIndex === undefined ? null : `event ${problem.eventIndex}`;
}

/** Put a reading's problems and counts together. */
export function authoringResult(kind: InputKind, data: TimelineData | null, total: number, problems: Problem[]): AuthoringResult {
  const units = new Set(problems.map((p) => unitOf(p, kind)).filter((u) => u !== null));
  return { kind, data, total, drawn: data?.events.length ?? 0, problems, rowsWithProblems: units.size };
}
