/** The worker (cdn/worker.js) that reads, validates, models and lays out large data off the page's main thread, with the same core code. */
import { layout } from '../core/horizontal.js';
import type { LayoutOptions } from '../core/horizontal.js';
import { buildModel } from '../core/model.js';
import type { TimelineModel } from '../core/model.js';
import { openAggregates } from '../core/open.js';
import { portablePlan } from '../core/portable-plan.js';
import { readTimeline } from '../core/sources.js';
import type { TextRole } from '../core/ticks.js';
import type { ValidationResult } from '../core/validate.js';
import { measurerOf, roleFont, ROLES } from '../element/measure.js';
import { probeWidths, toColumns } from './protocol.js';
import type { FromWorker, LayoutSettings, Opened, ToWorker } from './protocol.js';

/** The worker's global scope, as far as it is used here. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Items sent to the page per message: each is taken in a short task there. */
const ITEMS_PER_MESSAGE = 5000;

/** Parts of an assigned event list, or the file's bytes, until the page says read. */
let parts: unknown[][] = [];
let text = '';
const decoder = new TextDecoder();

/**
 * Once the layout is sent, the model and what it was laid out at: the page asks here for "+N" opened
 * when its zoom rests, so that the work of placing and measuring hidden events stays off its thread.
 */
let kept: { model: TimelineModel; options: LayoutOptions } | null = null;

scope.onmessage = ({ data: message }) => {
  if (message.type === 'events') parts.push(message.events);
  else if (message.type === 'bytes') text += decoder.decode(message.bytes, { stream: true });
  else if (message.type === 'open') scope.postMessage({ type: 'opened', id: message.id, opened: open(message) });
  else void read(message);
};
scope.postMessage({ type: 'ready' });

/** Text widths in the page's font, measured here (OffscreenCanvas) as on the page; null without a canvas. */
function measurer(settings: LayoutSettings): ((text: string, role: TextRole) => number) | null {
  const contexts = new Map<TextRole, OffscreenCanvasRenderingContext2D>();
  for (const role of ROLES) {
    const context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    if (!context) return null;
    context.font = roleFont(role, settings.em, settings.family);
    contexts.set(role, context);
  }
  return measurerOf((role) => contexts.get(role)!);
}

async function read(message: Extract<ToWorker, { type: 'read' }>): Promise<void> {
  const { settings } = message;
  let input: unknown;
  if (message.file) {
    input = text + decoder.decode();
    text = '';
    if (!(input as string).trim()) return scope.postMessage({ type: 'failed', reason: 'loadEmpty' });
  } else {
    const events = parts.flat();
    parts = [];
    input = message.head ? { ...message.head, events } : events;
  }
  scope.postMessage({ type: 'progress', done: 0.65 });
  let result: ValidationResult;
  try {
    result = await readTimeline(input, { baseUrl: message.url || undefined, type: message.mediaType });
  } catch (e) {
    return scope.postMessage({ type: 'failed', reason: e instanceof SyntaxError ? 'loadJson' : 'loadNetwork' });
  }
  scope.postMessage({ type: 'progress', done: 0.85 });
  const { events: _events, ...head } = result.data;
  const model = buildModel(result.data, settings.lang);
  const { items } = model;
  scope.postMessage({
    type: 'read',
    issues: result.issues,
    total: result.total,
    head,
    tracks: model.tracks,
    eras: model.eras,
    count: items.length,
  });
  for (let from = 0; from < items.length; from += ITEMS_PER_MESSAGE) {
    const run = items.slice(from, from + ITEMS_PER_MESSAGE);
    const tracks = Int32Array.from(run, (it) => it.track);
    scope.postMessage(
      {
        type: 'items',
        from,
        events: toColumns(run.map((it) => it.event)),
        tracks,
      },
      [tracks.buffer],
    );
  }
  scope.postMessage({ type: 'progress', done: 0.9 });
  // The layout, only where text measures here as in the page (the same font is there).
  const measure = measurer(settings);
  if (!measure || probeWidths(measure).some((w, i) => Math.abs(w - settings.probe[i]) >= 0.01))
    return scope.postMessage({ type: 'plan', plan: null });
  const { width, em, lang } = settings;
  kept = { model, options: { width, em, measure, lang } };
  scope.postMessage({ type: 'plan', plan: portablePlan(model, kept.options) });
}

/** "+N" opened at a rest of the page's zoom, as `openAggregates` there: the marks drawn then and the "+N" left. */
function open({ k, direction, range }: Extract<ToWorker, { type: 'open' }>): Opened | null {
  if (!kept) return null;
  // The zoom's layout, from the unzoomed one kept when it was sent (the page draws the same; the page
  // keeps its own ticks, so only those around the range are worked out, not the whole axis's).
  const zoomed = layout(kept.model, { ...kept.options, direction, zoom: { k, x: 0 }, tickRange: range });
  const { marks, aggregates } = openAggregates(zoomed, range);
  return { marks, aggregates };
}
