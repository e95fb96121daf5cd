/** The messages between <talks-timeline> and its worker (cdn/worker.js), which reads, validates, models and lays out large data. */
import type { Aggregate, Mark } from '../core/layout-types.js';
import type { ModelEra } from '../core/model.js';
import type { PortablePlan } from '../core/portable-plan.js';
import type { TextRole } from '../core/ticks.js';
import type { DataIssue, TimelineData, TimelineEvent, Track } from '../core/types.js';

/** Texts measured both in the page and in the worker: the worker lays out only when their widths agree. */
const PROBE_TEXTS = ['Mg 0123456789 abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ …–', 'Переговори ٢٠٢٥ 会谈'];

/** The probe texts' widths, title and date role each, with a measurer. */
export const probeWidths = (measure: (text: string, role: TextRole) => number): number[] =>
  PROBE_TEXTS.flatMap((text) => [measure(text, 'title'), measure(text, 'date')]);

/** What the horizontal layout is made at: the element's width, text size and font, language. */
export interface LayoutSettings {
  width: number;
  em: number;
  /** The element's computed font-family: the worker measures text in it (OffscreenCanvas). */
  family: string;
  lang: string;
  /** A few texts' widths in the page, per role: the worker lays out only when it measures the same (the font is there too). */
  probe: number[];
}

/** Why the worker could not read a file: the words the page says it in (load.ts). */
export type WorkerFailure = 'loadTooBig' | 'loadEmpty' | 'loadJson' | 'loadNetwork';

/** To the worker. */
export type ToWorker =
  /** Part of an assigned event list (sent in parts, so that no one message takes the page long to send). */
  | { type: 'events'; events: unknown[] }
  /** Bytes of the file as they arrive (transferred, not copied). */
  | { type: 'bytes'; bytes: Uint8Array }
  /**
   * Read what was sent: the file's bytes (`file`), from `url`, of media type `mediaType`; or the events,
   * with `head` (the timeline without its events; null: the data was a bare list).
   */
  | { type: 'read'; file: boolean; url: string; mediaType: string; head: Record<string, unknown> | null; settings: LayoutSettings }
  /**
   * Once the layout is sent: open "+N" (as `openAggregates`) in the layout at zoom `k` in `direction`,
   * around `range` (drawn x), for the page's request `id`.
   */
  | { type: 'open'; id: number; k: number; direction: 'ltr' | 'rtl'; range: [number, number] };

/** What opening "+N" at a rest gives: every mark drawn (in item order, the ones it opened among them) and the "+N" left. */
export interface Opened {
  marks: Mark[];
  aggregates: Aggregate[];
}

/**
 * A run of items in date order, as parts: the page makes its items again from them, reading each date
 * itself (the same reader, each text once: cheaper than sending the read dates).
 */
export interface ItemParts {
  events: EventColumns;
  tracks: Int32Array;
}

/**
 * Events as columns: one per field, fields in the order they first appear (a message copies these far
 * faster than objects). A field every event has as a text is one text, joined by U+0000 (when none of
 * them holds one): one long text is copied faster still than many short ones.
 */
export interface EventColumns {
  count: number;
  keys: string[];
  values: (unknown[] | { joined: string })[];
}

const JOIN = '\u0000';

/** Events as columns (a field an event lacks is undefined in its column). */
export function toColumns(events: readonly TimelineEvent[]): EventColumns {
  const keys: string[] = [];
  const columns: unknown[][] = [];
  const column = new Map<string, unknown[]>();
  events.forEach((event, i) => {
    for (const key in event) {
      let columnValues = column.get(key);
      if (!columnValues) {
        column.set(key, (columnValues = new Array<unknown>(events.length).fill(undefined)));
        keys.push(key);
        columns.push(columnValues);
      }
      columnValues[i] = event[key as keyof TimelineEvent];
    }
  });
  const joinable = (values: unknown[]) => values.every((v) => typeof v === 'string' && !v.includes(JOIN));
  const values = columns.map((c) => (events.length && joinable(c) ? { joined: c.join(JOIN) } : c));
  return { count: events.length, keys, values };
}

/** The events of `toColumns()` again. */
export function fromColumns({ count, keys, values }: EventColumns): TimelineEvent[] {
  const columns = values.map((c) => ('joined' in c ? c.joined.split(JOIN) : c));
  return Array.from({ length: count }, (_, i) => {
    const event: Record<string, unknown> = {};
    keys.forEach((key, k) => {
      if (columns[k][i] !== undefined) event[key] = columns[k][i];
    });
    return event as unknown as TimelineEvent;
  });
}

/** From the worker. */
export type FromWorker =
  /** The worker runs: it can be sent the data. */
  | { type: 'ready' }
  /** How far reading has come, 0.6–1 (the page counts the bytes up to 0.6), as it is validated, modelled and laid out. */
  | { type: 'progress'; done: number }
  /** The file could not be read: too big, empty, not JSON (the page says so in its words). */
  | { type: 'failed'; reason: WorkerFailure }
  /** Validated: the problems, the events counted, the data without its events, and the model's tracks and eras. */
  | {
      type: 'read';
      issues: DataIssue[];
      total: number;
      head: Omit<TimelineData, 'events'>;
      tracks: Track[];
      eras: ModelEra[];
      count: number;
    }
  /** Items of the model, in date order, from `from`. */
  | ({ type: 'items'; from: number } & ItemParts)
  /** The unzoomed horizontal layout (null: not made, the widths measured in the worker differ from the page's). */
  | { type: 'plan'; plan: PortablePlan | null }
  /** The answer to the page's 'open' request `id` (null: it could not be worked out here). */
  | { type: 'opened'; id: number; opened: Opened | null };
