/** The drawing's layout: vertical (its module fetched as the bundle runs) or horizontal at the zoom, at the element's width and font. */
import type { CSSResult, ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { layout } from '../core/horizontal.js';
import type { LayoutOptions } from '../core/horizontal.js';
import type { Messages } from '../core/messages.js';
import type { VerticalLayout } from '../core/vertical.js';
import { lazy } from './lazy.js';
import { textMeasurer } from './measure.js';
import type { ShownEvents } from './shown-events.js';
import type { ListState } from './vertical.js';
import type { ZoomController } from './zoom-controller.js';

/**
 * The vertical layout and list view (cdn/vertical.js). On a narrow screen it is fetched as soon as
 * the bundle runs, beside the data, so it is there when the first frame needs it; elsewhere when a
 * layout needs it, else after the first paint (a wide screen's first frame fetches no module). If it
 * cannot be fetched, the horizontal layout is drawn at every width.
 */
const verticalModule = lazy(() => import('./vertical.js'));

/** Narrower than this many em, orientation="auto" draws the vertical layout. */
export const VERTICAL_BELOW_EM = 36;

/** A window narrower than this (px) is a phone's or a small tablet's: its elements are likely drawn vertically. */
const NARROW_WINDOW = 48 * 16;
if (typeof innerWidth === 'number' && innerWidth < NARROW_WINDOW) void verticalModule.load();

export interface LayoutHost extends ReactiveElement {
  orientation: 'auto' | 'horizontal' | 'vertical';
  view: 'timeline' | 'list';
  readonly resolvedDir: 'ltr' | 'rtl';
}

export class LayoutController implements ReactiveController {
  readonly #host: LayoutHost;
  readonly #zoom: ZoomController;
  readonly #shown: ShownEvents;
  /** The vertical module's styles are there to adopt (the host adopts them with the card's). */
  readonly #adopt: () => void;
  /** The element's width laid out at, px (0 until known); the host's changedProperties has 'width' when it changed. */
  #width = 0;
  #resizeObserver: ResizeObserver | null = null;
  #resizeFrame = 0;
  /** The vertical layout, when that is drawn (the horizontal one is the zoom's). */
  vertical: VerticalLayout | null = null;
  /** Writing direction, read with the font. */
  dir: 'ltr' | 'rtl' = 'ltr';
  #font: ReturnType<typeof textMeasurer> | null = null;
  /** The vertical module's styles, once its layout has been drawn. */
  styles: CSSResult | null = null;

  constructor(host: LayoutHost, zoom: ZoomController, shown: ShownEvents, adopt: () => void) {
    this.#zoom = zoom;
    this.#shown = shown;
    this.#adopt = adopt;
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    // A new width is applied on the next frame: laying out again inside the observer's callback
    // would resize us again in the same frame ("ResizeObserver loop" errors on the host page).
    this.#resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      cancelAnimationFrame(this.#resizeFrame);
      if (!w || w === this.#width) return;
      this.#resizeFrame = requestAnimationFrame(() => {
        const old = this.#width;
        this.#width = w;
        this.#host.requestUpdate('width', old, undefined, true, w);
      });
    });
    this.#resizeObserver.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    cancelAnimationFrame(this.#resizeFrame);
  }

  /** The text size the layout was made at, px. */
  get em(): number {
    return this.#font?.em ?? 16;
  }

  /** Fetch the vertical module now (after the first paint: before the reader turns the phone or asks for the list). */
  prefetch(): void {
    void verticalModule.load();
  }

  /** The vertical module being fetched (the host waits for it while it has data), or null. */
  get pending(): Promise<unknown> | null {
    return verticalModule.pending;
  }

  /** Where the stretches of time drawn begin (PageUp, PageDown): the axis breaks. */
  breakStarts(): number[] {
    const breaks = this.#zoom.layout?.breaks ?? this.vertical?.rows.filter((r) => r.kind === 'break') ?? [];
    return breaks.map((b) => b.from);
  }

  /**
   * Lay the shown events out (none: nothing is drawn), vertically or horizontally at the zoom; `zoomed`:
   * only the zoom changed; `kept`: the lanes events keep and the words before their dates, after an update.
   */
  layOut(expanded: readonly number[], zoomed: boolean, lang: string, kept: Pick<LayoutOptions, 'lanes' | 'notes'> = {}): void {
    const host = this.#host;
    const model = this.#shown.model;
    if (!model) {
      this.vertical = null;
      return this.#zoom.show(null);
    }
    // The width laid out at: the observed one, or before the first observation the element's own
    // (so that the observer reporting the same width later changes nothing).
    const w = (this.#width ||= host.clientWidth) || 800;
    // Font and direction are read again unless only the zoom changed (reading styles costs a reflow).
    if (!zoomed || !this.#font) {
      this.#font = textMeasurer(host);
      this.dir = host.resolvedDir;
    }
    const { em, measure } = this.#font;
    const vertical =
      !verticalModule.failed &&
      (host.view === 'list' || host.orientation === 'vertical' || (host.orientation !== 'horizontal' && w < VERTICAL_BELOW_EM * em));
    const module = verticalModule.module;
    this.vertical = vertical && module ? module.layoutVertical(model, { lang }) : null;
    if (this.vertical && !this.styles) {
      this.styles = module!.verticalStyles;
      this.#adopt();
    }
    // Once the module is there (or could not be fetched): the host's changedProperties has 'verticalModule'.
    if (vertical && !module)
      void verticalModule.load().then((m) => host.requestUpdate('verticalModule', null, undefined, true, m ?? false));
    if (vertical) return this.#zoom.show(null);
    // Ticks only around the view (a pan past them works out more): a deep zoom costs what a view shows.
    const tickRange = this.#zoom.viewRange(w, this.dir);
    this.#zoom.show(
      layout(model, {
        width: w,
        em,
        measure,
        lang,
        direction: this.dir,
        expanded,
        zoom: { k: this.#zoom.view.k, x: 0 },
        tickRange,
        ...kept,
      }),
      tickRange,
    );
  }

  /** The vertical layout, drawn as a list of events. */
  verticalTemplate(words: Messages, state: ListState): TemplateResult {
    return verticalModule.module!.verticalTemplate(this.vertical!, this.#shown.model!, words, state);
  }

  hostUpdated(): void {
    // Custom track colours in the vertical list (set through CSSOM, which strict CSP allows).
    const model = this.#shown.model;
    if (this.vertical && model) verticalModule.module?.paintTrackColours(this.#host.renderRoot, model);
  }
}
