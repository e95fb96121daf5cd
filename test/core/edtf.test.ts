import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/core/edtf.js';

interface Example { input: string; valid: boolean; meaning: string; level: number | null }

const utc = (y: number, m: number, d: number) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
};

describe('parseDate', () => {
  it('parses every valid corpus entry and rejects every invalid one with a RangeError quoting it', async () => {
    const examples: Example[] = await (await fetch('/shared/corpora/edtf-examples.json')).json();
    expect(examples.length).to.be.greaterThan(50);
    for (const ex of examples) {
      if (ex.valid) {
        expect(() => parseDate(ex.input), `${ex.input}: ${ex.meaning}`).not.to.throw();
      } else {
        let error: unknown;
        try {
          parseDate(ex.input);
        } catch (e) {
          error = e;
        }
        expect(error, `${JSON.stringify(ex.input)} should be rejected (${ex.meaning})`).to.be.instanceOf(RangeError);
        expect((error as Error).message).to.include(`"${ex.input}"`);
      }
    }
  });

  it('gives a day its first and last millisecond in UTC', () => {
    const s = parseDate('2025-05-16');
    expect(s.min).to.equal(Date.UTC(2025, 4, 16));
    expect(s.max).to.equal(Date.UTC(2025, 4, 17) - 1);
    expect(s.precision).to.equal('day');
  });

  it('spans a whole month for month precision (March 2022 is 1–31 March)', () => {
    const s = parseDate('2022-03');
    expect(s.min).to.equal(Date.UTC(2022, 2, 1));
    expect(s.max).to.equal(Date.UTC(2022, 3, 1) - 1);
    expect(s.precision).to.equal('month');
  });

  it('reads qualifiers as approximate and uncertain', () => {
    expect(parseDate('2025-06~')).to.include({ approximate: true, uncertain: false });
    expect(parseDate('2022-03?')).to.include({ approximate: false, uncertain: true });
    expect(parseDate('2004-06-11%')).to.include({ approximate: true, uncertain: true });
  });

  it('gives open ends infinite bounds and unknown ends null', () => {
    const open = parseDate('2025-06-22/..');
    expect(open.min).to.equal(Date.UTC(2025, 5, 22));
    expect(open.max).to.equal(Infinity);
    expect(open.openEnd).to.equal(true);
    const unknown = parseDate('/1985');
    expect(unknown.min).to.equal(null);
    expect(unknown.max).to.equal(Date.UTC(1986, 0, 1) - 1);
    expect(parseDate('../1985-04').min).to.equal(-Infinity);
  });

  it('handles seasons, unspecified digits, negative and long years', () => {
    const winter = parseDate('2001-24');
    expect(winter.min).to.equal(Date.UTC(2001, 11, 1));
    expect(winter.max).to.equal(Date.UTC(2002, 2, 1) - 1);
    const decade = parseDate('201X');
    expect([decade.min, decade.max]).to.deep.equal([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1) - 1]);
    expect(parseDate('-0044-03-15').min).to.equal(utc(-44, 3, 15));
    expect(parseDate('0000').min).to.equal(utc(0, 1, 1));
    expect(parseDate('Y170000002').start?.year).to.equal(170000002);
  });

  it('places date-times with an offset at the right instant', () => {
    expect(parseDate('1985-04-12T23:20:30-04').min).to.equal(Date.UTC(1985, 3, 13, 3, 20, 30));
    expect(parseDate('2016-05-02T16:54:59.042Z').min).to.equal(Date.UTC(2016, 4, 2, 16, 54, 59, 42));
  });

  it('explains what is wrong', () => {
    expect(() => parseDate('2015-02-29')).to.throw(RangeError, /does not exist/);
    expect(() => parseDate('2016-13')).to.throw(RangeError, /month must be 01–12/);
    expect(() => parseDate('2004-06/2003')).to.throw(RangeError, /ends before it starts/);
    expect(() => parseDate('March 2022')).to.throw(RangeError, /"March 2022"/);
  });
});
