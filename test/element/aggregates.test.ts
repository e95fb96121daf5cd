import { expect } from '@open-wc/testing';
import { drawnIds, eventButtons, mount, next, settle, shadow } from './fixtures.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function crowded(): Promise<TalksTimeline> {
  const { el } = mount(1000);
  const loaded = next(el, 'talks-load');
  el.data = {
    tracks: [{ id: 't', label: 'Wire' }],
    events: Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: '2025-05-16', title: `Report ${i}`, track: 't' })),
  };
  await loaded;
  await settle(el);
  return el;
}

describe('<talks-timeline> "+N" aggregates', () => {
  it('gathers events past the lane cap into "+N", which opens the track on activation', async () => {
    const el = await crowded();
    expect(drawnIds(el)).to.have.length(8);
    const pill = shadow(el).querySelector<SVGGElement>('svg.drawing .aggregate')!;
    expect(pill.querySelector('text')!.textContent).to.equal('+4');
    expect(eventButtons(el)).to.have.length(12); // every event stays reachable by keyboard and screen reader
    pill.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect(drawnIds(el)).to.have.length(12);
    expect(shadow(el).querySelector('svg.drawing .aggregate')).to.equal(null);
  });

  it('opens the track when the keyboard reaches a gathered event, so its focus ring shows', async () => {
    const el = await crowded();
    const hiddenId = eventButtons(el).map((b) => b.dataset.id!).find((id) => !drawnIds(el).includes(id))!;
    const buttons = eventButtons(el);
    const before = buttons[buttons.findIndex((b) => b.dataset.id === hiddenId) - 1];
    before.focus();
    before.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(el);
    expect(drawnIds(el)).to.include(hiddenId);
    expect(shadow(el).querySelector('svg.drawing .mark.focused')!.getAttribute('data-id')).to.equal(hiddenId);
  });

  it('opens "+N" into events once a zoom rests where zooming made room', async () => {
    const { el } = mount(1000);
    const loaded = next(el, 'talks-load');
    // 150 days in a row, one event each: at full width many are counted in "+N".
    el.data = {
      events: Array.from({ length: 150 }, (_, i) => ({
        id: `d${i}`, date: new Date(Date.UTC(2025, 4, 1 + i)).toISOString().slice(0, 10), title: `Day ${i + 1}`,
      })),
    };
    await loaded;
    await settle(el);
    const inView = () => drawnIds(el).filter((id) => Number(id.slice(1)) >= 9 && Number(id.slice(1)) <= 23);
    const before = drawnIds(el).length;
    const hiddenBefore = 15 - inView().length;
    expect(hiddenBefore, 'some of 10–24 May are in "+N" at full width').to.be.greaterThan(0);
    el.zoomTo('2025-05-10', '2025-05-24');
    await settle(el);
    expect(15 - inView().length, 'during the gesture the lanes stay as they were').to.equal(hiddenBefore);
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(inView(), 'at rest, every day of 10–24 May is drawn').to.have.length(15);
    // Everything is still drawn or counted, once.
    const plan = (el as unknown as { _layout: { marks: { id: string }[]; aggregates: { ids: string[] }[] } })._layout;
    const ids = [...plan.marks.map((m) => m.id), ...plan.aggregates.flatMap((a) => a.ids)];
    expect(new Set(ids).size).to.equal(150);
    expect(ids).to.have.length(150);
    el.resetZoom();
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(drawnIds(el)).to.have.length(before);
  });
});
