/**
 * The SVG drawing of a Layout. Positions come from core; this file only maps
 * them to SVG attributes (no style attributes, so strict CSP is fine).
 * The drawing is hidden from assistive technology: the event list is the
 * accessible structure.
 */
import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { qualifierSign } from '../core/encoding.js';
import type { Aggregate, Layout, Mark, TrackBand } from '../core/horizontal.js';
import type { Track } from '../core/types.js';

export interface PlotState {
  selected: string | null;
  focused: string | null;
  /** Pan in px from the start edge, drawn as a translation: panning needs no new layout. */
  pan: number;
  onPick: (id: string) => void;
  /** An aggregate "+N" was activated. */
  onExpand: (aggregate: Aggregate) => void;
}

const PALETTE_SIZE = 6;

function colorClass(track: number, tracks: Track[]): string {
  return tracks[track]?.color ? '' : `c${track % PALETTE_SIZE}`;
}

function gradientId(m: Mark): string {
  return `g-${m.track}-${m.softStart || m.openStart ? 1 : 0}${m.softEnd ? 1 : 0}${m.openEnd ? 2 : 0}`;
}

/** In right-to-left layouts a span's start is its right end. */
function gradientAxis(rtl: boolean): { x1: string; x2: string } {
  return rtl ? { x1: '1', x2: '0' } : { x1: '0', x2: '1' };
}

/** Gradients for soft (coarse-precision) and open ends, one per track and end style in use. */
function gradients(layout: Layout, tracks: Track[]): SVGTemplateResult[] {
  const axis = gradientAxis(layout.direction === 'rtl');
  const needed = new Map<string, Mark>();
  for (const m of layout.marks) {
    if (m.shape === 'span' && (m.softStart || m.softEnd || m.openEnd || m.openStart)) needed.set(gradientId(m), m);
  }
  return [...needed].map(([id, m]) => {
    const color = tracks[m.track]?.color;
    const start = m.softStart || m.openStart ? 0.05 : 1;
    const end = m.openEnd ? 0 : m.softEnd ? 0.05 : 1;
    const stops = m.openEnd
      ? [[0, start], [0.2, 1], [1, end]]
      : [[0, start], [0.25, 1], [0.75, 1], [1, end]];
    return svg`<linearGradient id=${id} class=${colorClass(m.track, tracks)} x1=${axis.x1} x2=${axis.x2} y1="0" y2="0">
      ${stops.map(([o, a]) => svg`<stop offset=${o} stop-opacity=${a} stop-color=${color ?? nothing}></stop>`)}
    </linearGradient>`;
  });
}

function band(b: TrackBand, layout: Layout, index: number): SVGTemplateResult {
  return svg`<g class="band ${b.color ? '' : `c${b.track % PALETTE_SIZE}`}">
    ${index % 2 ? svg`<rect class="band-bg" x="0" y=${b.y} width=${layout.width} height=${b.height}></rect>` : nothing}
    ${b.label ? svg`<text class="band-label" x=${b.labelX} y=${b.y + 16} fill=${b.color ?? nothing}>${b.label}</text>` : nothing}
  </g>`;
}

function markShape(m: Mark, tracks: Track[], em: number, rtl: boolean): SVGTemplateResult {
  const color = tracks[m.track]?.color;
  const r = 0.4 * em;
  if (m.shape === 'point') {
    return svg`<circle class="shape" cx=${m.x} cy=${m.y} r=${r} fill=${color ?? nothing} stroke=${color ?? nothing}></circle>`;
  }
  const h = 0.6 * em;
  const fill = m.softStart || m.softEnd || m.openEnd || m.openStart ? `url(#${gradientId(m)})` : color;
  // The open end points the way time runs: right, or left in right-to-left layouts.
  const tip = rtl ? m.x0 - 0.4 * em : m.x1 + 0.4 * em;
  const back = rtl ? m.x0 + 0.2 * em : m.x1 - 0.2 * em;
  const arrow = m.openEnd
    ? svg`<path class="arrow" d="M${back} ${m.y - h * 0.8} L${tip} ${m.y} L${back} ${m.y + h * 0.8}" stroke=${color ?? nothing}></path>`
    : nothing;
  return svg`<rect class="shape" x=${m.x0} y=${m.y - h / 2} width=${Math.max(m.x1 - m.x0, 1)} height=${h} rx=${h / 2}
      fill=${fill ?? nothing} stroke=${color ?? nothing}></rect>${arrow}`;
}

