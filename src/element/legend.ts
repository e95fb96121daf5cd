/** The legend: only the encodings the current drawing uses, in the page's language, drawn with CSS. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LegendKey, Messages } from '../core/messages.js';

/** The classes that give each key's swatch the shape of its mark (the same as the vertical layout's dots). */
const SHAPE: Record<LegendKey, string> = {
  day: 'point',
  period: 'span',
  coarse: 'span coarse',
  openEnd: 'span open-end',
  approximate: '',
  uncertain: '',
  scheduled: 'point scheduled',
  possible: 'point possible',
  cancelled: 'point cancelled',
};
const SIGN: Partial<Record<LegendKey, string>> = { approximate: '~', uncertain: '?' };

export function legendTemplate(keys: LegendKey[], words: Messages): TemplateResult | typeof nothing {
  if (!keys.length) return nothing;
  return html`<div class="legend" part="legend">
    <span class="legend-title">${words.legendTitle}</span>
    <ul>${keys.map(
      (k) =>
        html`<li class=${SHAPE[k]}>${
          SIGN[k] ? html`<span class="sign" aria-hidden="true">${SIGN[k]}</span>` : html`<span class="dot" aria-hidden="true"></span>`
        }${words.legend[k]}</li>`,
    )}</ul>
  </div>`;
}
