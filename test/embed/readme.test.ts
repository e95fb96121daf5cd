/**
 * The README's HTML snippets, copied into a blank page (issue 7): each draws its timeline. Only the
 * placeholders change: the CDN address becomes this server's bundle, and the example CSV a real one.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('iframe').forEach((f) => f.remove());
});

async function snippets(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe("the README's HTML snippets", () => {
  it('are there: the one-tag embed, the fallback list, a CSV source', async () => {
    const html = await snippets();
    expect(html.length).to.be.at.least(3);
    expect(html[0]).to.contain('<script type="module" src="https://your.cdn/talks-timeline/cdn/talks-timeline.js"></script>');
  });

  it('each draws its timeline in a blank page', async () => {
    const html = await snippets();
    const script = '<script type="module" src="/cdn/talks-timeline.js"></script>';
    for (const [i, snippet] of html.entries()) {
      const body = snippet
        .replace('https://your.cdn/talks-timeline/cdn/talks-timeline.js', '/cdn/talks-timeline.js')
        .replace('/data/talks.csv', '/test/data/istanbul-sample.csv');
      const frame = document.createElement('iframe');
      frame.width = '1000';
      frame.height = '700';
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${body.includes('cdn/talks-timeline.js') ? '' : script}</head><body>${body}</body></html>`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const el = await waitFor(() => {
        const t = frame.contentDocument!.querySelector('talks-timeline') as TalksTimeline | null;
        return t?.shadowRoot?.querySelector('.events li') ? t : null;
      });
      expect(el.shownEvents.length, `snippet ${i + 1}`).to.be.greaterThan(1);
      expect(
        el.issues.filter((issue) => issue.severity === 'error'),
        `snippet ${i + 1}`,
      ).to.deep.equal([]);
      frame.remove();
    }
  });
});
