/** A timeline that updates while the reader is on the page (cdn/live.js): versions compared by id, what is new marked and said, the reader's place kept, "Updated 5 minutes ago", `refresh`. */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { diffEvents } from '../core/diff.js';
import { spanExtent } from '../core/edtf.js';
import { fill, messagesFor, plural } from '../core/messages.js';
import type { LiveWords, Messages } from '../core/messages.js';
import type { TimelineModel } from '../core/model.js';
import { relativeTime, relativeTimeStep } from '../core/relative-time.js';
import type { TimelineData } from '../core/types.js';
import type { ValidationResult } from '../core/validate.js';
import type { Announcer } from './announcer.js';
import { fire } from './events.js';
import type { Loader } from './loader.js';
import { refreshInterval, RefreshSchedule } from './refresh.js';
import type { ShownEvents } from './shown-events.js';
import type { ZoomController } from './zoom-controller.js';

/** English, for pages whose language pack has no words for updates. */
const ENGLISH: LiveWords = {
  added: 'New',
  changed: 'Updated',
  addedCount: { one: '{n} new event', other: '{n} new events' },
  changedCount: { other: '{n} updated' },
  removedCount: { other: '{n} removed' },
  updated: 'Updated {time}',
  retrying: 'Could not check for updates; trying again {time}.',
  selectionMoved: 'The selected event was removed; now selected: {title}',
};

/** Updates said closer together than this are said once, together (ms). */
const SAY_AT_MOST_EVERY = 10e3;

export interface LiveHost extends ReactiveElement {
  src: string | null;
  refresh: number | null;
  selected: string | null;
  readonly resolvedLang: string;
}

/** What the element lends the updates: its parts that keep the reader's place. */
export interface LiveParts {
  shown: ShownEvents;
  zoom: ZoomController;
  announcer: Announcer;
  /** Keeps the validators of the file shown, and shows a new version of it. */
  loader: Loader;
  /** Select an event (as the reader would: talks-select fires). */
  select(id: string | null): void;
}

type Mark = 'added' | 'changed';

export class LiveUpdates implements ReactiveController {
  readonly #host: LiveHost;
  readonly #parts: LiveParts;
  /** Events new or changed since the reader last saw them. */
  readonly #marks = new Map<string, Mark>();
  /** The marks as words, for the layout and the lists: a new Map only when they change (the layout's cache follows it). */
  #notes: { words: LiveWords; map: ReadonlyMap<string, string> } | null = null;
  /** The lanes the drawn events should keep (a new Map only when the data or the marks change). */
  lanes: ReadonlyMap<string, number> | undefined;
  /** The event whose button had the keyboard focus when an update came: focused again once it is drawn. */
  #refocus: string | null = null;
  /** The last update, to fire talks-update once it is drawn. */
  #owed: { added: string[]; changed: string[]; removed: string[] } | null = null;
  /** Counts not yet said (updates close together are said once), and when the last was said. */
  #unsaid = { added: 0, changed: 0, removed: 0, moved: '' };
  #saidAt = 0;
  #sayTimer = 0;
  /** Redraws "Updated 5 minutes ago" when its words change. */
  #clockTimer = 0;
  /** Vertical list items with a mark, watched: one scrolled past has been seen. */
  #observer: IntersectionObserver | null = null;
  #observed = new Set<Element>();
  /** Marked events whose list item is in view now. */
  readonly #inView = new Set<string>();
  readonly #schedule: RefreshSchedule;
  /** What the schedule was started for. */
  #scheduled = { url: null as string | null, interval: 0 };

