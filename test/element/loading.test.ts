/** Loading faults (issue 8): each ends in a readable state, never a blank or frozen box. */
import { expect } from '@open-wc/testing';
import { mount, next, settle, shadow } from './fixtures.js';
import type { TalksErrorDetail } from '../../src/element/talks-timeline.js';
import { fetchEarly } from '../../src/element/early-fetch.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

async function failing(src: string): Promise<{ message: string; shown: string }> {
  const { el } = mount(1000);
  const errored = next<TalksErrorDetail>(el, 'talks-error');
  el.src = src;
  const { issues } = (await errored).detail;
  await settle(el);
  return { message: issues[0].message, shown: shadow(el).querySelector('[part="error"]')!.textContent ?? '' };
}

describe('loading faults', () => {
  it('a slow response shows a loading state, then the timeline', async () => {
    const { el } = mount(1000);
    const loaded = next(el, 'talks-load');
    el.src = '/test/faults/slow.json';
    await settle(el);
    expect(shadow(el).querySelector('.loading[role="status"]')!.textContent).to.contain('Loading');
    await loaded;
    await settle(el);
    expect(shadow(el).querySelector('.loading')).to.equal(null);
    expect(el.shownEvents.length).to.be.greaterThan(5);
  });

  it('a server error, an empty body and a network failure each say what happened', async () => {
    const server = await failing('/test/faults/500.json');
    expect(server.message).to.contain('the server answered 500');
    expect(server.shown).to.equal(server.message);
    const empty = await failing('/test/faults/empty.json');
    expect(empty.message).to.contain('the file is empty');
    const network = await failing('http://127.0.0.1:9/unreachable.json');
    expect(network.message).to.contain('the network request failed');
  });

  it('a file over 50 MB is refused, whether its size is declared or streamed, and the page stays responsive', async () => {
    for (const src of ['/test/faults/huge.json', '/test/faults/huge-stream.json']) {
      const started = performance.now();
      const huge = await failing(src);
      expect(huge.message, src).to.contain('larger than 50 MB');
      expect(huge.shown).to.equal(huge.message);
      expect(performance.now() - started, 'refused without parsing 60 MB').to.be.below(10_000);
    }
  });

  it('non-JSON is reported as such', async () => {
    const html = await failing('/demo/index.html');
    expect(html.message).to.contain('not valid JSON');
  });
});

describe('the data of an element already in the page', () => {
  it('is requested before the element is defined, and fetched once', async () => {
    const url = `/data/istanbul-talks.json?early=${Date.now()}`;
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input));
      return realFetch(input, init);
    };
    try {
      // Markup not yet upgraded (a template's content is inert), as a page is when the bundle starts to run.
      const template = document.createElement('template');
      template.innerHTML = `<div><talks-timeline src="${url}"></talks-timeline></div>`;
      fetchEarly(template.content);
      expect(asked.filter((u) => u.endsWith(url))).to.have.length(1);
      const page = template.content.cloneNode(true) as DocumentFragment;
      const el = page.querySelector('talks-timeline')!;
      const loaded = next(el, 'talks-load');
      document.body.append(page);
      await loaded;
      expect(el.shownEvents.length).to.equal(11);
      // The element took the early request instead of asking again.
      expect(asked.filter((u) => u.endsWith(url))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });
});
