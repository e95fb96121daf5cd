/** Text widths for the layout, from a cached canvas context in the host's font. */
import type { TextRole } from '../core/layout.js';

const ROLE_FONT: Record<TextRole, { scale: number; weight: string }> = {
  title: { scale: 0.875, weight: '600' },
  date: { scale: 0.75, weight: '400' },
  tick: { scale: 0.75, weight: '400' },
};

let context: CanvasRenderingContext2D | null | undefined;

export function textMeasurer(host: Element): { em: number; measure: (text: string, role: TextRole) => number } {
  const style = getComputedStyle(host);
  const em = parseFloat(style.fontSize) || 16;
  const family = style.fontFamily || 'sans-serif';
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  const measure = (text: string, role: TextRole): number => {
    const key = `${role}\u0000${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      const { scale, weight } = ROLE_FONT[role];
      if (context) {
        context.font = `${weight} ${em * scale}px ${family}`;
        w = context.measureText(text).width;
      } else {
        w = text.length * em * scale * 0.56;
      }
      cache.set(key, w);
    }
    return w;
  };
  return { em, measure };
}
