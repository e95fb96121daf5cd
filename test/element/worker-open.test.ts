/** Opening "+N" when a zoom rests, for data laid out in a worker: worked out there, drawn as on the main thread. */
// A file of its own: its page's workers are watched from the start (their "open" requests and answers).
import { expect } from '@open-wc/testing';
import { drawingMarkup, drawnIds, LARGE_SRC, mount, next, settle, shadow } from './fixtures.js';
import { waitFor } from '../helpers.js';
import type { TalksLoadDetail, TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

/** The marks the workers answered "open" requests with (event ids), as they cross to the page. */
const openedInWorker = new Set<string>();
let openRequests = 0;
window.Worker = class extends Worker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    this.addEventListener('message', ({ data }: MessageEvent) => {
      if (data?.type === 'opened') for (const m of data.opened?.marks ?? []) openedInWorker.add(m.id);
    });
  }
  override postMessage(message: unknown, transfer?: unknown): void {
    if ((message as { type?: string })?.type === 'open') openRequests++;
    super.postMessage(message, transfer as Transferable[]);
  }
};

/** An element of `width` px reading the large file (worker: 'auto' or 'off'), in `dir`; resolves once drawn. */
async function large(
  worker: string,
  width = 1280,
  dir = 'ltr',
): Promise<{ el: TalksTimeline; container: HTMLDivElement; load: TalksLoadDetail }> {
  const { el, container } = mount(width);
  container.dir = dir;
  el.setAttribute('worker', worker);
  const loaded = next<TalksLoadDetail>(el, 'talks-load', 15_000);
  el.setAttribute('src', LARGE_SRC);
  const load = (await loaded).detail;
  await settle(el);
  return { el, container, load };
}

/** Zoom to a year (or `from`–`to`) and wait until the rest has opened "+N": the ids drawn then that the zoom alone did not draw. */
async function zoomAndRest(el: TalksTimeline, from = '2009-06', to = '2010-06'): Promise<string[]> {
  await el.zoomTo(from, to);
  // The zoom drawn, read in the same task (no timer runs before it): a rest opens "+N" 150 ms later.
  await el.updateComplete;
  const zoomed = new Set(drawnIds(el));
  await waitFor(() => drawnIds(el).length > zoomed.size);
  return drawnIds(el).filter((id) => !zoomed.has(id));
}

describe('"+N" opened in the worker', () => {
  it('a zoom that rests opens "+N" in the worker that laid the data out: the page draws what it answers', async () => {
    const { el, load } = await large('auto');
    expect(load.worker).to.equal(true);
    const opened = await zoomAndRest(el);
    const asked = openRequests;
    expect(asked, 'the worker was asked').to.be.greaterThan(0);
    expect(opened.length).to.be.greaterThan(10);
    expect(
      opened.filter((id) => !openedInWorker.has(id)),
      'opened on the page',
    ).to.deep.equal([]);
    // A pan far from there (five years on) rests and opens again, there too.
    const more = await zoomAndRest(el, '2014-06', '2015-06');
    expect(openRequests, 'the worker was asked again').to.be.greaterThan(asked);
    expect(more.length).to.be.greaterThan(10);
    expect(
      more.filter((id) => !openedInWorker.has(id)),
      'opened on the page',
    ).to.deep.equal([]);
  });

  it('right to left, what the worker opens is drawn exactly as the main thread opens it', async () => {
    const [inWorker, here] = await Promise.all([large('auto', 1280, 'rtl'), large('off', 1280, 'rtl')]);
    expect([inWorker.load.worker, here.load.worker]).to.deep.equal([true, false]);
    expect(inWorker.el.resolvedDir).to.equal('rtl');
    expect(drawingMarkup(inWorker.el)).to.equal(drawingMarkup(here.el));
    await Promise.all([zoomAndRest(inWorker.el), zoomAndRest(here.el)]);
    await waitFor(() => drawingMarkup(inWorker.el) === drawingMarkup(here.el));
  });

  it('laid out again on the page (a new width), "+N" still opens there, as on the main thread', async () => {
    const [inWorker, here] = await Promise.all([large('auto'), large('off')]);
    for (const { container } of [inWorker, here]) container.style.width = '1000px';
    await waitFor(() => shadow(inWorker.el).querySelector('svg.drawing')!.getAttribute('width') === '1000');
    await waitFor(() => shadow(here.el).querySelector('svg.drawing')!.getAttribute('width') === '1000');
    const asked = openRequests;
    const [opened] = await Promise.all([zoomAndRest(inWorker.el), zoomAndRest(here.el)]);
    expect(opened.length).to.be.greaterThan(10);
    expect(openRequests, 'the worker was asked for a layout it did not make').to.equal(asked);
    await waitFor(() => drawingMarkup(inWorker.el) === drawingMarkup(here.el));
  });
});
