/** A summary's HTML subset in the details card: drawn as elements, everything else as text, nothing run. */
import { expect } from '@open-wc/testing';
import { mount, next, settle, shadow } from './fixtures.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
  delete (window as { pwned?: boolean }).pwned;
});

async function card(summary: string): Promise<Element> {
  const { el } = mount(1280);
  const loaded = next(el, 'talks-load');
  el.data = { events: [{ id: 'e', date: '2025-05-16', title: 'Session', summary }] };
  await loaded;
  el.selected = 'e';
  await settle(el);
  return shadow(el).querySelector('[part="details"] .summary-text')!;
}

describe('the summary in the details card', () => {
  it('draws the allowed elements and safe links', async () => {
    const text = await card(
      '<p>Talks <em>stalled</em>; <a href="https://example.org/report">read the report</a>.</p>' +
        '<ul><li>prisoners</li><li>ceasefire</li></ul><blockquote><q>Ready</q> <cite>Kremlin</cite></blockquote>',
    );
    expect(text.querySelector('p em')!.textContent).to.equal('stalled');
    const link = text.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/report');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect([...text.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['prisoners', 'ceasefire']);
    expect(text.querySelector('blockquote q')!.textContent).to.equal('Ready');
  });

  it('runs nothing and makes no element outside the allowlist; hostile markup reads as text', async () => {
    const hostile =
      '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>' +
      '<a href="javascript:window.pwned=true">click</a><svg onload="window.pwned=true"></svg><p onclick="window.pwned=true">para</p>';
    const text = await card(hostile);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
    expect(text.querySelectorAll('img, script, svg, iframe').length).to.equal(0);
    expect(text.querySelector('a')).to.equal(null);
    expect(text.querySelector('p')!.getAttribute('onclick')).to.equal(null);
    expect(text.textContent).to.contain('<img src=x onerror="window.pwned=true">').and.contain('click').and.contain('para');
  });
});
