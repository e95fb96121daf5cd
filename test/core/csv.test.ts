import { expect } from '@open-wc/testing';
import { fromCSV } from '../../src/core/csv.js';
import { fromTimelineJS, isTimelineJS } from '../../src/core/timelinejs.js';
import { validate } from '../../src/core/validate.js';

describe('spreadsheets (CSV)', () => {
  it('our columns: one event per row, empty cells absent, source and source_url as a linked source', async () => {
    const json = fromCSV(await (await fetch('/test/data/istanbul-sample.csv')).text());
    const { data, issues } = validate(json);
    expect(data.events.map((e) => [e.id, e.date, e.title, e.status ?? 'occurred'])).to.deep.equal([
      ['draft-2022', '2022-03', 'Istanbul protocols: draft accords', 'occurred'],
      ['session-1', '2025-05-16', 'First 2025 session of talks in Istanbul', 'occurred'],
      ['resumption', '2025-06-22/..', 'Possible resumption of talks in Istanbul', 'possible'],
    ]);
    expect(data.events[0].summary).to.equal('Draft agreements, never signed.');
    expect(data.events[0].sources).to.deep.equal([{ name: 'Source article', url: 'https://example.org/article' }]);
    expect(data.events[1].sources).to.equal(undefined);
    // Tracks named in rows but not declared are warned about, not dropped.
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
  });

  it("TimelineJS's Google Sheets layout: the same events as the same timeline's JSON", async () => {
    const sheet = fromCSV(await (await fetch('/test/fixtures/timelinejs/contrib__women_in_computing.csv')).text());
    expect(isTimelineJS(sheet)).to.equal(true);
    const fromSheet = validate(fromTimelineJS(sheet).data).data;
    const fromJson = validate(
      fromTimelineJS(await (await fetch('/test/fixtures/timelinejs/contrib__women_in_computing.json')).json()).data,
    ).data;
    expect(fromSheet.title).to.equal(fromJson.title);
    expect(fromSheet.events.map((e) => [e.date, e.title])).to.deep.equal(fromJson.events.map((e) => [e.date, e.title]));
    expect(fromSheet.events.length).to.be.greaterThan(5);
  });

  it('reads times of day, quoted commas and a byte-order mark', () => {
    const json = fromCSV('\uFEFFYear,Month,Day,Time,Headline,Text\n1969,7,20,8:17 PM,"Landing, at last",x\n1969,7,21,12:05 am,Walk,y') as {
      events: { start_date: Record<string, string> }[];
    };
    const { data } = fromTimelineJS(json);
    expect(data.events.map((e) => [e.date, e.title])).to.deep.equal([
      ['1969-07-20T20:17:00', 'Landing, at last'],
      ['1969-07-21T00:05:00', 'Walk'],
    ]);
  });
});
