/**
 * Hostile text in every field (issue 7): script tags, event-handler attributes, javascript:/data: URLs
 * and SVG payloads in our format and in a TimelineJS3 file's HTML. Nothing runs, and no such element,
 * attribute or link appears, in any view.
 */
import { expect } from '@open-wc/testing';
import { mount, next, settle, shadow } from './fixtures.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

const PAYLOADS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<svg onload="window.pwned=1"><circle/></svg>',
  '<a href="javascript:window.pwned=1">x</a>',
  '<a href="data:text/html,<script>window.pwned=1</script>">x</a>',
  '"><iframe src="javascript:window.pwned=1"></iframe>',
  '<p onclick="window.pwned=1" onmouseover="window.pwned=1">p</p>',
];
const hostile = PAYLOADS.join(' ');

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
  delete (window as { pwned?: number }).pwned;
});

function assertInert(el: TalksTimeline): void {
  const all = [...shadow(el).querySelectorAll('*')];
  expect(all.filter((n) => ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(n.tagName.toUpperCase()))).to.deep.equal([]);
  expect(all.filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name))).map((n) => n.outerHTML.slice(0, 80))).to.deep.equal([]);
  const hrefs = all.map((n) => n.getAttribute('href')).filter((h): h is string => h !== null);
  expect(hrefs.filter((h) => !/^(https?:|mailto:)/i.test(h) && !h.startsWith('#'))).to.deep.equal([]);
  // The only SVG is the drawing's own; no <svg> from the data.
  expect(shadow(el).querySelectorAll('svg').length).to.be.at.most(1);
  expect(shadow(el).querySelectorAll('svg svg, .card svg, .events svg').length).to.equal(0);
}

async function views(el: TalksTimeline, id: string): Promise<void> {
  for (const setup of [
    () => {
      el.selected = id;
    },
    () => {
      el.view = 'list';
    },
    () => {
      el.orientation = 'vertical';
      el.view = 'timeline';
    },
  ]) {
    setup();
    await settle(el);
    await new Promise((r) => setTimeout(r, 20));
    assertInert(el);
  }
  expect((window as { pwned?: number }).pwned).to.equal(undefined);
}

describe('hostile text in every field', () => {
  it('our format: runs nothing, makes no element, handler or unsafe link, in every view', async () => {
    const { el } = mount(1280);
    const loaded = next(el, 'talks-load');
    el.data = {
      title: hostile,
      description: hostile,
      lang: 'en',
      tracks: [{ id: 't', label: hostile, color: 'red;background:url(javascript:alert(1))' }],
      events: [
        {
          id: 'e',
          date: '2025-05-16',
          title: hostile,
          summary: hostile,
          displayDate: hostile,
          location: hostile,
          participants: [hostile],
          details: [{ heading: hostile, items: [hostile] }],
          sources: [
            { name: hostile, url: 'javascript:window.pwned=1' },
            { name: hostile, url: 'data:text/html,x' },
          ],
          tags: [hostile],
          track: 't',
        },
        { id: 'f', date: '2025-06-02', title: hostile, track: 't' },
      ],
    };
    await loaded;
    await settle(el);
    assertInert(el);
    await views(el, 'e');
    // The text is all there, as text.
    expect(shadow(el).textContent).to.contain('<script>window.pwned=1</script>');
  });

  it("a TimelineJS3 file's HTML: runs nothing, keeps only safe links", async () => {
    const file = {
      title: { text: { headline: hostile, text: hostile } },
      events: [
        {
          start_date: { year: '2025', month: '5', day: '16' },
          text: { headline: hostile, text: `<p>${hostile}</p><a href="https://example.org">ok</a>` },
          media: { url: 'javascript:window.pwned=1', caption: hostile, credit: hostile },
          group: hostile,
          unique_id: 'a',
        },
        { start_date: { year: '2025', month: '6' }, text: { headline: 'second', text: hostile }, display_date: hostile, unique_id: 'b' },
      ],
    };
    const { el } = mount(1280);
    const loaded = next(el, 'talks-load');
    el.data = file as never;
    await loaded;
    await settle(el);
    assertInert(el);
    await views(el, 'a');
    el.orientation = 'horizontal';
    el.selected = 'a';
    await settle(el);
    expect([...shadow(el).querySelectorAll('.summary-text a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org']);
  });
});