  constructor(host: LiveHost, parts: LiveParts) {
    this.#parts = parts;
    const { loader } = parts;
    this.#schedule = new RefreshSchedule({
      get url() {
        return host.src;
      },
      get validators() {
        return loader.validators;
      },
      set validators(v) {
        loader.validators = v;
      },
      get lang() {
        return host.resolvedLang;
      },
      changed: (result: ValidationResult) => loader.refreshed(result),
      stateChanged: () => host.requestUpdate(),
    });
    // Lit calls hostConnected at once when the element is already in the page.
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    this.#host.renderRoot?.addEventListener('focusin', this.#onFocusIn);
    this.#scheduled = { url: null, interval: 0 };
    this.#observer ??= new IntersectionObserver((entries) => this.#scrolled(entries));
  }

  hostDisconnected(): void {
    this.#host.renderRoot?.removeEventListener('focusin', this.#onFocusIn);
    this.#schedule.stop();
    this.#scheduled = { url: null, interval: 0 };
    clearTimeout(this.#clockTimer);
    clearTimeout(this.#sayTimer);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed.clear();
  }

  hostUpdate(): void {
    // `refresh` or `src` changed: check on the new schedule.
    const url = this.#host.src;
    const interval = url ? refreshInterval(this.#host.refresh) : 0;
    if (url !== this.#scheduled.url || interval !== this.#scheduled.interval) {
      this.#scheduled = { url, interval };
      this.#schedule.start(interval);
    }
  }

  hostUpdated(): void {
    const host = this.#host;
    // The list is drawn again in place: focus stays with the event, not with the button where it was.
    const refocus = this.#refocus;
    this.#refocus = null;
    if (refocus) {
      const button = [...host.renderRoot.querySelectorAll<HTMLElement>('.events button[data-id]')].find((b) => b.dataset.id === refocus);
      if (button && (host.renderRoot as ShadowRoot).activeElement !== button) button.focus();
    }
    if (this.#owed) {
      const detail = this.#owed;
      this.#owed = null;
      fire(host, 'talks-update', detail);
    }
    // The vertical list's marked items are watched for being scrolled past.
    const observer = this.#observer;
    if (!observer) return;
    for (const item of host.renderRoot.querySelectorAll('.events.vertical li[data-id]')) {
      const marked = this.#marks.has((item as HTMLElement).dataset.id!);
      if (marked && !this.#observed.has(item)) observer.observe(item);
      else if (!marked && this.#observed.has(item)) observer.unobserve(item);
      this.#observed[marked ? 'add' : 'delete'](item);
    }
  }

  /** Check for a new version now (with `refresh`); resolves when the answer is in. */
  check(): Promise<void> {
    return this.#schedule.check();
  }

  /**
   * A new version of the data replaces `before`: compare them by id, mark what is new or changed,
   * keep the lanes of what did not change, move a removed selection to the nearest event, and say
   * what changed. Called before the new model is laid out.
   */
  compare(before: TimelineModel | null, after: TimelineModel): void {
    const old = before?.items ?? [];
    const diff = diffEvents(
      old.map((it) => it.event),
      after.items.map((it) => it.event),
    );
    const unchanged = new Set(diff.unchanged);
    const focused = (this.#host.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('.events [data-id]')?.dataset.id;
    // The lanes of the marks drawn now, for the events that stay as they are.
    const lanes = new Map<string, number>();
    for (const m of this.#parts.zoom.layout?.marks ?? []) if (unchanged.has(m.id) && m.lane >= 0) lanes.set(m.id, m.lane);
    this.lanes = lanes;
    for (const id of diff.removed) this.#marks.delete(id);
    for (const id of diff.changed) if (this.#marks.get(id) !== 'added') this.#marks.set(id, 'changed');
    for (const id of diff.added) this.#marks.set(id, 'added');
    this.#notes = null;
    // A removed selection moves to the event nearest to it in date order.
    const selected = this.#host.selected;
    let moved = '';
    if (selected && diff.removed.includes(selected) && after.items.length) {
      const gone = old.find((it) => it.event.id === selected)!;
      const at = spanExtent(gone.span)[0];
      let nearest = after.items[0];
      for (const it of after.items) if (Math.abs(spanExtent(it.span)[0] - at) < Math.abs(spanExtent(nearest.span)[0] - at)) nearest = it;
      this.#parts.select(nearest.event.id);
      moved = nearest.event.title;
    } else if (selected && diff.removed.includes(selected)) this.#parts.select(null);
    if (focused) this.#refocus = diff.removed.includes(focused) ? this.#host.selected : focused;
    this.#owed = { added: diff.added, changed: diff.changed, removed: diff.removed };
    this.#say(diff.added.length, diff.changed.length, diff.removed.length, moved);
  }

  /** "2 new events, 1 updated": said once per update, updates close together at most once every 10 s. */
  #say(added: number, changed: number, removed: number, moved: string): void {
    const unsaid = this.#unsaid;
    unsaid.added += added;
    unsaid.changed += changed;
    unsaid.removed += removed;
    if (moved) unsaid.moved = moved;
    if (!unsaid.added && !unsaid.changed && !unsaid.removed) return;
    clearTimeout(this.#sayTimer);
    const say = () => {
      const lang = this.#host.resolvedLang;
      const words = messagesFor(lang).live ?? ENGLISH;
      const { added: a, changed: c, removed: r, moved: m } = this.#unsaid;
      this.#unsaid = { added: 0, changed: 0, removed: 0, moved: '' };
      this.#saidAt = Date.now();
      const parts = [
        a ? plural(lang, words.addedCount, a) : '',
        c ? plural(lang, words.changedCount, c) : '',
        r ? plural(lang, words.removedCount, r) : '',
      ].filter(Boolean);
      const text = parts.join(', ') + (m ? `. ${fill(words.selectionMoved, { title: m })}` : '');
      this.#parts.announcer.say(() => text);
    };
    const wait = this.#saidAt + SAY_AT_MOST_EVERY - Date.now();
    if (wait > 0) this.#sayTimer = window.setTimeout(say, wait);
    else say();
  }

  /** The reader has seen an event (focused, selected, scrolled past): its mark goes. */
  seen(id: string): void {
    if (!this.#marks.delete(id)) return;
    // Laid out again without the mark: every event drawn keeps its lane.
    this.lanes = new Map((this.#parts.zoom.layout?.marks ?? []).filter((m) => m.lane >= 0).map((m) => [m.id, m.lane]));
    this.#notes = null;
    this.#host.requestUpdate();
  }

  readonly #onFocusIn = (e: Event): void => {
    const id = (e.target as Element | null)?.closest?.<HTMLElement>('[data-id]')?.dataset.id;
    if (id) this.seen(id);
  };

  /** Marked list items that came into view and then left it through its top were scrolled past (one added above the view was not). */
  #scrolled(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.id!;
      if (entry.isIntersecting) this.#inView.add(id);
      else if (this.#inView.delete(id) && entry.boundingClientRect.bottom <= (entry.rootBounds?.top ?? 0)) this.seen(id);
    }
  }

  /** The marks in the page's words, by event id ("New", "Updated"); the same Map until they change. */
  notes(words: Messages): ReadonlyMap<string, string> | undefined {
    if (!this.#marks.size) return undefined;
    const live = words.live ?? ENGLISH;
    if (this.#notes?.words !== live) this.#notes = { words: live, map: new Map([...this.#marks].map(([id, mark]) => [id, live[mark]])) };
    return this.#notes.map;
  }

  /** When the data says it was updated (the timeline's `updated`, else its latest event's), epoch ms. */
  #updatedAt(data: TimelineData | null): number {
    if (!data) return NaN;
    const times = data.updated ? [data.updated] : data.events.map((e) => e.updated).filter((t): t is string => !!t);
    return Math.max(...times.map((t) => Date.parse(t)).filter((t) => !Number.isNaN(t)));
  }

  /** "Updated 5 minutes ago" (kept current), and a quiet line when a check for a new version failed. */
  status(data: TimelineData | null, words: Messages, lang: string): TemplateResult | typeof nothing {
    const live = words.live ?? ENGLISH;
    const now = Date.now();
    const at = this.#updatedAt(data);
    const failure = this.#schedule.failure;
    clearTimeout(this.#clockTimer);
    const due = [
      Number.isFinite(at) ? relativeTimeStep(at, now) : Infinity,
      failure ? relativeTimeStep(this.#schedule.nextAt, now) : Infinity,
    ];
    const next = Math.min(...due);
    if (next < Infinity) this.#clockTimer = window.setTimeout(() => this.#host.requestUpdate(), next);
    const [before, after] = live.updated.split('{time}');
    return html`${
      Number.isFinite(at)
        ? html`<p class="summary updated" part="updated">${before}<time datetime=${new Date(at).toISOString()}>${relativeTime(at, now, lang)}</time>${after}</p>`
        : nothing
    }${failure ? html`<p class="summary refresh-failed" part="refresh-status" title=${failure}>${fill(live.retrying, { time: relativeTime(this.#schedule.nextAt, now, lang) })}</p>` : nothing}`;
  }
}
