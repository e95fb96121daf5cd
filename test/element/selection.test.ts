import { expect } from '@open-wc/testing';
import { eventButtons, istanbulData, mount, next, settle, shadow } from './fixtures.js';
import type { TalksSelectDetail } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function istanbul(width = 1280) {
  const m = mount(width);
  m.el.setAttribute('lang', 'en-GB');
  const loaded = next(m.el, 'talks-load');
  m.el.data = await istanbulData();
  await loaded;
  await settle(m.el);
  return m;
}

describe('<talks-timeline> selection and details', () => {
  it('selects an event on a click on its mark, fires talks-select and reflects `selected`', async () => {
    const { el } = await istanbul();
    const selected = next<TalksSelectDetail>(el, 'talks-select');
    shadow(el)
      .querySelector<SVGGElement>('svg.drawing .mark[data-id="istanbul-session-2025-06-02"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ id: 'istanbul-session-2025-06-02' });
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('istanbul-session-2025-06-02');
    const card = shadow(el).querySelector('[part="details"]')!;
    expect(card.querySelector('h3')!.textContent).to.contain('Istanbul');
    expect(card.querySelector('.card-meta')!.textContent).to.contain('2 June 2025');
    const headings = [...card.querySelectorAll('h4')].map((h) => h.textContent);
    expect(headings.some((h) => /Russian demands/i.test(h!))).to.equal(true);
    expect(headings.some((h) => /Ukrainian proposals/i.test(h!))).to.equal(true);
    expect(card.querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-02');
    expect(card.textContent).to.contain('Istanbul');
  });

  it('opens the details named by the selected attribute, and only http(s) sources become links', async () => {
    const { el } = mount();
    el.setAttribute('selected', 'e1');
    const loaded = next(el, 'talks-load');
    el.data = {
      events: [
        {
          id: 'e1',
          date: '2025-05-16',
          title: 'Session',
          summary: 'No ceasefire.',
          location: 'Istanbul',
          participants: ['Ukrainian delegation', 'Russian delegation'],
          sources: [
            { name: 'Good', url: 'https://example.org/a' },
            { name: 'Bad', url: 'javascript:alert(1)' },
          ],
        },
      ],
    };
    await loaded;
    await settle(el);
    const card = shadow(el).querySelector('[part="details"]')!;
    expect(card.textContent).to.contain('No ceasefire.').and.contain('Ukrainian delegation, Russian delegation');
    const links = [...card.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a']);
    expect(card.textContent).to.contain('Bad');
  });

  it('is one tab stop; arrows move between events in date order; Enter selects; Escape closes', async () => {
    const { el } = await istanbul();
    const buttons = eventButtons(el);
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons[0].focus();
    buttons[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(el);
    expect(shadow(el).activeElement).to.equal(buttons[1]);
    expect(shadow(el).querySelector(`svg.drawing .mark.focused`)!.getAttribute('data-id')).to.equal(buttons[1].dataset.id);
    buttons[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await settle(el);
    expect(shadow(el).activeElement).to.equal(buttons[buttons.length - 1]);
    const selected = next<TalksSelectDetail>(el, 'talks-select');
    buttons[buttons.length - 1].click();
    expect((await selected).detail.id).to.equal(buttons[buttons.length - 1].dataset.id);
    await settle(el);
    expect(buttons[buttons.length - 1].getAttribute('aria-expanded')).to.equal('true');
    const cleared = next<TalksSelectDetail>(el, 'talks-select');
    buttons[buttons.length - 1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect((await cleared).detail.id).to.equal(null);
    await settle(el);
    expect(shadow(el).querySelector('[part="details"]')).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('says each event in words: title, date, status and track', async () => {
    const { el } = await istanbul();
    const resumption = eventButtons(el).find((b) => b.dataset.id === 'resumption-after-2025-06-22')!;
    expect(resumption.textContent!.replace(/\s+/g, ' ')).to.match(/after 22 June 2025, possible, Negotiations/);
    const times = [...resumption.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2025-06-22']);
  });
});

describe('<talks-timeline> details card keyboard', () => {
  it('Escape inside the details card closes it and returns focus to the event', async () => {
    const { el } = mount();
    const loaded = next(el, 'talks-load');
    el.data = {
      events: [
        { id: 'a', date: '2025-05-16', title: 'A' },
        { id: 'b', date: '2025-06-02', title: 'B' },
      ],
    };
    await loaded;
    await settle(el);
    const button = shadow(el).querySelector<HTMLButtonElement>('.events button[data-id="b"]')!;
    button.click();
    await settle(el);
    const close = shadow(el).querySelector<HTMLButtonElement>('[part="close-button"]')!;
    close.focus();
    const cleared = next<TalksSelectDetail>(el, 'talks-select');
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect((await cleared).detail.id).to.equal(null);
    await settle(el);
    expect(shadow(el).querySelector('[part="details"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.events button[data-id="b"]'));
  });
});
