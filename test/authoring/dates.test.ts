import { expect } from '@open-wc/testing';
import { applySuggestion, describeBadDate, suggestDate } from '../../src/authoring/dates.js';
import type { Problem } from '../../src/authoring/read.js';

const edtf = (text: string, lang = 'en-GB') => {
  const s = suggestDate(text, lang);
  return s?.kind === 'date' ? s.edtf : s;
};

describe('authoring: dates written another way', () => {
  it('reads the common spreadsheet forms into EDTF', () => {
    const forms: [string, string][] = [
      ['16/05/2025', '2025-05-16'],
      ['16.05.2025', '2025-05-16'],
      ['16-05-2025', '2025-05-16'],
      ['05/16/2025', '2025-05-16'],
      ['16/5/2025', '2025-05-16'],
      ['May 16, 2025', '2025-05-16'],
      ['may 16 2025', '2025-05-16'],
      ['16 May 2025', '2025-05-16'],
      ['16th May 2025', '2025-05-16'],
      ['16 Sep 2025', '2025-09-16'],
      ['  16   May  2025 ', '2025-05-16'],
      ['2025.05.16', '2025-05-16'],
      ['2025/05/16', '2025-05-16'],
      ['2025-5-6', '2025-05-06'],
      ['May 2025', '2025-05'],
      ['05/2025', '2025-05'],
      ['0900/5/6', '0900-05-06'],
    ];
    for (const [text, expected] of forms) expect(edtf(text), text).to.equal(expected);
    expect(suggestDate('16/05/2025', 'en-GB')).to.deep.equal({ kind: 'date', edtf: '2025-05-16', label: 'Use 2025-05-16' });
  });

  it('month names in the page’s language: Ukrainian, Russian and Turkish', () => {
    expect(edtf('16 травня 2025', 'uk')).to.equal('2025-05-16');
    expect(edtf('16 травня 2025 р.', 'uk')).to.equal('2025-05-16');
    expect(edtf('травень 2025', 'uk')).to.equal('2025-05');
    expect(edtf('16 мая 2025', 'ru')).to.equal('2025-05-16');
    expect(edtf('16 мая 2025 г.', 'ru')).to.equal('2025-05-16');
    expect(edtf('16 Mayıs 2025', 'tr')).to.equal('2025-05-16');
    expect(edtf('16 May 2025', 'uk')).to.equal('2025-05-16'); // English as well
    expect(edtf('16 травня 2025', 'en-GB')).to.equal(null);
  });

  it('a day and month that could be either way round is said, the language’s order first; one that cannot is not', () => {
    expect(suggestDate('05/06/2025', 'en-GB')).to.deep.equal({
      kind: 'ambiguous',
      options: ['2025-06-05', '2025-05-06'],
      label: '05/06/2025 could be 5 June 2025 or 6 May 2025: write 2025-06-05 or 2025-05-06',
    });
    expect(suggestDate('05/06/2025', 'en-US')).to.deep.equal({
      kind: 'ambiguous',
      options: ['2025-05-06', '2025-06-05'],
      label: '05/06/2025 could be 6 May 2025 or 5 June 2025: write 2025-05-06 or 2025-06-05',
    });
    for (const lang of ['uk', 'ru', 'tr', 'ar']) expect(suggestDate('05.06.2025', lang)?.kind, lang).to.equal('ambiguous');
    expect(edtf('25/05/2025', 'en-US')).to.equal('2025-05-25');
    expect(edtf('05/25/2025', 'en-GB')).to.equal('2025-05-25');
    expect(edtf('06/06/2025', 'en-GB')).to.equal('2025-06-06'); // both ways the same day
  });

  it('nothing for EDTF, for text that is no date, and for two-digit years (never a century guessed)', () => {
    for (const text of [
      '2025-05-16',
      '2025',
      '2025-06~',
      '2025-05-16/..',
      '',
      ' ',
      'hello',
      'J 16, 2025',
      '16/05/25',
      '5/6/25',
      '31/06/2025',
      '12025-5-6',
    ])
      expect(suggestDate(text, 'en-GB'), text).to.equal(null);
  });

  it('says what is wrong with a date in plain words', () => {
    expect(describeBadDate('31 June 2025', 'spaces are not allowed', 'en-GB').message).to.equal(
      "'31 June 2025' is not a date: June 2025 has 30 days. Write 2025-06-30, or 2025-06 for the month.",
    );
    expect(describeBadDate('2025-02-29', 'day 29 does not exist in 2025-02 (it has 28 days)', 'en-GB').message).to.equal(
      "'2025-02-29' is not a date: February 2025 has 28 days. Write 2025-02-28, or 2025-02 for the month.",
    );
    expect(describeBadDate('31/06/2025', 'an interval has exactly one "/"', 'en-US').message).to.contain('June 2025 has 30 days');
    expect(describeBadDate('16/05/25', 'an interval has exactly one "/"', 'en-GB').message).to.contain('its year has two digits');
    expect(describeBadDate('2025-13', 'month must be 01–12 (or a season 21–24), not 13', 'en-GB').message).to.equal(
      "'2025-13' is not a date: month must be 01–12 (or a season 21–24), not 13.",
    );
    expect(describeBadDate('soon', 'expected YYYY, YYYY-MM or YYYY-MM-DD', 'en-GB').message).to.equal(
      "'soon' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD. Write year-month-day (2025-05-16), year-month (2025-05) or a year (2025).",
    );
    const may = describeBadDate('May 2025', 'spaces are not allowed', 'en-GB');
    expect(may.message).to.equal("'May 2025' is not a date the timeline reads. Write 2025-05 (year-month).");
    expect(may.suggestion).to.deep.equal({ kind: 'date', edtf: '2025-05', label: 'Use 2025-05' });
  });

  it('replaces a cell or a JSON value, keeping CSV quoting and JSON strings valid', () => {
    const problem = (text: string, cell: string): Problem => ({
      severity: 'error',
      where: '',
      message: '',
      offset: text.indexOf(cell),
      length: cell.length,
      line: 1,
    });
    const csv = 'id,date\na,"16/05/2025"\n';
    expect(applySuggestion(csv, problem(csv, '"16/05/2025"'), '2025-05-16')).to.equal('id,date\na,"2025-05-16"\n');
    const plain = 'id,date,title\na,16/05/2025,A\n';
    expect(applySuggestion(plain, problem(plain, '16/05/2025'), '2025-05-16')).to.equal('id,date,title\na,2025-05-16,A\n');
    expect(applySuggestion(plain, problem(plain, 'A'), 'B, "C"')).to.equal('id,date,title\na,16/05/2025,"B, ""C"""\n');
    const tsv = 'id\tdate\ttitle\na\t16/05/2025\tA, B\n';
    expect(applySuggestion(tsv, problem(tsv, 'A, B'), 'C, D')).to.equal('id\tdate\ttitle\na\t16/05/2025\tC, D\n');
    expect(applySuggestion(tsv, problem(tsv, 'A, B'), 'C\tD')).to.equal('id\tdate\ttitle\na\t16/05/2025\t"C\tD"\n');
    const json = '{"events": [{"id": "a", "date": "16/05/2025", "title": "A"}]}';
    expect(applySuggestion(json, problem(json, '"16/05/2025"'), '2025-05-16')).to.equal(json.replace('16/05/2025', '2025-05-16'));
    expect(JSON.parse(applySuggestion(json, problem(json, '"A"'), 'say "hi"\n')).events[0].title).to.equal('say "hi"\n');
    // A place no longer in the text (it changed since it was read) leaves the text as it is.
    expect(applySuggestion('id', { ...problem(csv, '"16/05/2025"') }, 'x')).to.equal('id');
  });
});
