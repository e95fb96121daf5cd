/** For the layout's no-overlap properties: a proportional-font measure, the boxes a mark draws (its shape, its date line with any note, each title line, all inside its label), and whether two boxes meet. */
import { expect } from '@open-wc/testing';
import { markDrawing } from '../../src/core/drawing.js';
import type { Box, Layout, Mark } from '../../src/core/horizontal.js';

export const EM = 16;
export const EPS = 1e-6;

/** A text measure with glyphs of three widths, as in a real proportional font. */
export function widthOf(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += (/[iljtf.,:;'· ]/.test(ch) ? 0.3 : /[mwMWЖШЩЮ]/.test(ch) ? 0.9 : 0.58) * size;
  return w;
}

/** The layout's `measure`, with the element's sizes: titles at 0.875 em, dates and ticks at 0.75 em. */
export const measure = (text: string, role: 'title' | 'date' | 'tick') => widthOf(text, role === 'title' ? 0.875 * EM : 0.75 * EM);

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

/** The boxes a mark draws: its shape, its date line (after its note) and each title line, start-aligned in its label, which holds them. */
export function drawnBoxes(m: Mark, plan: Layout): { what: string; box: Box }[] {
  const d = markDrawing(m, plan);
  const boxes: { what: string; box: Box }[] = [];
  if (d.dot) boxes.push({ what: 'dot', box: { x: d.dot.cx - d.dot.r, y: d.dot.cy - d.dot.r, width: 2 * d.dot.r, height: 2 * d.dot.r } });
  if (d.bar) boxes.push({ what: 'bar', box: d.bar });
  const line = (text: string, size: number, top: number, height: number) => {
    const w = widthOf(text.trimEnd(), size);
    const box = { x: plan.direction === 'rtl' ? m.label.x + m.label.width - w : m.label.x, y: top, width: w, height };
    // Every line lies inside the label's box, which the lanes keep apart.
    expect(box.x, `"${text}" of ${m.id} in its label`).to.be.at.least(m.label.x - EPS);
    expect(box.x + box.width, `"${text}" of ${m.id} in its label`).to.be.at.most(m.label.x + m.label.width + EPS);
    expect(box.y + box.height, `"${text}" of ${m.id} in its label`).to.be.at.most(m.label.y + m.label.height + EPS);
    return box;
  };
  const date = m.note ? `${m.note} · ${m.dateLabel}` : m.dateLabel;
  boxes.push({ what: `date "${date}"`, box: line(date, 0.75 * EM, m.label.y, EM) });
  m.titleLines.forEach((text, i) =>
    boxes.push({ what: `line "${text}"`, box: line(text, 0.875 * EM, m.label.y + EM + i * 1.2 * EM, 1.2 * EM) }),
  );
  return boxes;
}
