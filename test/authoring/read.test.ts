import { expect } from '@open-wc/testing';
import { tsvFormatRows } from 'd3-dsv';
import { applySuggestion } from '../../src/authoring/dates.js';
import { detectInput, readAuthoring, summarize } from '../../src/authoring/read.js';
import type { AuthoringResult, Problem } from '../../src/authoring/read.js';
import type { TimelineData } from '../../src/core/types.js';

const COLUMNS = ['id', 'date', 'title', 'summary', 'track'];

/** The bundled data as a spreadsheet copy: our columns, one row per event. */
async function bundledRows(): Promise<string[][]> {
  const data = (await (await fetch('/data/istanbul-talks.json')).json()) as TimelineData;
  return [COLUMNS, ...data.events.map((e) => [e.id, e.date, e.title, e.summary ?? '', e.track ?? ''])];
}

const the = (result: AuthoringResult): Problem => {
  expect(result.problems, JSON.stringify(result.problems)).to.have.length(1);
  return result.problems[0];
};

/** What a problem's range covers in the text. */
const at = (text: string, p: Problem) => text.slice(p.offset, p.offset + p.length);

describe('authoring: reading the Data box', () => {
  it('tells the kind of text', () => {
    expect(detectInput('')).to.equal('empty');
    expect(detectInput(' \n\t ')).to.equal('empty');
    expect(detectInput('\uFEFF  {"events": []}')).to.equal('json');
    expect(detectInput('[{"id": 1')).to.equal('json'); // not JSON yet: still JSON, so its error is said
    expect(detectInput('{"events": [{"start_date": {"year": "1969"}}]}')).to.equal('timelinejs');
    expect(detectInput('id\tdate\ttitle\na\t2025\tA')).to.equal('tsv');
    expect(detectInput('id,date,title\na,2025,"A\tB"')).to.equal('csv');
    expect(detectInput('\n\nid\tdate\n')).to.equal('tsv');
  });

  it('the bundled data as tab-separated rows: 11 events drawn, no problems', async () => {
    const result = await readAuthoring(tsvFormatRows(await bundledRows()), 'en-GB');
    expect(result.kind).to.equal('tsv');
    expect([result.total, result.drawn, result.rowsWithProblems]).to.deep.equal([11, 11, 0]);
    expect(result.problems).to.deep.equal([]);
    expect(result.data!.events.map((e) => e.track)).to.include('negotiations');
    expect(summarize(result)).to.equal('11 events drawn, no problems');
  });

  it('a date that is no day of its month: one problem at its row and cell, with the month and its length said', async () => {
    const rows = await bundledRows();
    rows[1 + 6][1] = '31 June 2025';
    const text = tsvFormatRows(rows);
    const result = await readAuthoring(text, 'en-GB');
    const problem = the(result);
    expect(problem.where).to.equal('Row 8, column date');
    expect([problem.row, problem.eventIndex, problem.field, problem.severity]).to.deep.equal([8, 6, 'date', 'error']);
    expect(problem.message).to.equal("'31 June 2025' is not a date: June 2025 has 30 days. Write 2025-06-30, or 2025-06 for the month.");
    expect(problem.suggestion).to.equal(undefined); // a guess at the day is said, not offered as one click
    expect(at(text, problem)).to.equal('31 June 2025');
    expect(problem.line).to.equal(8);
    expect([result.total, result.drawn, result.rowsWithProblems]).to.deep.equal([11, 10, 1]);
    expect(summarize(result)).to.equal('10 events drawn, 1 row with a problem');
  });

  it("a spreadsheet's date is offered in EDTF, and using it leaves no problems", async () => {
    const rows = await bundledRows();
    rows[2][1] = '16/05/2025';
    const text = tsvFormatRows(rows);
    const problem = the(await readAuthoring(text, 'en-GB'));
    expect(problem.where).to.equal('Row 3, column date');
    expect(problem.suggestion).to.deep.equal({ kind: 'date', edtf: '2025-05-16', label: 'Use 2025-05-16' });
    expect(problem.message).to.equal("'16/05/2025' is not a date the timeline reads. Write 2025-05-16 (year-month-day).");
    expect(at(text, problem)).to.equal('16/05/2025');
    const fixed = await readAuthoring(applySuggestion(text, problem, '2025-05-16'), 'en-GB');
    expect([fixed.drawn, fixed.problems.length]).to.deep.equal([11, 0]);
    expect(fixed.data!.events[1].date).to.equal('2025-05-16');
  });

  it('an ambiguous day and month is said with both readings, the language’s first', async () => {
    const text = 'id\tdate\ttitle\na\t05/06/2025\tA\n';
    const gb = the(await readAuthoring(text, 'en-GB'));
    expect(gb.suggestion).to.deep.equal({
      kind: 'ambiguous',
      options: ['2025-06-05', '2025-05-06'],
      label: '05/06/2025 could be 5 June 2025 or 6 May 2025: write 2025-06-05 or 2025-05-06',
    });
    expect(gb.message).to.equal(
      "'05/06/2025' is not a date the timeline reads, and its day and month could be either way round: 5 June 2025 or 6 May 2025. Write 2025-06-05 or 2025-05-06.",
    );
    const us = the(await readAuthoring(text, 'en-US'));
    expect(us.suggestion?.kind === 'ambiguous' && us.suggestion.options).to.deep.equal(['2025-05-06', '2025-06-05']);
  });

  it('CSV with quoted cells and line breaks in them: rows are spreadsheet rows, cells placed exactly', async () => {
    const text = 'id,date,title,summary\r\n"a","2025","A, with a comma","two\nlines"\r\nb,"May 16, 2025",B,\r\nc,2025,,"said ""x"""\r\n';
    const result = await readAuthoring(text, 'en-GB');
    expect(result.kind).to.equal('csv');
    expect(result.problems.map((p) => [p.where, at(text, p)])).to.deep.equal([
      ['Row 3, column date', '"May 16, 2025"'],
      ['Row 4, column title', ''],
    ]);
    const [date] = result.problems;
    expect(date.line).to.equal(4);
    const fixed = applySuggestion(text, date, (date.suggestion as { edtf: string }).edtf);
    expect(fixed).to.contain('b,"2025-05-16",B,');
    expect((await readAuthoring(fixed, 'en-GB')).problems.map((p) => p.where)).to.deep.equal(['Row 4, column title']);
  });

  it('blank rows are neither events nor problems; an unknown column is said once, at its header', async () => {
    const text = '\n\nid\tdate\ttitle\tDate \tnotes\na\t2025\tA\t\tx\n\t\t\t\t\nb\t2026\tB\t\ty\n\n';
    const result = await readAuthoring(text, 'en-GB');
    expect([result.total, result.drawn]).to.deep.equal([2, 2]);
    expect(result.problems.map((p) => [p.where, p.message, at(text, p)])).to.deep.equal([
      [
        'Row 1, column notes',
        '"notes" is not a column the timeline reads (id, date, title, summary, track, status, location, source, source_url); it was ignored',
        'notes',
      ],
    ]);
    expect(result.rowsWithProblems).to.equal(0);
    expect(summarize(result)).to.equal('2 events drawn, 1 problem');
    const misnamed = await readAuthoring('id\tDate\ttitle\na\t2025\tA', 'en-GB');
    expect(misnamed.problems.map((p) => `${p.where}: ${p.message}`)).to.deep.equal([
      'Row 2, column date: date is missing',
      'Row 1, column Date: "Date" is not a column the timeline reads: write date',
    ]);
  });

  it("TimelineJS's spreadsheet layout: problems at the event's row, title and era rows skipped", async () => {
    const text = [
      'Year\tMonth\tDay\tHeadline\tText\tType',
      '\t\t\tThe title\tAbout it\ttitle',
      '1969\t7\t20\tLanding\tx\t',
      '1970\t\t\tAn era\t\tera',
      '\t\t\tNo year\ty\t',
      '1971\t13\t\tBad month\tz\t',
    ].join('\n');
    const result = await readAuthoring(text, 'en-GB');
    expect([result.kind, result.total, result.drawn]).to.deep.equal(['tsv', 3, 1]);
    expect(result.problems.map((p) => [p.where, p.eventIndex])).to.deep.equal([
      ['Row 5, column Year', 1],
      ['Row 6, column Year', 2],
    ]);
    expect(result.problems[0].message).to.equal(
      'the row has no year (its Year cell is empty or not a whole number); the event was left out',
    );
    expect(result.problems[1].message).to.contain('month must be 01–12');
    expect(result.problems.every((p) => !p.suggestion)).to.equal(true);
  });

  it('a TimelineJS3 file: every dated event drawn, problems at the file’s own events', async () => {
    const text = await (await fetch('/test/fixtures/timelinejs/website__examples__houston__timeline3.json')).text();
    const json = JSON.parse(text) as { events: { start_date?: { year?: unknown } }[] };
    const dated = json.events.filter((e) => e.start_date?.year !== undefined && e.start_date.year !== '').length;
    const result = await readAuthoring(text, 'en-GB');
    expect(result.kind).to.equal('timelinejs');
    expect(dated).to.be.greaterThan(10);
    expect([result.total, result.drawn]).to.deep.equal([json.events.length, dated]);
    for (const p of result.problems) {
      expect(p.where).to.match(/^Line \d+, \/events\/\d+\//);
      expect(text.slice(0, p.offset).split('\n').length).to.equal(p.line);
    }
    // An event without a start date is left out, and what follows it keeps its own place.
    const edited = JSON.parse(text) as { events: Record<string, unknown>[] };
    delete edited.events[1].start_date;
    edited.events[2].group = 42;
    const pretty = JSON.stringify(edited, null, 2);
    const again = await readAuthoring(pretty, 'en-GB');
    expect(again.drawn).to.equal(dated - 1);
    const left = again.problems.find((p) => p.eventIndex === 1)!;
    expect([left.severity, left.where.replace(/^Line \d+, /, '')]).to.deep.equal(['error', '/events/1/start_date']);
    expect(pretty.slice(left.offset, left.offset + 1)).to.equal('{'); // the event it is missing from
  });

  it('JSON: a bad date points at its line and value; a bare list of events too', async () => {
    const text = JSON.stringify(
      {
        title: 'T',
        events: [
          { id: 'a', date: '2025', title: 'A' },
          { id: 'b', date: '2025.05.16', title: 'B' },
        ],
      },
      null,
      2,
    );
    const problem = the(await readAuthoring(text, 'en-GB'));
    expect(problem.where).to.equal('Line 11, /events/1/date');
    expect(at(text, problem)).to.equal('"2025.05.16"');
    expect(text.split('\n')[10]).to.contain('2025.05.16');
    const fixed = applySuggestion(text, problem, (problem.suggestion as { edtf: string }).edtf);
    expect(JSON.parse(fixed)).to.deep.equal({
      ...JSON.parse(text),
      events: [JSON.parse(text).events[0], { id: 'b', date: '2025-05-16', title: 'B' }],
    });
    const list = '[\n {"id": "a", "date": "2025", "title": "A"},\n {"id": "b", "title": "B"}\n]';
    const missing = the(await readAuthoring(list, 'en-GB'));
    expect([missing.where, missing.message, missing.eventIndex]).to.deep.equal(['Line 3, /1/date', 'date is missing', 1]);
    expect(at(list, missing)).to.equal('{"id": "b", "title": "B"}');
    expect(summarize(await readAuthoring(list, 'en-GB'))).to.equal('1 event drawn, 1 event with a problem');
  });

  it('JSON that does not parse: one problem with its line and column, placed where the fix goes', async () => {
    const text = '{\n  "events": [\n    {"id": "a", "date": "2025" "title": "A"}\n  ]\n}';
    const result = await readAuthoring(text, 'en-GB');
    const problem = the(result);
    expect(problem.where).to.equal('Line 3, column 31');
    expect(problem.message).to.equal('the text is not valid JSON (a comma is missing)');
    expect(text.slice(0, problem.offset).endsWith('"2025"')).to.equal(true);
    expect([result.kind, result.data, result.drawn]).to.deep.equal(['json', null, 0]);
    expect(summarize(result)).to.equal('0 events drawn, 1 problem');
    const trailing = the(await readAuthoring('{"events": [],}', 'en-GB'));
    expect(trailing.where).to.equal('Line 1, column 15');
    expect(trailing.message).to.contain('comma too many');
  });

  it('counts in words, singular and plural', () => {
    const base = { kind: 'tsv' as const, data: null, total: 0, problems: [] };
    const problem = (row: number): Problem => ({ severity: 'error', where: '', message: '', offset: 0, length: 0, line: row, row });
    expect(summarize({ ...base, drawn: 12, problems: [problem(3)], rowsWithProblems: 1 })).to.equal(
      '12 events drawn, 1 row with a problem',
    );
    expect(summarize({ ...base, drawn: 1, rowsWithProblems: 0 })).to.equal('1 event drawn, no problems');
    expect(summarize({ ...base, drawn: 0, problems: [problem(2), problem(3)], rowsWithProblems: 2 })).to.equal(
      '0 events drawn, 2 rows with a problem',
    );
    expect(summarize({ ...base, drawn: 3, problems: [problem(1), problem(2)], rowsWithProblems: 1 })).to.equal(
      '3 events drawn, 1 row with a problem, 1 other problem',
    );
    expect(summarize({ ...base, kind: 'json', drawn: 2, problems: [{ ...problem(0), eventIndex: 4 }], rowsWithProblems: 1 })).to.equal(
      '2 events drawn, 1 event with a problem',
    );
  });

  it('never throws: empty text, stray text, JSON that is not a timeline', async () => {
    expect(await readAuthoring('', 'en-GB')).to.deep.equal({
      kind: 'empty',
      data: null,
      total: 0,
      drawn: 0,
      problems: [],
      rowsWithProblems: 0,
    });
    for (const text of [
      'hello',
      '"',
      '{}',
      '[]',
      '[1, null]',
      '{"events": 3}',
      'id\n\n',
      '\uFEFF{"events": []}',
      '{"events": [{"start_date": {}}]}',
    ]) {
      const result = await readAuthoring(text, 'xx-invalid-');
      for (const p of result.problems) expect(p.offset >= 0 && p.offset + p.length <= text.length, text).to.equal(true);
    }
    expect(the(await readAuthoring('{"events": 3}', 'en')).where).to.equal('Line 1, /events');
  });
});
