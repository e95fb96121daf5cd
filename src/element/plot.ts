/** The SVG drawing of a horizontal Layout: what the core worked out, mapped to SVG attributes. */
// No style attributes, so strict CSP is fine.
// The drawing is hidden from assistive technology: the event list is the
// accessible structure.
import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { panShift } from '../core/direction.js';
import {
  aggregateDrawing,
  bandLabelBaseline,
  baseline,
  breakGlyph,
  inView,
  markDrawing,
  markExtent,
  paletteSlot,
  textStart,
  tickLength,
} from '../core/drawing.js';
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

function colorClass(track: number, tracks: Track[]): string {
  const slot = paletteSlot(track, tracks[track]?.color);
  return slot < 0 ? '' : `c${slot}`;
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
      ? [
          [0, start],
          [0.2, 1],
          [1, end],
        ]
      : [
          [0, start],
          [0.25, 1],
          [0.75, 1],
          [1, end],
        ];
    return svg`<linearGradient id=${id} class=${colorClass(m.track, tracks)} x1=${axis.x1} x2=${axis.x2} y1="0" y2="0">
      ${stops.map(([o, a]) => svg`<stop offset=${o} stop-opacity=${a} stop-color=${color ?? nothing}></stop>`)}
    </linearGradient>`;
  });
}

function band(b: TrackBand, layout: Layout, index: number): SVGTemplateResult {
  const slot = paletteSlot(b.track, b.color);
  return svg`<g class="band ${slot < 0 ? '' : `c${slot}`}">
    ${index % 2 ? svg`<rect class="band-bg" x="0" y=${b.y} width=${layout.width} height=${b.height}></rect>` : nothing}
    ${b.label ? svg`<text class="band-label" x=${b.labelX} y=${bandLabelBaseline(b.y, layout.em)} fill=${b.color ?? nothing}>${b.label}</text>` : nothing}
  </g>`;
}

