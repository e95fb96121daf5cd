/** Zoom and pan (cdn/interact.js): the pointer, wheel and touch gestures, the view arithmetic, and the event list's keys. */
// A module of its own, fetched by the element right after its first paint (a first gesture before that fetches it).
import { parseDate } from '../core/edtf.js';
import { formatDayRange } from '../core/format.js';
import type { Layout } from '../core/horizontal.js';
import { fill, messagesFor } from '../core/messages.js';
import { timeAt, viewOf } from '../core/zoom.js';
import type { View } from '../core/zoom.js';

export { Gestures } from './gestures.js';
export { pressKey, pressQueued } from './keys.js';
export { openPill, reveal } from './reveal.js';
export { clampView, zoomAbout } from '../core/zoom.js';

/**
 * The view that shows `start` to `end` (each a Date, epoch ms or an EDTF date) across the width, or
 * null when either is not a date. The same stretch of time elsewhere is a pan: it keeps the zoom `k`
 * exactly, so nothing is laid out again.
 */
export function viewBetween(plan: Layout, start: Date | number | string, end: Date | number | string, k: number): View | null {
  const at = (v: Date | number | string, edge: 'min' | 'max') => {
    try {
      return typeof v === 'string' ? (parseDate(v)[edge] ?? NaN) : +v;
    } catch {
      return NaN; // not a date: the view stays as it is
    }
  };
  const [a, b] = [at(start, 'min'), at(end, 'max')];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const view = viewOf(plan, a, b);
  if (Math.abs(view.k / k - 1) < 1e-9) view.k = k;
  return view;
}

/** What the live region says after a zoom or pan: the stretch of time in view at pan `x`. */
export function describeView(plan: Layout, x: number, lang: string): string {
  const [a, b] = [timeAt(plan, 0, x), timeAt(plan, plan.width, x)].sort((p, q) => p - q);
  return fill(messagesFor(lang).showing, { range: formatDayRange(a, b, lang) });
}
