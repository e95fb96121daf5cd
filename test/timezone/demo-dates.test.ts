import { expect } from '@open-wc/testing';
import { loadDemo, timesOf } from '../helpers.js';

// This file runs in two browsers whose pages are pinned to the time zones at either
// end of the clock (UTC−10 and UTC+14): calendar dates must read the same in both.
describe("calendar dates never shift with the reader's time zone", () => {
  it('runs in an emulated far-off time zone', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['Pacific/Honolulu', 'Pacific/Kiritimati']).to.include(zone);
    expect(new Date(Date.UTC(2025, 4, 16)).getTimezoneOffset()).to.not.equal(0);
  });

  it('shows the 16 May 2025 session as 16 May 2025 and the drafts as March 2022 (no day)', async () => {
    const { frame, timeline } = await loadDemo();
    try {
      const [session] = timesOf(timeline, 'istanbul-session-2025-05-16');
      expect(session.textContent).to.equal('16 May 2025');
      expect(session.getAttribute('datetime')).to.equal('2025-05-16');
      const [drafts] = timesOf(timeline, 'draft-accords-2022');
      expect(drafts.textContent).to.equal('March 2022');
      expect(drafts.getAttribute('datetime')).to.equal('2022-03');
    } finally {
      frame.remove();
    }
  });
});
