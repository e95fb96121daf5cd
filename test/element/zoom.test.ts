import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { eventButtons, istanbulData, mount, next, settle, shadow } from './fixtures.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

const MAY_16 = 'istanbul-session-2025-05-16';
const JUNE_2 = 'istanbul-session-2025-06-02';

// Real input (wheel, keys) reaches only the visible tab: the runner has two pages open at once.
beforeEach(() => executeServerCommand('bring-to-front'));

before(() => setViewport({ width: 1400, height: 1000 }));

afterEach(async () => {
  await resetMouse();
  document.body.querySelectorAll('div').forEach((d) => d.remove());
  document.body.style.height = '';
});

async function istanbul(width = 1280, lang = 'en-GB') {
  const m = mount(width);
  m.el.setAttribute('lang', lang);
  const loaded = next(m.el, 'talks-load');
  m.el.data = await istanbulData();
  await loaded;
  await settle(m.el);
  return m;
}

/** Where a mark is drawn on screen now (viewport px of its shape's centre). */
function markAt(el: TalksTimeline, id: string): { x: number; y: number } | null {
  const shape = shadow(el).querySelector<SVGGraphicsElement>(`svg.drawing .mark[data-id="${id}"] .shape`);
  if (!shape) return null;
  const r = shape.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

function plotBox(el: TalksTimeline): DOMRect {
  return shadow(el).querySelector('svg.drawing')!.getBoundingClientRect();
}

/** The layout object drawn now (a new one means the layout was computed again). */
const layoutOf = (el: TalksTimeline) => (el as unknown as { _layout: unknown })._layout;

describe('<talks-timeline> zoom and pan', () => {
  it('leaves the plain wheel to the page: it scrolls and the timeline does not zoom', async () => {
    const { el } = await istanbul();
    document.body.style.height = '5000px';
    window.scrollTo(0, 0);
    const box = plotBox(el);
    await executeServerCommand('wheel', { x: box.left + box.width / 2, y: box.top + box.height / 2, deltaY: 300 });
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(window.scrollY, 'the page scrolled').to.be.greaterThan(0);
    expect(el.zoom.k).to.equal(1);
  });

  it('zooms with ctrl + wheel about the pointer, and the page does not scroll', async () => {
    const { el } = await istanbul();
    document.body.style.height = '5000px';
    window.scrollTo(0, 0);
    const before = markAt(el, JUNE_2)!;
    const gapBefore = before.x - markAt(el, MAY_16)!.x;
    await executeServerCommand('wheel', { x: before.x, y: before.y, deltaY: -400, ctrl: true });
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(window.scrollY).to.equal(0);
    expect(el.zoom.k).to.be.greaterThan(1);
    const after = markAt(el, JUNE_2)!;
    expect(Math.abs(after.x - before.x), 'the moment under the pointer stays there').to.be.lessThan(3);
    expect(after.x - markAt(el, MAY_16)!.x, 'the sessions draw further apart').to.be.greaterThan(gapBefore * 1.5);
  });

  it('pans with a drag, without a new layout and without selecting', async () => {
    const { el } = await istanbul();
    el.zoomTo('2025-05', '2025-06');
    await settle(el);
    const layout = layoutOf(el);
    const start = markAt(el, JUNE_2)!;
    const box = plotBox(el);
    const y = Math.round(box.top + 8);
    await sendMouse({ type: 'move', position: [Math.round(start.x), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(start.x) - 60, y] });
    await sendMouse({ type: 'move', position: [Math.round(start.x) - 120, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(layoutOf(el), 'the layout is reused').to.equal(layout);
    expect(markAt(el, JUNE_2)!.x).to.be.closeTo(start.x - 120, 3);
    expect(el.selected).to.equal(null);
  });

  it('zoomTo shows a stretch of time across the width; resetZoom shows everything again', async () => {
    const { el } = await istanbul();
    el.zoomTo('2025-05-10', '2025-06-10');
    await settle(el);
    const box = plotBox(el);
    const may = markAt(el, MAY_16)!;
    const june = markAt(el, JUNE_2)!;
    for (const p of [may, june]) expect(p.x).to.be.within(box.left, box.right);
    expect(june.x - may.x).to.be.greaterThan(box.width / 3);
    const march2022 = shadow(el).querySelector('svg.drawing .mark[data-id^="istanbul-2022"]');
    expect(march2022, '2022 is out of view and not drawn').to.equal(null);
    el.resetZoom();
    await settle(el);
    expect(el.zoom).to.deep.equal({ k: 1, x: 0 });
    expect(shadow(el).querySelectorAll('svg.drawing .mark').length).to.equal(el.shownEvents.length);
  });

  it('zooms with + and − from the keyboard in the event list, 0 resets, and the focused event stays in view', async () => {
    const { el } = await istanbul();
    const button = eventButtons(el).find((b) => b.dataset.id === MAY_16)!;
    button.focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await settle(el);
    expect(el.zoom.k).to.be.greaterThan(3);
    const box = plotBox(el);
    expect(markAt(el, MAY_16)!.x).to.be.within(box.left, box.right);
    // Arrow keys move on; the view follows the keyboard's place.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const focused = shadow(el).activeElement as HTMLElement;
    const at = markAt(el, focused.dataset.id!);
    if (at) expect(at.x).to.be.within(box.left, box.right);
    await sendKeys({ press: '-' });
    await settle(el);
    await sendKeys({ press: '0' });
    await settle(el);
    expect(el.zoom.k).to.equal(1);
  });

  it('has zoom buttons with names; "Show all" and "−" are off until zoomed', async () => {
    const { el } = await istanbul();
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="zoom"] button')];
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).to.deep.equal(['Zoom in', 'Zoom out', 'Show all']);
    expect(buttons.map((b) => b.disabled)).to.deep.equal([false, true, true]);
    buttons[0].click();
    await settle(el);
    expect(el.zoom.k).to.equal(2);
    const again = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="zoom"] button')];
    expect(again.map((b) => b.disabled)).to.deep.equal([false, false, false]);
    again[2].click();
    await settle(el);
    expect(el.zoom.k).to.equal(1);
  });

  it('pans the other way in right-to-left layouts: dragging right shows later times', async () => {
    const { el } = await istanbul(1280, 'ar');
    el.zoomTo('2025-05', '2025-06');
    await settle(el);
    const x0 = el.zoom.x;
    const start = markAt(el, JUNE_2)!;
    const y = Math.round(plotBox(el).top + 8);
    await sendMouse({ type: 'move', position: [Math.round(start.x), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(start.x) + 80, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(markAt(el, JUNE_2)!.x).to.be.closeTo(start.x + 80, 3);
    expect(el.zoom.x).to.not.equal(x0);
  });
});
