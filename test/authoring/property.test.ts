import { expect } from '@open-wc/testing';
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { readAuthoring } from '../../src/authoring/read.js';
import { cellText, sheetRows } from '../../src/authoring/sheet-cells.js';

/** A cell as a spreadsheet copies it: quoted (quotes doubled) when it holds the delimiter, a quote or a line break. */
const cell = (value: string, delimiter: string) =>
  /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;

/** Text for a title: letters, commas, quotes, tabs, line breaks and spaces, with a letter in it. */
const title = fc
  .array(fc.constantFrom('a', 'B', 'ж', ' ', ',', '"', '\t', '\n', "'", '—'), { minLength: 0, maxLength: 12 })
  .map((chars) => `T${chars.join('')}`);

const date = fc.oneof(
  fc.integer({ min: 1000, max: 2100 }).map(String),
  fc.tuple(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const event = fc.record({ date, title, summary: fc.option(title, { nil: '' }), track: fc.constantFrom('', 'talks', 'statements, other') });

describe('authoring: properties', () => {
  it('the cell scan splits any text into the rows and cells d3-dsv reads', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ',', '\t', '"', '\n', '\r', ' '), { maxLength: 40 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(',', '\t'), (t, delimiter: ',' | '\t') => {
        const expected = (delimiter === ',' ? csvParseRows : tsvParseRows)(t);
        const rows = sheetRows(t, delimiter);
        const cells = rows.map((row) => row.cells.map((c) => cellText(t, c)));
        // An unclosed quote at the very end is the one place where d3 takes the stripped line break into the cell.
        const closed = !/"[^"]*$/.test(t.replace(/""/g, ''));
        if (closed) expect(cells, JSON.stringify(t)).to.deep.equal(expected);
        else expect(cells.length, JSON.stringify(t)).to.equal(expected.length);
        for (const row of rows) for (const c of row.cells) expect(c.offset >= 0 && c.offset + c.length <= t.length).to.equal(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('small timelines written as tab-separated or CSV rows: every event drawn, no problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 8 }), fc.constantFrom('\t', ','), async (events, delimiter) => {
        const rows = [['id', 'date', 'title', 'summary', 'track'], ...events.map((e, i) => [`e${i}`, e.date, e.title, e.summary, e.track])];
        const text = rows.map((row) => row.map((v) => cell(v, delimiter)).join(delimiter)).join(delimiter === '\t' ? '\n' : '\r\n');
        const result = await readAuthoring(text, 'en-GB');
        expect(result.kind).to.equal(delimiter === '\t' ? 'tsv' : 'csv');
        expect(result.problems, text).to.deep.equal([]);
        expect([result.total, result.drawn]).to.deep.equal([events.length, events.length]);
        expect(result.data!.events.map((e) => e.title)).to.deep.equal(events.map((e) => e.title.trim()));
      }),
      { numRuns: 150 },
    );
  });

  it('a bad date in any row: one problem at that row, its range the date cell, inside the text', async () => {
    const bad = fc.constantFrom('31 June 2025', '16/05/2025', 'soon', '2025-13', 'May 16, 2025', '05/06/2025');
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        bad,
        fc.constantFrom('\t', ','),
        async (events, n, wrong, delimiter) => {
          const at = n % events.length;
          const rows = [
            ['id', 'date', 'title', 'summary', 'track'],
            ...events.map((e, i) => [`e${i}`, i === at ? wrong : e.date, e.title, e.summary, e.track]),
          ];
          const text = rows.map((row) => row.map((v) => cell(v, delimiter)).join(delimiter)).join('\n');
          const result = await readAuthoring(text, 'en-GB');
          expect(result.problems, text).to.have.length(1);
          const [problem] = result.problems;
          expect([problem.where, problem.eventIndex, result.drawn]).to.deep.equal([`Row ${at + 2}, column date`, at, events.length - 1]);
          expect(problem.offset >= 0 && problem.offset + problem.length <= text.length).to.equal(true);
          expect(text.slice(problem.offset, problem.offset + problem.length)).to.equal(cell(wrong, delimiter));
          expect(problem.line).to.equal(text.slice(0, problem.offset).split('\n').length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
