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
});
