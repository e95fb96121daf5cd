/** readTimeline: one way in for every form of data, converted, validated, rebased and counted in one call. */
import { expect } from '@open-wc/testing';
import { readTimeline } from '../../src/core/sources.js';
import { fromTimelineJS } from '../../src/core/timelinejs.js';
import { validate } from '../../src/core/validate.js';

const text = async (path: string) => (await fetch(path)).text();

describe('readTimeline', () => {
  it('reads our JSON, as parsed data or as text, the same as validate()', async () => {
    const json = await text('/data/istanbul-talks.json');
    const expected = validate(JSON.parse(json));
    for (const input of [json, JSON.parse(json) as unknown]) {
      const read = await readTimeline(input);
      expect(read.data.events.map((e) => e.id)).to.deep.equal(expected.data.events.map((e) => e.id));
      expect(read.total).to.equal(expected.total);
    }
  });

  it("converts a TimelineJS3 file, keeping the converter's reports and counting what it could not carry", async () => {
    const json = JSON.parse(await text('/test/fixtures/timelinejs/contrib__women_in_computing.json')) as unknown;
    const converted = fromTimelineJS(json);
    const read = await readTimeline(json);
    expect(read.data.events.map((e) => [e.date, e.title])).to.deep.equal(
      validate(converted.data).data.events.map((e) => [e.date, e.title]),
    );
    expect(read.issues.slice(0, converted.issues.length)).to.deep.equal(converted.issues);
    // Every TimelineJS event is counted: drawn, or reported by the converter or by validation.
    expect(read.total).to.equal((json as { events: unknown[] }).events.length);
  });

  it("reads a spreadsheet by its type or name, in our columns or TimelineJS's sheet layout", async () => {
    const ours = await text('/test/data/istanbul-sample.csv');
    for (const options of [{ type: 'text/csv; charset=utf-8' }, { baseUrl: 'https://example.org/sheets/talks.csv' }]) {
      expect((await readTimeline(ours, options)).data.events.map((e) => e.id)).to.deep.equal(['draft-2022', 'session-1', 'resumption']);
    }
    const sheet = await readTimeline(await text('/test/fixtures/timelinejs/contrib__women_in_computing.csv'), { type: 'text/csv' });
    const json = await readTimeline(JSON.parse(await text('/test/fixtures/timelinejs/contrib__women_in_computing.json')) as unknown);
    expect(sheet.data.events.map((e) => [e.date, e.title])).to.deep.equal(json.data.events.map((e) => [e.date, e.title]));
  });

  it('resolves relative media beside the file it came from, and reads records from a list in the page', async () => {
    const read = await readTimeline([{ id: 'a', date: '2025-05-16', title: 'A', media: { url: 'pictures/a.jpg', alt: 'A' } }], {
      baseUrl: 'https://news.example/graphics/talks.json',
    });
    expect(read.data.events[0].media?.url).to.equal('https://news.example/graphics/pictures/a.jpg');
  });

  it('says what is wrong instead of rejecting, and rejects only text that is no data at all', async () => {
    const read = await readTimeline({
      events: [
        { id: 'a', date: '2025-02-30', title: 'A' },
        { id: 'b', date: '2025-05-16', title: 'B' },
      ],
    });
    expect(read.data.events.map((e) => e.id)).to.deep.equal(['b']);
    expect(read.issues.some((i) => i.eventId === 'a' && i.path === '/events/0/date')).to.equal(true);
    expect(read.total).to.equal(2);
    let error: unknown;
    try {
      await readTimeline('<html>not a timeline</html>');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SyntaxError);
  });
});
