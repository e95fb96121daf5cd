/** <talks-timeline>: its public properties and attributes, events, derived state and render; its behaviour is in controllers. */
import { LitElement, adoptStyles, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { buildModel, describeEras, describeModel } from '../core/model.js';
import { legendKeys } from '../core/encoding.js';
import { messagesFor } from '../core/messages.js';
import { tickWarmers } from '../core/ticks.js';
import type { Messages } from '../core/messages.js';
import type { DataIssue, TimelineData, TimelineEvent } from '../core/types.js';
import type { View } from '../core/zoom.js';
import { fire } from './events.js';
import type { HashLink } from './hash-link.js';
import { LanguageController } from './language.js';
import { LayoutController } from './layout-controller.js';
import { lazy } from './lazy.js';
import type { LiveUpdates } from './live.js';
import { Loader } from './loader.js';
import { ShownEvents } from './shown-events.js';
// The styles after the code (and what it imports), before the templates that use their class names:
// bundled close together, gzip finds both.
import { styles } from './talks-timeline.styles.js';
import { Announcer } from './announcer.js';
import { CardController } from './card-controller.js';
import { legendTemplate } from './legend.js';
import { renderPlot } from './plot.js';
import { RovingController } from './roving.js';
import { ZoomController } from './zoom-controller.js';

export { VERTICAL_BELOW_EM } from './layout-controller.js';
export type { TalksErrorDetail, TalksLoadDetail, TalksSelectDetail, TalksUpdateDetail } from './events.js';

/**
 * A timeline of dated events with honest dates.
 *
 * @tag talks-timeline
 * @fires talks-load - Data was loaded and rendered. Detail: `{ events, issues }` (counts) and `worker` (read in a Web Worker).
 * @fires talks-select - The reader selected an event (or cleared the selection). Detail: `{ id }`.
 * @fires talks-error - The data had problems or could not be loaded. Detail: `{ issues }`.
 * @fires talks-update - A new version of the data is drawn (`refresh`, or `data`/`events` assigned again). Detail: `{ added, changed, removed }` (event ids).
 * @csspart base - The wrapper of everything.
 * @csspart title - The timeline's heading.
 * @csspart description - The timeline's standfirst.
 * @csspart summary - The one-line summary ("11 events from …").
 * @csspart updated - "Updated 5 minutes ago", when the data says when it was updated.
 * @csspart refresh-status - With `refresh`: the quiet line saying a check for a new version failed and when the next is.
 * @csspart eras - The sentence listing the periods (eras), under the summary.
 * @csspart notice - The notice listing problems in the data.
 * @csspart error - The message shown when the data could not be loaded.
 * @csspart progress - The progress bar while large data is read in a worker.
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
    selected: { type: String, reflect: true },
    view: { type: String, reflect: true },
    link: { type: Boolean, reflect: true },
    theme: { type: String, reflect: true },
    mediaEmbeds: { type: Boolean, reflect: true, attribute: 'media-embeds' },
    refresh: { type: Number, reflect: true },
    worker: { type: String, reflect: true },
    data: { attribute: false },
    events: { attribute: false },
  };

  /** The page language used for dates and words; falls back to the nearest `lang` in the page, then English (watched). */
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
  /**
   * Check `src` for a new version every this many seconds (at least 15), with conditional requests,
   * while the page is visible; what changed is drawn without losing the reader's place, marked and said.
   */
  declare refresh: number | null;
  /**
   * 'auto' (the default): large data (a `src` file over 1 MB, more than 5,000 events assigned) is read,
   * validated and laid out in a Web Worker (cdn/worker.js) where one can start; 'off': always on the page's thread.
   */
  declare worker: 'auto' | 'off';

  #src: string | null = null;
  #data: TimelineData | null = null;
  #events: TimelineEvent[] | null = null;
  /** The events shown: from the valid data, in `#modelLang` with `#modelWords`. */
  readonly #shown = new ShownEvents();
  #modelLang = '';
  #modelWords: Messages | null = null;
  /** A shared link selected an event while the element updated: talks-select is fired once it is drawn. */
  #talksSelectOwed = false;

  readonly #language = new LanguageController(this);
  readonly #announcer = new Announcer(this);
  readonly #loader = new Loader(
    this,
    this.#language,
    (issue) => fire(this, 'talks-error', { issues: [issue] }),
    () => this.#live.load(),
  );
  readonly #zoom = new ZoomController(this, this.#announcer, this.#language);
  readonly #layout = new LayoutController(this, this.#zoom, this.#shown, () => this.#adopt());
  /** The reader selected an event, or closed it (null). */
  readonly #selectByReader = (id: string | null): void => this.#select(id, true);
  readonly #roving = new RovingController(this, this.#zoom, this.#layout, this.#shown, this.#selectByReader);
  /** With `link` (cdn/hash-link.js, fetched when the attribute is set): the selection in the page URL's hash. */
  #link: HashLink | null = null;
  readonly #linker = lazy(
    () => import('./hash-link.js'),
    (m) => {
      this.#link = new m.HashLink(this, this.#shown, this.#selectByReader);
      this.#openNamed();
    },
  );
  readonly #card = new CardController(this, this.#roving, this.#shown, this.#loader, () => this.#adopt(), this.#selectByReader);
  /** Updates while the reader is on the page (cdn/live.js): fetched for `refresh`, data assigned again, or data that says when it was updated. */
  #updates: LiveUpdates | null = null;
  readonly #live = lazy(
    () => import('./live.js'),
    (m) => {
      const parts = {
        shown: this.#shown,
        zoom: this.#zoom,
        announcer: this.#announcer,
        loader: this.#loader,
        select: this.#selectByReader,
      };
      this.#updates = new m.LiveUpdates(this, parts);
      this.requestUpdate();
    },
  );

  constructor() {
    super();
    this.selected = null;
    this.orientation = 'auto';
    this.view = 'timeline';
    this.link = false;
    this.mediaEmbeds = false;
    this.refresh = null;
    this.worker = 'auto';
  }

  /** URL of a timeline JSON file. */
  get src(): string | null {
    return this.#src;
  }
  set src(value: string | null) {
    if (value === this.#src) return;
    this.#src = value;
    if (value) this.#loader.use({ kind: 'src', url: value });
  }

  /** The whole timeline (or a bare array of events). */
  get data(): TimelineData | null {
    return this.#data;
  }
  set data(value: TimelineData | null) {
    this.#data = value;
    if (value != null) this.#loader.use({ kind: 'value', value });
  }

  /** Just the events. */
  get events(): TimelineEvent[] | null {
    return this.#events;
  }
  set events(value: TimelineEvent[] | null) {
    this.#events = value;
    if (value != null) this.#loader.use({ kind: 'value', value });
  }

  /** The events that are shown, in date order. */
  get shownEvents(): TimelineEvent[] {
    return this.#shown.model?.items.map((i) => i.event) ?? [];
  }

  /** Problems found in the current data. */
  get issues(): DataIssue[] {
    return this.#loader.issues;
  }

  /** The language for dates and words: `lang`, else the nearest `lang` in the page, else English. */
  get resolvedLang(): string {
    return this.#language.lang;
  }

  /** Writing direction: the nearest `dir` in the page, else the language's. */
  get resolvedDir(): 'ltr' | 'rtl' {
    return this.#language.dir;
  }

  /** 'horizontal' or 'vertical': the orientation drawn now. */
  get resolvedOrientation(): 'horizontal' | 'vertical' {
    return this.#layout.vertical ? 'vertical' : 'horizontal';
  }

  /** The horizontal drawing's zoom (`k`, 1 = everything) and pan (`x` px from the start edge). */
  get zoom(): View {
    return this.#zoom.view;
  }

  /**
   * Show the time from `start` to `end` across the width (horizontal layout). Each is a Date, epoch
   * ms, or an EDTF date: `zoomTo('2025-05', '2025-06')` shows May and June 2025. Resolves once
   * shown (zoom is a module fetched after the first paint).
   */
  zoomTo(start: Date | number | string, end: Date | number | string): Promise<void> {
    return this.#zoom.zoomTo(start, end);
  }

  /** Show the whole timeline again. */
  resetZoom(): void {
    this.#zoom.showAll();
  }

  /** Select an event (null: none) and say it; `byReader`: fire talks-select. */
  #select(id: string | null, byReader: boolean): void {
    if (id === this.selected) return;
    this.selected = id;
    if (byReader) fire(this, 'talks-select', { id });
    const item = this.#shown.item(id);
    if (item) this.#announcer.say(() => `${item.event.title}, ${item.dateLabel}`);
  }

  /** The element's styles and those of the modules fetched since (the card, the vertical layout). */
  #adopt(): void {
    const extra = [this.#card.styles, this.#layout.styles];
    adoptStyles(this.renderRoot as ShadowRoot, [...TalksTimeline.elementStyles, ...extra.filter((x) => !!x)]);
  }

  /** Also waits for what is being fetched for the drawing (words, vertical layout, card, zoom), and the update after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait = this.#fetching(); wait || this.isUpdatePending; wait = this.#fetching()) {
      await wait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** What the drawing still waits for (a language pack, the vertical layout, the card, zoom and pan, updates, links), if anything. */
  #fetching(): unknown {
    const language = this.#language.pending;
    const layout = this.#shown.model && this.#layout.pending;
    return language || layout || this.#card.pending || this.#zoom.pending || this.#live.pending || this.#linker.pending;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('selected') && this.selected) {
      this.#roving.follow(this.selected);
      this.#updates?.seen(this.selected); // a selected event has been seen: its "New" goes
    }
    const loaded = changed.has('valid');
    const { valid, update } = this.#loader;
    // A new version of the data keeps the reader's place (zoom, pan, keyboard, opened tracks).
    if (loaded && !update) {
      this.#roving.reset();
      this.#zoom.reset();
    }
    if (this.refresh || (loaded && (valid?.updated || valid?.events.some((e) => e.updated)))) void this.#live.load();
    const lang = this.resolvedLang;
    const words = this.#language.words(lang);
    const relabel = loaded || lang !== this.#modelLang || words !== this.#modelWords;
    if (relabel) {
      const before = this.#shown.model;
      this.#modelLang = lang;
      this.#modelWords = words;
      // The model a worker made with the data (its layout kept for the zoom), else one made here.
      const made = this.#loader.made;
      this.#shown.show(valid && words ? (made?.lang === lang ? made.model : buildModel(valid, lang)) : null);
      if (loaded && update && this.#shown.model) this.#updates?.compare(before, this.#shown.model);
    }
    // "New" and "Updated" (after an update, until seen) are drawn with the dates: a new layout when they change.
    const notes = words ? this.#updates?.notes(words) : undefined;
    if (
      notes !== this.#shown.notes ||
      relabel ||
      ['width', 'orientation', 'view', 'expanded', 'zoomFactor', 'verticalModule'].some((key) => changed.has(key))
    ) {
      this.#shown.notes = notes;
      this.#layout.layOut(this.#roving.expanded, changed.has('zoomFactor'), lang, { lanes: this.#updates?.lanes, notes });
    }
    if (this.link) void this.#linker.load();
    if (this.#loader.fresh) this.#openNamed();
  }

  /** New data, or the link module arrived: open on the event a shared link names (with link); talks-select once it is drawn. */
  #openNamed(): void {
    const id = this.#shown.model && this.#link?.named;
    if (id && id !== this.selected) {
      this.#select(id, false);
      this.#talksSelectOwed = true;
      this.requestUpdate();
    }
  }

  protected override updated(changed: PropertyValues): void {
    const model = this.#shown.model;
    if (changed.has('selected') && model) this.#link?.follow();
    if (this.#talksSelectOwed) {
      this.#talksSelectOwed = false;
      fire(this, 'talks-select', { id: this.selected });
    }
    if (this.#loader.fresh && model) {
      const { issues } = this.#loader;
      this.#loader.fresh = false;
      fire(this, 'talks-load', { events: model.items.length, issues: issues.length, worker: !!this.#loader.made });
      // Once the frame is painted, fetch what the reader may ask for next: the details card, zoom and
      // pan, the vertical layout and list view.
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.#card.prefetch();
          this.#zoom.prefetch();
          this.#layout.prefetch();
          // The tick formatters a zoom may need, each when the page is idle (not before the next frame).
          for (const step of tickWarmers(this.resolvedLang)) (window.requestIdleCallback ?? setTimeout)(step);
        }),
      );
      if (issues.length) {
        fire(this, 'talks-error', { issues });
        console.warn('<talks-timeline> problems in the data:', issues);
      }
    }
  }

  protected override render(): TemplateResult {
    const model = this.#shown.model;
    const lang = this.resolvedLang;
    const words = messagesFor(lang);
    const plan = this.#zoom.layout;
    const details = () => this.#card.details(words);
    const { state, valid, issues, total, progress } = this.#loader;
    const list = this.view === 'list';
    const on = this.#zoom.on;
    return html`<div class="base" part="base" dir=${this.#layout.dir}>
      ${model?.title ? html`<h2 class="heading" part="title">${model.title}</h2>` : nothing}
      ${model?.description ? html`<p class="description" part="description">${model.description}</p>` : nothing}
      ${model ? html`<p class="summary" part="summary">${describeModel(model, lang)}</p>` : nothing}
      ${model?.eras.length ? html`<p class="summary eras" part="eras">${describeEras(model, lang)}</p>` : nothing}
      ${model ? this.#updates?.status(valid, words, lang) : nothing}
      ${state === 'loading' || (valid && !model) ? html`<p class="loading" role="status">${words.loading}</p>` : nothing}
      ${progress === null ? nothing : html`<progress part="progress" aria-label=${words.loading} value=${progress}></progress>`}
      ${state === 'failed' ? html`<div class="error" part="error" role="alert">${issues[0]?.message}</div>` : nothing}
      ${state === 'ready' && model ? this.#card.notice(issues, total - model.items.length, total, words, lang) : nothing}
      ${
        model && (plan || list)
          ? html`<div class="tools">
        <button type="button" part="list-toggle" aria-pressed=${list ? 'true' : 'false'}
            @click=${() => (this.view = list ? 'timeline' : 'list')}>${words.listView}</button>
        ${this.#zoom.buttons(words)}
      </div>`
          : nothing
      }
      ${
        model && plan
          ? html`<div class="plot" part="plot" @wheel=${on.wheel}
          @pointerdown=${on.down} @pointermove=${on.move} @pointerup=${on.up} @pointercancel=${on.up}>
        ${renderPlot(plan, model.tracks, this.#roving.plotState())}
        ${this.#roving.list(model, words)}
      </div>
      ${legendTemplate(legendKeys(plan), words)}
      <div id="details" class="details">${details()}</div>`
          : nothing
      }
      ${
        model && this.#layout.vertical
          ? html`<div class="plot vertical" part="plot">
        ${this.#layout.verticalTemplate(words, { ...this.#roving.listState(), details })}
      </div>
      ${legendTemplate(legendKeys(this.#layout.vertical), words)}`
          : nothing
      }
      ${this.#announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'talks-timeline': TalksTimeline;
  }
}
