/** Text widths for the layout, from a cached canvas context in the host's font. */
import type { TextRole } from '../core/ticks.js';

const ROLE_FONT: Record<TextRole, { scale: number; weight: string }> = {
  title: { scale: 0.875, weight: '600' },
  date: { scale: 0.75, weight: '400' },
  tick: { scale: 0.75, weight: '400' },
};

/** The text roles measured, each in a font of its own. */
export const ROLES = /* @__PURE__ */ Object.keys(ROLE_FONT) as TextRole[];

/** The canvas font of a text role at a text size and family: the same on the page and in the worker (cdn/worker.js). */
export function roleFont(role: TextRole, em: number, family: string): string {
  const { scale, weight } = ROLE_FONT[role];
  return `${weight} ${em * scale}px ${family}`;
}

/** A measurer through one canvas context per role (never switching fonts): each text measured once per role. */
export function measurerOf(
  context: (role: TextRole) => { measureText(text: string): { width: number } },
): (text: string, role: TextRole) => number {
  const widths = new Map<string, number>();
  return (text, role) => {
    const key = `${role}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = context(role).measureText(text).width));
    return w;
  };
}

/** A canvas context per font, so that measuring never switches fonts (parsing a font is slow). */
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
    const context = (role: TextRole) => {
      const key = roleFont(role, em, family);
      if (!contexts.has(key)) {
        const ctx = document.createElement('canvas').getContext('2d');
        if (ctx) ctx.font = key;
        contexts.set(key, ctx);
      }
      return contexts.get(key);
    };
    if (!context('title')) return { em };
    measure = measurerOf((role) => context(role)!);
    measurers.set(font, measure);
  }
  return { em, measure };
}
