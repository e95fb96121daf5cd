import { LitElement, adoptStyles, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { buildModel, describeEras, describeModel } from '../core/model.js';
import type { TimelineItem, TimelineModel } from '../core/model.js';
import { legendKeys } from '../core/encoding.js';
import { layout } from '../core/horizontal.js';
import type { Aggregate, Layout } from '../core/horizontal.js';
import type { VerticalLayout } from '../core/vertical.js';
import { baseLanguage, fill, hasMessages, isRightToLeft, loadMessages, messagesFor, TRANSLATED_LANGUAGES } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import { validate } from '../core/validate.js';
import type { DataIssue, TimelineData, TimelineEvent } from '../core/types.js';
// The styles first: bundled next to the templates that use their class names (gzip finds both).
import { styles } from './talks-timeline.styles.js';
import { dateTemplate } from './details.js';
import { legendTemplate } from './legend.js';
import { fetchTimeline, LoadError } from './load.js';
import { rebaseMedia } from '../core/media-url.js';
import { textMeasurer } from './measure.js';
import { renderPlot } from './plot.js';
import type { Gestures } from './gestures.js';
import type { View } from '../core/zoom.js';
import { parseDate } from '../core/edtf.js';
import { formatDayRange } from '../core/format.js';
import { isTimelineJS } from '../core/timelinejs-shape.js';

/** Buttons kept on each side of the roving one when the event list is long. */
const LIST_WINDOW = 50;

/** A track whose "+N" hide more events than this is not opened by the keyboard (its DOM would grow). */
const REVEAL_LIMIT = 200;

/**
 * The vertical layout and list view (cdn/vertical.js): fetched as soon as the bundle runs, beside the
 * data, so it is there when a phone needs it; wide screens never wait for it. If it cannot be
 * fetched, the horizontal layout is drawn at every width.
 */
let verticalView: typeof import('./vertical.js') | null | false = null;
const verticalLoading = import('./vertical.js').then(
  (m) => (verticalView = m),
  () => (verticalView = false),
);

/** Narrower than this many em, orientation="auto" draws the vertical layout. */
export const VERTICAL_BELOW_EM = 36;

export interface TalksLoadDetail {
  /** Events shown. */
  events: number;
  /** Problems found in the data (errors and warnings). */
  issues: number;
}
export interface TalksSelectDetail {
  /** The selected event's id, or null when the selection was cleared. */
  id: string | null;
}
export interface TalksErrorDetail {
  issues: DataIssue[];
}

type Source =
  | { kind: 'none' }
  | { kind: 'src'; url: string }
  | { kind: 'value'; value: unknown };

type LoadState = 'empty' | 'loading' | 'ready' | 'failed';

/**
 * A timeline of dated events with honest dates.
 *
 * @tag talks-timeline
 * @fires talks-load - Data was loaded and rendered. Detail: `{ events, issues }` (counts).
 * @fires talks-select - The reader selected an event (or cleared the selection). Detail: `{ id }`.
 * @fires talks-error - The data had problems or could not be loaded. Detail: `{ issues }`.
 * @csspart base - The wrapper of everything.
 * @csspart title - The timeline's heading.
 * @csspart description - The timeline's standfirst.
 * @csspart summary - The one-line summary ("11 events from …").
 * @csspart eras - The sentence listing the periods (eras), under the summary.
 * @csspart notice - The notice listing problems in the data.
 * @csspart error - The message shown when the data could not be loaded.
 * @csspart list-toggle - The "List view" button (aria-pressed).
 * @csspart zoom - The zoom buttons above the horizontal drawing (+, −, Show all).
 * @csspart plot - The drawing and its accessible event list.
 * @csspart legend - The key to the marks' shapes (only those in use).
 * @csspart events - The list of events (one button each), for keyboards and screen readers.
 * @csspart details - The card with the selected event's details.
 * @csspart previous-button - Story mode: the details card's "Previous".
 * @csspart next-button - Story mode: the details card's "Next".
 * @csspart close-button - The details card's close button.
 * @csspart media - An event's picture, player or media link in the details card.
 * @cssproperty --talks-color-text - Text colour.
 * @cssproperty --talks-color-muted - Secondary text (dates, ticks, legend).
 * @cssproperty --talks-color-background - Background of the component and marks' halos.
 * @cssproperty --talks-color-card - Background of the details card.
 * @cssproperty --talks-color-band - Background of alternate track bands.
 * @cssproperty --talks-color-era - Tint of the period (era) bands, drawn at 12% opacity.
 * @cssproperty --talks-color-axis - Axis, ticks and button borders.
 * @cssproperty --talks-color-rule - The vertical layout's line.
 * @cssproperty --talks-color-accent - Focus ring, selection and links.
 * @cssproperty --talks-color-alert - Border of the notice and error messages.
 * @cssproperty --talks-color-alert-background - Background of the notice and error messages.
 * @cssproperty --talks-track-0 - Colour of the first track (also --talks-track-1 … --talks-track-5).
 * @cssproperty --talks-font - Font (inherits the page's by default).
 * @cssproperty --talks-space - Gap between the parts (heading, summary, drawing, legend, details).
 * @cssproperty --talks-card-padding - Padding of the details card.
 */
export class TalksTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    orientation: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    view: { type: String, reflect: true },
    link: { type: Boolean, reflect: true },
    theme: { type: String, reflect: true },
    mediaEmbeds: { type: Boolean, reflect: true, attribute: 'media-embeds' },
    data: { attribute: false },
    events: { attribute: false },
    _state: { state: true },
    _valid: { state: true },
    _issues: { state: true },
    _width: { state: true },
    _focused: { state: true },
    _focusInside: { state: true },
    _expanded: { state: true },
    _k: { state: true },
    _pan: { state: true },
    _said: { state: true },
    _listAt: { state: true },
  };

  /** The page language used for dates and words; falls back to the nearest `lang` in the page, then English. */
  declare lang: string;
  /** The id of the selected event; its details are shown. */
  declare selected: string | null;
  /**
   * 'horizontal', 'vertical', or 'auto' (the default): vertical when the component is narrower
   * than 36em (576 px at 16 px text, phones), horizontal otherwise, switching live as it resizes.
   */
  declare orientation: 'auto' | 'horizontal' | 'vertical';
  /** 'timeline' (the default): the drawing; 'list': the events as a plain list of cards, at any width. */
  declare view: 'timeline' | 'list';
  /** Keep the selection in the page URL's hash (`#<event id>`), so a shared link opens on that event. */
  declare link: boolean;
  /** 'auto' (the default) follows the reader's colour scheme; 'light' or 'dark' overrides it. */
  declare theme: 'auto' | 'light' | 'dark';
  /**
   * Let the reader play video and audio from other sites (YouTube, Vimeo, …) in the details card:
   * the player is loaded only after a click. Without it such media is a link to its page, and
   * nothing is requested from those sites.
   */
  declare mediaEmbeds: boolean;

  private _src: string | null = null;
  private _data: TimelineData | null = null;
  private _events: TimelineEvent[] | null = null;
  declare private _state: LoadState;
  /** The validated data; the model and layout derive from it, the language and the width. */
  declare private _valid: TimelineData | null;
  private _model: TimelineModel | null = null;
  private _dir: 'ltr' | 'rtl' = 'ltr';
  declare private _issues: DataIssue[];
  declare private _width: number;
  /** The event the keyboard last reached (roving tabindex memory). */
  declare private _focused: string | null;
  /** Whether focus is in the event list now (the drawing shows the focus ring only then). */
  declare private _focusInside: boolean;
  /** Tracks the reader opened from a "+N" aggregate: drawn with all their lanes. */
  declare private _expanded: readonly number[];
  /** Where the reader moved the vertical list's window with "Earlier/Later events" (an item index). */
  declare private _listAt: number | null;
  /** Zoom: stretches of time drawn _k times wider (a new layout). */
  declare private _k: number;
  /** Pan in px from the start edge, drawn as a translation: panning never lays out again. */
  declare private _pan: number;
  /** What the polite live region says now (selection and zoom changes, rate-limited). */
  declare private _said: string;
  private _sayTimer = 0;
  /** The layout of the zoom (what gesture frames draw); `_layout` is it with "+N" opened at rest. */
  private _frame: Layout | null = null;
  /** The pan at which `_layout` was opened from `_frame`. */
  private _openedAt = 0;
  private _openTimer = 0;
  /** With media-embeds: the media whose player the reader asked for. */
  private readonly _played = new Set<string>();
  /** Zoom and pan (cdn/interact.js), once fetched; the gestures' handlers wait for it. */
  private _interact: typeof import('./interact.js') | null = null;
  private _interactLoading: Promise<unknown> | null = null;
  private _gestures: Gestures | null = null;
  private readonly _on = {
    wheel: (e: WheelEvent) => this._gestures ? this._gestures.wheel(e) : void this._loadInteract(),
    down: (e: PointerEvent) => this._gestures ? this._gestures.down(e) : void this._loadInteract(),
    move: (e: PointerEvent) => this._gestures?.move(e),
    up: (e: PointerEvent) => this._gestures?.up(e),
  };
  private _total = 0;
  private _source: Source = { kind: 'none' };
  private _generation = 0;
  private _abort: AbortController | null = null;
  private _resize: ResizeObserver | null = null;
  private _resizeFrame = 0;
  private _layout: Layout | null = null;
  private _vertical: VerticalLayout | null = null;
  private _em = 16;
  private _font: ReturnType<typeof textMeasurer> | null = null;
  /** Where each shown event is in date order, by id. */
  private _index: Map<string, number> | null = null;

  /** Where an event is in date order (built on first need: the first paint of 100,000 events skips it). */
  private _at(id: string | null | undefined): number | undefined {
    const items = this._model?.items;
    if (!items || id == null) return undefined;
    if (id === items[0]?.event.id) return 0;
    return (this._index ??= new Map(items.map((it, i) => [it.event.id, i]))).get(id);
  }
  private _pendingLoadEvent = false;

  constructor() {
    super();
    this.selected = null;
    this.orientation = 'auto';
    this._state = 'empty';
    this._valid = null;
    this._issues = [];
    this._width = 0;
    this._focused = null;
    this._focusInside = false;
    this._expanded = [];
    this._k = 1;
    this._pan = 0;
    this._said = '';
    this._listAt = null;
    this.view = 'timeline';
    this.link = false;
    this.mediaEmbeds = false;
  }

  /** URL of a timeline JSON file. */
  get src(): string | null {
    return this._src;
  }
  set src(value: string | null) {
    if (value === this._src) return;
    this._src = value;
    if (value) this._use({ kind: 'src', url: value });
  }

  /** The whole timeline (or a bare array of events). */
  get data(): TimelineData | null {
    return this._data;
  }
  set data(value: TimelineData | null) {
    this._data = value;
    if (value != null) this._use({ kind: 'value', value });
  }

  /** Just the events. */
  get events(): TimelineEvent[] | null {
    return this._events;
  }
  set events(value: TimelineEvent[] | null) {
    this._events = value;
    if (value != null) this._use({ kind: 'value', value });
  }

  /** The events that are shown, in date order. */
  get shownEvents(): TimelineEvent[] {
    return this._model?.items.map((i) => i.event) ?? [];
  }

  /** Problems found in the current data. */
  get issues(): DataIssue[] {
    return this._issues;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Data written inside the element (JSON, or a fallback <ol> of events): read by a module fetched for it.
    if (this._source.kind === 'none' && this.querySelector(':scope > script[type="application/json"], :scope > ol')) {
      void import('./inline.js').then(({ readInline }) => {
        if (this._source.kind !== 'none') return; // data given meanwhile wins
        try {
          this._use({ kind: 'value', value: readInline(this, this._words) });
        } catch (e) {
          this._fail(e as Error);
        }
      });
    }
    // Width changes are applied on the next frame: re-laying out inside the observer's callback
    // would resize us again in the same frame ("ResizeObserver loop" errors on the host page).
    this._resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (!w || w === this._width) return;
      cancelAnimationFrame(this._resizeFrame);
      this._resizeFrame = requestAnimationFrame(() => {
        this._width = w;
      });
    });
    this._resize.observe(this);
    addEventListener('hashchange', this._onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._resize = null;
    cancelAnimationFrame(this._resizeFrame);
    removeEventListener('hashchange', this._onHash);
    clearTimeout(this._sayTimer);
    clearTimeout(this._openTimer);
  }

  /** With `link`: the event named by the URL's hash, if it is one of ours (other hashes are not ours). */
  private _hashId(): string | null {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return null;
    }
    return id && this._item(id) ? id : null;
  }

  private readonly _onHash = (): void => {
    const id = this.link && this._hashId();
    if (id) this._select(id, true);
  };

  /** With `link`: the hash follows the selection; a hash that is not one of our events is left alone. */
  private _linkSelection(): void {
    if (!this.link || !this._model) return;
    const ours = this._hashId();
    if (this.selected && ours !== this.selected) history.replaceState(history.state, '', `#${encodeURIComponent(this.selected)}`);
    else if (!this.selected && ours) history.replaceState(history.state, '', location.pathname + location.search);
  }

  /** Say `text` through the polite live region; changes in quick succession are said once, the last. */
  private _say(text: () => string): void {
    clearTimeout(this._sayTimer);
    this._sayTimer = window.setTimeout(() => {
      this._said = text();
    }, 500);
  }

  /** After a zoom or pan: say the stretch of time in view. */
  private _sayView(): void {
    this._say(() => {
      const plan = this._layout;
      const z = this._interact;
      if (!plan || !z) return '';
      const [a, b] = [z.timeAt(plan, 0, this._pan), z.timeAt(plan, plan.width, this._pan)].sort((p, q) => p - q);
      const lang = this.resolvedLang;
      return fill(messagesFor(lang).showing, { range: formatDayRange(a, b, lang) });
    });
  }

  /** The language for dates and words: `lang`, else the nearest `lang` in the page, else English. */
  get resolvedLang(): string {
    const own = this.getAttribute('lang');
    if (own) return own;
    const near = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return near || document.documentElement.lang || 'en';
  }

  /** Writing direction: the nearest `dir` in the page, else the language's. */
  get resolvedDir(): 'ltr' | 'rtl' {
    const near = this.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
    if (near === 'rtl' || near === 'ltr') return near;
    return isRightToLeft(this.resolvedLang) ? 'rtl' : 'ltr';
  }

  private get _words(): Messages {
    return messagesFor(this.resolvedLang);
  }

  private _use(source: Source): void {
    this._source = source;
    const generation = ++this._generation;
    this._abort?.abort();
    this._abort = null;
    if (source.kind === 'src') {
      const controller = new AbortController();
      this._abort = controller;
      this._state = 'loading';
      fetchTimeline(source.url, controller.signal, loadMessages(this.resolvedLang)).then(
        (json) => {
          if (generation === this._generation) this._accept(json);
        },
        (e: Error) => {
          if (generation === this._generation && e.name !== 'AbortError') this._fail(e);
        },
      );
    } else if (source.kind === 'value') {
      this._accept(source.value);
    }
  }

  private _accept(json: unknown, generation = this._generation, converted: DataIssue[] = []): void {
    this._abort = null;
    // A TimelineJS3 file (told by its shape) is converted by a module fetched for it, then validated.
    if (isTimelineJS(json)) {
      void import('../core/timelinejs.js').then(({ fromTimelineJS }) => {
        const { data, issues } = fromTimelineJS(json);
        if (generation === this._generation) this._accept(data, generation, issues);
      });
      return;
    }
    const { data, issues, total } = validate(json);
    if (this._source.kind === 'src') rebaseMedia(data.events, new URL(this._source.url, document.baseURI).href);
    this._total = total + converted.filter((i) => i.severity === 'error').length;
    this._issues = [...converted, ...issues];
    this._valid = data;
    this._state = 'ready';
    this._pendingLoadEvent = true;
  }

  private _fail(e: Error): void {
    const issue = e instanceof LoadError ? e.issue : { path: '', message: String(e), severity: 'error' as const }; // unexpected: as the browser says it
    this._abort = null;
    this._valid = null;
    this._issues = [issue];
    this._total = 0;
    this._state = 'failed';
    this._emit<TalksErrorDetail>('talks-error', { issues: [issue] });
  }

  private _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** The details card's module (with story mode): fetched after the first paint or at the first selection. */
  private _card: typeof import('./card.js') | null = null;
  private _cardLoading: Promise<unknown> | null = null;

  /** The card module is needed now: an event is open, or there are problems to list. */
  private _needsCard(): boolean {
    return !this._card && !!(this.selected || (this._model && this._issues.length));
  }

  private _loadCard(): Promise<unknown> {
    return (this._cardLoading ??= import('./card.js').then(
      (card) => {
        this._card = card;
        this._adopt();
        this.requestUpdate();
      },
      () => {
        this._cardLoading = null; // not fetched (offline?): a later selection tries again
      },
    ));
  }

  /** Whether the vertical module's styles are adopted in this element's shadow root. */
  private _verticalStyled = false;

  /** The element's styles and those of the modules fetched since (the card, the vertical layout). */
  private _adopt(): void {
    const extra = [this._card?.cardStyles, this._verticalStyled ? (verticalView as typeof import('./vertical.js')).verticalStyles : null];
    adoptStyles(this.renderRoot as ShadowRoot, [...TalksTimeline.elementStyles, ...extra.filter((x) => !!x)]);
  }

  /** The language pack being fetched (its primary subtag), if any. */
  private _waitingFor: string | null = null;
  private _wordsArrived: Promise<unknown> = Promise.resolve();

  /**
   * The words for `lang`, or null while its language pack is on its way (the timeline is drawn
   * once, in the right words, rather than in English first).
   */
  private _wordsNow(lang: string): Messages | null {
    const base = baseLanguage(lang);
    if (hasMessages(base) || !TRANSLATED_LANGUAGES.includes(base)) return messagesFor(base);
    if (this._waitingFor !== base) {
      this._waitingFor = base;
      this._wordsArrived = loadMessages(base).then(() => {
        if (this._waitingFor === base) this._waitingFor = null;
        this.requestUpdate();
      });
    }
    return null;
  }

  /** Also waits for a language pack being fetched, and the update that follows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const interacting = () => this._interactLoading && !this._interact;
    while (this._waitingFor || (this._model && verticalView === null) || (this._needsCard() && this._cardLoading) || interacting()) {
      await (this._waitingFor ? this._wordsArrived : verticalView === null ? verticalLoading : interacting() ? this._interactLoading : this._cardLoading);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** What the current model and layout were derived from: recomputed only when one of these changes. */
  private _derivedFrom: unknown[] = [];

  protected override willUpdate(changed: Map<string, unknown>): void {
    // The keyboard's place follows the selection, however it was made (click, attribute, story, link).
    if (changed.has('selected') && this.selected) this._focused = this.selected;
    const lang = this.resolvedLang;
    const words = this._wordsNow(lang);
    const [valid, oldLang, width, orientation, expanded, oldWords, k, view, mod] = this._derivedFrom;
    const relabel = valid !== this._valid || oldLang !== lang || oldWords !== words;
    if (valid !== this._valid) {
      this._listAt = null;
      this._expanded = [];
      this._focused = null;
      this._k = 1;
      this._pan = 0;
    }
    if (relabel) {
      this._model = this._valid && words ? buildModel(this._valid, lang) : null;
      this._index = null;
    }
    // The width laid out at: the observed one, or before the first observation the element's own
    // (so that the observer reporting the same width later changes nothing).
    const w = this._width || (this._model ? this.clientWidth : 0) || 800;
    if (this._model && (relabel || width !== w || orientation !== this.orientation || expanded !== this._expanded || k !== this._k || view !== this.view || mod !== verticalView)) {
      // Font and direction are read again unless only the zoom changed (reading styles costs a reflow).
      if (k === this._k || !this._font) {
        this._font = textMeasurer(this);
        this._dir = this.resolvedDir;
      }
      const { em, measure } = this._font;
      this._em = em;
      const vertical = verticalView !== false && (this.view === 'list' || this.orientation === 'vertical' || (this.orientation !== 'horizontal' && w < VERTICAL_BELOW_EM * em));
      this._vertical = vertical && verticalView ? verticalView.layoutVertical(this._model, { lang }) : null;
      if (this._vertical && !this._verticalStyled) {
        this._verticalStyled = true;
        this._adopt();
      }
      if (vertical && !verticalView) void verticalLoading.then(() => this.requestUpdate());
      this._layout = this._frame = vertical ? null : layout(this._model, {
        width: w, em, measure, lang, direction: this._dir, expanded: this._expanded, zoom: { k: this._k, x: 0 },
      });
      if (this._layout && this._interact) this._pan = this._interact.clampView(this._layout, { k: this._k, x: this._pan }).x;
      this._openSoon();
    }
    if (!this._model) {
      this._layout = null;
      this._vertical = null;
    } else if (this._pendingLoadEvent) {
      this._onHash(); // new data: open on the event the URL names (with link)
    }
    if (this._needsCard()) void this._loadCard();
    this._derivedFrom = [this._valid, lang, w, this.orientation, this._expanded, words, this._k, this.view, verticalView];
  }

  /** 'horizontal' or 'vertical': the orientation drawn now. */
  get resolvedOrientation(): 'horizontal' | 'vertical' {
    return this._vertical ? 'vertical' : 'horizontal';
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('selected')) this._linkSelection();
    // Custom track colours in the vertical list: set through CSSOM, which strict CSP allows.
    const custom = this._vertical && this.renderRoot.querySelectorAll<HTMLElement>('.events.vertical li.custom');
    if (custom && this._model) {
      for (const li of custom) {
        const color = this._model.tracks[this._item(li.dataset.id ?? null)?.track ?? -1]?.color;
        if (color) li.style.setProperty('--c', color);
      }
    }
    if (this._pendingLoadEvent && this._model) {
      this._pendingLoadEvent = false;
      void this._loadCard(); // drawn: now fetch the details card, before the reader asks for it
      void this._loadInteract(); // and zoom and pan
      this._emit<TalksLoadDetail>('talks-load', { events: this._model.items.length, issues: this._issues.length });
      if (this._issues.length) {
        this._emit<TalksErrorDetail>('talks-error', { issues: this._issues });
        console.warn("<talks-timeline> problems in the data:", this._issues);
      }
    }
  }

  /** The horizontal drawing's zoom (`k`, 1 = everything) and pan (`x` px from the start edge). */
  get zoom(): View {
    return { k: this._k, x: this._pan };
  }

  /** Show a view (zoom and pan) and say what is in it. */
  private _setView(view: View): void {
    this._k = view.k;
    this._pan = view.x;
    this._sayView();
    this._openSoon();
  }

  /**
   * Once the view rests (a gesture's frames keep the zoom's layout, which is cheap), draw events
   * gathered in "+N" where the zoom made room for them, around the view; again after a pan of half a
   * width. The code for it is fetched then (cdn/open.js).
   */
  private _openSoon(): void {
    clearTimeout(this._openTimer);
    this._openTimer = window.setTimeout(async () => {
      const frame = this._frame;
      if (!frame || frame.zoom.k <= 1 || !frame.aggregates.length) return;
      if (this._layout !== frame && Math.abs(this._openedAt - this._pan) < frame.width / 2) return;
      const { openAggregates } = await import('../core/open.js');
      if (frame !== this._frame) return; // laid out again meanwhile
      const w = frame.width;
      const at = this._dir === 'rtl' ? -this._pan : this._pan; // the view's drawn x
      this._layout = openAggregates(frame, [at - w, at + 2 * w]);
      this._openedAt = this._pan;
      this.requestUpdate();
    }, 150);
  }

  /** Fetch zoom and pan (after the first paint, or at a first gesture). */
  private _loadInteract(): Promise<unknown> {
    return (this._interactLoading ??= import('./interact.js').then(
      (m) => {
        this._interact = m;
        this._gestures = new m.Gestures({
          zoom: (x, factor) => this._zoomAround(x, factor),
          pan: (dx) => this._panBy(dx),
        });
      },
      () => {
        this._interactLoading = null; // not fetched (offline?): a later gesture tries again
      },
    ));
  }

  private _zoomAround(x: number, factor: number): void {
    if (this._layout && this._interact) this._setView(this._interact.zoomAbout(this._layout, x, factor, this._pan));
    else void this._loadInteract();
  }

  private _panBy(dx: number): boolean {
    if (!this._layout || !this._interact) return false;
    const view = this._interact.clampView(this._layout, { k: this._k, x: this._pan + (this._dir === 'rtl' ? -dx : dx) });
    if (view.x === this._pan) return false;
    this._setView(view);
    return true;
  }

  /**
   * Show the time from `start` to `end` across the width (horizontal layout). Each is a Date, epoch
   * ms, or an EDTF date: `zoomTo('2025-05', '2025-06')` shows May and June 2025. Resolves once
   * shown (zoom is a module fetched after the first paint).
   */
  async zoomTo(start: Date | number | string, end: Date | number | string): Promise<void> {
    await this._loadInteract();
    if (!this._layout || !this._interact) return;
    const at = (v: Date | number | string, edge: 'min' | 'max') => {
      try {
        return typeof v === 'string' ? parseDate(v)[edge] ?? NaN : +v;
      } catch {
        return NaN; // not a date: the view stays as it is
      }
    };
    const [a, b] = [at(start, 'min'), at(end, 'max')];
    if (!Number.isFinite(a) || !Number.isFinite(b)) return;
    const view = this._interact.viewOf(this._layout, a, b);
    // The same stretch of time elsewhere is a pan: keep the zoom exactly, so nothing is laid out again.
    if (Math.abs(view.k / this._k - 1) < 1e-9) view.k = this._k;
    this._setView(view);
  }

  /** Show the whole timeline again. */
  resetZoom(): void {
    this._setView({ k: 1, x: 0 });
  }

  /** A layout x as drawn now, panned (px from the drawing's left edge). */
  private _onScreen(x: number): number {
    return x + (this._dir === 'rtl' ? this._pan : -this._pan);
  }

  /** Where an event's mark is drawn now, if it is drawn. */
  private _drawnX(id: string): number | null {
    const m = this._layout?.marks.find((mark) => mark.id === id);
    return m ? this._onScreen(m.x) : null;
  }

  /** Pan so that the event's mark is in view (the keyboard's place must be seen). */
  private _showMark(id: string): void {
    const x = this._drawnX(id);
    const w = this._layout?.width ?? 0;
    if (x !== null && (x < 2 * this._em || x > w - 2 * this._em)) this._panBy(x - w / 2);
  }

  /** The shown event with this id. */
  private _item(id: string | null): TimelineItem | undefined {
    return this._model?.items[this._at(id) ?? -1];
  }

  /** The keyboard's place moves to an event: remembered, its track opened if it hides in "+N", its mark in view. */
  private _goTo(id: string): void {
    this._focused = id;
    this._listAt = null; // the list's window follows the keyboard again
    this._reveal(id);
    this._showMark(id);
  }

  /** Focus an event's button once the list has been drawn (the list window may move first). */
  private _focusEvent(id: string | null): void {
    void this.updateComplete.then(() => this._buttons().find((b) => b.dataset.id === id)?.focus());
  }

  private _expand(track: number): void {
    if (!this._expanded.includes(track)) this._expanded = [...this._expanded, track];
  }

  /**
   * A keyboard or screen-reader user reached an event gathered in "+N": open its track so it is seen,
   * unless the track hides too many to draw (then the focus shows on the "+N" that holds it).
   */
  private _reveal(id: string): void {
    const pill = this._layout?.aggregates.find((a) => a.ids.includes(id));
    if (pill && this._hidden(pill.track) <= REVEAL_LIMIT) this._expand(pill.track);
  }

  /** Events of a track gathered in "+N". */
  private _hidden(track: number): number {
    return this._layout!.aggregates.reduce((n, a) => n + (a.track === track ? a.ids.length : 0), 0);
  }

  /** A "+N" activated: its track opens, or when that would draw too many, the view zooms in on it. */
  private _openPill(pill: Aggregate): void {
    if (this._hidden(pill.track) <= REVEAL_LIMIT) this._expand(pill.track);
    else this._zoomAround(this._onScreen(pill.box.x + pill.box.width / 2), 4);
  }

  private _select(id: string | null, fromUser: boolean): void {
    if (id === this.selected) return;
    this.selected = id;
    if (fromUser) this._emit<TalksSelectDetail>('talks-select', { id });
    const item = this._item(id);
    if (item) this._say(() => `${item.event.title}, ${item.dateLabel}`);
  }

  /** Story mode: select the previous or next event in date order, keeping the reader's place. */
  private _step(by: -1 | 1): void {
    const items = this._model?.items ?? [];
    const id = items[this._at(this.selected)! + by]?.event.id;
    if (!id) return;
    this._goTo(id);
    this._select(id, true);
    // In the list the card moves with its event: focus the same step button in its new place.
    const step = by < 0 ? '.previous' : '.next';
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLButtonElement>(`.story ${step}`);
      if (button && !button.disabled) button.focus();
    });
  }

  /** PageUp/PageDown: the first event of the next stretch of time, or of this one (then the one before). */
  private _pageStep(current: number, forward: boolean): number {
    const items = this._model!.items;
    const breaks: { from: number }[] = this._layout?.breaks ?? this._vertical?.rows.filter((r) => r.kind === 'break') ?? [];
    // An event's stretch: the breaks that start before it (a vague date may begin inside a break).
    const seg = (i: number) => {
      const t = items[i].span.min ?? items[i].span.max ?? 0;
      return breaks.filter((b) => b.from < t).length;
    };
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

  private _toggle(id: string): void {
    this._select(this.selected === id ? null : id, true);
  }

  private _buttons(): HTMLButtonElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLButtonElement>('.events button[data-id]') ?? [])];
  }

  private _onListKey(e: KeyboardEvent): void {
    const items = this._model?.items;
    const target = (e.target as HTMLElement).closest?.('button[data-id]') as HTMLButtonElement | null;
    if (!items || !target) return;
    const current = this._at(target.dataset.id);
    if (current === undefined) return;
    const rtl = this._dir === 'rtl';
    let next = -1;
    switch (e.key) {
      case 'ArrowRight': next = current + (rtl ? -1 : 1); break;
      case 'ArrowDown': next = current + 1; break;
      case 'ArrowLeft': next = current + (rtl ? 1 : -1); break;
      case 'ArrowUp': next = current - 1; break;
      case 'Home': next = 0; break;
      case 'End': next = items.length - 1; break;
      case 'PageDown': next = this._pageStep(current, true); break;
      case 'PageUp': next = this._pageStep(current, false); break;
      case '+': case '=': case '-': case '0': {
        if (!this._layout || e.ctrlKey || e.metaKey || e.altKey) return; // ctrl/⌘ + and − zoom the page
        e.preventDefault();
        if (e.key === '0') this.resetZoom();
        else this._zoomAround(this._drawnX(target.dataset.id!) ?? this._layout.width / 2, e.key === '-' ? 1 / 1.5 : 1.5);
        return;
      }
      case 'Escape':
        if (this.selected) {
          e.preventDefault();
          this._select(null, true);
        }
        return;
      default: return;
    }
    e.preventDefault();
    const id = items[Math.max(0, Math.min(items.length - 1, next))].event.id;
    this._focusInside = true; // a key pressed in the list: focus is in it, even if no focus event came
    this._goTo(id);
    this._focusEvent(id);
  }

  private _onFocusOut(e: FocusEvent): void {
    if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) this._focusInside = false;
  }

  private _closeDetails(): void {
    this._focusEvent(this.selected);
    this._select(null, true);
  }

  /** The list toggle, and the zoom buttons when the drawing is horizontal. */
  private _tools(words: Messages): TemplateResult {
    const [group, zoomIn, zoomOut, all] = words.zoom;
    const middle = () => (this._layout?.width ?? 0) / 2;
    const out = this._k <= 1;
    const list = this.view === 'list';
    return html`<div class="tools">
      <button type="button" part="list-toggle" aria-pressed=${list ? 'true' : 'false'}
          @click=${() => { this.view = list ? 'timeline' : 'list'; }}>${words.listView}</button>
      ${this._layout ? html`<div class="zoom" part="zoom" role="group" aria-label=${group}>
        <button type="button" aria-label=${zoomIn} @click=${() => this._zoomAround(middle(), 2)}>+</button>
        <button type="button" aria-label=${zoomOut} ?disabled=${out} @click=${() => this._zoomAround(middle(), 0.5)}>−</button>
        <button type="button" ?disabled=${out} @click=${() => this.resetZoom()}>${all}</button>
      </div>` : nothing}
    </div>`;
  }

  /** The items [from, to) kept in the DOM: all of them, or a window around `at` in long lists. */
  private _range(at: number): [number, number] {
    const n = this._model?.items.length ?? 0;
    return n > LIST_WINDOW * 3 ? [Math.max(0, at - LIST_WINDOW), Math.min(n, at + LIST_WINDOW + 1)] : [0, n];
  }

  private _list(model: TimelineModel, words: Messages): TemplateResult {
    const { items } = model;
    const roving = this._focused ?? this.selected ?? items[0]?.event.id;
    // Long lists keep a window of buttons around the roving one in the DOM; each says its place
    // in the whole list (aria-posinset/setsize), and the arrow keys move the window.
    const [from, to] = this._range(this._at(roving) ?? 0);
    return html`<ol class="events" part="events" aria-label=${words.eventList} @keydown=${this._onListKey}
        @focusin=${() => { this._focusInside = true; }} @focusout=${this._onFocusOut}>
      ${items.slice(from, to).map((it, k) => {
        const id = it.event.id;
        const track = model.tracks[it.track]?.label;
        const status = words.status[it.status];
        return html`<li aria-setsize=${items.length} aria-posinset=${from + k + 1}>
          <button type="button" data-id=${id} tabindex=${id === roving ? 0 : -1}
              aria-expanded=${id === this.selected ? 'true' : 'false'} aria-controls="details"
              @focus=${() => this._goTo(id)} @click=${() => this._toggle(id)}>
            <span class="event-title">${it.event.title}</span>, ${dateTemplate(it.dateParts)}${status ? `, ${status}` : ''}${track ? `, ${track}` : ''}
          </button>
        </li>`;
      })}
    </ol>`;
  }

  protected override render(): TemplateResult {
    const model = this._model;
    const lang = this.resolvedLang;
    const words = messagesFor(lang);
    const plotted = model && this._layout;
    const item = this._item(this.selected);
    const roving = this._focused ?? this.selected ?? model?.items[0]?.event.id;
    const rovingAt = this._at(roving) ?? 0;
    const [from, to] = this._range(this._listAt ?? rovingAt);
    const details = () => (item && this._card ? this._card.detailsTemplate(item, model?.tracks[item.track], words, () => this._closeDetails(), {
      index: this._at(item.event.id)!, total: model!.items.length, step: (by) => this._step(by),
    }, this.mediaEmbeds ? this._played : null) : nothing);
    const dropped = model ? this._total - model.items.length : 0;
    return html`<div class="base" part="base" dir=${this._dir}>
      ${model?.title ? html`<h2 class="heading" part="title">${model.title}</h2>` : nothing}
      ${model?.description ? html`<p class="description" part="description">${model.description}</p>` : nothing}
      ${model ? html`<p class="summary" part="summary">${describeModel(model, lang)}</p>` : nothing}
      ${model?.eras.length ? html`<p class="summary eras" part="eras">${describeEras(model, lang)}</p>` : nothing}
      ${this._state === 'loading' || (this._valid && !model) ? html`<p class="loading" role="status">${words.loading}</p>` : nothing}
      ${this._state === 'failed' ? html`<div class="error" part="error" role="alert">${this._issues[0]?.message}</div>` : nothing}
      ${this._state === 'ready' && model && this._card ? this._card.noticeTemplate(this._issues, dropped, this._total, words, lang) : nothing}
      ${plotted || (model && this.view === 'list') ? this._tools(words) : nothing}
      ${plotted ? html`<div class="plot" part="plot" @wheel=${this._on.wheel}
          @pointerdown=${this._on.down} @pointermove=${this._on.move} @pointerup=${this._on.up}
          @pointercancel=${this._on.up}>
        ${renderPlot(this._layout!, model.tracks, {
          selected: this.selected, focused: this._focusInside ? this._focused : null, pan: this._pan,
          onPick: (id) => this._gestures?.dragged || this._toggle(id),
          onExpand: (pill) => this._openPill(pill),
        }, this._em)}
        ${this._list(model, words)}
      </div>
      ${legendTemplate(legendKeys(this._layout!), words)}
      <div id="details" class="details">${details()}</div>` : nothing}
      ${model && this._vertical ? html`<div class="plot vertical" part="plot">
        ${(verticalView as typeof import('./vertical.js')).verticalTemplate(this._vertical, model, words, {
          selected: this.selected,
          // The window's first event takes the tab stop when the reader moved the window off the roving one.
          roving: rovingAt >= from && rovingAt < to ? roving : model.items[from]?.event.id,
          from, to,
          onMore: (by) => {
            this._listAt = by < 0 ? from - LIST_WINDOW - 1 : to + LIST_WINDOW;
          },
          onFocus: (id) => { this._focused = id; },
          onPick: (id) => this._toggle(id),
          onKey: (e) => this._onListKey(e),
          onEnter: () => { this._focusInside = true; },
          onLeave: (e: FocusEvent) => this._onFocusOut(e),
          details,
        })}
      </div>
      ${legendTemplate(legendKeys(this._vertical), words)}` : nothing}
      <p class="said" role="status">${this._said}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'talks-timeline': TalksTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'talks-load': CustomEvent<TalksLoadDetail>;
    'talks-select': CustomEvent<TalksSelectDetail>;
    'talks-error': CustomEvent<TalksErrorDetail>;
  }
}
