/** Every reader (issue 5): keyboard, screen readers, story mode, deep links, list view, themes. */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { eventButtons, istanbulData, mount, next, settle, shadow } from './fixtures.js';
import { waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

const JUNE_2 = 'istanbul-session-2025-06-02';

// Real input (wheel, keys) reaches only the visible tab: the runner has two pages open at once.
beforeEach(() => executeServerCommand('bring-to-front'));

afterEach(async () => {
  document.body.querySelectorAll('div, button.before').forEach((d) => d.remove());
  await executeServerCommand('media-features', { features: [] });
  history.replaceState(null, '', location.pathname + location.search);
});

async function istanbul(width = 1280, setup?: (el: TalksTimeline) => void) {
  const m = mount(width);
  m.el.setAttribute('lang', 'en-GB');
  setup?.(m.el);
  const loaded = next(m.el, 'talks-load');
  m.el.data = await istanbulData();
  await loaded;
  await settle(m.el);
  return m;
}

const focusedId = (el: TalksTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id ?? null;
const said = (el: TalksTimeline) => shadow(el).querySelector('[role="status"].said')!.textContent!.trim();

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}
function flatten(node: AxNode | null, out: AxNode[] = []): AxNode[] {
  if (!node) return out;
  out.push(node);
  for (const c of node.children ?? []) flatten(c, out);
  return out;
}

describe('keyboard', () => {
  it('walks every event with Tab and the arrow keys, opens one with Enter, closes it with Escape, focus back on the event', async () => {
    const before = document.createElement('button');
    before.className = 'before';
    before.textContent = 'before';
    document.body.prepend(before);
    const { el } = await istanbul();
    const order = el.shownEvents.map((e) => e.id);
    before.focus();
    // Past the tools (list view, zoom in: the disabled zoom buttons are skipped), one tab stop on the first event.
    for (const part of ['list-toggle', null]) {
      await sendKeys({ press: 'Tab' });
      if (part) expect((shadow(el).activeElement as HTMLElement).getAttribute('part')).to.equal(part);
    }
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal(order[0]);
    const reached = [focusedId(el)];
    for (let i = 1; i < order.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      reached.push(focusedId(el));
    }
    expect(reached).to.deep.equal(order);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal(order[order.length - 1]);
    expect(shadow(el).querySelector('[part="details"]')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.selected).to.equal(null);
    expect(focusedId(el)).to.equal(order[order.length - 1]);
    // The events are one tab stop: the next Tab leaves the timeline.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(null);
  });

  it('moves by axis segment with PageDown and PageUp: 2022, then the first event of 2025', async () => {
    const { el } = await istanbul();
    const order = el.shownEvents.map((e) => e.id);
    const first2025 = el.shownEvents.findIndex((e) => e.date.startsWith('2025'));
    eventButtons(el)[0].focus();
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(focusedId(el)).to.equal(order[first2025]);
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(focusedId(el), 'the last stretch: PageDown goes to its end').to.equal(order[order.length - 1]);
    await sendKeys({ press: 'PageUp' });
    await settle(el);
    expect(focusedId(el), 'PageUp goes to the start of the stretch').to.equal(order[first2025]);
    await sendKeys({ press: 'PageUp' });
    await settle(el);
    expect(focusedId(el)).to.equal(order[0]);
  });

  it('two timelines on one page: keys in one never move the other', async () => {
    const a = await istanbul();
    const b = await istanbul();
    const bFocusBefore = eventButtons(b.el).find((x) => x.tabIndex === 0)!.dataset.id;
    eventButtons(a.el)[0].focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'End', '+', 'Enter']) await sendKeys({ press: key });
    await settle(a.el);
    await settle(b.el);
    expect(a.el.selected).to.not.equal(null);
    expect(a.el.zoom.k).to.be.greaterThan(1);
    expect(b.el.selected).to.equal(null);
    expect(b.el.zoom).to.deep.equal({ k: 1, x: 0 });
    expect(eventButtons(b.el).find((x) => x.tabIndex === 0)!.dataset.id).to.equal(bFocusBefore);
  });
});

