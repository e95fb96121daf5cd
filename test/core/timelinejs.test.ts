import { expect } from '@open-wc/testing';
import { fromTimelineJS, isTimelineJS, timelineJSDate } from '../../src/core/timelinejs.js';
import { validate } from '../../src/core/validate.js';
import { parseDate } from '../../src/core/edtf.js';
import { buildModel } from '../../src/core/model.js';
import { layout } from '../../src/core/horizontal.js';

const FILES = [
  'contrib__women_in_computing.json',
  'src__template__all-media-types.json',
  'src__template__cosmo-mixed.json',
  'src__template__cosmo.json',
  'src__template__eras.json',
  'website__examples__houston__timeline3.json',
  'website__examples__republican__timeline3.json',
  'website__examples__twain__marktwain.json',
];

async function corpus(name: string): Promise<{ events: { start_date?: { year?: unknown } }[] } & Record<string, unknown>> {
  return (await fetch(`/test/fixtures/timelinejs/${name}`)).json();
}

describe('TimelineJS3 files', () => {
  it('date parts become EDTF: strings, zero padding, "" and null absent, times, cosmological years', () => {
    expect(timelineJSDate({ year: '1908', month: '05', day: '13' })).to.equal('1908-05-13');
    expect(timelineJSDate({ year: 1908, month: '', day: null })).to.equal('1908');
    expect(timelineJSDate({ year: '1908', month: '5', day: '' })).to.equal('1908-05');
    expect(timelineJSDate({ year: '1835', month: '11', day: '30', hour: '7', minute: '5', second: '' }, true)).to.equal(
      '1835-11-30T07:05:00',
    );
    expect(timelineJSDate({ year: '1835', month: '11', day: '30', hour: '7' })).to.equal('1835-11-30');
    expect(timelineJSDate({ year: '-13800000000' })).to.equal('Y-13800000000');
    expect(timelineJSDate({ year: '-44', month: '3', day: '15' })).to.equal('-0044-03-15');
    expect(timelineJSDate({ year: '' })).to.equal(undefined);
    expect(timelineJSDate(null)).to.equal(undefined);
    for (const d of ['1908-05-13', '1908', '1835-11-30T07:05:00', 'Y-13800000000', '-0044-03-15'])
      expect(() => parseDate(d)).to.not.throw();
  });

  for (const name of FILES) {
    it(`${name}: one event per TimelineJS event with a start date, or an error naming it`, async () => {
      const json = await corpus(name);
      expect(isTimelineJS(json)).to.equal(true);
      const dated = json.events.filter((e) => timelineJSDate(e.start_date) !== undefined).length;
      const { data, issues } = fromTimelineJS(json);
      expect(data.events).to.have.length(dated);
      expect(issues.filter((i) => i.severity === 'error')).to.have.length(json.events.length - dated);
      const valid = validate(data);
      // Every dated event is kept, the cosmological scale (billions of years ago) included.
      expect(valid.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
      expect(valid.data.events).to.have.length(dated);
      expect(new Set(valid.data.events.map((e) => e.id)).size).to.equal(valid.data.events.length);
    });
  }

  it("keeps the title slide, groups as tracks, unique ids, display dates, media as a source, and the summary's HTML", async () => {
    const houston = fromTimelineJS(await corpus('website__examples__houston__timeline3.json')).data;
    expect(houston.title).to.be.a('string').and.not.equal('');
    const media = fromTimelineJS(await corpus('src__template__all-media-types.json')).data;
    expect(media.tracks!.length).to.be.greaterThan(1);
    expect(media.events.every((e) => e.track === undefined || media.tracks!.some((t) => t.id === e.track))).to.equal(true);
    const raw = await corpus('src__template__all-media-types.json');
    const withId = (raw.events as { unique_id?: string }[]).filter((e) => e.unique_id).map((e) => e.unique_id);
    expect(media.events.map((e) => e.id)).to.include.members(withId as string[]);
    const women = fromTimelineJS(await corpus('contrib__women_in_computing.json')).data;
    const ada = women.events.find((e) => e.title === 'Ada Lovelace')!;
    expect(ada.date).to.equal('1815-12-10/1852-11-27');
    expect(ada.summary).to.contain('<a href="https://en.wikipedia.org/wiki/Ada_Lovelace">');
    expect(ada.media).to.deep.equal({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      caption: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
    });
    // It validates as our media: a picture with no alt is reported and kept, decorative.
    const checked = validate(women);
    expect(checked.data.events.find((e) => e.title === 'Ada Lovelace')!.media!.url).to.equal(ada.media!.url);
    expect(checked.issues.some((i) => i.message.includes('no alt text'))).to.equal(true);
    const twain = fromTimelineJS(await corpus('website__examples__twain__marktwain.json')).data;
    // An event without a headline takes its media caption as the title.
    expect(twain.events[0].title).to.equal('Twain caricatured by Spy for Vanity Fair, 1908');
    const kept = fromTimelineJS({ events: [{ start_date: { year: '1865', display_date: 'Spring 1865' }, text: { headline: 'x' } }] }).data;
    expect(kept.events[0].displayDate).to.equal('Spring 1865');
    expect(validate(kept).data.events[0].displayDate).to.equal('Spring 1865');
  });

  it('turns eras into our eras, drawn behind the events', async () => {
    const { data, issues } = fromTimelineJS(await corpus('src__template__eras.json'));
    expect(issues).to.deep.equal([]);
    expect(data.eras).to.deep.equal([
      { date: '0650/0700', label: 'Era Test 650-700' },
      { date: '0600/0650', label: 'Era Test 600-650' },
      { date: '0700/0720', label: 'Era Test 700-720' },
    ]);
    const model = buildModel(validate(data).data, 'en');
    const plan = layout(model, { width: 1000 });
    expect(new Set(plan.eras.map((e) => model.eras[e.era].era.label)).size).to.equal(3);
    const missing = fromTimelineJS({ events: [], eras: [{ text: { headline: 'No start' } }] });
    expect(missing.issues.map((i) => [i.path, i.severity])).to.deep.equal([['/eras/0/start_date', 'warning']]);
  });

  it('tells TimelineJS files from ours', async () => {
    expect(isTimelineJS(await (await fetch('/data/istanbul-talks.json')).json())).to.equal(false);
    expect(isTimelineJS([{ id: 'a', date: '2025', title: 'x' }])).to.equal(false);
    expect(isTimelineJS(null)).to.equal(false);
  });
});

describe("deep time (TimelineJS's cosmological scale)", () => {
  it('lays out every event at every width and zoom: ticks in order, apart, labelled in years; nothing overlaps', async () => {
    for (const name of ['src__template__cosmo.json', 'src__template__cosmo-mixed.json']) {
      const data = validate(fromTimelineJS(await corpus(name)).data).data;
      const model = buildModel(data, 'en-GB');
      for (const width of [320, 800, 1400]) {
        for (const k of [1, 7, 40]) {
          const plan = layout(model, { width, em: 16, zoom: { k, x: 0 } });
          expect([...plan.marks.map((m) => m.id), ...plan.aggregates.flatMap((a) => a.ids)].sort(), `${name} ${width} ${k}`).to.deep.equal(
            data.events.map((e) => e.id).sort(),
          );
          for (let i = 1; i < plan.ticks.length; i++) {
            const [a, b] = [plan.ticks[i - 1], plan.ticks[i]];
            expect(b.time).to.be.above(a.time);
            expect(b.box.x, `${name} ${width} ${k}: "${a.label}" and "${b.label}"`).to.be.at.least(a.box.x + a.box.width);
          }
          for (const t of plan.ticks) expect(t.label).to.match(/^[\d,]+( BC)?$/);
          for (const m of plan.marks) expect(Number.isFinite(m.x0) && Number.isFinite(m.label.x)).to.equal(true);
        }
      }
    }
  });
});

describe('deep time: words', () => {
  it('puts ticks on round years as said (500,000,000 BC), and says long gaps in two digits', async () => {
    const data = validate(fromTimelineJS(await corpus('src__template__cosmo-mixed.json')).data).data;
    const plan = layout(buildModel(data, 'en-GB'), { width: 1120, em: 16 });
    const bc = plan.ticks.map((t) => t.label).filter((l) => l.endsWith(' BC') && l.length > 10);
    expect(bc.length).to.be.greaterThan(0);
    for (const l of bc) expect(l, 'a round number of years BC').to.match(/^\d{1,3}(,000)+ BC$/);
    const gaps = plan.breaks.map((b) => b.label).filter(Boolean);
    expect(gaps.length).to.be.greaterThan(0);
    for (const g of gaps) expect(g).to.match(/^\d+(\.\d)? (billion|million) years$/);
    // Labels of breaks never meet.
    const boxes = plan.breaks.filter((b) => b.label).map((b) => b.box);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].x).to.be.at.least(boxes[i - 1].x + boxes[i - 1].width);
  });
});
