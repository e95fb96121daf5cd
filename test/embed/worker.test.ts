/**
 * A large timeline from the CDN bundle under a strict CSP header: where the policy allows workers
 * (`default-src 'self'` does) the file is read in cdn/worker.js; where it forbids them (`worker-src
 * 'none'`) the element reads it itself, with no error and no event lost.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';
import type { TalksLoadDetail, TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => document.body.querySelectorAll('iframe').forEach((f) => f.remove()));

type Watched = Window & { violations: string[]; errors: string[]; loads: TalksLoadDetail[] };

/** The page in a frame, once its timeline has drawn. */
async function open(query: string): Promise<{ win: Watched; timeline: TalksTimeline }> {
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '900';
  frame.src = `/test/embed/large.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Watched;
  await waitFor(() => win.loads.length > 0, 20_000);
  const timeline = win.document.querySelector('talks-timeline') as TalksTimeline;
  await timeline.updateComplete;
  return { win, timeline };
}

describe('a large timeline under a strict CSP', () => {
  it('is read in the worker beside the bundle when the policy allows it, with no violation', async () => {
    const response = await fetch('/test/embed/large.html');
    expect(response.headers.get('content-security-policy'))
      .to.contain("default-src 'self'")
      .and.to.contain('trusted-types lit-html talks-timeline');
    expect(response.headers.get('content-security-policy')).not.to.contain('worker-src');
    const { win, timeline } = await open('');
    expect(win.loads).to.deep.equal([{ events: 12000, issues: 0, worker: true }]);
    expect(timeline.shadowRoot!.querySelectorAll('svg.drawing .mark').length).to.be.greaterThan(50);
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('falls back to the main thread where the policy forbids workers: no error, every event', async () => {
    const response = await fetch('/test/embed/large.html?no-workers');
    expect(response.headers.get('content-security-policy')).to.contain("worker-src 'none'");
    const { win, timeline } = await open('?no-workers');
    expect(win.loads).to.deep.equal([{ events: 12000, issues: 0, worker: false }]);
    expect(timeline.shadowRoot!.querySelectorAll('svg.drawing .mark').length).to.be.greaterThan(50);
    expect(timeline.shadowRoot!.querySelector('[part="error"], [part="notice"]')).to.equal(null);
    // The browser reports the worker it refused; nothing else was refused, and nothing failed.
    expect(win.violations.length).to.equal(1);
    expect(win.violations[0]).to.match(/^worker-src .*\/cdn\/worker\.js/);
    expect(win.errors).to.deep.equal([]);
  });

  it("falls back where Trusted Types allow Lit's policy only: no error, every event", async () => {
    const response = await fetch('/test/embed/large.html?lit-only');
    expect(response.headers.get('content-security-policy')).to.match(/trusted-types lit-html$/);
    const { win, timeline } = await open('?lit-only');
    expect(win.loads).to.deep.equal([{ events: 12000, issues: 0, worker: false }]);
    expect(timeline.shadowRoot!.querySelectorAll('svg.drawing .mark').length).to.be.greaterThan(50);
    // The browser reports the policy it refused to create; nothing else, and nothing failed.
    expect(win.violations).to.have.length(1);
    expect(win.violations[0]).to.match(/^trusted-types .*talks-timeline/);
    expect(win.errors).to.deep.equal([]);
  });
});
