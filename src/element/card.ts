/** The details card of the selected event, with story mode, and the notice of problems in the data (cdn/card.js). */
// A module of its own, with its styles: the element fetches it after its first paint (or at once when an
// event is selected or the data has problems), so the drawing never waits for it.
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { TimelineItem } from '../core/model.js';
import { fill, plural } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import type { DataIssue, Track } from '../core/types.js';
import { parseRichText, safeLink } from '../core/rich-text.js';
import type { RichNode, RichTag } from '../core/rich-text.js';
import { dateTemplate } from './details.js';
import { mediaStyles, mediaTemplate } from './media.js';

/** Lit templates of the allowed elements (tag names are fixed in templates: nothing is made from data). */
const RICH: Record<RichTag, (children: unknown, href?: string) => unknown> = {
  p: (c) => html`<p>${c}</p>`,
  br: () => html`<br>`,
  a: (c, href) => (href ? html`<a href=${href} rel="noopener noreferrer">${c}</a>` : c),
  em: (c) => html`<em>${c}</em>`,
  strong: (c) => html`<strong>${c}</strong>`,
  b: (c) => html`<b>${c}</b>`,
  i: (c) => html`<i>${c}</i>`,
  ul: (c) => html`<ul>${c}</ul>`,
  ol: (c) => html`<ol>${c}</ol>`,
  li: (c) => html`<li>${c}</li>`,
  blockquote: (c) => html`<blockquote>${c}</blockquote>`,
  q: (c) => html`<q>${c}</q>`,
  cite: (c) => html`<cite>${c}</cite>`,
};

/** A summary's HTML subset drawn as elements; everything else is text (Lit escapes it). */
function rich(nodes: RichNode[]): unknown[] {
  return nodes.map((n) => (typeof n === 'string' ? n : RICH[n.tag](rich(n.children), n.href)));
}

/** Story mode: where the card's event stands in date order, and a step to the previous or next one. */
export interface Story {
  index: number;
  total: number;
  step: (by: -1 | 1) => void;
}

/** `embeds`: with the element's media-embeds, the media whose player its reader asked for (null without). */
export function detailsTemplate(
  item: TimelineItem,
  track: Track | undefined,
  words: Messages,
  onClose: () => void,
  story: Story,
  embeds: Set<string> | null = null,
): TemplateResult {
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
        ${e.displayDate ?? dateTemplate(item.dateParts)}${status ? html` · <span class="status ${item.status}">${status}</span>` : nothing}${track?.label ? html` · <span class="track">${track.label}</span>` : nothing}
      </p>
      <h3 id="details-title">${e.title}</h3>
    </header>
    ${e.media ? mediaTemplate(e.media, words, embeds, e.title) : nothing}
    ${e.summary ? html`<div class="summary-text">${rich(parseRichText(e.summary))}</div>` : nothing}
    ${
      e.details?.length
        ? html`<div class="detail-lists">${e.details.map(
            (d) => html`<section class="detail">
      <h4>${d.heading}</h4><ul>${d.items.map((i) => html`<li>${i}</li>`)}</ul>
    </section>`,
          )}</div>`
        : nothing
    }
    <dl class="facts">
      ${e.location ? html`<div><dt>${words.location}</dt><dd>${e.location}</dd></div>` : nothing}
      ${e.participants?.length ? html`<div><dt>${words.participants}</dt><dd>${e.participants.join(', ')}</dd></div>` : nothing}
      ${
        e.sources?.length
          ? html`<div><dt>${e.sources.length > 1 ? words.sources : words.source}</dt><dd>${e.sources.map((s, i) => {
              const href = safeLink(s.url);
              return html`${i ? '; ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer">${s.name}</a>` : s.name}`;
            })}</dd></div>`
          : nothing
      }
    </dl>
    <div class="story">
      <button type="button" class="previous" part="previous-button" ?disabled=${!story.index} @click=${() => story.step(-1)}>${words.previous}</button>
      <span class="position">${fill(words.position, { n: story.index + 1, total: story.total })}</span>
      <button type="button" class="next" part="next-button" ?disabled=${story.index >= story.total - 1} @click=${() => story.step(1)}>${words.next}</button>
    </div>
    <button type="button" class="close" part="close-button" @click=${onClose}>${words.close}</button>
  </article>`;
}

/** The notice: "2 of 40 events could not be shown", with each problem (path and message) under a toggle. */
export function noticeTemplate(
  issues: DataIssue[],
  dropped: number,
  total: number,
  words: Messages,
  lang: string,
): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const headline = dropped ? plural(lang, words.dropped, dropped, { dropped, total }) : plural(lang, words.problems, issues.length);
  return html`<div class="notice" part="notice" role="status">
    <details>
      <summary>${headline}</summary>
      <ul>${issues.map((i) => html`<li class=${i.severity}><code>${i.path || '/'}</code> ${i.message}</li>`)}</ul>
    </details>
  </div>`;
}

export const cardStyles = css`
  ${mediaStyles}
  .notice summary {
    cursor: pointer;
  }
  .notice ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .notice code {
    font-size: 0.9em;
  }
  .story {
    display: flex;
    align-items: center;
    margin-top: 1em;
    gap: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .story button {
    font-size: 1em;
  }
  .events.vertical .card header,
  .events.vertical .summary-text {
    padding-inline-end: 0;
  }
  .events.vertical .card {
    padding-top: 2.2em;
  }

  /* The details card */
  .card {
    position: relative;
    background: var(--_card);
    border-top: 3px solid var(--_text);
    padding: var(--talks-card-padding, 0.75em 1em 1em);
  }
  .card header,
  .summary-text {
    max-width: 44em;
    padding-inline-end: 4em;
  }
  .summary-text {
    margin: 1em 0;
  }
  .summary-text > :first-child {
    margin-top: 0;
  }
  .summary-text > :last-child {
    margin-bottom: 0;
  }
  blockquote {
    margin: 0.5em 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_rule);
  }
  .detail-lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(17em, 1fr));
    column-gap: 2em;
  }
  .card h3 {
    font-size: 1.125em;
    margin: 0.1em 0 0.5em;
    line-height: 1.3;
  }
  .card-meta {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .card .status {
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.9em;
  }
  .card h4 {
    font-size: 0.9375em;
    margin: 1em 0 0.25em;
  }
  .card ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .card li {
    margin: 0.15em 0;
  }
  .facts {
    margin: 1em 0 0;
    font-size: 0.875em;
  }
  .facts div {
    display: flex;
    gap: 0.5em;
  }
  .facts dt {
    font-weight: 700;
    min-width: 7em;
  }
  .facts dd {
    margin: 0;
  }
  button.close {
    position: absolute;
    top: 0.5em;
    inset-inline-end: 0.5em;
  }
`;
