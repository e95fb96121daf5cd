/**
 * The vertical drawing for narrow screens: the event list itself, visible, as cards beside a line.
 * Rows come from core's layoutVertical(); spacing and shapes are classes, so strict CSP is fine.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Messages } from '../core/messages.js';
import type { TimelineModel } from '../core/model.js';
import type { VerticalLayout } from '../core/vertical.js';
import { qualifierSign } from '../core/layout.js';
import { dateTemplate } from './details.js';

export { layoutVertical } from '../core/vertical.js';

export interface ListState {
  selected: string | null;
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
  const more = (by: -1 | 1, label: string) => html`<li class="more"><button type="button" @click=${() => state.onMore(by)}>${label}</button></li>`;
  return html`<ol class="events vertical" part="events" aria-label=${words.eventList} @keydown=${state.onKey}
      @focusin=${state.onEnter} @focusout=${state.onLeave}>
    ${from > 0 ? more(-1, words.earlier) : nothing}
    ${windowRows(plan, from, to).map((row) => {
      if (row.kind === 'year') return html`<li class="year" aria-hidden="true">${row.label}</li>`;
      if (row.kind === 'break') return html`<li class="break" aria-hidden="true"><span>${row.label}</span></li>`;
      const it = model.items[row.item];
      const track = model.tracks[row.track];
      const status = words.status[row.status];
      const open = row.id === state.selected;
      const qualifier = qualifierSign(row);
      const cls = [
        'event', `gap-${row.gap}`, track?.color ? 'custom' : `c${row.track % PALETTE_SIZE}`, row.status, row.shape,
        row.softStart && row.softEnd ? 'coarse' : '', row.openEnd ? 'open-end' : '', open ? 'selected' : '',
      ].filter(Boolean).join(' ');
      return html`<li class=${cls} data-id=${row.id}>
        <span class="dot" aria-hidden="true"></span>
        <button type="button" data-id=${row.id} tabindex=${row.id === state.roving ? 0 : -1}
            aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'details' : nothing}
            @focus=${() => state.onFocus(row.id)} @click=${() => state.onPick(row.id)}>
          <span class="when">${dateTemplate(it.dateParts)}${qualifier ? html`<span class="qualifier" aria-hidden="true"> ${qualifier}</span>` : nothing}</span><span class="sep">, </span>
          <span class="event-title">${it.event.title}</span>
          ${status ? html`<span class="sep">, </span><span class="badge status">${status}</span>` : nothing}
          ${track?.label ? html`<span class="sep">, </span><span class="badge track">${track.label}</span>` : nothing}
        </button>
        ${open ? html`<div id="details" class="details">${state.details()}</div>` : nothing}
      </li>`;
    })}
    ${to < model.items.length ? more(1, words.later) : nothing}
  </ol>`;
}