function mark(m: Mark, tracks: Track[], state: PlotState, em: number, rtl: boolean): SVGTemplateResult {
  const cls = [
    'mark', colorClass(m.track, tracks), m.status, m.shape, m.softStart && m.softEnd ? 'coarse' : '',
    m.id === state.selected ? 'selected' : '', m.id === state.focused ? 'focused' : '',
  ].filter(Boolean).join(' ');
  const pad = 0.3 * em;
  const left = Math.min(m.label.x, m.x0 - (m.shape === 'point' ? 0.5 * em : 0) - (rtl && m.openEnd ? 0.5 * em : 0)) - pad;
  const right = Math.max(m.label.x + m.label.width, m.x1 + (m.openEnd && !rtl ? 0.5 * em : 0)) + pad;
  // Text starts at the label box's left edge, or its right edge in right-to-left layouts.
  const textX = rtl ? m.label.x + m.label.width : m.label.x;
  const after = rtl ? -1 : 1;
  const qualifierX = m.shape === 'point' ? m.x + after * 0.6 * em
    : rtl ? m.x0 - (m.openEnd ? 0.9 : 0.3) * em : m.x1 + (m.openEnd ? 0.9 : 0.3) * em;
  const top = m.y - 0.6 * em;
  const bottom = m.label.y + m.label.height + pad;
  const qualifier = qualifierSign(m);
  return svg`<g class=${cls} data-id=${m.id} @click=${() => state.onPick(m.id)}>
    <rect class="hit" x=${left} y=${top} width=${right - left} height=${bottom - top} rx=${pad}></rect>
    ${markShape(m, tracks, em, rtl)}
    ${m.status === 'cancelled' ? svg`<line class="strike" x1=${m.x0 - 0.6 * em} x2=${m.x1 + 0.6 * em} y1=${m.y} y2=${m.y}></line>` : nothing}
    ${qualifier ? svg`<text class="qualifier" x=${qualifierX} y=${m.y + 0.3 * em}>${qualifier}</text>` : nothing}
    <text class="date" x=${textX} y=${m.dateY}>${m.dateLabel}</text>
    <text class="title" x=${textX} y=${m.titleY}>${m.title}</text>
  </g>`;
}

function axis(layout: Layout, em: number): SVGTemplateResult {
  const y = layout.axisY;
  return svg`<g class="axis">
    ${layout.segments.map((s) => svg`<line class="axis-line" x1=${s.x0} x2=${s.x1} y1=${y} y2=${y}></line>`)}
    ${layout.ticks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${y} y2=${y + 0.35 * em}></line>
      <text class="tick-label" x=${t.box.x + t.box.width / 2} y=${t.box.y + 0.8 * em} text-anchor="middle">${t.label}</text>`)}
    ${layout.breaks.map((b) => {
      const mid = (b.x0 + b.x1) / 2;
      const s = 0.35 * em;
      return svg`<g class="break">
        <line x1=${mid - s - 2} x2=${mid - 2 + s / 2} y1=${y + s} y2=${y - s}></line>
        <line x1=${mid + 2 - s / 2} x2=${mid + s + 2} y1=${y + s} y2=${y - s}></line>
        <line class="break-gap" x1=${mid} x2=${mid} y1="0" y2=${y - s - 2}></line>
        <text class="break-label" x=${b.box.x + b.box.width / 2} y=${b.box.y + 0.8 * em} text-anchor="middle">${b.label}</text>
      </g>`;
    })}
  </g>`;
}

/**
 * Only what is in view is drawn: a zoomed layout is wider than the drawing, and panning moves the
 * view over it (a translation, no new layout).
 */
export function renderPlot(layout: Layout, tracks: Track[], state: PlotState, em: number): TemplateResult {
  const rtl = layout.direction === 'rtl';
  const shift = rtl ? state.pan : -state.pan;
  const slack = 10 * em;
  const seen = (x0: number, x1: number) => x1 + shift >= -slack && x0 + shift <= layout.width + slack;
  const marks = layout.marks.filter((m) => seen(Math.min(m.x0, m.label.x), Math.max(m.x1, m.label.x + m.label.width)));
  const view = { ...layout, ticks: layout.ticks.filter((t) => seen(t.box.x, t.box.x + t.box.width)) };
  return html`<svg class="drawing ${layout.zoom.k > 1 ? 'zoomed' : ''}" aria-hidden="true" width=${layout.width} height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}" direction=${layout.direction}>
    <defs>${gradients({ ...layout, marks }, tracks)}</defs>
    ${layout.bands.map((b, i) => band(b, layout, i))}
    <g class="content" transform="translate(${shift} 0)">
    ${layout.eras.filter((e) => seen(e.x0, e.x1)).map((e) => svg`<g class="era">
      <rect x=${e.x0} y="0" width=${Math.max(e.x1 - e.x0, 1)} height=${layout.axisY} fill=${e.color ?? nothing}></rect>
      ${e.label ? svg`<text x=${rtl ? e.box.x + e.box.width : e.box.x} y=${e.box.y + 0.8 * em}>${e.label}</text>` : nothing}
    </g>`)}
    ${axis(view, em)}
    ${marks.map((m) => mark(m, tracks, state, em, rtl))}
    ${layout.aggregates.filter((a) => seen(Math.min(a.x0, a.box.x), Math.max(a.x1, a.box.x + a.box.width))).map((a) => svg`<g class="aggregate ${colorClass(a.track, tracks)} ${state.focused && a.ids.includes(state.focused) ? 'focused' : ''}" @click=${() => state.onExpand(a)}>
      <line class="aggregate-span" x1=${a.x0} x2=${Math.max(a.x1, a.x0 + 1)} y1=${a.box.y - 0.15 * em} y2=${a.box.y - 0.15 * em}
        stroke=${tracks[a.track]?.color ?? nothing}></line>
      <rect x=${a.box.x} y=${a.box.y} width=${a.box.width} height=${a.box.height} rx=${a.box.height / 2}
        stroke=${tracks[a.track]?.color ?? nothing}></rect>
      <text x=${a.box.x + a.box.width / 2} y=${a.box.y + a.box.height * 0.7} text-anchor="middle">${a.label}</text>
    </g>`)}
    </g>
  </svg>`;
}
