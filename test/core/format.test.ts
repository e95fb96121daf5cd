import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate } from '../../src/core/edtf.js';
import { dateLabelParts, formatDate, htmlDatetime } from '../../src/core/format.js';
import { loadMessages } from '../../src/core/messages.js';

const label = (text: string, lang = 'en-GB') => formatDate(parseDate(text), lang);
const datetimeOf = (text: string) => htmlDatetime(parseDate(text).start!);

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('formatDate', () => {
  it('says a day, a month and a qualified month at their precision', () => {
    expect(label('2025-05-16')).to.equal('16 May 2025');
    expect(label('2022-03')).to.equal('March 2022');
    expect(label('2025-06~')).to.equal('about June 2025');
  });

  it('says an open end as "after"', () => {
    expect(label('2025-06-22/..')).to.equal('after 22 June 2025');
  });

  it('says seasons and decades', () => {
    expect(label('2001-21')).to.equal('spring 2001');
    expect(label('201X')).to.equal('2010s');
  });

  it('gives years before year 1 an era', () => {
    const text = label('-0044-03-15');
    expect(text).to.include('BC');
    expect(text).to.include('March');
    // EDTF/ISO 8601 years are astronomical (0000 = 1 BC, see the corpus and edtf.test.ts),
    // so -0044 is 45 BC, not 44 BC.
    expect(text).to.match(/\b45\b/);
  });

  it('says a date-time with an offset at its own wall-clock time, with the offset', () => {
    const text = label('2025-05-16T14:30:00+03:00');
    expect(text).to.include('16 May 2025');
    expect(text).to.include('14:30');
    expect(text).to.include('UTC+3');
    expect(label('2025-05-16T14:30:00-05:30')).to.include('UTC−5:30');
    expect(label('2025-05-16T14:30:00Z')).to.match(/14:30 UTC$/);
  });

  it('says a date-time without an offset with no offset', () => {
    const text = label('2025-05-16T14:30:00');
    expect(text).to.include('16 May 2025');
    expect(text).to.include('14:30');
    expect(text).not.to.include('UTC');
    expect(text).not.to.match(/[+−]\d/);
  });

  it('localizes month names and word order', () => {
    expect(label('2025-05-16', 'de')).to.equal('16. Mai 2025');
    expect(label('2022-03', 'de')).to.equal('März 2022');
    expect(label('2025-05-16', 'fr')).to.equal('16 mai 2025');
    expect(label('2022-03', 'fr')).to.equal('mars 2022');
    expect(label('2025-06-22/..', 'fr')).to.equal('after 22 juin 2025'); // English words around a French date: the documented fallback
  });
});

describe('dateLabelParts', () => {
  it('gives a closed interval exactly two dated parts', () => {
    const parts = dateLabelParts(parseDate('2025-05-16/2025-06-02'), 'en-GB');
    const dated = parts.filter((p) => p.datetime !== undefined);
    expect(dated.map((p) => p.datetime)).to.deep.equal(['2025-05-16', '2025-06-02']);
    expect(parts.map((p) => p.text).join('')).to.include('16 May');
    expect(parts.map((p) => p.text).join('')).to.include('2 June 2025');
  });

  it('gives a mixed-precision, qualified interval two dated parts too', () => {
    const parts = dateLabelParts(parseDate('2025-05/2025-06~'), 'en-GB');
    expect(parts.filter((p) => p.datetime !== undefined).map((p) => p.datetime)).to.deep.equal(['2025-05', '2025-06']);
    expect(parts.map((p) => p.text).join('')).to.equal('May 2025 – about June 2025');
  });

  it('keeps the words of an open end outside the dated part', () => {
    const parts = dateLabelParts(parseDate('2025-06-22/..'), 'en-GB');
    expect(parts).to.deep.equal([{ text: 'after ' }, { text: '22 June 2025', datetime: '2025-06-22' }]);
  });

  it('gives a single date one dated part', () => {
    expect(dateLabelParts(parseDate('2025-05-16'), 'en-GB')).to.deep.equal([{ text: '16 May 2025', datetime: '2025-05-16' }]);
  });
});

