import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { istanbulData, mount, next, settle, shadow } from './fixtures.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

/** Each zone with its UTC offset on 1 January 2025, as getTimezoneOffset() says it (minutes west of UTC). */
const OFFSETS: Record<string, number> = {
  'Pacific/Honolulu': 600,
  'Pacific/Kiritimati': -840,
  'America/New_York': 300,
  'Asia/Kolkata': -330,
};
const ZONES = Object.keys(OFFSETS);

/** Everything a reader sees of the dates: event words with their datetimes, mark and label positions, ticks, breaks. */
function fingerprint(el: TalksTimeline): string {
  const root = shadow(el);
  const events = [...root.querySelectorAll('.events button')].map((b) => ({
    text: b.textContent!.replace(/\s+/g, ' ').trim(),
    datetimes: [...b.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
  }));
  const marks = [...root.querySelectorAll<SVGGElement>('svg.drawing .mark')].map((g) => {
    const shape = g.querySelector('.shape')!;
    const attrs = ['cx', 'x', 'width'].map((a) => shape.getAttribute(a));
    return [
      g.dataset.id,
      g.getAttribute('transform'),
      ...attrs,
      g.querySelector('.date')!.textContent,
      g.querySelector('.date')!.getAttribute('x'),
    ];
  });
  const ticks = [...root.querySelectorAll('svg.drawing .tick-label, svg.drawing .break-label')].map((t) => [
    t.textContent,
    t.getAttribute('x'),
  ]);
  return JSON.stringify({ events, marks, ticks });
}

describe('the bundled data reads and sits the same in every time zone', () => {
  after(async () => {
    await executeServerCommand('set-timezone', {});
  });

  it(`renders identical date labels and positions in ${ZONES.join(', ')}`, async () => {
    const data = await istanbulData();
    const prints: string[] = [];
    for (const zone of ZONES) {
      await executeServerCommand('set-timezone', { zone });
      expect(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset(), zone).to.equal(OFFSETS[zone]);
      const { el, container } = mount(1000);
      el.setAttribute('lang', 'en-GB');
      const loaded = next(el, 'talks-load');
      el.data = data;
      await loaded;
      await settle(el);
      prints.push(fingerprint(el));
      container.remove();
    }
    expect(prints[0]).to.contain('16 May 2025').and.contain('March 2022');
    for (let i = 1; i < prints.length; i++) expect(prints[i], ZONES[i]).to.equal(prints[0]);
  });
});
