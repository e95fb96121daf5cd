/** The demo gallery (issue 7): every example draws, under the page's strict CSP, with its snippet. */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('iframe').forEach((f) => f.remove());
});

describe('the demo gallery', function () {
  this.timeout(60_000);

  it('draws every example, each with its snippet', async () => {
    const frame = document.createElement('iframe');
    frame.width = '1280';
    frame.height = '900';
    frame.src = '/demo/gallery.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const sections = [...doc.querySelectorAll<HTMLElement>('section.example')];
    expect(sections.map((s) => s.id)).to.deep.equal([
      'istanbul-example',
      'phone-example',
      'dark-example',
      'ukrainian-example',
      'timelinejs-example',
      'csv-example',
      'media-example',
      'live-example',
      'stress-example',
    ]);
    for (const section of sections) {
      const el = section.querySelector('talks-timeline') as TalksTimeline;
      await waitFor(() => el.shadowRoot?.querySelector('.events li'), 20_000);
      expect(el.shownEvents.length, section.id).to.be.greaterThan(0);
      expect(section.querySelector('pre code')!.textContent, section.id).to.contain('<talks-timeline');
    }
    const byId = (id: string) => doc.querySelector(`#${id} talks-timeline`) as TalksTimeline;
    expect(byId('phone-example').resolvedOrientation).to.equal('vertical');
    expect(byId('ukrainian-example').shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('11 подій');
    expect(byId('timelinejs-example').shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Whitney Houston');
    expect(byId('csv-example').shownEvents).to.have.length(3);
    // Media, eras and priorities: the example's picture loads from the demo's own folder, in a box that keeps its size.
    const media = byId('media-example');
    expect(media.shadowRoot!.querySelectorAll('svg.drawing .era').length).to.equal(3);
    media.selected = 'apollo-11';
    await media.updateComplete;
    const img = await waitFor(() => media.shadowRoot!.querySelector<HTMLImageElement>('[part="media"] img'), 10_000);
    expect(img.alt).to.contain('Sea of Tranquility');
    expect([img.getAttribute('width'), img.getAttribute('height'), img.loading]).to.deep.equal(['640', '360', 'lazy']);
    const picture = await fetch(img.src);
    expect([picture.status, picture.headers.get('content-type')]).to.deep.equal([200, 'image/svg+xml']);
    // The live example: the demonstration file (it gains an event every 30 s the server runs), checked every 15 s.
    const live = byId('live-example');
    expect(live.refresh).to.equal(15);
    expect(live.shownEvents.map((e) => e.id).slice(0, 2)).to.deep.equal(['demo-start', 'demo-second']);
    await waitFor(() => live.shadowRoot!.querySelector('[part="updated"] time'));
    expect(byId('stress-example').shownEvents).to.have.length(10_000);
    expect(byId('stress-example').shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
  });
});
