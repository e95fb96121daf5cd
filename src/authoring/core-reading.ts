/** The core's reading of parsed input (our data, or TimelineJS3 converted first), and its issues put in plain words for the person who wrote the data. */
import { fromTimelineJS } from '../core/timelinejs.js';
import type { DataIssue, TimelineData } from '../core/types.js';
import { validate } from '../core/validate.js';
import { describeBadDate, isEdtf } from './dates.js';
import type { ProblemWords } from './problem.js';
import { pointerSegments } from './json-places.js';
import { keptItems } from './timelinejs-origin.js';
import type { KeptItems } from './timelinejs-origin.js';

/** An issue, and whether the TimelineJS importer raised it (its path is then in the TimelineJS input). */
export interface ReadIssue {
  issue: DataIssue;
  fromConversion: boolean;
}

export interface CoreReading {
  data: TimelineData;
  /** What was validated: the input, or our data converted from TimelineJS. */
  validated: unknown;
  issues: ReadIssue[];
  /** The events in the input, those the TimelineJS importer left out included. */
  total: number;
  /** For TimelineJS input: the events and eras kept, to trace problems back to them. */
  kept: KeptItems | null;
}

const list = (v: unknown, key: string): unknown[] => {
  const items = (v as Record<string, unknown> | null)?.[key];
  return Array.isArray(items) ? items : [];
};

/** Read parsed input with the core: converted from TimelineJS3 when `timelineJS`, then validated. */
export function coreReading(value: unknown, timelineJS: boolean): CoreReading {
  if (!timelineJS) {
    const { data, issues, total } = validate(value);
    // A bare list of events is validated as { events: [...] }: the issues' pointers say so.
    const validated = Array.isArray(value) ? { events: value } : value;
    return { data, validated, issues: issues.map((issue) => ({ issue, fromConversion: false })), total, kept: null };
  }
  const { data: converted, issues: conversion } = fromTimelineJS(value);
  const { data, issues } = validate(converted);
  return {
    data,
    validated: converted,
    issues: [...conversion.map((issue) => ({ issue, fromConversion: true })), ...issues.map((issue) => ({ issue, fromConversion: false }))],
    total: list(value, 'events').length,
    kept: keptItems(conversion, list(value, 'events').length, list(value, 'eras').length),
  };
}

/** The value at a pointer in parsed JSON, if there is one. */
function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of pointerSegments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** How the core names the item at the start of a message ('event "draft-1": ', 'event 3: ', 'era "2022": '), which the problem's place says already. */
function itemPrefix(issue: DataIssue, validated: unknown): string {
  const event = /^\/events\/(\d+)/.exec(issue.path);
  if (!event) return /^(?:(?:era|track) (?:\d+|"[^"]*")|timeline): /.exec(issue.message)?.[0] ?? '';
  const id = valueAt(validated, `${event[0]}/id`);
  return typeof id === 'string' && /\S/.test(id) ? `event "${id}": ` : `event ${Number(event[1]) + 1}: `;
}

/**
 * A problem's message: the core's, without the item it names at its start (the place says it), with
 * a date that is not EDTF said plainly and its EDTF form offered when it can be read (`suggest`: our
 * data, where the date is a cell or a value that can be replaced; not TimelineJS's date parts).
 */
export function plainMessage({ issue, fromConversion }: ReadIssue, validated: unknown, lang: string, suggest: boolean): ProblemWords {
  if (fromConversion) return { message: issue.message };
  const prefix = itemPrefix(issue, validated);
  const message = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
  const value = /\/date$/.test(issue.path) ? valueAt(validated, issue.path) : undefined;
  if (!suggest || typeof value !== 'string' || isEdtf(value)) return { message };
  const marker = `date "${value}": `;
  const at = message.indexOf(marker);
  return describeBadDate(value, at < 0 ? message : message.slice(at + marker.length).replace(/; it was left out$/, ''), lang);
}
