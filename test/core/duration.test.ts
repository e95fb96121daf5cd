/** Gap words between stretches of time: calendar months and days (date-fns in UTC), not day averages. */
import { expect } from '@open-wc/testing';
import { durationWords } from '../../src/core/format.js';
import { gapWordTests } from './gap-words.js';

describe('durationWords (gaps in calendar units)', () => {
  gapWordTests(400);

  it('says deep time in years, two digits from a million', () => {
    const year = 365.2425 * 86_400_000;
    expect(durationWords(-13.8e9 * year, -4.6e9 * year, 'en')).to.equal('9.2 billion years');
  });
});
