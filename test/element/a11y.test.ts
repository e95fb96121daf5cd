import { expect } from '@open-wc/testing';
import { istanbulData, mount, next, settle, shadow } from './fixtures.js';
import { axeViolations, loadDemo } from '../helpers.js';

afterEach(() => {
  document.body.querySelectorAll('div, iframe').forEach((d) => d.remove());
});

describe('accessibility', () => {
  it('the element with a selected event has no axe violations', async () => {
    const { el } = mount(1024);
    const loaded = next(el, 'talks-load');
    el.data = await istanbulData();
    await loaded;
    el.selected = 'istanbul-session-2025-06-02';
    await settle(el);
    expect(shadow(el).querySelector('[part="details"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the drawing is hidden from assistive technology; the event list is not', async () => {
    const { el } = mount(1024);
    const loaded = next(el, 'talks-load');
    el.data = await istanbulData();
    await loaded;
    await settle(el);
    expect(shadow(el).querySelector('svg.drawing')!.getAttribute('aria-hidden')).to.equal('true');
    const list = shadow(el).querySelector('ol.events')!;
    expect(list.closest('[aria-hidden="true"]')).to.equal(null);
    expect(list.querySelectorAll('li button time').length).to.be.greaterThan(10);
  });

  for (const [width, query] of [
    [375, ''],
    [1280, ''],
    [1280, '?lang=ar'],
    [375, '?lang=uk'],
  ] as const) {
    it(`the demo page${query ? ` (${query})` : ''} has no axe violations at ${width} px`, async () => {
      const { frame } = await loadDemo(width, 900, query);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }
});
