/** The unzoomed horizontal layout as plain data (no functions, no items), to send from a worker that worked it out to the thread that draws it. */
import { keepPlan, unzoomedPlan } from './horizontal.js';
import type { Hidden, LayoutOptions, Unzoomed } from './horizontal.js';
import type { MarkPlan } from './labels.js';
import { titleRoom } from './labels.js';
import type { TimelineModel } from './model.js';
import { axisScale } from './scale.js';

/** What is left of a mark plan once its items and functions are dropped. */
type PortableMarkPlan = Omit<MarkPlan, 'items' | 'measure' | 'room'>;

/** An unzoomed layout without its functions (the axis scale, the text measurer) and the model's items. */
export interface PortablePlan extends Omit<Unzoomed, 'scale' | 'measure' | 'hidden'> {
  hidden: Omit<Hidden, 'items' | 'measure' | 'markPlan'> & { markPlan: PortableMarkPlan };
}

/** The unzoomed layout of `model` at `options` (what `layout()` works out once per model and options), as plain data. */
export function portablePlan(model: TimelineModel, options: LayoutOptions): PortablePlan {
  const { scale: _scale, measure: _measure, hidden, ...rest } = unzoomedPlan(model, options);
  const { items: _items, measure: _m, markPlan, ...hiddenRest } = hidden;
  const { items: _i, measure: _mm, room: _room, ...markRest } = markPlan;
  return { ...rest, hidden: { ...hiddenRest, markPlan: markRest } };
}

/**
 * Keep a plan worked out elsewhere as the unzoomed layout of `model` (the same events, in the same order)
 * at `options`, which must give the same widths as where it was worked out: `layout()` with these options
 * then only zooms it. Returns what the zooms of it share (`laidOut.get(zoomed).hidden`).
 */
export function adoptPlan(model: TimelineModel, options: LayoutOptions, portable: PortablePlan): Hidden {
  const measure = options.measure;
  if (!measure) throw new TypeError('adoptPlan(): options.measure is needed (the widths the plan was made with)');
  const { hidden, ...rest } = portable;
  const items = model.items;
  const markPlan: MarkPlan = {
    ...hidden.markPlan,
    items,
    measure,
    room: titleRoom(hidden.markPlan.width, hidden.markPlan.em, hidden.markPlan.margin, measure),
  };
  const plan: Unzoomed = { ...rest, scale: axisScale(rest.segments), measure, hidden: { ...hidden, items, measure, markPlan } };
  keepPlan(model, options, plan);
  return plan.hidden;
}
