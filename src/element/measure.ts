/** Text widths for the layout, from a cached canvas context in the host's font. */
import type { TextRole } from '../core/ticks.js';

export const ROLE_FONT: Record<TextRole, { scale: number; weight: string }> = {
  title: { scale: 0.875, weight: '600' },
  date: { scale: 0.75, weight: '400' },
  tick: { scale: 0.75, weight: '400' },
};

/** A canvas context per text role, so that measuring never switches fonts (parsing a font is slow). */
const contexts = new Map<string, CanvasRenderingContext2D | null>();

/** Measurers by font: the same function for the same font, so the layout can reuse its work. */
const measurers = new Map<string, (text: string, role: TextRole) => number>();

/** The host's em and a text measurer (none without a canvas: the layout then estimates widths). */
export function textMeasurer(host: Element): { em: number; measure?: (text: string, role: TextRole) => number } {
  const style = getComputedStyle(host);
  const em = parseFloat(style.fontSize) || 16;
  const family = style.fontFamily || 'sans-serif';
  const font = `${em}px ${family}`;
  let measure = measurers.get(font);
  if (!measure) {
    const cache = new Map<string, number>();
    const context = (role: TextRole) => {
      const { scale, weight } = ROLE_FONT[role];
      const key = `${weight} ${em * scale}px ${family}`;
      if (!contexts.has(key)) {
        const ctx = document.createElement('canvas').getContext('2d');
        if (ctx) ctx.font = key;
        contexts.set(key, ctx);
      }
      return contexts.get(key);
    };
    if (!context('title')) return { em };
    measure = (text: string, role: TextRole): number => {
      const key = `${role}\u0000${text}`;
      let w = cache.get(key);
      if (w === undefined) cache.set(key, (w = context(role)!.measureText(text).width));
      return w;
    };
    measurers.set(font, measure);
  }
  return { em, measure };
}
