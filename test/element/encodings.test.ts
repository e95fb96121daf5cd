import { expect } from '@open-wc/testing';
import { mount, next, settle, shadow } from './fixtures.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function render(events: object[]): Promise<TalksTimeline> {
  const { el } = mount(1000);
  el.setAttribute('lang', 'en-GB');
  const loaded = next(el, 'talks-load');
  el.data = { events } as never;
  await loaded;
  await settle(el);
  return el;
}

const mark = (el: TalksTimeline, id: string) => shadow(el).querySelector<SVGGElement>(`svg.drawing .mark[data-id="${id}"]`)!;
const shapeStyle = (el: TalksTimeline, id: string) => getComputedStyle(mark(el, id).querySelector('.shape')!);

describe('what the marks show', () => {
  it('tells the four statuses apart', async () => {
    const el = await render([
      { id: 'o', date: '2025-01-10', title: 'Occurred' },
      { id: 's', date: '2025-02-10', title: 'Scheduled', status: 'scheduled' },
      { id: 'p', date: '2025-03-10', title: 'Possible', status: 'possible' },
      { id: 'c', date: '2025-04-10', title: 'Cancelled', status: 'cancelled' },
    ]);
    const [o, s, p] = ['o', 's', 'p'].map((id) => shapeStyle(el, id));
    expect(s.fill, 'scheduled is hollow').to.not.equal(o.fill);
    expect(p.strokeDasharray, 'possible is dashed').to.not.equal('none');
    expect(s.strokeDasharray, 'scheduled is solid').to.equal('none');
    expect(mark(el, 'c').querySelector('.strike'), 'cancelled is struck through').to.not.equal(null);
    expect(mark(el, 'o').querySelector('.strike')).to.equal(null);
    expect(getComputedStyle(mark(el, 'c').querySelector('.title tspan')!).textDecorationLine).to.contain('line-through');
  });

  it('draws a day as a point, a month or year as a soft band, an interval as a bar, an open end with an arrow', async () => {
    const el = await render([
      { id: 'day', date: '2025-05-16', title: 'Day' },
      { id: 'month', date: '2025-03', title: 'Month' },
      { id: 'span', date: '2025-04-01/2025-04-20', title: 'Span' },
      { id: 'open', date: '2025-06-22/..', title: 'Open' },
    ]);
    expect(mark(el, 'day').querySelector('.shape')!.tagName).to.equal('circle');
    const month = mark(el, 'month').querySelector('.shape')!;
    expect(month.tagName).to.equal('rect');
    expect(month.getAttribute('fill')).to.match(/^url\(#/);
    expect(getComputedStyle(month).fill, 'the soft-ended gradient is what is painted').to.match(/url\(/);
    const monthWidth = Number(month.getAttribute('width'));
    const spanWidth = Number(mark(el, 'span').querySelector('.shape')!.getAttribute('width'));
    expect(monthWidth / spanWidth).to.be.closeTo(31 / 20, 0.15);
    expect(mark(el, 'span').querySelector('.shape')!.hasAttribute('fill')).to.equal(false);
    expect(mark(el, 'open').querySelector('.arrow')).to.not.equal(null);
    expect(mark(el, 'open').querySelector('.shape')!.getAttribute('fill')).to.match(/^url\(#/);
  });

  it('marks ~ and ? beside the mark and says them in words', async () => {
    const el = await render([
      { id: 'a', date: '2025-06~', title: 'Approx' },
      { id: 'u', date: '2025-05-02?', title: 'Uncertain' },
      { id: 'x', date: '2025-05-20', title: 'Exact' },
    ]);
    expect(mark(el, 'a').querySelector('.qualifier')!.textContent).to.equal('~');
    expect(mark(el, 'a').querySelector('.date')!.textContent).to.equal('about June 2025');
    expect(mark(el, 'u').querySelector('.qualifier')!.textContent).to.equal('?');
    expect(mark(el, 'u').querySelector('.date')!.textContent).to.equal('possibly 2 May 2025');
    expect(mark(el, 'x').querySelector('.qualifier')).to.equal(null);
    const legend = shadow(el).querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.contain('approximate').and.contain('uncertain').and.not.contain('possible');
  });
});

describe('track colours from the data', () => {
  it('paint the marks of a track that has its own colour', async () => {
    const { el } = mount(1000);
    const loaded = next(el, 'talks-load');
    el.data = {
      tracks: [{ id: 't', label: 'Talks', color: 'rgb(200, 0, 100)' }],
      events: [{ id: 'a', date: '2025-05-16', title: 'A', track: 't' }],
    };
    await loaded;
    await settle(el);
    const shape = mark(el, 'a').querySelector('.shape')!;
    expect(getComputedStyle(shape).fill).to.equal('rgb(200, 0, 100)');
  });
});

describe('track colours in the vertical layout', () => {
  it('reach the dots through CSSOM (no style attribute in the markup)', async () => {
    const { el } = mount(360);
    const loaded = next(el, 'talks-load');
    el.data = {
      tracks: [{ id: 't', label: 'Talks', color: 'rgb(200, 0, 100)' }],
      events: [{ id: 'a', date: '2025-05-16', title: 'A', track: 't' }],
    };
    await loaded;
    await settle(el);
    expect(el.resolvedOrientation).to.equal('vertical');
    const dot = shadow(el).querySelector('.events.vertical li[data-id="a"] .dot')!;
    expect(getComputedStyle(dot).backgroundColor).to.equal('rgb(200, 0, 100)');
  });
});
