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

export interface ListState {
  selected: string | null;
  roving: string | undefined;
  onFocus: (id: string) => void;
  onPick: (id: string) => void;
  onKey: (e: KeyboardEvent) => void;
  onEnter: () => void;
  onLeave: (e: FocusEvent) => void;
  details: () => TemplateResult | typeof nothing;
}

const PALETTE_SIZE = 6;

export function verticalTemplate(plan: VerticalLayout, model: TimelineModel, words: Messages, state: ListState): TemplateResult {
  return html`<ol class="events vertical" part="events" aria-label=${words.eventList} @keydown=${state.onKey}
      @focusin=${state.onEnter} @focusout=${state.onLeave}>
    ${plan.rows.map((row) => {
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
  </ol>`;
}
