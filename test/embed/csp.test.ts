/**
 * The one-tag embed (issue 7): the CDN bundle and one element, on a page served with the strict
 * Content-Security-Policy header. No violation is reported, the timeline draws and opens an event,
 * and the only requests are the page's, the bundle's own files and the data asked for.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('iframe').forEach((f) => f.remove());
});

describe('one-tag embed under a strict CSP header', () => {
  it('draws, opens an event, reports no violation and requests nothing else', async () => {
    const response = await fetch('/test/embed/page.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const frame = document.createElement('iframe');
    frame.width = '1280';
    frame.height = '900';
    frame.src = '/test/embed/page.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { violations: string[] };
    const timeline = await waitFor(() => {
      const el = win.document.querySelector('talks-timeline') as TalksTimeline | null;
      return el?.shadowRoot?.querySelector('svg.drawing .mark') ? el : null;
    });
    // A selection fetches the details card (a module beside the bundle) and draws it.
    timeline.selected = 'istanbul-session-2025-06-02';
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelector('[part="details"] h3')!.textContent).to.contain('Second 2025 session');
    // Violation reports are queued, in order: make one on purpose now (an inline style attribute,
    // which this policy forbids, loading nothing) and wait for it. Any violation the timeline caused
    // was queued before it, so has been reported by then.
    frame.contentDocument!.documentElement.setAttribute('style', 'outline: 0');
    await waitFor(() => win.violations.length > 0);
    expect(win.violations.slice(0, -1), 'violations before the one made on purpose').to.deep.equal([]);
    expect(win.violations[win.violations.length - 1]).to.match(/^style-src(-attr)? inline/);
    frame.contentDocument!.documentElement.removeAttribute('style');
    // (The test server injects its own /__web-dev-server… script into every page: not ours.)
    const requested = win.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    const allowed = [
      '/test/embed/watch.js',
      '/cdn/talks-timeline.js',
      '/cdn/card.js',
      '/cdn/rich-text.js',
      '/cdn/vertical.js',
      '/cdn/interact.js',
      '/data/istanbul-talks.json',
    ];
    expect(requested.filter((path) => !allowed.includes(path))).to.deep.equal([]);
    expect(requested).to.include.members(allowed);
    expect(requested.every((path) => new URL(path, win.location.href).origin === win.location.origin)).to.equal(true);
  });
});

describe('the CDN bundle without cdn/vertical.js', () => {
  it('draws the horizontal layout at a phone width, and the vertical one when the file is there', async () => {
    const open = async (src: string) => {
      const frame = document.createElement('iframe');
      frame.width = '375';
      frame.height = '800';
      frame.src = src;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      return waitFor(() => {
        const el = frame.contentDocument!.querySelector('talks-timeline') as TalksTimeline | null;
        return el?.shadowRoot?.querySelector('svg.drawing .mark, .events.vertical li') ? el : null;
      });
    };
    const without = await open('/test/embed/no-vertical.html');
    expect(without.resolvedOrientation).to.equal('horizontal');
    expect(without.shownEvents.length).to.equal(11);
    const withIt = await open('/test/embed/page.html');
    expect(withIt.resolvedOrientation).to.equal('vertical');
  });
});
