/** Zoom and pan of the horizontal drawing: its layout at the zoom ("+N" opened once the view rests), the gestures, the zoom buttons. */
import { panShift } from '../core/direction.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { ticksBetween } from '../core/horizontal.js';
import type { Layout, Tick } from '../core/horizontal.js';
import type { Messages } from '../core/messages.js';
import type { View } from '../core/zoom.js';
import type { Announcer } from './announcer.js';
import type { Gestures } from './gestures.js';
import type { LanguageController } from './language.js';
import { lazy } from './lazy.js';
import { remote } from './loader.js';

/** The opening of "+N" where a zoom made room (cdn/open.js): fetched when a zoom first rests. */
const opener = lazy(() => import('../core/open.js'));

export class ZoomController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #announcer: Announcer;
  readonly #language: LanguageController;
  /**
   * Zoom `k`: stretches of time drawn k times wider, a new layout (the host's changedProperties has
   * 'zoomFactor'); pan `x` in px from the start edge, drawn as a translation: panning never lays out again.
   */
  #view: View = { k: 1, x: 0 };
  /** The layout of the zoom (what gesture frames draw). */
  #zoomLayout: Layout | null = null;
  /** The layout drawn: the zoom's, or once the view rests, it with "+N" opened around the view. */
  layout: Layout | null = null;
  /** Whether `layout` has "+N" opened, and the pan at which it was opened from the zoom's. */
  #opened = false;
  #openedAt = 0;
  /**
   * The drawn x the zoom's ticks are worked out for (around the view: a deep zoom costs what a view
   * shows), and the ticks drawn when a pan has left them (null: the zoom's own).
   */
  #tickRange: readonly [number, number] = [-Infinity, Infinity];
  #ticks: Tick[] | null = null;
  #openTimer = 0;
  #gestures: Gestures | null = null;
  /** Zoom asked for before zoom had arrived: about x, by factor. */
  #queued: { x: number; factor: number } | null = null;
  /** Zoom and pan, and the event list's keys (cdn/interact.js): fetched after the first paint, or at a first gesture or key. */
  readonly interact = lazy(
    () => import('./interact.js'),
    (m) => {
      this.#gestures = new m.Gestures({ zoom: (x, factor) => this.zoomAround(x, factor), pan: (dx) => this.panBy(dx) });
    },
  );

  /** The drawing's listeners: the gestures, once fetched (a first gesture fetches them). */
  readonly on = {
    wheel: (e: WheelEvent) => (this.#gestures ? this.#gestures.wheel(e) : void this.interact.load()),
    down: (e: PointerEvent) => (this.#gestures ? this.#gestures.down(e) : void this.interact.load()),
    move: (e: PointerEvent) => this.#gestures?.move(e),
    up: (e: PointerEvent) => this.#gestures?.up(e),
  };

  constructor(host: ReactiveElement, announcer: Announcer, language: LanguageController) {
    this.#announcer = announcer;
    this.#language = language;
    (this.#host = host).addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#openTimer);
  }

  /** The zoom (`k`, 1 = everything) and pan (`x` px from the start edge). */
  get view(): View {
    return { ...this.#view };
  }

  /** The zoom module being fetched, or null. */
  get pending(): Promise<unknown> | null {
    return this.interact.pending;
  }

  /** The last press on the drawing was a drag: the click that ends it does not select. */
  get dragged(): boolean {
    return !!this.#gestures?.dragged;
  }

  /** Fetch zoom and pan now (after the first paint). */
  prefetch(): void {
    void this.interact.load();
  }

  /** New data: everything in view again (the host lays it out again). */
  reset(): void {
    this.#view = { k: 1, x: 0 };
  }

  /**
   * The view and a width either side, in drawn x: where a layout's ticks are worked out and where "+N"
   * open when the view rests.
   */
  viewRange(width: number, direction: Layout['direction']): [number, number] {
    const at = -panShift(direction, this.#view.x); // the view's drawn x
    return [at - width, at + 2 * width];
  }

  /**
   * Draw a new layout at the zoom (null: nothing drawn horizontally), the pan kept inside it; its
   * ticks worked out for `tickRange` (default: everywhere).
   */
  show(plan: Layout | null, tickRange: readonly [number, number] = [-Infinity, Infinity]): void {
    this.layout = this.#zoomLayout = plan;
    this.#opened = false;
    this.#tickRange = tickRange;
    this.#ticks = null;
    const z = this.interact.module;
    if (plan && z) this.#view = { k: this.#view.k, x: z.clampView(plan, this.#view).x };
    this.#tickView();
    this.#openSoon();
  }

  /** After a pan out of the x the ticks were worked out for: the ticks around the view, on the layout drawn. */
  #tickView(): void {
    const frame = this.#zoomLayout;
    if (!frame || !this.layout) return;
    const [from, to] = this.viewRange(frame.width, frame.direction);
    // (The view itself is a width in from either end.)
    if (from + frame.width >= this.#tickRange[0] && to - frame.width <= this.#tickRange[1]) return;
    this.#tickRange = [from, to];
    this.#ticks = ticksBetween(frame, from, to);
    this.layout = { ...this.layout, ticks: this.#ticks };
  }

  /** A layout x as drawn now, panned (px from the drawing's left edge). */
  onScreen(x: number): number {
    return this.layout ? x + panShift(this.layout.direction, this.#view.x) : x;
  }

  /** Where an event's mark is drawn now, if it is drawn. */
  drawnX(id: string): number | null {
    const m = this.layout?.marks.find((mark) => mark.id === id);
    return m ? this.onScreen(m.x) : null;
  }

  zoomAround(x: number, factor: number): void {
    const z = this.interact.module;
    if (this.layout && z) this.#setView(z.zoomAbout(this.layout, x, factor, this.#view.x));
    else if (!z) this.#zoomOnArrival(x, factor);
  }

  /** Presses before zoom has arrived (it is fetched after the first paint): done together, once it has. */
  #zoomOnArrival(x: number, factor: number): void {
    const first = !this.#queued;
    this.#queued = { x, factor: (this.#queued?.factor ?? 1) * factor };
    if (!first) return;
    void this.interact.load().then((m) => {
      const queued = this.#queued;
      this.#queued = null;
      if (m && queued) this.zoomAround(queued.x, queued.factor);
    });
  }

  /** Pan by `dx` px (screen direction); returns whether the view moved. */
  panBy(dx: number): boolean {
    const z = this.interact.module;
    if (!this.layout || !z) return false;
    const { k, x } = this.#view;
    // The content follows the drag by dx: the pan moves by the opposite of its drawn shift.
    const view = z.clampView(this.layout, { k, x: x - panShift(this.layout.direction, dx) });
    if (view.x === x) return false;
    this.#setView(view);
    return true;
  }

  /** Show the time from `start` to `end` (Dates, epoch ms or EDTF dates) across the width. */
  async zoomTo(start: Date | number | string, end: Date | number | string): Promise<void> {
    const z = await this.interact.load();
    const view = this.layout && z?.viewBetween(this.layout, start, end, this.#view.k);
    if (view) this.#setView(view);
  }

  /** Show the whole timeline again. */
  showAll(): void {
    this.#setView({ k: 1, x: 0 });
  }

  /** Show a view (zoom and pan) and say what is in it. */
  #setView(view: View): void {
    const old = this.#view;
    this.#view = view;
    this.#host.requestUpdate('zoomFactor', old.k, undefined, true, view.k);
    if (view.x !== old.x) this.#host.requestUpdate();
    if (view.k === old.k) this.#tickView(); // (a new zoom is laid out with its ticks around the view)
    this.#sayView();
    this.#openSoon();
  }

  /** After a zoom or pan: say the stretch of time in view. */
  #sayView(): void {
    this.#announcer.say(() => {
      const plan = this.layout;
      const z = this.interact.module;
      return plan && z ? z.describeView(plan, this.#view.x, this.#language.lang) : '';
    });
  }

  /**
   * Once the view rests (a gesture's frames keep the zoom's layout, which is cheap), draw events
   * gathered in "+N" where the zoom made room for them, around the view; again after a pan of half a
   * width. Large data laid out in a worker is opened there (the page only draws what opened).
   */
  #openSoon(): void {
    clearTimeout(this.#openTimer);
    this.#openTimer = window.setTimeout(async () => {
      const frame = this.#zoomLayout;
      if (!frame || frame.zoom.k <= 1 || !frame.aggregates.length) return;
      if (this.#opened && Math.abs(this.#openedAt - this.#view.x) < frame.width / 2) return;
      const pan = this.#view.x;
      const range = this.viewRange(frame.width, frame.direction);
      // Worked out in the worker that laid the data out, if there is one; else here (then only if
      // the zoom was not laid out again while the module was fetched).
      const opened =
        (await remote.module?.openInWorker(frame, range)) ||
        (frame === this.#zoomLayout && (await opener.load())?.openAggregates(frame, range));
      if (!opened || frame !== this.#zoomLayout) return; // laid out again meanwhile
      // (Drawn with the ticks around the view, if a pan moved them since the zoom.)
      this.layout = this.#ticks ? { ...opened, ticks: this.#ticks } : opened;
      this.#opened = true;
      this.#openedAt = pan;
      // Drawn in a task of its own: working the opened events out and drawing them are two shorter
      // tasks, between which the page can answer the reader, rather than one long one.
      setTimeout(() => this.#host.requestUpdate());
    }, 150);
  }

  /** The zoom buttons above the horizontal drawing (+, −, Show all). */
  buttons(words: Messages): TemplateResult | typeof nothing {
    if (!this.layout) return nothing;
    const [group, zoomIn, zoomOut, all] = words.zoom;
    const middle = () => (this.layout?.width ?? 0) / 2;
    const out = this.#view.k <= 1;
    return html`<div class="zoom" part="zoom" role="group" aria-label=${group}>
      <button type="button" aria-label=${zoomIn} @click=${() => this.zoomAround(middle(), 2)}>+</button>
      <button type="button" aria-label=${zoomOut} ?disabled=${out} @click=${() => this.zoomAround(middle(), 0.5)}>−</button>
      <button type="button" ?disabled=${out} @click=${() => this.showAll()}>${all}</button>
    </div>`;
  }
}
