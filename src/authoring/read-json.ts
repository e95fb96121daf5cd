/** Reading JSON typed into the authoring page (our data, a bare list of events, or TimelineJS3): each problem placed at its value's line and JSON pointer. */
import { coreReading, plainMessage } from './core-reading.js';
import { jsonTree, lineFinder, placeOf, pointerOf, pointerSegments } from './json-places.js';
import { authoringResult } from './problem.js';
import type { AuthoringResult, Problem } from './problem.js';
import { timelineJSPath } from './timelinejs-origin.js';

/**
 * Read JSON text. A syntax error is the one problem ("Line 4, column 7: the text is not valid JSON (a
 * comma is missing)"). Otherwise each issue of the core is placed at the value its pointer names in
 * the text (a TimelineJS3 file's own events and fields, for data converted from it), or at the object
 * it is missing from; `where` names the line and the pointer.
 */
export function readJsonText(text: string, kind: 'json' | 'timelinejs', lang: string): AuthoringResult {
  const read = jsonTree(text);
  if ('error' in read) {
    const { error } = read;
    const problem: Problem = {
      severity: 'error',
      where: `Line ${error.line}, column ${error.column}`,
      message: `the text is not valid JSON (${error.words})`,
      offset: error.offset,
      length: error.length,
      line: error.line,
    };
    return authoringResult(kind, null, 0, [problem]);
  }
  const timelineJS = kind === 'timelinejs';
  const reading = coreReading(read.value, timelineJS);
  const bareList = Array.isArray(read.value);
  const lines = lineFinder(text);
  const problems = reading.issues.map((item): Problem => {
    // The path in the input: our data's, or the TimelineJS file's for data converted from it.
    const path = reading.kept ? timelineJSPath(item.issue, item.fromConversion, reading.kept) : pointerSegments(item.issue.path);
    // A bare list of events is read as { events: [...] }: its pointers are the list's own.
    const segments = bareList && path[0] === 'events' ? path.slice(1) : path;
    const place = placeOf(lines, read.tree, segments);
    const pointer = pointerOf(segments);
    const { message, suggestion } = plainMessage(item, reading.validated, lang, !timelineJS);
    const problem: Problem = {
      severity: item.issue.severity,
      where: pointer ? `Line ${place.line}, ${pointer}` : `Line ${place.line}`,
      message,
      offset: place.offset,
      length: place.length,
      line: place.line,
    };
    if (path[0] === 'events' && /^\d+$/.test(path[1] ?? '')) {
      problem.eventIndex = Number(path[1]);
      if (path.length > 2) problem.field = path.slice(2).join('/');
    }
    if (suggestion) problem.suggestion = suggestion;
    return problem;
  });
  return authoringResult(kind, reading.data, reading.total, problems);
}
