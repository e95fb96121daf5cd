/** Making the keyboard's place seen (in cdn/interact.js): a track's "+N" opened for the event reached, the view panned to its mark; a "+N" activated. */
import type { Aggregate } from '../core/horizontal.js';
import type { ZoomController } from './zoom-controller.js';

/** A track whose "+N" hide more events than this is not opened (its DOM would grow): the view zooms in instead. */
const REVEAL_LIMIT = 200;

export interface RevealContext {
  zoom: ZoomController;
  /** The text size the layout was made at, px. */
  em: number;
  /** Draw a track with all its lanes. */
  expand(track: number): void;
}

/** Events of a track gathered in "+N". */
function hiddenIn(zoom: ZoomController, track: number): number {
  return zoom.layout!.aggregates.reduce((n, a) => n + (a.track === track ? a.ids.length : 0), 0);
}

/**
 * The keyboard's place moved to an event: if it is gathered in "+N", open its track so it is seen
 * (unless the track hides too many to draw: then the focus shows on the "+N" that holds it); pan so
 * that its mark is in view.
 */
export function reveal(id: string, { zoom, em, expand }: RevealContext): void {
  const pill = zoom.layout?.aggregates.find((a) => a.ids.includes(id));
  if (pill && hiddenIn(zoom, pill.track) <= REVEAL_LIMIT) expand(pill.track);
  const x = zoom.drawnX(id);
  const w = zoom.layout?.width ?? 0;
  if (x !== null && (x < 2 * em || x > w - 2 * em)) zoom.panBy(x - w / 2);
}

/** A "+N" activated: its track opens, or when that would draw too many, the view zooms in on it. */
export function openPill(pill: Aggregate, { zoom, expand }: RevealContext): void {
  if (hiddenIn(zoom, pill.track) <= REVEAL_LIMIT) expand(pill.track);
  else zoom.zoomAround(zoom.onScreen(pill.box.x + pill.box.width / 2), 4);
}
