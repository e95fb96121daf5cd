import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { eventButtons, istanbulData, mount, next, settle, shadow } from './fixtures.js';
import { collectEvents, waitFor } from '../helpers.js';
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

/**
 * The drawing's geometry in its own coordinates, before the pan's translation: each drawn mark's
 * shape (by event id) and each tick. A new layout moves these; a pan only translates them.
 */
function geometry(el: TalksTimeline): { marks: Map<string, string>; ticks: Map<string, string> } {
  const attrs = (e: Element, names: string[]) => names.map((n) => `${n}=${e.getAttribute(n)}`).join(' ');
  const marks = new Map<string, string>();
  for (const g of shadow(el).querySelectorAll<SVGGElement>('svg.drawing .mark')) {
    const shape = g.querySelector('.shape')!;
    // The mark's group is placed by its transform; the shape inside is drawn relative to it.
    marks.set(g.dataset.id!, `${attrs(g, ['transform'])} ${attrs(shape, ['cx', 'cy', 'r', 'x', 'y', 'width', 'height'])}`);
  }
  // Ticks by their label; a label drawn twice is left out (it names no one tick).
  const ticks = new Map<string, string>();
  const twice = new Set<string>();
  for (const t of shadow(el).querySelectorAll('svg.drawing .tick-label')) {
    const label = t.textContent!;
    if (ticks.has(label)) twice.add(label);
    ticks.set(label, attrs(t, ['x', 'y']));
  }
  for (const label of twice) ticks.delete(label);
  return { marks, ticks };
}

