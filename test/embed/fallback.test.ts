/**
 * Progressive enhancement (issue 7): a plain <ol> of events inside the element is readable without
 * JavaScript, and with it is the data the timeline draws (when no other data is given).
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('iframe').forEach((f) => f.remove());
});

async function open(sandbox?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '800';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = '/test/embed/fallback.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

describe('a fallback list inside the element', () => {
  it('without JavaScript, the list is what the reader sees', async () => {
    const doc = await open('allow-same-origin'); // no allow-scripts: no script runs in the page
    const items = [...doc.querySelectorAll('talks-timeline li')];
    expect(items).to.have.length(3);
    expect(items.every((li) => li.getBoundingClientRect().height > 0)).to.equal(true);
    expect(items[1].textContent).to.contain('16 May 2025').and.contain('First 2025 session');
    expect(customElementsOf(doc).get('talks-timeline')).to.equal(undefined);
  });

  it('with JavaScript, the same events are the data: ids, dates, titles and summaries', async () => {
    const doc = await open();
    const el = await waitFor(() => {
      const t = doc.querySelector('talks-timeline') as TalksTimeline | null;
      return t?.shadowRoot?.querySelector('.events li') ? t : null;
    });
    expect(el.shownEvents.map((e) => [e.id, e.date, e.title])).to.deep.equal([
      ['draft-2022', '2022-03', 'Istanbul protocols: draft accords'],
      ['session-1', '2025-05-16', 'First 2025 session of talks in Istanbul'],
      ['item-3', '2025-06-02', 'Second 2025 session'],
    ]);
    expect(el.shownEvents[0].summary).to.equal('Draft agreements that were never signed.');
    expect(el.issues).to.deep.equal([]);
    // Drawn, the list itself is no longer shown (the shadow tree has no slot for it).
    expect(doc.querySelector('talks-timeline ol')!.getBoundingClientRect().height).to.equal(0);
  });
});

function customElementsOf(doc: Document): CustomElementRegistry {
  return (doc.defaultView as Window & typeof globalThis).customElements;
}
