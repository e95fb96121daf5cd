/** `src` pointing at a TimelineJS3 file just works (issue 7): converted by a module fetched for it. */
import { expect } from '@open-wc/testing';
import { timelineJSDate } from '../../src/core/timelinejs.js';
import { mount, next, settle, shadow } from './fixtures.js';
import type { TalksLoadDetail } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function load(name: string) {
  const { el, fired } = mount(1280);
  el.setAttribute('lang', 'en-GB');
  const loaded = next<TalksLoadDetail>(el, 'talks-load');
  el.src = `/test/fixtures/timelinejs/${name}`;
  const detail = (await loaded).detail;
  await settle(el);
  const json = (await (await fetch(el.src)).json()) as { events: { start_date?: unknown }[]; title?: { text?: { headline?: string } } };
  return { el, fired, detail, json };
}

describe('a TimelineJS3 file as src', () => {
  for (const name of [
    'website__examples__houston__timeline3.json',
    'contrib__women_in_computing.json',
    'website__examples__twain__marktwain.json',
    'src__template__all-media-types.json',
  ]) {
    it(`${name}: one event drawn per TimelineJS event with a start date, under the title slide's heading`, async () => {
      const { el, json } = await load(name);
      const dated = json.events.filter((e) => timelineJSDate(e.start_date) !== undefined).length;
      expect(el.shownEvents).to.have.length(dated);
      expect(shadow(el).querySelectorAll('.events li').length).to.equal(dated);
      if (json.title?.text?.headline) expect(shadow(el).querySelector('[part="title"]')!.textContent).to.not.equal('');
    });
  }

  it("shows a summary's HTML as elements and the media as a picture with its caption and credit", async () => {
    const { el } = await load('contrib__women_in_computing.json');
    el.selected = el.shownEvents.find((e) => e.title === 'Ada Lovelace')!.id;
    await settle(el);
    const card = shadow(el).querySelector('[part="details"]')!;
    expect(card.querySelector('.summary-text a[href="https://en.wikipedia.org/wiki/Ada_Lovelace"]')!.textContent).to.equal('Ada Lovelace');
    const img = card.querySelector<HTMLImageElement>('[part="media"] img')!;
    expect(img.getAttribute('src')).to.contain('Ada_Lovelace_portrait.jpg');
    expect(img.getAttribute('alt')).to.equal(''); // no alt in the file: decorative
    expect(card.querySelector('[part="media"] figcaption')!.textContent).to.contain('Portrait by Alfred Edward Chalon');
  });

  it('draws eras as bands and names them in the summary; draws every event of the cosmological files, on an axis of years', async () => {
    const eras = await load('src__template__eras.json');
    expect(eras.detail.issues).to.equal(0);
    expect(shadow(eras.el).querySelectorAll('svg.drawing .era rect').length).to.equal(3);
    expect(shadow(eras.el).querySelector('[part="eras"]')!.textContent).to.contain('Era Test 600-650');
    for (const name of ['src__template__cosmo.json', 'src__template__cosmo-mixed.json']) {
      const cosmo = await load(name);
      const errors = cosmo.fired
        .filter((e) => e.type === 'talks-error')
        .flatMap((e) => (e.detail as { issues: { severity: string }[] }).issues)
        .filter((i) => i.severity === 'error'); // (pictures without alt text are warnings)
      expect(errors, name).to.deep.equal([]);
      expect(cosmo.el.shownEvents, name).to.have.length(cosmo.json.events.length);
      const root = shadow(cosmo.el);
      // TimelineJS's year -13800000000 is EDTF's (astronomical) Y-13800000000: 13,800,000,001 BC.
      expect(root.querySelector('[part="summary"]')!.textContent).to.contain('from 13,800,000,001 BC');
      const ticks = [...root.querySelectorAll('svg.drawing .tick-label')].map((t) => t.textContent!);
      expect(ticks.length, `${name} ticks`).to.be.greaterThan(1);
      for (const t of ticks) expect(t, `${name} tick`).to.match(/^[\d,]+( BC)?$/);
      // Zoom and the announcement of what is shown work out there too.
      await cosmo.el.zoomTo('Y-14000000000', 'Y-12000000000');
      await settle(cosmo.el);
      expect(cosmo.el.zoom.k).to.be.greaterThan(1);
    }
  });
});

describe('a CSV file as src', () => {
  it('our columns and the TimelineJS sheet layout both draw', async () => {
    for (const [src, count] of [
      ['/test/data/istanbul-sample.csv', 3],
      ['/test/fixtures/timelinejs/contrib__women_in_computing.csv', -1],
    ] as const) {
      const { el } = mount(1280);
      const loaded = next(el, 'talks-load');
      el.src = src;
      await loaded;
      await settle(el);
      if (count > 0) expect(el.shownEvents).to.have.length(count);
      else expect(el.shownEvents.map((e) => e.title)).to.include('Ada Lovelace');
    }
  });
});
