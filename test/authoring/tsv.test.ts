import { expect } from '@open-wc/testing';
import { csvParseRows, tsvFormatRows } from 'd3-dsv';
import { fromCSV, fromTSV, isSheetLayout } from '../../src/core/csv.js';

describe('spreadsheets copied as tab-separated cells (fromTSV)', () => {
  it('reads what fromCSV reads from the same cells: our columns and TimelineJS’s layout', async () => {
    for (const file of ['/test/data/istanbul-sample.csv', '/test/fixtures/timelinejs/contrib__women_in_computing.csv']) {
      const csv = await (await fetch(file)).text();
      const tsv = tsvFormatRows(csvParseRows(csv));
      expect(tsv).to.contain('\t');
      expect(fromTSV(tsv), file).to.deep.equal(fromCSV(csv));
    }
  });

  it('quoted cells with tabs, line breaks and quotes; a byte-order mark; commas are text', () => {
    const text = '\uFEFFid\tdate\ttitle\tsummary\na\t2025\t"One\tTwo"\t"Line\nbreak, and ""quotes"""\nb\t2026\tA, B\t';
    expect(fromTSV(text)).to.deep.equal({
      events: [
        { id: 'a', date: '2025', title: 'One\tTwo', summary: 'Line\nbreak, and "quotes"' },
        { id: 'b', date: '2026', title: 'A, B' },
      ],
    });
  });

  it('tells TimelineJS’s layout by its header', () => {
    expect(isSheetLayout(['Year', 'Month', 'Headline'])).to.equal(true);
    expect(isSheetLayout(['id', 'date', 'title'])).to.equal(false);
  });
});
