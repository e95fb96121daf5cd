/** Loading faults (issue 8): each ends in a readable state, never a blank or frozen box. */
import { expect } from '@open-wc/testing';
import { mount, next, settle, shadow } from './fixtures.js';
import type { TalksErrorDetail } from '../../src/element/talks-timeline.js';

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
