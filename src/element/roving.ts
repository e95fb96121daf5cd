/** The keyboard among the events: one tab stop that roves, the tracks it opens from "+N", the windowed event lists. */
import { html } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { Messages } from '../core/messages.js';
import type { TimelineModel } from '../core/model.js';
import { dateTemplate } from './details.js';
import type { KeyContext } from './keys.js';
import type { RevealContext } from './reveal.js';
import type { LayoutController } from './layout-controller.js';
import type { PlotState } from './plot.js';
import type { ShownEvents } from './shown-events.js';
import type { ListState } from './vertical.js';
import type { ZoomController } from './zoom-controller.js';

/** Buttons kept on each side of the roving one when the event list is long. */
const LIST_WINDOW = 50;

export interface RovingHost extends ReactiveElement {
  selected: string | null;
}

export class RovingController implements ReactiveController {
  readonly #host: RovingHost;
  readonly #zoom: ZoomController;
  readonly #layout: LayoutController;
  readonly #shown: ShownEvents;
  /** The reader selected an event, or closed it (null). */
  readonly #select: (id: string | null) => void;
  /** The event the keyboard last reached (the roving tab stop's memory). */
  #focused: string | null = null;
  /** Whether focus is in the event list now (the drawing shows the focus ring only then). */
  #focusInside = false;
  /** Where the reader moved the vertical list's window with "Earlier/Later events" (an item index). */
  #windowAt: number | null = null;
  /** Tracks the reader opened from a "+N" aggregate, drawn with all their lanes (the host's changedProperties has 'expanded'). */
  expanded: readonly number[] = [];

  constructor(host: RovingHost, zoom: ZoomController, layout: LayoutController, shown: ShownEvents, select: (id: string | null) => void) {
    this.#zoom = zoom;
    this.#layout = layout;
    this.#shown = shown;
    this.#select = select;
    (this.#host = host).addController(this);
  }

  /** New data: the keyboard starts again from the first event, every track closed. */
  reset(): void {
    this.#focused = this.#windowAt = null;
    this.expanded = [];
  }

  /** The keyboard's place follows the selection, however it was made (click, attribute, story, link). */
  follow(id: string): void {
    this.#focused = id;
  }

  /** The event with the tab stop: the keyboard's, else the selected one, else the first. */
  get roving(): string | undefined {
    return this.#focused ?? this.#host.selected ?? this.#shown.items[0]?.event.id;
  }

  /** Select an event, or close it when it is the selected one. */
  #toggle(id: string): void {
    this.#select(this.#host.selected === id ? null : id);
  }

  /** The keyboard's place moves to an event: remembered, its track opened if it hides in "+N", its mark in view. */
  goTo(id: string): void {
    if (id !== this.#focused || this.#windowAt !== null) {
      this.#focused = id;
      this.#windowAt = null; // the list's window follows the keyboard again
      this.#host.requestUpdate();
    }
    // Its track opened if it hides in "+N", its mark panned into view (reveal.ts, with zoom in cdn/interact.js).
    this.#withInteract((m) => m.reveal(id, this.#revealContext()));
  }

