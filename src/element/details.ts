/** A date label as the reader sees it, each dated part a <time datetime> (shared by the lists and the card). */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LabelPart } from '../core/format.js';

/** A date label with each dated part as <time datetime>. */
export function dateTemplate(parts: LabelPart[]): TemplateResult {
  return html`${parts.map((p) => (p.datetime ? html`<time datetime=${p.datetime}>${p.text}</time>` : p.text))}`;
}
