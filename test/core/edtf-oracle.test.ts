/**
 * The `edtf` npm package (edtf.js) as a test oracle for `parseDate`: every valid
 * corpus entry (test/fixtures/edtf-examples.json) must get exactly the oracle's
 * `min`/`max`, except for a small table of deliberate differences, each checked
 * to still be a difference.
 */
import { expect } from '@open-wc/testing';
// @ts-expect-error -- `edtf` ships no type declarations; `Oracle` below types the part we use.
import edtfUntyped, { defaults as edtfDefaultsUntyped } from 'edtf';
import { parseDate } from '../../src/core/edtf.js';

interface Example {
  input: string;
  valid: boolean;
  meaning: string;
  level: 0 | 1 | null;
}
interface OracleValue {
  type: string;
  min: number | null;
  max: number | null;
}
type Oracle = (text: string, constraints?: { level?: number }) => OracleValue;
type Bounds = [min: number | null, max: number | null];

const edtf = edtfUntyped as Oracle;
/** edtf's mutable defaults; `offset` (minutes east of UTC) is the zone it reads offset-less times in. */
const edtfDefaults = edtfDefaultsUntyped as { offset: boolean | number };

/**
 * The oracle limited to EDTF level 0–1, like our parser. (Its default, level 2,
 * accepts sets, per-part qualifiers, 2XXX…; and its one-argument form reads any
 * string of 5+ digits, such as "12345", as Unix milliseconds.)
 */
const oracle = (text: string): OracleValue => edtf(text, { level: 1 });

/**
 * edtf reads a date-time without an offset in the local zone of the machine;
 * pin that zone to UTC+10:00 (its own `defaults.offset` setting) so this test
 * means the same on every machine, including ones running in UTC.
 */
const ORACLE_LOCAL_OFFSET_MINUTES = 10 * 60;
const HOUR = 3_600_000;

/** Valid inputs where we deliberately differ from the oracle (input → reason). */
const DELIBERATE: Record<string, string> = {
  '1985-04-12T23:20:30':
    'no offset: edtf reads it in the time zone of the machine running it; we keep the wall-clock time as UTC so it never shifts between viewers',
  '2016-05-02T16:54:59.042':
    'no offset: edtf reads it in the time zone of the machine running it; we keep the wall-clock time as UTC so it never shifts between viewers',
  '2010-21':
    'season: edtf maps 21–24 to calendar quarters (21 = January–March); we use meteorological northern seasons (spring = March–May)',
  '2001-22':
    'season: edtf maps 21–24 to calendar quarters (22 = April–June); we use meteorological northern seasons (summer = June–August)',
  '2001-23':
    'season: edtf maps 21–24 to calendar quarters (23 = July–September); we use meteorological northern seasons (autumn = September–November)',
  '2001-24':
    'season: edtf maps 21–24 to calendar quarters (24 = October–December); we use meteorological northern seasons (winter = December–February of the next year)',
  '2023-24': 'season: edtf maps 24 to October–December; our winter 2023 runs from December 2023 to the leap day 29 February 2024',
  '0000-02-29':
    'edtf builds dates with Date.UTC, which reads year 0 as 1900, a common year, so it rolls 29 February of year zero over to 1 March; year 0 is divisible by 400, a leap year',
  '2025-05-16T12:00:00.4Z':
    'fractional seconds: edtf reads the digits after the point as whole milliseconds (.4 = 4 ms); ISO 8601 makes them a decimal fraction of a second (.4 = 400 ms)',
  '2025-05-16T12:00:00.29Z':
    'fractional seconds: edtf reads the digits after the point as whole milliseconds (.29 = 29 ms); ISO 8601 makes them a decimal fraction of a second (.29 = 290 ms)',
  Y170000002:
    'beyond the ±275,760-year range of JS Date: edtf gives NaN; we compute proleptic Gregorian epoch ms (a float this large rounds max to the next year’s first ms)',
  'Y-170000002':
    'beyond the ±275,760-year range of JS Date: edtf gives NaN; we compute proleptic Gregorian epoch ms (a float this large rounds max to the next year’s first ms)',
};

