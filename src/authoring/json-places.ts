/** Where things are in a JSON text, found with jsonc-parser: the value a JSON pointer names, its line, and a syntax error's place in plain words. */
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';

/** A place in the text: its first character, its length, and its line and column (from 1). */
export interface TextPlace {
  offset: number;
  length: number;
  line: number;
  column: number;
}

/** The line and column (from 1) of a character of a text. */
export type LineFinder = (offset: number) => { line: number; column: number };

/** A text's line finder: its line starts found once, so that placing many problems stays quick in a long text. */
export function lineFinder(text: string): LineFinder {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/** A JSON pointer's segments ("/events/3/date" → events, 3, date), unescaped (RFC 6901). */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON pointer from segments, escaped. */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * The place of the value a pointer names, or of the nearest value holding it when it is not there (a
 * missing field: the event it is missing from). A string's place includes its quotes.
 */
export function placeOf(lines: LineFinder, tree: Node, segments: readonly string[]): TextPlace {
  let node = tree;
  for (const segment of segments) {
    const next = findNodeAtLocation(node, [node.type === 'array' ? Number(segment) : segment]);
    if (!next) break;
    node = next;
  }
  return { offset: node.offset, length: node.length, ...lines(node.offset) };
}

/** jsonc-parser's errors in plain words. */
const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'something here is not JSON; texts are written in double quotes',
  InvalidNumberFormat: 'a number is not written as JSON writes numbers',
  PropertyNameExpected: 'a field name in double quotes is expected here; is there a comma too many before it?',
  ValueExpected: 'a value is expected here; is there a comma too many, or one missing?',
  ColonExpected: 'a colon is missing after the field name',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is more after the end of the data',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'a text has no closing double quote',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash escape is not one JSON has',
  InvalidCharacter: 'a text has a tab or a line break in it; write it as \\t or \\n',
};

/** A JSON text read: its value and tree, or where its first syntax error is and what it is. */
export type JsonTree = { value: unknown; tree: Node } | { error: TextPlace & { words: string } };

/**
 * Read a JSON text's tree (a byte-order mark at the start counts as a blank). When the text is not
 * JSON (as JSON.parse says), the first error jsonc-parser finds, placed where the fix goes: a missing
 * comma or colon just after what comes before it, not at the next token.
 */
export function jsonTree(text: string): JsonTree {
  const source = text.replace(/^\uFEFF/, ' ');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  let value: unknown;
  let parses = true;
  try {
    value = JSON.parse(source);
  } catch {
    parses = false;
  }
  if (parses && tree) return { value, tree };
  const [first] = errors;
  const code = first ? printParseErrorCode(first.error) : '';
  let offset = first?.offset ?? 0;
  if (code === 'CommaExpected' || code === 'ColonExpected') offset = source.slice(0, offset).trimEnd().length;
  const words = SYNTAX_WORDS[code] ?? 'it does not parse';
  return {
    error: {
      offset,
      length: code === 'CommaExpected' || code === 'ColonExpected' ? 0 : (first?.length ?? 0),
      words,
      ...lineFinder(text)(offset),
    },
  };
}
