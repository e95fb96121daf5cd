import { expect } from '@open-wc/testing';
import { istanbulData, mount, next, settle, shadow } from './fixtures.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

function overlaps(a: DOMRect, b: DOMRect): boolean {
  const e = 0.5;
  return a.left < b.right - e && b.left < a.right - e && a.top < b.bottom - e && b.top < a.bottom - e;
}

describe('<talks-timeline> labels on the Istanbul data', () => {
  for (const width of [1280, 768, 375]) {
    it(`no two visible labels overlap at ${width} px, and the two 2025 sessions are apart`, async () => {
      const { el } = mount(width);
      el.setAttribute('lang', 'en-GB');
      const loaded = next(el, 'talks-load');
      el.data = await istanbulData();
      await loaded;
      await settle(el);
      const svg = shadow(el).querySelector('svg.drawing')!;
      expect(svg.getBoundingClientRect().width).to.be.within(width - 1, width + 1);
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent!.trim());
      expect(texts.length).to.be.greaterThan(20);
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i], boxes[j]), `"${texts[i].textContent}" overlaps "${texts[j].textContent}"`).to.equal(false);
        }
      }
      const x = (id: string) => shadow(el).querySelector(`svg.drawing .mark[data-id="${id}"] .shape`)!.getBoundingClientRect();
      const first = x('istanbul-session-2025-05-16');
      const second = x('istanbul-session-2025-06-02');
      // Wider screens keep the two 2025 sessions 17 days apart visibly apart (phones: issue 4's vertical layout).
      if (width >= 1024) expect(second.left + second.width / 2 - (first.left + first.width / 2)).to.be.at.least(24);
    });
  }
});
