/** The worker (cdn/worker.js) that reads, validates, models and lays out large data off the page's main thread, with the same core code. */
import { buildModel } from '../core/model.js';
import { portablePlan } from '../core/portable-plan.js';
import { readTimeline } from '../core/sources.js';
import type { TextRole } from '../core/ticks.js';
import type { ValidationResult } from '../core/validate.js';
import { measurerOf, roleFont, ROLES } from '../element/measure.js';
import { probeWidths, toColumns } from './protocol.js';
import type { FromWorker, LayoutSettings, ToWorker } from './protocol.js';

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

scope.onmessage = ({ data: message }) => {
  if (message.type === 'events') parts.push(message.events);
  else if (message.type === 'bytes') text += decoder.decode(message.bytes, { stream: true });
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
  const same = measure && probeWidths(measure).every((w, i) => Math.abs(w - settings.probe[i]) < 0.01);
  const { width, em, lang } = settings;
  scope.postMessage({ type: 'plan', plan: same ? portablePlan(model, { width, em, measure, lang }) : null });
}