/** Epoch ms of 1 January of any proleptic Gregorian year, in exact integer arithmetic, rounded once. */
function yearStart(year: number): bigint {
  const floorDiv = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
  const leapsThrough = (y: bigint) => floorDiv(y, 4n) - floorDiv(y, 100n) + floorDiv(y, 400n);
  const y = BigInt(year);
  const days = 365n * (y - 1970n) + leapsThrough(y - 1n) - leapsThrough(1969n);
  return days * 86_400_000n;
}
const yearBounds = (year: number): Bounds => [Number(yearStart(year)), Number(yearStart(year + 1) - 1n)];

/** First and last ms of a UTC day in any year (Date.UTC would read years 0–99 as 1900–1999). */
function dayBounds(year: number, month: number, day: number): Bounds {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return [date.getTime(), date.getTime() + 86_400_000 - 1];
}
const instant = (ms: number): Bounds => [ms, ms];

/** For each deliberate difference: what we give, and what the oracle gives (so the reason stays true). */
const EXPECTED: Record<string, { ours: Bounds; oracle: Bounds }> = {
  '1985-04-12T23:20:30': {
    ours: [Date.UTC(1985, 3, 12, 23, 20, 30), Date.UTC(1985, 3, 12, 23, 20, 30)],
    oracle: [Date.UTC(1985, 3, 12, 23, 20, 30) - 10 * HOUR, Date.UTC(1985, 3, 12, 23, 20, 30) - 10 * HOUR],
  },
  '2016-05-02T16:54:59.042': {
    ours: [Date.UTC(2016, 4, 2, 16, 54, 59, 42), Date.UTC(2016, 4, 2, 16, 54, 59, 42)],
    oracle: [Date.UTC(2016, 4, 2, 16, 54, 59, 42) - 10 * HOUR, Date.UTC(2016, 4, 2, 16, 54, 59, 42) - 10 * HOUR],
  },
  '2010-21': { ours: [Date.UTC(2010, 2, 1), Date.UTC(2010, 5, 1) - 1], oracle: [Date.UTC(2010, 0, 1), Date.UTC(2010, 3, 1) - 1] },
  '2001-22': { ours: [Date.UTC(2001, 5, 1), Date.UTC(2001, 8, 1) - 1], oracle: [Date.UTC(2001, 3, 1), Date.UTC(2001, 6, 1) - 1] },
  '2001-23': { ours: [Date.UTC(2001, 8, 1), Date.UTC(2001, 11, 1) - 1], oracle: [Date.UTC(2001, 6, 1), Date.UTC(2001, 9, 1) - 1] },
  '2001-24': { ours: [Date.UTC(2001, 11, 1), Date.UTC(2002, 2, 1) - 1], oracle: [Date.UTC(2001, 9, 1), Date.UTC(2002, 0, 1) - 1] },
  '2023-24': { ours: [Date.UTC(2023, 11, 1), Date.UTC(2024, 2, 1) - 1], oracle: [Date.UTC(2023, 9, 1), Date.UTC(2024, 0, 1) - 1] },
  '0000-02-29': { ours: dayBounds(0, 2, 29), oracle: dayBounds(0, 3, 1) },
  '2025-05-16T12:00:00.4Z': { ours: instant(Date.UTC(2025, 4, 16, 12, 0, 0, 400)), oracle: instant(Date.UTC(2025, 4, 16, 12, 0, 0, 4)) },
  '2025-05-16T12:00:00.29Z': { ours: instant(Date.UTC(2025, 4, 16, 12, 0, 0, 290)), oracle: instant(Date.UTC(2025, 4, 16, 12, 0, 0, 29)) },
  Y170000002: { ours: yearBounds(170_000_002), oracle: [NaN, NaN] },
  'Y-170000002': { ours: yearBounds(-170_000_002), oracle: [NaN, NaN] },
};

