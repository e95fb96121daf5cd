/** The event list's keys (in cdn/interact.js, fetched right after the first paint): arrows, Home and End, PageUp and PageDown between stretches of time, + − 0 to zoom, Escape. */
import { stretchIndex } from '../core/stretches.js';
import type { TimelineItem } from '../core/model.js';
import type { ZoomController } from './zoom-controller.js';

/** A key pressed on an event's button: what the list needs of the KeyboardEvent (read while it was dispatched). */
export interface KeyPress {
  key: string;
  /** With ctrl, ⌘ or alt, + − 0 are the browser's page zoom. */
  modified: boolean;
  /** The event whose button had the key. */
  id: string;
}

/** What the keys move through and act on. */
export interface KeyContext {
  /** The events in date order, and where one is among them. */
  items: readonly TimelineItem[];
  at(id: string): number | undefined;
  rtl: boolean;
  /** Where the stretches of time drawn begin (the axis breaks). */
  breakStarts(): number[];
  zoom: ZoomController;
  selected: string | null;
  select(id: string | null): void;
  /** Move the keyboard to an event and focus its button. */
  moveTo(id: string): void;
  /** Resolves once the element has drawn what was asked of it. */
  settled(): Promise<unknown>;
}

/** PageUp/PageDown: the first event of the next stretch of time, or of this one (then the one before). */
function pageStep(items: readonly TimelineItem[], breakStarts: number[], current: number, forward: boolean): number {
  // An event's stretch, by its start (a vague date may begin inside a break).
  const seg = (i: number) => stretchIndex(breakStarts, items[i].span.min ?? items[i].span.max ?? 0);
  const here = seg(current);
  if (forward) {
    for (let j = current + 1; j < items.length; j++) if (seg(j) > here) return j;
    return items.length - 1;
  }
  let first = current;
  while (first > 0 && seg(first - 1) === here) first--;
  if (first < current || !first) return first;
  const before = seg(first - 1);
  while (first > 0 && seg(first - 1) === before) first--;
  return first;
}

/** Do what a key does in the event list; whether it was one of the list's keys (its default is then prevented). */
export function pressKey({ key, modified, id }: KeyPress, ctx: KeyContext): boolean {
  const { items, zoom } = ctx;
  const current = ctx.at(id);
  if (current === undefined) return false;
  const forward = ctx.rtl ? -1 : 1;
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = current + forward;
      break;
    case 'ArrowDown':
      next = current + 1;
      break;
    case 'ArrowLeft':
      next = current - forward;
      break;
    case 'ArrowUp':
      next = current - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = items.length - 1;
      break;
    case 'PageDown':
    case 'PageUp':
      next = pageStep(items, ctx.breakStarts(), current, key === 'PageDown');
      break;
    case '+':
    case '=':
    case '-':
    case '0': {
      const plan = zoom.layout;
      if (!plan || modified) return false; // ctrl/⌘ + and − zoom the page
      if (key === '0') zoom.showAll();
      else zoom.zoomAround(zoom.drawnX(id) ?? plan.width / 2, key === '-' ? 1 / 1.5 : 1.5);
      return true;
    }
    case 'Escape':
      if (!ctx.selected) return false;
      ctx.select(null);
      return true;
    default:
      return false;
  }
  ctx.moveTo(items[Math.max(0, Math.min(items.length - 1, next))].event.id);
  return true;
}

/** Keys pressed before this module arrived, done in turn. */
let waiting: Promise<unknown> = Promise.resolve();

/** A key pressed before this module arrived: done after the ones before it, each once the drawing has caught up (so "+ + +" zooms three times). */
export function pressQueued(press: KeyPress, ctx: KeyContext): void {
  waiting = waiting.then(() => (pressKey(press, ctx), ctx.settled()));
}
