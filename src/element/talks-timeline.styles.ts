/** The styles of <talks-timeline>: layout of its parts, the drawing's marks and encodings, light and dark, forced colours. */
import { css } from 'lit';

/** All styling lives here, adopted as a stylesheet: nothing in templates needs `style-src 'unsafe-inline'`. */
export const styles = css`
  /* Light and dark: the page's colour scheme (prefers-color-scheme) unless theme="light|dark". */
  :host {
    color-scheme: light dark;
    --_text: var(--talks-color-text, light-dark(#1b1b1b, #e8e6e3));
    --_muted: var(--talks-color-muted, light-dark(#595959, #a9adb3));
    --_bg: var(--talks-color-background, light-dark(#fff, #15171a));
    --_axis: var(--talks-color-axis, light-dark(#757575, #8c9097));
    --_accent: var(--talks-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_band: var(--talks-color-band, light-dark(#f6f6f4, #1d2025));
    --_card: var(--talks-color-card, light-dark(#fafaf8, #1b1e22));
    --_rule: var(--talks-color-rule, light-dark(#c8c6c0, #454950));
    --_alert: var(--talks-color-alert, light-dark(#b3261e, #f28b82));
    --_alert-bg: var(--talks-color-alert-background, light-dark(#fdf3f2, #2b1d1c));
    display: block;
    font: var(--talks-font, inherit);
    color: var(--_text);
    background: var(--_bg);
    container-type: inline-size;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Spacing: --talks-space between the parts, --talks-card-padding inside the details card. */
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--talks-space, 0.5em);
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0;
  }
  .description,
  .summary {
    margin: 0;
    max-width: 42em;
  }
  .summary,
  .loading {
    color: var(--_muted);
    font-size: 0.875em;
  }
  progress {
    width: 100%;
    max-width: 24em;
    accent-color: var(--_accent);
  }
  .error,
  .notice {
    border-left: 0.25em solid var(--_alert);
    background: var(--_alert-bg);
    padding: 0.5em 0.75em;
    font-size: 0.875em;
  }

  /* The drawing */
  .plot {
    position: relative;
  }
  svg.drawing {
    display: block;
    overflow: visible;
    font-size: 1em;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  svg.zoomed {
    overflow: hidden;
  }
  .tools, .zoom {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .tools {
    justify-content: flex-end;
    gap: 0.75em;
  }
  /* Buttons: the tools, story mode and close are outlined; the event buttons are plain text. */
  button {
    min-width: 2.2em;
    min-height: 2em;
    padding: 0 0.5em;
    border: 1px solid var(--_axis);
    border-radius: 0.3em;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .c0 { --c: var(--talks-track-0, light-dark(#1f5fa8, #74a9f7)); }
  .c1 { --c: var(--talks-track-1, light-dark(#a64b12, #f0a15e)); }
  .c2 { --c: var(--talks-track-2, light-dark(#2e7d32, #7cc47f)); }
  .c3 { --c: var(--talks-track-3, light-dark(#7b3fa0, #c79de6)); }
  .c4 { --c: var(--talks-track-4, light-dark(#a0365a, #f291b5)); }
  .c5 { --c: var(--talks-track-5, light-dark(#00796b, #4cc3b4)); }
  linearGradient[class^='c'] stop {
    stop-color: var(--c);
  }
  .band-bg {
    fill: var(--_band);
  }
  .era rect {
    fill: var(--talks-color-era, light-dark(#8c7a4f, #c9b98f));
    fill-opacity: 0.12;
  }
  .era text {
    fill: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
  }
  .band-label {
    fill: var(--c, var(--_text));
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .axis-line,
  .tick {
    stroke: var(--_axis);
    stroke-width: 1;
  }
  .tick-label,
  .break-label {
    fill: var(--_muted);
    font-size: 0.75em;
  }
  .break line {
    stroke: var(--_axis);
  }
  .break .break-gap {
    stroke: var(--_axis);
    stroke-dasharray: 2 4;
    opacity: 0.5;
  }
  .mark {
    cursor: pointer;
  }
  .mark .hit {
    fill: transparent;
    stroke: none;
  }
  /* CSS would override fill/stroke attributes: the palette applies only where the drawing set none
     (a track's own colour, a soft or open end's gradient). */
  .mark .shape {
    stroke-width: 1.5;
  }
  .mark .shape:not([fill]) {
    fill: var(--c);
  }
  .mark .shape:not([stroke]) {
    stroke: var(--c);
  }
  .mark.span .shape {
    stroke: none;
  }
  .mark.coarse .shape {
    opacity: 0.55;
  }
  .mark.scheduled .shape,
  .mark.possible .shape,
  .mark.cancelled .shape {
    fill: var(--_bg);
    fill-opacity: 1;
    stroke: var(--c);
    stroke-width: 2;
  }
  .mark.span.scheduled .shape,
  .mark.span.possible .shape,
  .mark.span.cancelled .shape {
    fill-opacity: 0.35;
    stroke: var(--c);
  }
  .mark.possible .shape {
    stroke-dasharray: 3 2;
  }
  .mark .arrow {
    fill: none;
    stroke: var(--c);
    stroke-width: 2;
    opacity: 0.6;
  }
  .mark .strike {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .mark .qualifier {
    fill: var(--c);
    font-size: 0.75em;
    font-weight: 700;
  }
  .mark .date {
    fill: var(--_muted);
    font-size: 0.75em;
  }
  /* "New", "Updated" before the date: measured with it in the same font (no bolder weight), so labels never meet. */
  .mark .date .note {
    fill: var(--_accent);
  }
  .mark .title {
    fill: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
  }
  /* Lines are decorated, not the spaces they broke at (between the lines). */
  .mark.cancelled .title tspan {
    text-decoration: line-through;
  }
  .mark:hover .title,
  .mark.selected .title {
    fill: var(--_accent);
  }
  .mark:hover .title tspan,
  .mark.selected .title tspan {
    text-decoration: underline;
  }
  .mark.selected .shape {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .mark.focused .hit {
    stroke: var(--_accent);
    stroke-width: 2;
  }

  /* The legend */
  .legend, .legend ul {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .legend {
    --c: var(--_muted);
    --_along: right;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  [dir='rtl'] .legend {
    --_along: left;
  }
  .legend-title {
    font-weight: 700;
  }
  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .sign {
    font-weight: 700;
    color: var(--_text);
  }

  /* Dots: the marks of the vertical layout and the legend's swatches */
  .dot {
    display: inline-block;
    box-sizing: border-box;
    width: 0.9em;
    height: 0.9em;
    border-radius: 0.45em;
    border: 2px solid var(--c);
    background: var(--c);
  }
  .span .dot {
    width: 1.8em;
  }
  .coarse .dot {
    border: 0;
    opacity: 0.6;
    background: linear-gradient(to var(--_along), transparent, var(--c) 30% 70%, transparent);
  }
  .open-end .dot {
    border: 0;
    background: linear-gradient(to var(--_along), var(--c), transparent);
  }
  .scheduled .dot,
  .possible .dot,
  .cancelled .dot {
    background: var(--_bg);
    opacity: 1;
  }
  .possible .dot {
    border-style: dashed;
  }
  .cancelled .dot {
    background: linear-gradient(var(--_bg) 40%, var(--_text) 40% 60%, var(--_bg) 60%);
  }

  .aggregate {
    cursor: pointer;
  }
  .aggregate rect {
    fill: var(--_bg);
    stroke: var(--c, var(--_axis));
    stroke-width: 1.5;
  }
  .aggregate text {
    fill: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .aggregate-span {
    stroke: var(--c, var(--_axis));
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .aggregate.focused rect {
    stroke: var(--_accent);
  }
  .aggregate:hover rect,
  .aggregate.focused rect {
    stroke-width: 2.5;
  }

  /* The accessible list: for keyboards and screen readers; focus shows on the drawing. */
  /* Read by screen readers, not shown: the event list under the drawing, the live region, separators. */
  .events:not(.vertical), .said, .sep {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    list-style: none;
  }

  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  /* Windows high contrast and other forced colours: system colours, shapes and lines kept. */
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_text: CanvasText;
    }
    .era rect {
      fill: none;
      stroke: GrayText;
      stroke-dasharray: 4 4;
    }
    * {
      --c: CanvasText !important;
    }
    .mark .shape, .dot {
      forced-color-adjust: none;
    }
  }
`;