/**
 * Invalid corpus entries that the oracle (edtf 4.11.1, level 1) wrongly accepts;
 * only skipped, not asserted, so an edtf release that fixes them breaks nothing:
 *   'XXXX'                      a fully unspecified year (level 1 allows one or two trailing X only)
 *   '19'                        a two-digit century: ISO 8601-1 reduced precision, not an EDTF level 0–1 form (edtf reads the 1900s)
 *   '1985-04-12T23:20'          a time without seconds
 *   '2004-02-01T10:10:10/2005'  a time of day inside a level 0/1 interval
 *   '2015-02-29'                29 February of a common year (rolls over to 2015-03-01)
 *   '1900-02-29'                29 February of a century year not divisible by 400 (rolls over to 1 March)
 *   '-0100-02-29'               29 February of year -100, likewise a common year (rolls over to 1 March)
 *   '/'                         an interval with both ends unknown, which says nothing (edtf gives null/null)
 */
const ORACLE_ACCEPTS_INVALID = new Set([
  'XXXX',
  '19',
  '1985-04-12T23:20',
  '2004-02-01T10:10:10/2005',
  '2015-02-29',
  '1900-02-29',
  '-0100-02-29',
  '/',
]);

const ours = (input: string): Bounds => {
  const span = parseDate(input);
  return [span.min, span.max];
};
const theirs = (input: string): Bounds => {
  const value = oracle(input);
  return [value.min, value.max];
};

describe('parseDate against the edtf package (oracle)', () => {
  let examples: Example[];
  let savedOffset: boolean | number;

  before(async () => {
    examples = await (await fetch('/test/fixtures/edtf-examples.json')).json();
    savedOffset = edtfDefaults.offset;
    edtfDefaults.offset = ORACLE_LOCAL_OFFSET_MINUTES;
  });

  after(() => {
    edtfDefaults.offset = savedOffset;
  });

  it('gives every valid corpus entry the oracle’s min and max, except the deliberate differences', () => {
    const valid = examples.filter((ex) => ex.valid);
    expect(valid.length).to.be.greaterThan(40);
    let compared = 0;
    for (const ex of valid) {
      if (ex.input in DELIBERATE) continue;
      expect(ours(ex.input), `${ex.input}: ${ex.meaning}`).to.deep.equal(theirs(ex.input));
      compared++;
    }
    expect(compared).to.equal(valid.length - Object.keys(DELIBERATE).length);
  });

  it('keeps the table of deliberate differences true: each is a valid entry, and the oracle really differs as stated', () => {
    expect(Object.keys(EXPECTED)).to.have.members(Object.keys(DELIBERATE));
    const validInputs = new Set(examples.filter((ex) => ex.valid).map((ex) => ex.input));
    for (const [input, why] of Object.entries(DELIBERATE)) {
      expect(validInputs.has(input), `${input} should be a valid corpus entry`).to.equal(true);
      expect(ours(input), `ours for ${input} (${why})`).to.deep.equal(EXPECTED[input].ours);
      expect(theirs(input), `the oracle for ${input} (${why})`).to.deep.equal(EXPECTED[input].oracle);
      expect(theirs(input), `${input} no longer differs: drop it from DELIBERATE`).not.to.deep.equal(ours(input));
    }
  });

  it('sees the oracle reject the invalid corpus entries, apart from the ones it is known to accept', () => {
    const invalid = examples.filter((ex) => !ex.valid);
    expect(invalid.length).to.be.greaterThan(30);
    for (const ex of invalid) {
      if (ORACLE_ACCEPTS_INVALID.has(ex.input)) continue;
      expect(() => oracle(ex.input), `the oracle should reject ${JSON.stringify(ex.input)} (${ex.meaning})`).to.throw();
    }
  });
});
