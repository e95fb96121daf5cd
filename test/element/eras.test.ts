/** Eras (issue 9): drawn behind the events, named for screen readers, listed where they start. */
import { expect } from '@open-wc/testing';
import { mountIstanbul, shadow } from './fixtures.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

const istanbul = mountIstanbul;

describe('<talks-timeline> eras', () => {
  it("draws the bundled data's two eras as labelled bands behind every mark, and names them in the summary", async () => {
    const el = await istanbul(1280);
    const svg = shadow(el).querySelector('svg.drawing')!;
    const bands = [...svg.querySelectorAll('.era')];
    expect(bands.map((b) => b.querySelector('text')?.textContent)).to.deep.equal(['2022 talks in Istanbul', '2025 sessions in Istanbul']);
    const firstMark = svg.querySelector('.mark')!;
    for (const band of bands) {
      // Earlier in the SVG is further back: every band precedes every mark.
      expect(band.compareDocumentPosition(firstMark) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    // The 2025 band spans 16 May – 2 June: the first session's mark is inside it, the later "after 22 June" one is not.
    const band2025 = bands[1].querySelector('rect')!.getBoundingClientRect();
    const centre = (id: string) => {
      const r = svg.querySelector(`.mark[data-id="${id}"] .shape`)!.getBoundingClientRect();
      return r.left + r.width / 2;
    };
    expect(centre('istanbul-session-2025-05-16')).to.be.within(band2025.left, band2025.right);
    expect(centre('resumption-after-2025-06-22')).to.be.above(band2025.right);
    const eras = shadow(el).querySelector('[part="eras"]')!.textContent!;
    expect(eras).to.equal('Periods: 2022 talks in Istanbul (2022); 2025 sessions in Istanbul (16 May – 2 June 2025).');
  });

  it('lists each era where it starts in the vertical layout, readable (not hidden from screen readers)', async () => {
    const el = await istanbul(375);
    expect(el.resolvedOrientation).to.equal('vertical');
    const rows = [...shadow(el).querySelectorAll('.events.vertical > li')];
    const eraRows = rows.filter((li) => li.classList.contains('era'));
    expect(eraRows.map((li) => li.textContent!.trim())).to.deep.equal([
      'Period: 2022 talks in Istanbul, 2022',
      'Period: 2025 sessions in Istanbul, 16 May – 2 June 2025',
    ]);
    for (const li of eraRows) expect(li.closest('[aria-hidden="true"]')).to.equal(null);
    // The 2025 era comes right before the first event on or after 16 May 2025.
    const next2025 = rows.slice(rows.indexOf(eraRows[1]) + 1).find((li) => li.getAttribute('data-id'));
    expect(next2025!.getAttribute('data-id')).to.equal('istanbul-session-2025-05-16');
  });
});