describe('screen readers', () => {
  it('hear each event once, in date order, with its date words, and a summary', async () => {
    const { el } = await istanbul();
    const tree = (await executeServerCommand('a11y-snapshot')) as unknown as AxNode;
    const nodes = flatten(tree);
    const events = el.shownEvents;
    const names = nodes.filter((n) => n.role === 'button').map((n) => n.name ?? '');
    const positions = events.map((e) => {
      const hits = names.filter((n) => n.startsWith(`${e.title},`));
      expect(hits, `"${e.title}" is heard once`).to.have.length(1);
      return names.indexOf(hits[0]);
    });
    expect(positions).to.deep.equal([...positions].sort((p, q) => p - q));
    expect(names.find((n) => n.startsWith('Second 2025 session')))
      .to.contain('2 June 2025')
      .and.contain('Negotiations');
    expect(names.find((n) => n.startsWith('Possible resumption')))
      .to.contain('after 22 June 2025')
      .and.contain('possible');
    expect(names.find((n) => n.startsWith('Independent estimates'))).to.contain('about May 2025');
    const text = nodes.map((n) => n.name ?? '').join('\n');
    expect(text).to.contain('11 events from March 2022 to after 22 June 2025 in 3 tracks');
  });

  it('are told, politely and once, what a zoom shows and which event a step selected', async () => {
    const { el } = await istanbul();
    expect(shadow(el).querySelector('.said')!.getAttribute('role')).to.equal('status');
    // Three quick zooms: one announcement, of the last view.
    const zoomIn = shadow(el).querySelector<HTMLButtonElement>('[part="zoom"] button')!;
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(said(el)));
    observer.observe(shadow(el).querySelector('.said')!, { childList: true, characterData: true, subtree: true });
    zoomIn.click();
    await settle(el);
    zoomIn.click();
    await settle(el);
    el.zoomTo('2025-05-10', '2025-06-10');
    await waitFor(() => said(el));
    observer.disconnect();
    expect(changes.filter(Boolean)).to.have.length(1);
    expect(said(el)).to.match(/^Showing .*May.*June 2025$/);
    el.selected = JUNE_2;
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="previous-button"]')!.click();
    await waitFor(() => (said(el).startsWith('about June') || said(el).includes(',') ? said(el) : null));
    const previous = el.shownEvents[el.shownEvents.findIndex((e) => e.id === JUNE_2) - 1];
    expect(said(el)).to.equal(`${previous.title}, about June 2025`);
  });
});

describe('story mode', () => {
  it('steps through the events from the details card; selected follows and focus stays on the step button', async () => {
    const { el, fired } = await istanbul();
    const order = el.shownEvents.map((e) => e.id);
    el.selected = order[0];
    await settle(el);
    const card = () => shadow(el).querySelector('[part="details"]')!;
    expect(card().querySelector<HTMLButtonElement>('[part="previous-button"]')!.disabled).to.equal(true);
    expect(card().textContent).to.contain(`1 of ${order.length}`);
    card().querySelector<HTMLButtonElement>('[part="next-button"]')!.focus();
    for (let i = 1; i < order.length; i++) {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.getAttribute('selected')).to.equal(order[i]);
      expect(card().querySelector('h3')!.textContent).to.equal(el.shownEvents[i].title);
    }
    expect(card().textContent).to.contain(`${order.length} of ${order.length}`);
    expect(card().querySelector<HTMLButtonElement>('[part="next-button"]')!.disabled).to.equal(true);
    expect(fired.filter((e) => e.type === 'talks-select').map((e) => (e.detail as { id: string }).id)).to.deep.equal(order.slice(1));
  });

  it('steps in the vertical list too, with focus on the step button in the moved card', async () => {
    const { el } = await istanbul(375);
    el.selected = JUNE_2;
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="previous-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const active = shadow(el).activeElement as HTMLElement;
    expect(active.getAttribute('part')).to.equal('previous-button');
    expect(active.closest('li')!.dataset.id).to.equal(el.selected);
  });
});

describe('deep links (link attribute)', () => {
  it('keeps the selection in the URL hash and opens on the event a shared link names', async () => {
    const { el } = await istanbul(1280, (t) => t.setAttribute('link', ''));
    el.selected = JUNE_2;
    await settle(el);
    expect(location.hash).to.equal(`#${JUNE_2}`);
    el.selected = null;
    await settle(el);
    expect(location.hash).to.equal('');
    // A shared link: the page opens with the hash.
    history.replaceState(null, '', `#${JUNE_2}`);
    const { el: opened } = await istanbul(1280, (t) => {
      t.link = true;
    });
    expect(opened.selected).to.equal(JUNE_2);
    // Following a link on the page to another event.
    location.hash = '#istanbul-session-2025-05-16';
    await waitFor(() => opened.selected === 'istanbul-session-2025-05-16');
  });

  it('leaves other hashes alone, and does nothing without the attribute', async () => {
    history.replaceState(null, '', '#comments');
    const { el } = await istanbul(1280, (t) => {
      t.link = true;
    });
    expect(el.selected).to.equal(null);
    expect(location.hash).to.equal('#comments');
    const { el: plain } = await istanbul();
    plain.selected = JUNE_2;
    await settle(plain);
    expect(location.hash).to.equal('#comments');
  });
});