/** The translation of the drawing's content (px): the pan, as drawn. */
function translation(el: TalksTimeline): number {
  const transform = shadow(el).querySelector('svg.drawing g.content')!.getAttribute('transform')!;
  return Number(/translate\(\s*(-?[\d.e+-]+)/.exec(transform)![1]);
}

describe('<talks-timeline> zoom and pan', () => {
  it('leaves the plain wheel to the page: it scrolls and the timeline does not zoom', async () => {
    const { el } = await istanbul();
    document.body.style.height = '5000px';
    window.scrollTo(0, 0);
    const box = plotBox(el);
    const wheels = collectEvents<WheelEvent>(window, 'wheel');
    try {
      await executeServerCommand('wheel', { x: box.left + box.width / 2, y: box.top + box.height / 2, deltaY: 300 });
      // The wheel has been through the timeline (its handler has run) once it reaches the window.
      await waitFor(() => wheels.events.length > 0);
    } finally {
      wheels.stop();
    }
    expect(
      wheels.events.map((e) => e.defaultPrevented),
      'the timeline leaves the wheel to the page',
    ).to.deep.equal(wheels.events.map(() => false));
    await settle(el);
    expect(el.zoom.k).to.equal(1);
    await waitFor(() => window.scrollY > 0); // the page scrolls (after the wheel's handlers)
  });

  it('zooms with ctrl + wheel about the pointer, and the page does not scroll', async () => {
    const { el } = await istanbul();
    document.body.style.height = '5000px';
    window.scrollTo(0, 0);
    const before = markAt(el, JUNE_2)!;
    const gapBefore = before.x - markAt(el, MAY_16)!.x;
    const wheels = collectEvents<WheelEvent>(window, 'wheel');
    try {
      await executeServerCommand('wheel', { x: before.x, y: before.y, deltaY: -400, ctrl: true });
      // The wheel has been through the timeline's handler (which zooms at once) when it reaches the window.
      await waitFor(() => wheels.events.length > 0);
    } finally {
      wheels.stop();
    }
    await settle(el);
    expect(
      wheels.events.every((e) => e.ctrlKey && e.defaultPrevented),
      'the timeline takes ctrl + wheel from the page',
    ).to.equal(true);
    expect(window.scrollY).to.equal(0);
    expect(el.zoom.k).to.be.greaterThan(1);
    const after = markAt(el, JUNE_2)!;
    expect(Math.abs(after.x - before.x), 'the moment under the pointer stays there').to.be.lessThan(3);
    expect(after.x - markAt(el, MAY_16)!.x, 'the sessions draw further apart').to.be.greaterThan(gapBefore * 1.5);
  });

  it('pans with a drag, without a new layout and without selecting', async () => {
    const { el, fired } = await istanbul();
    await el.zoomTo('2025-05', '2025-06');
    await settle(el);
    const drawn = geometry(el);
    const shift = translation(el);
    const start = markAt(el, JUNE_2)!;
    const box = plotBox(el);
    const y = Math.round(box.top + 8);
    await sendMouse({ type: 'move', position: [Math.round(start.x), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(start.x) - 60, y] });
    await sendMouse({ type: 'move', position: [Math.round(start.x) - 120, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    // Drawn as a translation of the same layout: every mark and tick keeps its coordinates.
    const after = geometry(el);
    const kept = [...drawn.marks.keys()].filter((id) => after.marks.has(id));
    expect(kept, 'marks drawn before and after the pan').to.include(JUNE_2);
    for (const id of kept) expect(after.marks.get(id), `mark ${id}`).to.equal(drawn.marks.get(id));
    const keptTicks = [...drawn.ticks.keys()].filter((label) => after.ticks.has(label));
    expect(keptTicks).to.not.be.empty;
    for (const label of keptTicks) expect(after.ticks.get(label), `tick ${label}`).to.equal(drawn.ticks.get(label));
    expect(translation(el) - shift, 'the content is translated by the drag').to.be.closeTo(-120, 3);
    expect(markAt(el, JUNE_2)!.x).to.be.closeTo(start.x - 120, 3);
    expect(el.selected).to.equal(null);
    expect(
      fired.filter((e) => e.type === 'talks-select'),
      'a drag selects nothing',
    ).to.deep.equal([]);
  });

  for (const [lang, later] of [
    ['en-GB', -1],
    ['ar', 1],
  ] as const) {
    it(`keeps the axis labelled through a long pan at a deep zoom, and draws the same ticks on the way back (${lang})`, async () => {
      const { el } = await istanbul(1280, lang);
      await el.zoomTo('2025-05-16', '2025-05-19');
      await settle(el);
      const box = plotBox(el);
      const y = Math.round(box.top + 8);
      /** The tick labels drawn inside the drawing's box, left to right. */
      const labelsInView = () =>
        [...shadow(el).querySelectorAll('svg.drawing .tick-label')]
          .map((t) => ({ label: t.textContent!, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.left >= box.left && r.right <= box.right)
          .sort((a, b) => a.r.left - b.r.left)
          .map(({ label }) => label);
      const drag = async (dx: number) => {
        const x = Math.round(dx < 0 ? box.right - 100 : box.left + 100);
        await sendMouse({ type: 'move', position: [x, y] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [x + dx / 2, y] });
        await sendMouse({ type: 'move', position: [x + dx, y] });
        await sendMouse({ type: 'up' });
        await settle(el);
      };
      const before = { labels: labelsInView(), ticks: geometry(el).ticks };
      expect(before.labels.length, 'ticks in view at the zoom').to.be.at.least(3);
      const shift = translation(el);
      // Three widths and more along (the zoom's own ticks reach a width either side of its view).
      for (let i = 0; i < 4; i++) await drag(later * 1000);
      expect(translation(el) - shift, 'panned by the drags').to.be.closeTo(later * 4000, 12);
      const far = labelsInView();
      expect(far.length, `ticks in view after the pan: ${far.join(', ')}`).to.be.at.least(3);
      expect(far, 'later days').to.not.deep.equal(before.labels);
      for (let i = 0; i < 4; i++) await drag(-later * 1000);
      expect(translation(el) - shift, 'panned back').to.be.closeTo(0, 12);
      expect(labelsInView()).to.deep.equal(before.labels);
      const back = geometry(el).ticks;
      for (const label of before.labels) expect(back.get(label), `tick ${label}`).to.equal(before.ticks.get(label));
    });
  }

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

  it('moves a day mark at a zoom step by its group alone: nothing inside it is written again', async () => {
    const { el } = await istanbul();
    await el.zoomTo('2025-04-01', '2025-07-31');
    await settle(el);
    const before = markAt(el, MAY_16)!;
    const written: MutationRecord[] = [];
    const observer = new MutationObserver((records) => written.push(...records));
    observer.observe(shadow(el), { subtree: true, attributes: true, characterData: true, childList: true });
    await el.zoomTo('2025-05-01', '2025-06-30');
    await settle(el);
    written.push(...observer.takeRecords());
    observer.disconnect();
    expect(markAt(el, MAY_16)!.x, 'the mark moved').to.not.be.closeTo(before.x, 5);
    const dayMarks = [...shadow(el).querySelectorAll<SVGGElement>('svg.drawing .mark.point')];
    const moved = dayMarks.filter((g) => written.some((r) => r.target === g && r.attributeName === 'transform'));
    expect(moved.map((g) => g.dataset.id)).to.include.members([MAY_16, JUNE_2]);
    const inside = written.filter((r) => dayMarks.some((g) => g !== r.target && g.contains(r.target)));
    expect(
      inside.map((r) => `${(r.target as Element).getAttribute?.('class') ?? r.target.nodeName} ${r.attributeName ?? r.type}`),
      'writes inside day marks',
    ).to.deep.equal([]);
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

  it('keys pressed before zoom and pan have arrived (cdn/interact.js) are all done, in turn', async () => {
    const { el } = mount(1280);
    el.setAttribute('lang', 'en-GB');
    const loaded = next(el, 'talks-load');
    el.data = await istanbulData();
    await loaded;
    // At once, in the same task as the load: the module that does the keys is not there yet.
    const button = eventButtons(el).find((b) => b.dataset.id === MAY_16)!;
    const presses = ['+', '+', '+'].map((key) => {
      const press = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      button.dispatchEvent(press);
      return press.defaultPrevented;
    });
    expect(presses, 'each press is taken at once (the page does not see it)').to.deep.equal([true, true, true]);
    await waitFor(() => el.zoom.k > 3);
    expect(el.zoom.k).to.be.closeTo(1.5 ** 3, 1e-9);
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
