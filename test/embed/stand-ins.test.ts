/**
 * The CDN bundle replaces what d3-scale imports but the time axis never runs (d3-format,
 * d3-time-format, d3-interpolate's generic and colour interpolators) with stand-ins that throw
 * (rollup.config.mjs). These tests fail if the axis ever reaches one: the stand-ins do throw, and the
 * real bundle draws, zooms and pans the axis in every direction and in deep time without an error.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

type Module = Record<string, unknown>;
const load = (name: string): Promise<Module> => import(/* @vite-ignore */ `/scripts/cdn-stand-ins/${name}.js`);

describe('CDN stand-ins', () => {
  it('throw, naming what was reached, when anything calls them; the number interpolators are the real ones', async () => {
    const stood: [string, string[]][] = [
      ['d3-format', ['format', 'formatPrefix', 'formatSpecifier', 'precisionFixed', 'precisionPrefix', 'precisionRound']],
      ['d3-time-format', ['timeFormat', 'utcFormat']],
      ['d3-interpolate', ['interpolate', 'piecewise']],
    ];
    for (const [name, exports] of stood) {
      const module = await load(name);
      for (const key of exports) {
        expect(module[key], `${name} ${key}`).to.be.a('function');
        expect(() => (module[key] as () => unknown)(), `${name} ${key}`).to.throw(Error, new RegExp(`reached ${name} ${key}\\(\\)`));
      }
    }
    const { interpolateNumber, interpolateRound } = (await load('d3-interpolate')) as Record<
      string,
      (a: number, b: number) => (t: number) => number
    >;
    expect(interpolateNumber(10, 20)(0.25)).to.equal(12.5);
    expect(interpolateRound(10, 20)(0.26)).to.equal(13);
  });

  it('are never reached by the bundle: it draws, zooms and pans left to right, right to left and in deep time', async () => {
    const frame = document.createElement('iframe');
    frame.width = '1280';
    frame.height = '1400';
    frame.src = '/test/embed/stand-ins.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { errors: string[] };
      for (const id of ['ltr', 'rtl', 'deep']) {
        const timeline = await waitFor(() => {
          const el = win.document.getElementById(id) as TalksTimeline | null;
          return el?.shadowRoot?.querySelector('svg.drawing .mark') ? el : null;
        });
        const labels = () => [...timeline.shadowRoot!.querySelectorAll('svg.drawing .tick-label')].map((t) => t.textContent);
        expect(labels().length, `${id}: ticks`).to.be.greaterThan(1);
        const shown = timeline.shownEvents;
        const start = (i: number) => shown[i].date.split('/')[0];
        // Zoom to the first events (the zoomed copy of the scale, its ticks), then over to the last ones.
        await timeline.zoomTo(start(0), start(1));
        await timeline.updateComplete;
        expect(labels().length, `${id}: ticks when zoomed`).to.be.greaterThan(0);
        await timeline.zoomTo(start(shown.length - 2), start(shown.length - 1));
        await timeline.updateComplete;
        timeline.resetZoom();
        await timeline.updateComplete;
        expect(labels().length, `${id}: ticks after reset`).to.be.greaterThan(1);
      }
      expect(win.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
