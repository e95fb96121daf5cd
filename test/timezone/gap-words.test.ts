/** Gap words in far-off time zones: date-fns works in UTC, so a day never slips into the next month. */
import { expect } from '@open-wc/testing';
import { gapWordTests } from '../core/gap-words.js';

describe("gap words never shift with the reader's time zone", () => {
  it('runs in an emulated far-off time zone', () => {
    expect(['Pacific/Honolulu', 'Pacific/Kiritimati']).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
  gapWordTests(200);
});
