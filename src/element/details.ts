/** Templates for the reader's text: dates as <time>, the details card, the problems notice. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LabelPart } from '../core/format.js';
import type { TimelineItem } from '../core/model.js';
import { fill, plural } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import type { DataIssue, Track } from '../core/types.js';

/** A date label with each dated part as <time datetime>. */
export function dateTemplate(parts: LabelPart[]): TemplateResult {
  return html`${parts.map((p) => (p.datetime ? html`<time datetime=${p.datetime}>${p.text}</time>` : p.text))}`;
}

function safeHref(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** Story mode: where the card's event stands in date order, and a step to the previous or next one. */
export interface Story {
  index: number;
  total: number;
  step: (by: -1 | 1) => void;
}

export function detailsTemplate(item: TimelineItem, track: Track | undefined, words: Messages, onClose: () => void, story: Story): TemplateResult {
  const e = item.event;
  const status = words.status[item.status];
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  return html`<article class="card" part="details" aria-labelledby="details-title" @keydown=${onKey}>
    <header>
      <p class="card-meta">
        ${dateTemplate(item.dateParts)}${status ? html` · <span class="status ${item.status}">${status}</span>` : nothing}${track?.label ? html` · <span class="track">${track.label}</span>` : nothing}
      </p>
      <h3 id="details-title">${e.title}</h3>
    </header>
    ${e.summary ? html`<p class="summary-text">${e.summary}</p>` : nothing}
    ${e.details?.length ? html`<div class="detail-lists">${e.details.map((d) => html`<section class="detail">
      <h4>${d.heading}</h4><ul>${d.items.map((i) => html`<li>${i}</li>`)}</ul>
    </section>`)}</div>` : nothing}
    <dl class="facts">
      ${e.location ? html`<div><dt>${words.location}</dt><dd>${e.location}</dd></div>` : nothing}
      ${e.participants?.length ? html`<div><dt>${words.participants}</dt><dd>${e.participants.join(', ')}</dd></div>` : nothing}
      ${e.sources?.length ? html`<div><dt>${e.sources.length > 1 ? words.sources : words.source}</dt><dd>${e.sources.map((s, i) => {
        const href = safeHref(s.url);
        return html`${i ? '; ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer">${s.name}</a>` : s.name}`;
      })}</dd></div>` : nothing}
    </dl>
    <div class="story">
      <button type="button" class="previous" part="previous-button" ?disabled=${!story.index} @click=${() => story.step(-1)}>${words.previous}</button>
      <span class="position">${fill(words.position, { n: story.index + 1, total: story.total })}</span>
      <button type="button" class="next" part="next-button" ?disabled=${story.index >= story.total - 1} @click=${() => story.step(1)}>${words.next}</button>
    </div>
    <button type="button" class="close" part="close-button" @click=${onClose}>${words.close}</button>
  </article>`;
}

export function noticeTemplate(issues: DataIssue[], dropped: number, total: number, words: Messages, lang: string): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const headline = dropped
    ? plural(lang, words.dropped, dropped, { dropped, total })
    : plural(lang, words.problems, issues.length);
  return html`<div class="notice" part="notice" role="status">
    <details>
      <summary>${headline}</summary>
      <ul>${issues.map((i) => html`<li class=${i.severity}><code>${i.path || '/'}</code> ${i.message}</li>`)}</ul>
    </details>
  </div>`;
}
