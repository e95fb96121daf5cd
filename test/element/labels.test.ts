import { expect } from '@open-wc/testing';
import { mount, mountIstanbul, next, settle, shadow } from './fixtures.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { waitFor } from '../helpers.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

function overlaps(a: DOMRect, b: DOMRect): boolean {
  const e = 0.5;
  return a.left < b.right - e && b.left < a.right - e && a.top < b.bottom - e && b.top < a.bottom - e;
}

function expectNoOverlap(elements: Element[]) {
  const boxes = elements.map((t) => t.getBoundingClientRect());
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i], boxes[j]), `"${elements[i].textContent}" overlaps "${elements[j].textContent}"`).to.equal(false);
    }
  }
}

const istanbul = mountIstanbul;

const center = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

describe('<talks-timeline> on the Istanbul data at phone to desktop widths', () => {
  for (const width of [320, 375, 768, 1280]) {
    it(`${width} px: labels apart, the two 2025 sessions at least 24 px apart, 2022 and 2025 split by a labelled break`, async () => {
      const el = await istanbul(width);
      const root = shadow(el);
      const vertical = width < 576;
      expect(el.resolvedOrientation).to.equal(vertical ? 'vertical' : 'horizontal');
      if (vertical) {
        expect(root.querySelector('svg.drawing')).to.equal(null);
        const rows = [...root.querySelectorAll('.events.vertical > li')];
        expectNoOverlap([...root.querySelectorAll('.events.vertical li > button, .events.vertical li.year, .events.vertical li.break')]);
        const dot = (id: string) => center(root.querySelector(`.events.vertical li[data-id="${id}"] .dot`)!.getBoundingClientRect());
        expect(dot('istanbul-session-2025-06-02').y - dot('istanbul-session-2025-05-16').y).to.be.at.least(24);
        const drafts = rows.findIndex((r) => r.getAttribute('data-id') === 'draft-accords-2022');
        const brk = rows.findIndex((r) => r.classList.contains('break'));
        const next2025 = rows.findIndex((r, i) => i > drafts && r.hasAttribute('data-id'));
        expect(drafts).to.be.below(brk);
        expect(brk).to.be.below(next2025);
        expect(rows[brk].textContent!.trim()).to.equal('3 years');
        for (const button of root.querySelectorAll('.events.vertical li > button')) {
          expect(button.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      } else {
        const svg = root.querySelector('svg.drawing')!;
        expect(svg.getBoundingClientRect().width).to.be.within(width - 1, width + 1);
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent!.trim());
        expect(texts.length).to.be.greaterThan(20);
        expectNoOverlap(texts);
        const x = (id: string) => center(root.querySelector(`svg.drawing .mark[data-id="${id}"] .shape`)!.getBoundingClientRect()).x;
        expect(x('istanbul-session-2025-06-02') - x('istanbul-session-2025-05-16')).to.be.at.least(24);
        const breakLabels = [...svg.querySelectorAll('.break-label')];
        expect(breakLabels.map((b) => b.textContent)).to.deep.equal(['3 years']);
        const b = center(breakLabels[0].getBoundingClientRect()).x;
        expect(x('draft-accords-2022')).to.be.below(b);
        expect(x('istanbul-session-2025-05-16')).to.be.above(b);
      }
    });
  }

  it('switches orientation live as the component is resized, and honours orientation=', async () => {
    await executeServerCommand('bring-to-front');
    const el = await istanbul(1000);
    expect(el.resolvedOrientation).to.equal('horizontal');
    el.parentElement!.style.width = '360px';
    await waitFor(() => el.resolvedOrientation === 'vertical');
    expect(shadow(el).querySelector('.events.vertical')).to.not.equal(null);
    el.setAttribute('orientation', 'horizontal');
    await settle(el);
    expect(shadow(el).querySelector('svg.drawing')).to.not.equal(null);
    el.parentElement!.style.width = '1000px';
    await waitFor(() => el.clientWidth === 1000);
    el.setAttribute('orientation', 'vertical');
    await settle(el);
    expect(el.resolvedOrientation).to.equal('vertical');
  });

  it('opens the selected event inside its card in the vertical layout', async () => {
    const el = await istanbul(375);
    const button = shadow(el).querySelector<HTMLButtonElement>('.events.vertical button[data-id="istanbul-session-2025-06-02"]')!;
    button.click();
    await settle(el);
    const li = button.closest('li')!;
    expect(li.querySelector('[part="details"] h4')!.textContent).to.equal('Russian demands');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).getElementById(button.getAttribute('aria-controls')!)).to.equal(li.querySelector('#details'));
  });
});

describe('<talks-timeline> headlines are whole on a desktop and a tablet', () => {
  for (const lang of ['en', 'uk'])
    for (const width of [1280, 1120, 768, 736]) {
      it(`${lang}, ${width} px: every title drawn whole, on lines that stay inside the drawing and meet nothing`, async () => {
        const { el } = mount(width);
        el.setAttribute('lang', lang);
        const loaded = next(el, 'talks-load');
        const data = await (await fetch(lang === 'en' ? '/data/istanbul-talks.json' : `/data/istanbul-talks.${lang}.json`)).json();
        el.data = data;
        await loaded;
        await settle(el);
        const svg = shadow(el).querySelector('svg.drawing')!;
        const frame = svg.getBoundingClientRect();
        const titles = new Map<string, string>(data.events.map((e: { id: string; title: string }) => [e.id, e.title]));
        const marks = [...svg.querySelectorAll<SVGGElement>('.mark')];
        expect(marks.map((g) => g.dataset.id).sort()).to.deep.equal([...titles.keys()].sort());
        const lines: Element[] = [];
        for (const g of marks) {
          const title = g.querySelector('.title')!;
          expect(title.textContent, `title of ${g.dataset.id}`).to.equal(titles.get(g.dataset.id!));
          const spans = [...title.querySelectorAll('tspan')];
          expect(spans.length).to.be.within(1, 3);
          for (const span of spans) {
            const box = span.getBoundingClientRect();
            expect(box.left, `"${span.textContent}" starts inside`).to.be.at.least(frame.left - 0.5);
            expect(box.right, `"${span.textContent}" ends inside`).to.be.at.most(frame.right + 0.5);
            expect(box.bottom).to.be.at.most(frame.bottom + 0.5);
          }
          lines.push(...spans, g.querySelector('.date')!);
        }
        expect(svg.textContent).to.not.contain('…');
        expectNoOverlap(lines);
      });
    }
});
