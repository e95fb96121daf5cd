import { expect } from '@open-wc/testing';
import { eventButtons, mount, next, settle, shadow } from './fixtures.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function many(n: number): Promise<TalksTimeline> {
  const { el } = mount(1000);
  el.setAttribute('orientation', 'horizontal');
  const loaded = next(el, 'talks-load');
  el.events = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: `${2000 + Math.floor(i / 365)}-${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: `Event ${i}`,
  }));
  await loaded;
  await settle(el);
  return el;
}

const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

describe('a long event list', () => {
  it('keeps a bounded window of buttons, each saying its place in the whole list', async () => {
    const el = await many(2000);
    const buttons = eventButtons(el);
    expect(buttons.length).to.be.within(50, 101);
    const items = [...shadow(el).querySelectorAll('.events li')];
    expect(items[0].getAttribute('aria-setsize')).to.equal('2000');
    expect(items[0].getAttribute('aria-posinset')).to.equal('1');
  });

  it('reaches every event by keyboard: End goes to the last, arrows walk back past the window', async () => {
    const el = await many(2000);
    const first = eventButtons(el)[0];
    first.focus();
    key(first, 'End');
    await settle(el);
    const last = shadow(el).activeElement as HTMLButtonElement;
    const ids = el.shownEvents.map((e) => e.id);
    expect(last.dataset.id).to.equal(ids[ids.length - 1]);
    expect(last.closest('li')!.getAttribute('aria-posinset')).to.equal('2000');
    let current = last;
    for (let i = 0; i < 60; i++) {
      key(current, 'ArrowLeft');
      await settle(el);
      current = shadow(el).activeElement as HTMLButtonElement;
    }
    expect(current.dataset.id).to.equal(ids[ids.length - 61]);
    expect(eventButtons(el).length).to.be.at.most(101);
  });
});
