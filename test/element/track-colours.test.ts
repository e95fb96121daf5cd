/** A track's own colour reaches its events in the vertical list (set through CSSOM: strict CSP allows it). */
import { expect } from '@open-wc/testing';
import { mount, next, settle, shadow } from './fixtures.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

describe('track colours in the vertical list', () => {
  it('each event of a coloured track carries its colour; others keep the palette', async () => {
    const { el } = mount(375);
    const loaded = next(el, 'talks-load');
    el.data = {
      tracks: [
        { id: 'a', label: 'A', color: 'rgb(200, 10, 20)' },
        { id: 'b', label: 'B' },
      ],
      events: [
        { id: 'e1', date: '2025-05-16', title: 'One', track: 'a' },
        { id: 'e2', date: '2025-06-02', title: 'Two', track: 'b' },
        { id: 'e3', date: '2025-06-03', title: 'Three', track: 'a' },
      ],
    };
    await loaded;
    await settle(el);
    expect(el.resolvedOrientation).to.equal('vertical');
    const colour = (id: string) =>
      getComputedStyle(shadow(el).querySelector(`.events.vertical li[data-id="${id}"]`)!)
        .getPropertyValue('--c')
        .trim();
    expect(colour('e1')).to.equal('rgb(200, 10, 20)');
    expect(colour('e3')).to.equal('rgb(200, 10, 20)');
    expect(colour('e2')).to.not.equal('rgb(200, 10, 20)');
  });
});
