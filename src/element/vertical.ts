/** The vertical drawing for narrow screens: the event list itself, visible, as cards beside a line. */
// Rows come from core's layoutVertical(); spacing and shapes are classes, so strict CSP is fine.
import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TemplateResult } from 'lit';
import { fill } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import type { TimelineModel } from '../core/model.js';
import type { VerticalLayout } from '../core/vertical.js';
import { qualifierSign } from '../core/encoding.js';
import { isImage } from '../core/media-url.js';
import { dateTemplate } from './details.js';

export { layoutVertical } from '../core/vertical.js';

export interface ListState {
  selected: string | null;
  /** "New", "Updated": by event id. */
  notes: ReadonlyMap<string, string> | undefined;
  roving: string | undefined;
  onFocus: (id: string) => void;
  onPick: (id: string) => void;
  onKey: (e: KeyboardEvent) => void;
  onEnter: () => void;
  onLeave: (e: FocusEvent) => void;
  details: () => TemplateResult | typeof nothing;
  /** The events drawn: items [from, to) in date order (long lists show a window of them). */
  from: number;
  to: number;
  /** Move the window to earlier (-1) or later (1) events. */
  onMore: (by: -1 | 1) => void;
}

const PALETTE_SIZE = 6;

/**
 * Rows keep their elements by what they show: when a new version of the data adds events above the
 * reader's place, the browser's scroll anchoring keeps that place (a row reused for another event would not).
 */
function rowKey(row: VerticalLayout['rows'][number]): string {
  return row.kind === 'event' ? `e:${row.id}` : row.kind === 'era' ? `p:${row.era}` : `${row.kind}:${row.label}`;
}

/** The rows of events in [from, to), each with the year and break rows just before it. */
function windowRows(plan: VerticalLayout, from: number, to: number): VerticalLayout['rows'] {
  const out: VerticalLayout['rows'] = [];
  let pending: VerticalLayout['rows'] = [];
  for (const row of plan.rows) {
    if (row.kind !== 'event') pending.push(row);
    else {
      if (row.item >= from && row.item < to) out.push(...pending, row);
      pending = [];
    }
  }
  return out;
}

export function verticalTemplate(plan: VerticalLayout, model: TimelineModel, words: Messages, state: ListState): TemplateResult {
  const { from, to } = state;
  const more = (by: -1 | 1, label: string) =>
    html`<li class="more"><button type="button" @click=${() => state.onMore(by)}>${label}</button></li>`;
  return html`<ol class="events vertical" part="events" aria-label=${words.eventList} @keydown=${state.onKey}
      @focusin=${state.onEnter} @focusout=${state.onLeave}>
    ${from > 0 ? more(-1, words.earlier) : nothing}
    ${repeat(windowRows(plan, from, to), rowKey, (row) => {
      if (row.kind === 'year') return html`<li class="year" aria-hidden="true">${row.label}</li>`;
      if (row.kind === 'break') return html`<li class="break" aria-hidden="true"><span>${row.label}</span></li>`;
      if (row.kind === 'era') {
        const { era, dateLabel } = model.eras[row.era];
        return html`<li class="era">${fill(words.era, { label: era.label, date: dateLabel })}</li>`;
      }
      const it = model.items[row.item];
      const track = model.tracks[row.track];
      const status = words.status[row.status];
      const open = row.id === state.selected;
      const qualifier = qualifierSign(row);
      const media = it.event.media;
      const cls = [
        'event',
        `gap-${row.gap}`,
        track?.color ? 'custom' : `c${row.track % PALETTE_SIZE}`,
        row.status,
        row.shape,
        row.softStart && row.softEnd ? 'coarse' : '',
        row.openEnd ? 'open-end' : '',
        open ? 'selected' : '',
      ]
        .filter(Boolean)
        .join(' ');
      return html`<li class=${cls} data-id=${row.id} data-track=${track?.color ? row.track : nothing}>
        <span class="dot" aria-hidden="true"></span>
        <button type="button" data-id=${row.id} tabindex=${row.id === state.roving ? 0 : -1}
            aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'details' : nothing}
            @focus=${() => state.onFocus(row.id)} @click=${() => state.onPick(row.id)}>
          ${media && isImage(media) ? html`<img class="thumb" src=${media.url} alt="" loading="lazy" decoding="async" width="64" height="64" referrerpolicy="no-referrer">` : nothing}
          <span class="when">${dateTemplate(it.dateParts)}${qualifier ? html`<span class="qualifier" aria-hidden="true"> ${qualifier}</span>` : nothing}</span><span class="sep">, </span>
          <span class="event-title">${it.event.title}</span>
          ${status ? html`<span class="sep">, </span><span class="badge status">${status}</span>` : nothing}
          ${track?.label ? html`<span class="sep">, </span><span class="badge track">${track.label}</span>` : nothing}
          ${state.notes?.has(row.id) ? html`<span class="sep">, </span><span class="badge note">${state.notes.get(row.id)}</span>` : nothing}
        </button>
        ${open ? html`<div id="details" class="details">${state.details()}</div>` : nothing}
      </li>`;
    })}
    ${to < model.items.length ? more(1, words.later) : nothing}
  </ol>`;
}