describe('htmlDatetime', () => {
  it('strips qualifiers', () => {
    expect(datetimeOf('2025-06~')).to.equal('2025-06');
    expect(datetimeOf('2025-06-22?')).to.equal('2025-06-22');
    expect(datetimeOf('2004-06-11%')).to.equal('2004-06-11');
  });

  it('keeps the offset of a date-time, and adds none when the data gave none', () => {
    expect(datetimeOf('2025-05-16T14:30:00+03:00')).to.equal('2025-05-16T14:30:00+03:00');
    expect(datetimeOf('2025-05-16T14:30:00Z')).to.equal('2025-05-16T14:30:00Z');
    expect(datetimeOf('2025-05-16T14:30:00')).to.equal('2025-05-16T14:30:00');
  });

  it('gives year, season and decade their year', () => {
    expect(datetimeOf('2025')).to.equal('2025');
    expect(datetimeOf('2001-21')).to.equal('2001');
  });
});

describe('day labels (property)', () => {
  const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const dayDate = fc
    .tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }))
    .chain(([y, m]) => fc.tuple(fc.constant(y), fc.constant(m), fc.integer({ min: 1, max: daysIn(y, m) })));

  it('says the day, the English month and the year, and keeps the date in datetime', () => {
    fc.assert(
      fc.property(dayDate, ([y, m, d]) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const span = parseDate(text);
        const words = formatDate(span, 'en-GB');
        expect(words, text).to.match(new RegExp(`(^|\\D)${d}(\\D|$)`));
        expect(words, text).to.include(ENGLISH_MONTHS[m - 1]);
        expect(words, text).to.match(new RegExp(`(^|\\D)${y}(\\D|$)`));
        expect(htmlDatetime(span.start!), text).to.equal(text);
        const parts = dateLabelParts(span, 'en-GB');
        expect(
          parts.map((p) => p.datetime),
          text,
        ).to.deep.equal([text]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('years beyond JavaScript dates', () => {
  it('says them as numbers, with the era when negative, instead of throwing', () => {
    // Digits grouped from a million; astronomical year -n is n + 1 BC.
    expect(label('Y170000002')).to.equal('170,000,002');
    expect(label('Y-170000002')).to.equal('170,000,003 BC');
    expect(label('Y-13800000000')).to.equal('13,800,000,001 BC');
    expect(label('Y-315000')).to.equal('315001 BC');
    expect(htmlDatetime(parseDate('Y170000002').start!)).to.equal('170000002'); // HTML: a year is 4+ digits, > 0
    expect(htmlDatetime(parseDate('Y-170000002').start!)).to.equal('');
  });
});

describe('component words in the page language', () => {
  before(() => Promise.all(['uk', 'ru', 'tr', 'ar'].map((lang) => loadMessages(lang))));

  it('uses Ukrainian, Russian, Turkish and Arabic phrases around Intl dates', () => {
    expect(label('2025-06-22/..', 'uk')).to.equal('після 22 червня 2025 р.');
    expect(label('2025-06~', 'ru')).to.match(/^около июн/);
    expect(label('2025-06-22/..', 'tr')).to.equal('22 Haziran 2025 sonrası');
    expect(label('2001-21', 'tr')).to.equal('ilkbahar 2001');
    expect(label('2025-06-22/..', 'ar')).to.match(/^بعد /);
  });

  it('falls back to English words for other languages, with the date in that language', () => {
    expect(label('2025-06~', 'it')).to.equal('about giugno 2025');
  });
});

describe('months after a preposition', () => {
  before(() => Promise.all(['uk', 'ru'].map((lang) => loadMessages(lang))));

  it('take the genitive in Ukrainian and Russian ("близько червня"), the nominative alone', () => {
    expect(label('2025-06~', 'uk')).to.equal('близько червня 2025 р.');
    expect(label('2025-06/..', 'ru')).to.equal('после июня 2025 г.');
    expect(label('2022-03', 'uk')).to.equal('березень 2022 р.');
    expect(label('2025-05/2025-06~', 'ru')).to.equal('май 2025 г. – около июня 2025 г.');
  });
});
