import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/core/edtf.js';

/** An expected bound in the fixture: an ISO 8601 UTC string, "Infinity"/"-Infinity" for open ends, null for unknown. */
type BoundText = string | null;
interface Example {
  input: string;
  valid: boolean;
  meaning: string;
  level: 0 | 1 | null;
  min?: BoundText;
  max?: BoundText;
}

const bound = (text: BoundText): number | null => {
  if (text === null) return null;
  if (text === 'Infinity' || text === '-Infinity') return Number(text);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`fixture bound ${JSON.stringify(text)} is not an ISO date`);
  return ms;
};

const utc = (y: number, m: number, d: number) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
};

describe('parseDate', () => {
  it('parses every valid corpus entry to its expected bounds and rejects every invalid one with a RangeError quoting it', async () => {
    const examples: Example[] = await (await fetch('/test/fixtures/edtf-examples.json')).json();
    expect(examples.length).to.be.at.least(100);
    let bounded = 0;
    for (const ex of examples) {
      if (ex.valid) {
        expect(() => parseDate(ex.input), `${ex.input}: ${ex.meaning}`).not.to.throw();
        if (ex.min === undefined || ex.max === undefined) continue;
        const span = parseDate(ex.input);
        expect([span.min, span.max], `bounds of ${ex.input}: ${ex.meaning}`).to.deep.equal([bound(ex.min), bound(ex.max)]);
        bounded++;
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
    expect(bounded, 'valid entries with expected bounds').to.be.greaterThan(50);
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

  it('keeps fractional seconds exact: .4 is 400 ms, .042 is 42 ms', () => {
    expect(parseDate('2016-05-02T16:54:59.4Z').min).to.equal(Date.UTC(2016, 4, 2, 16, 54, 59, 400));
    expect(parseDate('2016-05-02T16:54:59.042Z').min).to.equal(Date.UTC(2016, 4, 2, 16, 54, 59, 42));
  });

  it('accepts the offsets at the ends of the range, −12:00 and +14:00, at the right instant', () => {
    expect(parseDate('2016-05-02T12:00:00+14:00').min).to.equal(Date.UTC(2016, 4, 1, 22));
    expect(parseDate('2016-05-02T12:00:00-12:00').min).to.equal(Date.UTC(2016, 4, 3, 0));
  });

  it('rejects a negative year zero, a zero offset with a minus sign and offsets outside −12:00…+14:00', () => {
    const rejects = (input: string, why: RegExp) => {
      let error: unknown;
      try {
        parseDate(input);
      } catch (e) {
        error = e;
      }
      expect(error, `${input} should be rejected`).to.be.instanceOf(RangeError);
      expect((error as Error).message)
        .to.include(`"${input}"`)
        .and.to.match(why);
    };
    rejects('-0000', /year zero has no sign/);
    rejects('2016-05-02T12:00:00-00:00', /zero offset is written "Z" or "\+00:00"/);
    rejects('2016-05-02T12:00:00-00', /zero offset/);
    rejects('2016-05-02T12:00:00-13:00', /outside the range −12:00 to \+14:00/);
    rejects('2016-05-02T12:00:00+14:30', /outside the range/);
    expect(parseDate('0000').start?.year).to.equal(0);
  });

  it('explains what is wrong', () => {
    expect(() => parseDate('2015-02-29')).to.throw(RangeError, /does not exist/);
    expect(() => parseDate('2016-13')).to.throw(RangeError, /month must be 01–12/);
    expect(() => parseDate('2004-06/2003')).to.throw(RangeError, /ends before it starts/);
    expect(() => parseDate('March 2022')).to.throw(RangeError, /"March 2022"/);
  });
});
