/** The legend: only the encodings the current drawing uses, in the page's language. */
import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { LegendKey, Messages } from '../core/messages.js';

const W = 28;
const H = 14;
const Y = H / 2;

function swatch(key: LegendKey): SVGTemplateResult {
  switch (key) {
    case 'day':
      return svg`<g class="mark point"><circle class="shape" cx=${W / 2} cy=${Y} r="5"></circle></g>`;
    case 'period':
      return svg`<g class="mark span"><rect class="shape" x="2" y=${Y - 4} width=${W - 4} height="8" rx="4"></rect></g>`;
    case 'coarse':
      return svg`<g class="mark span coarse"><rect class="shape" x="2" y=${Y - 4} width=${W - 4} height="8" rx="4" fill="url(#legend-soft)"></rect></g>`;
    case 'openEnd':
      return svg`<g class="mark span"><rect class="shape" x="2" y=${Y - 4} width=${W - 10} height="8" rx="4" fill="url(#legend-open)"></rect>
        <path class="arrow" d="M${W - 8} ${Y - 5} L${W - 2} ${Y} L${W - 8} ${Y + 5}"></path></g>`;
    case 'approximate':
      return svg`<text class="qualifier" x=${W / 2} y=${Y + 4} text-anchor="middle">~</text>`;
    case 'uncertain':
      return svg`<text class="qualifier" x=${W / 2} y=${Y + 4} text-anchor="middle">?</text>`;
    case 'scheduled':
    case 'possible':
      return svg`<g class="mark point ${key}"><circle class="shape" cx=${W / 2} cy=${Y} r="5"></circle></g>`;
    case 'cancelled':
      return svg`<g class="mark point cancelled"><circle class="shape" cx=${W / 2} cy=${Y} r="5"></circle>
        <line class="strike" x1="6" x2=${W - 6} y1=${Y} y2=${Y}></line></g>`;
  }
}

/** A `~`/`?` entry already says its sign in words; the swatch repeats it visually. */
export function legendTemplate(keys: LegendKey[], words: Messages): TemplateResult | typeof nothing {
  if (!keys.length) return nothing;
  return html`<div class="legend" part="legend">
    <svg class="legend-defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <linearGradient id="legend-soft" x1="0" x2="1"><stop offset="0" stop-opacity="0.25"></stop><stop offset="0.3" stop-opacity="1"></stop><stop offset="0.7" stop-opacity="1"></stop><stop offset="1" stop-opacity="0.25"></stop></linearGradient>
        <linearGradient id="legend-open" x1="0" x2="1"><stop offset="0" stop-opacity="1"></stop><stop offset="1" stop-opacity="0"></stop></linearGradient>
      </defs>
    </svg>
    <span class="legend-title">${words.legendTitle}</span>
    <ul>
      ${keys.map((k) => html`<li>
        <svg class="swatch ${k}" aria-hidden="true" focusable="false" width=${W} height=${H} viewBox="0 0 ${W} ${H}">${swatch(k)}</svg>
        ${words.legend[k]}
      </li>`)}
    </ul>
  </div>`;
}