describe('list view', () => {
  it('the toggle shows the same events as a plain list, and back', async () => {
    const { el } = await istanbul();
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="list-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(el);
    expect(el.getAttribute('view')).to.equal('list');
    expect(shadow(el).querySelector('svg.drawing')).to.equal(null);
    const items = [...shadow(el).querySelectorAll<HTMLLIElement>('.events.vertical li[data-id]')];
    expect(items.map((li) => li.dataset.id)).to.deep.equal(el.shownEvents.map((e) => e.id));
    expect(items.every((li) => li.getBoundingClientRect().height > 0)).to.equal(true);
    expect(shadow(el).querySelector('[part="list-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part="list-toggle"]')!.click();
    await settle(el);
    expect(shadow(el).querySelector('svg.drawing')).to.not.equal(null);
  });
});

describe('looks', () => {
  const colors = (el: TalksTimeline) => {
    const style = getComputedStyle(el);
    return { text: style.color, background: style.backgroundColor };
  };

  it("follows the reader's colour scheme unless theme says otherwise", async () => {
    await executeServerCommand('media-features', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const { el } = await istanbul();
    const dark = colors(el);
    expect(dark.background).to.equal('rgb(21, 23, 26)');
    el.theme = 'light';
    await settle(el);
    expect(colors(el).background).to.equal('rgb(255, 255, 255)');
    await executeServerCommand('media-features', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    el.theme = 'dark';
    await settle(el);
    expect(colors(el)).to.deep.equal(dark);
  });

  for (const [label, setup] of [
    ['default', () => {}],
    [
      'selected',
      (el: TalksTimeline) => {
        el.selected = JUNE_2;
      },
    ],
    ['zoomed', (el: TalksTimeline) => el.zoomTo('2025-05', '2025-06')],
    [
      'dark, selected',
      (el: TalksTimeline) => {
        el.theme = 'dark';
        el.selected = JUNE_2;
      },
    ],
    [
      'dark, list view',
      (el: TalksTimeline) => {
        el.theme = 'dark';
        el.view = 'list';
      },
    ],
    [
      'right to left, selected',
      (el: TalksTimeline) => {
        el.setAttribute('lang', 'ar');
        el.selected = JUNE_2;
      },
    ],
  ] as const) {
    it(`has no axe violations: ${label}`, async () => {
      const { el } = await istanbul();
      setup(el);
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations in the vertical layout, dark', async () => {
    const { el } = await istanbul(375, (t) => {
      t.theme = 'dark';
    });
    el.selected = JUNE_2;
    await settle(el);
    expect(el.resolvedOrientation).to.equal('vertical');
    await expect(el).to.be.accessible();
  });

  it('uses the system colours under forced colours, marks and text alike', async () => {
    await executeServerCommand('media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    const { el } = await istanbul();
    const text = getComputedStyle(shadow(el).querySelector('.summary')!).color;
    const shapes = [...shadow(el).querySelectorAll<SVGElement>('svg.drawing .mark.point .shape')];
    expect(shapes.length).to.be.greaterThan(0);
    for (const s of shapes) expect(getComputedStyle(s).fill).to.equal(text);
    const dot = shadow(el).querySelector('.legend .point .dot')!;
    expect(getComputedStyle(dot).backgroundColor).to.equal(text);
  });

  it('under reduced motion, zoom is instant: the view is drawn at once', async () => {
    await executeServerCommand('media-features', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const { el } = await istanbul();
    const before = shadow(el).querySelector<SVGGElement>(`svg.drawing .mark[data-id="${JUNE_2}"] .shape`)!.getBoundingClientRect().x;
    shadow(el).querySelector<HTMLButtonElement>('[part="zoom"] button')!.click();
    await el.updateComplete;
    const after = shadow(el).querySelector<SVGGElement>(`svg.drawing .mark[data-id="${JUNE_2}"] .shape`)!.getBoundingClientRect().x;
    expect(after).to.not.equal(before);
    const animated = [...shadow(el).querySelectorAll('*')].filter((n) =>
      getComputedStyle(n)
        .transitionDuration.split(',')
        .some((d) => parseFloat(d) > 0),
    );
    expect(animated).to.deep.equal([]);
  });
});