/** Custom track colours in the list drawn in `root`: set through CSSOM (`--c`), which strict CSP allows where a style attribute is not. */
export function paintTrackColours(root: ParentNode, model: TimelineModel): void {
  for (const li of root.querySelectorAll<HTMLElement>('.events.vertical li[data-track]'))
    li.style.setProperty('--c', model.tracks[Number(li.dataset.track)]?.color ?? '');
}

/** The vertical layout's styles: adopted by the element with this module (they are not in the bundle). */
export const verticalStyles = css`
  /* The vertical layout (narrow screens): the event list, visible, as cards beside a line. */
  .events.vertical {
    --_along: bottom;
    margin: 0;
    margin-inline-start: 0.6em;
    padding: 0 0 0.5em;
    border-inline-start: 2px solid var(--_rule);
    list-style: none;
  }
  .events.vertical li {
    position: relative;
    padding-inline-start: 1.1em;
  }
  .events.vertical li.year {
    padding-block: 0.9em 0.1em;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  .events.vertical li.year::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.3em - 1px);
    top: 1.3em;
    width: 0.6em;
    border-top: 2px solid var(--_axis);
  }
  .events.vertical li.break {
    margin-block: 0.5em;
    padding-block: 0.6em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .events.vertical li.break::before {
    /* a visible gap in the line, with the slanted pair of a break */
    content: '//';
    position: absolute;
    inset-inline-start: calc(-0.5em - 1px);
    top: 0;
    bottom: 0;
    width: 1em;
    display: flex;
    align-items: center;
    justify-content: center;
    background: var(--_bg);
    color: var(--_axis);
    font-weight: 700;
    letter-spacing: -0.1em;
  }
  .events.vertical li.era {
    margin-block: 0.6em 0.2em;
    padding: 0.25em 0.6em;
    margin-inline-start: 0.6em;
    border-inline-start: 0.25em solid var(--talks-color-era, light-dark(#8c7a4f, #c9b98f));
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  .events.vertical .gap-0 { margin-top: 0.25em; }
  .events.vertical .gap-1 { margin-top: 0.5em; }
  .events.vertical .gap-2 { margin-top: 1em; }
  .events.vertical .gap-3 { margin-top: 1.75em; }
  .events.vertical .gap-4 { margin-top: 2.5em; }
  .events.vertical .dot {
    position: absolute;
    inset-inline-start: calc(-0.45em - 1px);
    top: 0.55em;
  }
  .events.vertical .span .dot {
    width: 0.9em;
    height: 1.8em;
  }
  .events.vertical button[data-id] {
    display: block;
    width: 100%;
    box-sizing: border-box;
    padding: 0.2em 0.4em 0.3em;
    border: 0;
    background: none;
    font-size: 1em;
    text-align: start;
  }
  .events.vertical .when {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .events.vertical .qualifier {
    color: var(--c);
    font-weight: 700;
  }
  .events.vertical .event-title {
    display: block;
    font-weight: 600;
    line-height: 1.3;
  }
  .events.vertical button:hover .event-title,
  .events.vertical .selected .event-title {
    color: var(--_accent);
    text-decoration: underline;
  }
  .events.vertical .cancelled .event-title {
    text-decoration: line-through;
  }
  .events.vertical .badge {
    display: inline-block;
    margin-top: 0.25em;
    margin-inline-end: 0.4em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.2em;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .events.vertical .badge.track {
    color: var(--c);
  }
  .events.vertical .badge.note {
    color: var(--_accent);
    font-weight: 700;
  }
  .events.vertical .details {
    margin: 0.4em 0 0.75em;
  }
  /* An image event's thumbnail (decorative: the card shows the picture with its alt), where there is room */
  .events.vertical .thumb {
    float: inline-end;
    width: 4em;
    height: 4em;
    margin-inline-start: 0.5em;
    object-fit: cover;
    border-radius: 0.2em;
    background: var(--_band);
  }
  @container (width < 22em) {
    .events.vertical .thumb {
      display: none;
    }
  }
`;