function mark(m: Mark, tracks: Track[], state: PlotState, layout: Layout): SVGTemplateResult {
  const cls = [
    'mark',
    colorClass(m.track, tracks),
    m.status,
    m.shape,
    m.softStart && m.softEnd ? 'coarse' : '',
    m.id === state.selected ? 'selected' : '',
    m.id === state.focused ? 'focused' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const { origin, dot, bar, arrow, strike, qualifier, textX, titleLines, hit } = markDrawing(m, layout, true);
  const color = tracks[m.track]?.color ?? nothing;
  const fill = m.softStart || m.softEnd || m.openEnd || m.openStart ? `url(#${gradientId(m)})` : color;
  return svg`<g class=${cls} data-id=${m.id} transform="translate(${origin} 0)" @click=${() => state.onPick(m.id)}>
    <rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height} rx=${hit.rx}></rect>
    ${dot ? svg`<circle class="shape" cx=${dot.cx} cy=${dot.cy} r=${dot.r} fill=${color} stroke=${color}></circle>` : nothing}
    ${bar ? svg`<rect class="shape" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx=${bar.rx} fill=${fill} stroke=${color}></rect>` : nothing}
    ${arrow ? svg`<path class="arrow" d="M${arrow[0].join(' ')} L${arrow[1].join(' ')} L${arrow[2].join(' ')}" stroke=${color}></path>` : nothing}
    ${strike ? svg`<line class="strike" x1=${strike.x1} x2=${strike.x2} y1=${strike.y} y2=${strike.y}></line>` : nothing}
    ${qualifier ? svg`<text class="qualifier" x=${qualifier.x} y=${qualifier.y}>${qualifier.text}</text>` : nothing}
    <text class="date" x=${textX} y=${m.dateY}>${m.note ? svg`<tspan class="note">${m.note}</tspan> · ` : nothing}${m.dateLabel}</text>
    <text class="title" x=${textX} y=${m.titleY}>${titleLines.map((line) => svg`<tspan x=${textX} y=${line.y}>${line.text}</tspan>${line.after}`)}</text>
  </g>`;
}

function axis(layout: Layout): SVGTemplateResult {
  const { axisY: y, em } = layout;
  return svg`<g class="axis">
    ${layout.segments.map((s) => svg`<line class="axis-line" x1=${s.x0} x2=${s.x1} y1=${y} y2=${y}></line>`)}
    ${layout.ticks.map(
      (t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${y} y2=${y + tickLength(em)}></line>
      <text class="tick-label" x=${t.box.x + t.box.width / 2} y=${baseline(t.box, em)} text-anchor="middle">${t.label}</text>`,
    )}
    ${layout.breaks.map((b) => {
      const { strokes, gap } = breakGlyph(b.x0, b.x1, y, em);
      return svg`<g class="break">
        ${strokes.map(([x1, y1, x2, y2]) => svg`<line x1=${x1} x2=${x2} y1=${y1} y2=${y2}></line>`)}
        <line class="break-gap" x1=${gap.x} x2=${gap.x} y1=${gap.y1} y2=${gap.y2}></line>
        <text class="break-label" x=${b.box.x + b.box.width / 2} y=${baseline(b.box, em)} text-anchor="middle">${b.label}</text>
      </g>`;
    })}
  </g>`;
}

function aggregate(a: Aggregate, tracks: Track[], state: PlotState, em: number): SVGTemplateResult {
  const { spanY, spanX1, textY } = aggregateDrawing(a, em);
  const color = tracks[a.track]?.color ?? nothing;
  return svg`<g class="aggregate ${colorClass(a.track, tracks)} ${state.focused && a.ids.includes(state.focused) ? 'focused' : ''}" @click=${() => state.onExpand(a)}>
    <line class="aggregate-span" x1=${a.x0} x2=${spanX1} y1=${spanY} y2=${spanY} stroke=${color}></line>
    <rect x=${a.box.x} y=${a.box.y} width=${a.box.width} height=${a.box.height} rx=${a.box.height / 2} stroke=${color}></rect>
    <text x=${a.box.x + a.box.width / 2} y=${textY} text-anchor="middle">${a.label}</text>
  </g>`;
}

/**
 * Only what is in view is drawn: a zoomed layout is wider than the drawing, and panning moves the
 * view over it (a translation, no new layout).
 */
export function renderPlot(layout: Layout, tracks: Track[], state: PlotState): TemplateResult {
  const shift = panShift(layout.direction, state.pan);
  const seen = inView(layout, shift);
  const marks = layout.marks.filter((m) => seen(...markExtent(m)));
  // Each of the layout's marks keeps its place in the template, drawn or not: as a zoom moves marks out
  // of view, the others keep their elements (only positions change, no text is set again).
  const shown = new Set(marks);
  const view = { ...layout, ticks: layout.ticks.filter((t) => seen(t.box.x, t.box.x + t.box.width)) };
  return html`<svg class="drawing ${layout.zoom.k > 1 ? 'zoomed' : ''}" aria-hidden="true" width=${layout.width} height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}" direction=${layout.direction}>
    <defs>${gradients({ ...layout, marks }, tracks)}</defs>
    ${layout.bands.map((b, i) => band(b, layout, i))}
    <g class="content" transform="translate(${shift} 0)">
    ${layout.eras
      .filter((e) => seen(e.x0, e.x1))
      .map(
        (e) => svg`<g class="era">
      <rect x=${e.x0} y="0" width=${Math.max(e.x1 - e.x0, 1)} height=${layout.axisY} fill=${e.color ?? nothing}></rect>
      ${e.label ? svg`<text x=${textStart(e.box, layout.direction)} y=${baseline(e.box, layout.em)}>${e.label}</text>` : nothing}
    </g>`,
      )}
    ${axis(view)}
    ${layout.marks.map((m) => (shown.has(m) ? mark(m, tracks, state, layout) : nothing))}
    ${layout.aggregates.filter((a) => seen(Math.min(a.x0, a.box.x), Math.max(a.x1, a.box.x + a.box.width))).map((a) => aggregate(a, tracks, state, layout.em))}
    </g>
  </svg>`;
}