  /** Run `step` with cdn/interact.js: now when it is there, else once it has arrived. */
  #withInteract(step: (m: typeof import('./interact.js')) => void): void {
    const { interact } = this.#zoom;
    if (interact.module) step(interact.module);
    else void interact.load().then((m) => m && step(m));
  }

  /** Focus an event's button once the list has been drawn (the list window may move first). */
  focusEvent(id: string | null): void {
    void this.#host.updateComplete.then(() => {
      [...this.#host.renderRoot.querySelectorAll<HTMLButtonElement>('.events button[data-id]')].find((b) => b.dataset.id === id)?.focus();
    });
  }

  hostDisconnected(): void {
    this.#focusInside = false; // focus left with the element (no focusout says so)
  }

  #expand(track: number): void {
    const old = this.expanded;
    if (old.includes(track)) return;
    this.expanded = [...old, track];
    this.#host.requestUpdate('expanded', old, undefined, true, this.expanded);
  }

  /** What revealing an event needs (reveal.ts). */
  #revealContext(): RevealContext {
    return { zoom: this.#zoom, em: this.#layout.em, expand: (track) => this.#expand(track) };
  }

  /**
   * The list's keys (keys.ts, in cdn/interact.js: fetched right after the first paint). A key pressed
   * before it has arrived has its default prevented now, and is done once it has.
   */
  readonly #onKey = (e: KeyboardEvent): void => {
    const id = (e.target as HTMLElement).closest?.<HTMLElement>('button[data-id]')?.dataset.id;
    if (!id) return;
    const { key } = e;
    const press = { key, modified: e.ctrlKey || e.metaKey || e.altKey, id };
    const keys = this.#zoom.interact.module;
    if (keys) {
      if (keys.pressKey(press, this.#keyContext())) e.preventDefault();
    } else if (
      /^(Arrow|Page|Home$|End$)/.test(key) ||
      (!press.modified && /^[-+=0]$/.test(key)) ||
      (key === 'Escape' && this.#host.selected)
    ) {
      e.preventDefault();
      this.#withInteract((m) => m.pressQueued(press, this.#keyContext()));
    }
  };

  /** What the keys move through and act on. */
  #keyContext(): KeyContext {
    return {
      items: this.#shown.items,
      at: (id) => this.#shown.at(id),
      rtl: this.#layout.dir === 'rtl',
      breakStarts: () => this.#layout.breakStarts(),
      zoom: this.#zoom,
      selected: this.#host.selected,
      select: this.#select,
      settled: () => this.#host.updateComplete,
      moveTo: (id) => {
        this.#onFocusIn(); // a key pressed in the list: focus is in it, even if no focus event came
        this.goTo(id);
        this.focusEvent(id);
      },
    };
  }

  readonly #onFocusIn = (): void => {
    if (this.#focusInside) return;
    this.#focusInside = true;
    this.#host.requestUpdate();
  };

  readonly #onFocusOut = (e: FocusEvent): void => {
    if (!this.#focusInside || (e.currentTarget as Element).contains(e.relatedTarget as Node | null)) return;
    this.#focusInside = false;
    this.#host.requestUpdate();
  };

  /** The items [from, to) kept in the DOM: all of them, or a window around `at` in long lists. */
  #range(at: number): [number, number] {
    const n = this.#shown.items.length;
    return n > LIST_WINDOW * 3 ? [Math.max(0, at - LIST_WINDOW), Math.min(n, at + LIST_WINDOW + 1)] : [0, n];
  }

  /** The horizontal drawing's event list: one button per event, for keyboards and screen readers. */
  list(model: TimelineModel, words: Messages): TemplateResult {
    const { items } = model;
    const roving = this.roving;
    const selected = this.#host.selected;
    const notes = this.#shown.notes;
    // Long lists keep a window of buttons around the roving one in the DOM; each says its place
    // in the whole list (aria-posinset/setsize), and the arrow keys move the window.
    const [from, to] = this.#range(this.#shown.at(roving) ?? 0);
    return html`<ol class="events" part="events" aria-label=${words.eventList} @keydown=${this.#onKey}
        @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>
      ${items.slice(from, to).map((it, k) => {
        const id = it.event.id;
        const track = model.tracks[it.track]?.label;
        const status = words.status[it.status];
        return html`<li aria-setsize=${items.length} aria-posinset=${from + k + 1}>
          <button type="button" data-id=${id} tabindex=${id === roving ? 0 : -1}
              aria-expanded=${id === selected ? 'true' : 'false'} aria-controls="details"
              @focus=${() => this.goTo(id)} @click=${() => this.#toggle(id)}>
            <span class="event-title">${it.event.title}</span>, ${dateTemplate(it.dateParts)}${status ? `, ${status}` : ''}${track ? `, ${track}` : ''}${notes?.has(id) ? `, ${notes.get(id)}` : ''}
          </button>
        </li>`;
      })}
    </ol>`;
  }

  /** The vertical list's window of events, its tab stop and its listeners. */
  listState(): Omit<ListState, 'details'> {
    const roving = this.roving;
    const rovingAt = this.#shown.at(roving) ?? 0;
    const [from, to] = this.#range(this.#windowAt ?? rovingAt);
    return {
      selected: this.#host.selected,
      notes: this.#shown.notes,
      // The window's first event takes the tab stop when the reader moved the window off the roving one.
      roving: rovingAt >= from && rovingAt < to ? roving : this.#shown.items[from]?.event.id,
      from,
      to,
      onMore: (by) => {
        this.#windowAt = by < 0 ? from - LIST_WINDOW - 1 : to + LIST_WINDOW;
        this.#host.requestUpdate();
      },
      onFocus: (id) => {
        if (id === this.#focused) return;
        this.#focused = id;
        this.#host.requestUpdate();
      },
      onPick: (id) => this.#toggle(id),
      onKey: this.#onKey,
      onEnter: this.#onFocusIn,
      onLeave: this.#onFocusOut,
    };
  }

  /** The horizontal drawing's marks: the selected one, the keyboard's (ringed while focus is in the list), and picks. */
  plotState(): PlotState {
    return {
      selected: this.#host.selected,
      focused: this.#focusInside ? this.#focused : null,
      pan: this.#zoom.view.x,
      onPick: (id) => this.#zoom.dragged || this.#toggle(id),
      onExpand: (pill) => this.#withInteract((m) => m.openPill(pill, this.#revealContext())),
    };
  }
}
