/** The details card with story mode, and the notice of problems (cdn/card.js): fetched after the first paint, or once one is shown. */
import { nothing } from 'lit';
import type { CSSResult, ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { Messages } from '../core/messages.js';
import type { TimelineModel } from '../core/model.js';
import type { DataIssue } from '../core/types.js';
import { lazy } from './lazy.js';
import type { Lazy } from './lazy.js';
import type { Loader } from './loader.js';
import type { RovingController } from './roving.js';
import type { ShownEvents } from './shown-events.js';

export interface CardHost extends ReactiveElement {
  selected: string | null;
  mediaEmbeds: boolean;
}

export class CardController implements ReactiveController {
  readonly #host: CardHost;
  readonly #roving: RovingController;
  readonly #shown: ShownEvents;
  readonly #loader: Loader;
  /** The reader selected an event, or closed the card (null). */
  readonly #select: (id: string | null) => void;
  readonly #card: Lazy<typeof import('./card.js')>;
  /** With media-embeds: the media whose player the reader asked for. */
  readonly #played = new Set<string>();

  /** `arrived`: the module is there (the host adopts its styles). */
  constructor(
    host: CardHost,
    roving: RovingController,
    shown: ShownEvents,
    loader: Loader,
    arrived: () => void,
    select: (id: string | null) => void,
  ) {
    this.#roving = roving;
    this.#shown = shown;
    this.#loader = loader;
    this.#select = select;
    this.#card = lazy(
      () => import('./card.js'),
      () => {
        arrived();
        host.requestUpdate();
      },
    );
    (this.#host = host).addController(this);
  }

  /** Whether the card is needed now: an event is open, or there are problems to list. */
  #needed(): boolean {
    return !!(this.#host.selected || (this.#shown.model && this.#loader.issues.length));
  }

  hostUpdate(): void {
    if (!this.#card.module && this.#needed()) this.prefetch();
  }

  /** Fetch the card now (after the first paint: before the reader asks for it). */
  prefetch(): void {
    void this.#card.load();
  }

  /** The card being fetched while it is needed, or null. */
  get pending(): Promise<unknown> | null {
    return this.#needed() ? this.#card.pending : null;
  }

  /** The card's styles, once it is there. */
  get styles(): CSSResult | undefined {
    return this.#card.module?.cardStyles;
  }

  /** The selected event's card (nothing until the module is there). */
  details(words: Messages): TemplateResult | typeof nothing {
    const card = this.#card.module;
    const model = this.#shown.model;
    const index = this.#shown.at(this.#host.selected);
    if (!card || !model || index === undefined) return nothing;
    const item = model.items[index];
    return card.detailsTemplate(
      item,
      model.tracks[item.track],
      words,
      () => this.#close(),
      {
        index,
        total: model.items.length,
        step: (by) => this.#step(model, by),
      },
      this.#host.mediaEmbeds ? this.#played : null,
    );
  }

  /** The notice listing problems in the data (nothing until the module is there). */
  notice(issues: DataIssue[], dropped: number, total: number, words: Messages, lang: string): TemplateResult | typeof nothing {
    return this.#card.module?.noticeTemplate(issues, dropped, total, words, lang) ?? nothing;
  }

  /** Story mode: select the previous or next event in date order, keeping the reader's place. */
  #step(model: TimelineModel, by: -1 | 1): void {
    const id = model.items[this.#shown.at(this.#host.selected)! + by]?.event.id;
    if (!id) return;
    this.#roving.goTo(id);
    this.#select(id);
    // In the list the card moves with its event: focus the same step button in its new place.
    void this.#host.updateComplete.then(() => {
      const button = this.#host.renderRoot.querySelector<HTMLButtonElement>(`.story ${by < 0 ? '.previous' : '.next'}`);
      if (button && !button.disabled) button.focus();
    });
  }

  /** Close the card: focus goes back to its event. */
  #close(): void {
    this.#roving.focusEvent(this.#host.selected);
    this.#select(null);
  }
}
