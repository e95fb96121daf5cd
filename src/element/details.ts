/** Templates for the reader's text: dates as <time> and the problems notice (the details card is card.ts). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LabelPart } from '../core/format.js';
import { plural } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import type { DataIssue } from '../core/types.js';

/** A date label with each dated part as <time datetime>. */
export function dateTemplate(parts: LabelPart[]): TemplateResult {
  return html`${parts.map((p) => (p.datetime ? html`<time datetime=${p.datetime}>${p.text}</time>` : p.text))}`;
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
