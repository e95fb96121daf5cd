import { expect } from '@open-wc/testing';
import { eventButtons, istanbulData, mount, next, settle, shadow } from './fixtures.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function render(lang: string | null, width = 1100, dir?: string): Promise<TalksTimeline> {
  const { el, container } = mount(width);
  if (dir) container.setAttribute('dir', dir);
  if (lang) el.setAttribute('lang', lang);
  const loaded = next(el, 'talks-load');
  el.data = await istanbulData();
  await loaded;
  await settle(el);
  return el;
}

const text = (el: TalksTimeline, selector: string) => shadow(el).querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
const markX = (el: TalksTimeline, id: string) => {
  const shape = shadow(el).querySelector(`svg.drawing .mark[data-id="${id}"] .shape`)!;
  const box = shape.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('<talks-timeline> languages', () => {
  it('says dates and its own words in Ukrainian', async () => {
    const el = await render('uk');
    expect(text(el, '.legend-title')).to.equal('Умовні позначення');
    expect(text(el, '.summary')).to.match(/^11 подій: березень 2022 р\. – після 22 червня 2025 р\., 3 доріжки$/);
    const session = eventButtons(el).find((b) => b.dataset.id === 'istanbul-session-2025-05-16')!;
    expect(session.querySelector('time')!.textContent).to.equal('16 травня 2025 р.');
    expect(shadow(el).querySelector('ol.events')!.getAttribute('aria-label')).to.equal('Події за датою');
  });

  it('says dates and its own words in Russian and Turkish', async () => {
    const ru = await render('ru');
    expect(text(ru, '.legend')).to.contain('Условные обозначения').and.contain('приблизительно');
    const resumption = eventButtons(ru).find((b) => b.dataset.id === 'resumption-after-2025-06-22')!;
    expect(resumption.textContent).to.contain('после 22 июня 2025 г.').and.contain('возможно');
    const tr = await render('tr');
    tr.selected = 'istanbul-session-2025-06-02';
    await settle(tr);
    expect(text(tr, '[part="close-button"]')).to.equal('Kapat');
    expect(text(tr, '.card-meta')).to.contain('2 Haziran 2025');
    expect(text(tr, '.summary')).to.match(/^11 olay: Mart 2022 – 22 Haziran 2025 sonrası/);
  });

  it('falls back to English words with dates still localized by Intl', async () => {
    const el = await render('fr');
    expect(text(el, '.legend-title')).to.equal('Key');
    const session = eventButtons(el).find((b) => b.dataset.id === 'istanbul-session-2025-05-16')!;
    expect(session.querySelector('time')!.textContent).to.equal('16 mai 2025');
  });

  it('follows the nearest lang in the page when it has none of its own', async () => {
    const { el, container } = mount(1000);
    container.setAttribute('lang', 'uk');
    const loaded = next(el, 'talks-load');
    el.data = { events: [{ id: 'a', date: '2022-03', title: 'A' }] };
    await loaded;
    await settle(el);
    expect(eventButtons(el)[0].querySelector('time')!.textContent).to.equal('березень 2022 р.');
  });

  it('relabels when lang changes', async () => {
    const el = await render('en-GB');
    const first = () =>
      eventButtons(el)
        .find((b) => b.dataset.id === 'draft-accords-2022')!
        .querySelector('time')!.textContent;
    expect(first()).to.equal('March 2022');
    el.setAttribute('lang', 'tr');
    await settle(el);
    expect(first()).to.equal('Mart 2022');
  });
});

describe('<talks-timeline> right to left', () => {
  for (const [label, lang, dir] of [
    ['an RTL language', 'ar', undefined],
    ['an inherited dir="rtl"', 'en-GB', 'rtl'],
  ] as const) {
    it(`mirrors the layout for ${label}: time runs right to left`, async () => {
      const el = await render(lang, 1100, dir);
      expect(shadow(el).querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
      const early = markX(el, 'istanbul-session-2025-05-16');
      const late = markX(el, 'istanbul-session-2025-06-02');
      const drafts = markX(el, 'draft-accords-2022');
      expect(drafts).to.be.greaterThan(early);
      expect(early).to.be.greaterThan(late + 24);
    });
  }

  it('mirrors arrow keys: ArrowLeft moves to the next event in time', async () => {
    const el = await render('ar');
    const buttons = eventButtons(el);
    buttons[0].focus();
    buttons[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await settle(el);
    expect(shadow(el).activeElement).to.equal(buttons[1]);
  });

  it('keeps the same events and labels without overlap when mirrored', async () => {
    const ltr = await render('en-GB', 900);
    const rtl = await render('en-GB', 900, 'rtl');
    const ids = (el: TalksTimeline) => [...shadow(el).querySelectorAll<SVGGElement>('svg.drawing .mark')].map((g) => g.dataset.id).sort();
    expect(ids(rtl)).to.deep.equal(ids(ltr));
    const boxes = [...shadow(rtl).querySelectorAll<SVGTextElement>('svg.drawing text')]
      .filter((t) => t.textContent!.trim())
      .map((t) => t.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap).to.equal(false);
      }
    }
  });
});
