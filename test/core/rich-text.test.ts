import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseRichText, richTextContent, RICH_TAGS, safeLink } from '../../src/core/rich-text.js';
import type { RichNode } from '../../src/core/rich-text.js';

const tags = (nodes: RichNode[]): string[] => nodes.flatMap((n) => (typeof n === 'string' ? [] : [n.tag, ...tags(n.children)]));
const links = (nodes: RichNode[]): (string | undefined)[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(n.tag === 'a' ? [n.href] : []), ...links(n.children)]));

describe("the summary's HTML subset", () => {
  it('reads the allowed elements into a tree, with text decoded', () => {
    expect(
      parseRichText('<p>Talks <em>stalled</em> &amp; <strong>resumed</strong>.</p><ul><li>one</li><li>two<br>lines</li></ul>'),
    ).to.deep.equal([
      { tag: 'p', children: ['Talks ', { tag: 'em', children: ['stalled'] }, ' & ', { tag: 'strong', children: ['resumed'] }, '.'] },
      {
        tag: 'ul',
        children: [
          { tag: 'li', children: ['one'] },
          { tag: 'li', children: ['two', { tag: 'br', children: [] }, 'lines'] },
        ],
      },
    ]);
    expect(parseRichText('<BLOCKQUOTE><Q>We are ready</Q> — <CITE>Kremlin</CITE></BLOCKQUOTE>')).to.deep.equal([
      { tag: 'blockquote', children: [{ tag: 'q', children: ['We are ready'] }, ' — ', { tag: 'cite', children: ['Kremlin'] }] },
    ]);
  });

  it('keeps links only to http:, https: and mailto:, and no other attribute', () => {
    const tree = parseRichText(
      '<a href="https://example.org/a?b=1&amp;c=2" onclick="x()" style="color:red">ok</a>' +
        '<a href=\'mailto:desk@example.org\'>mail</a><a href="javascript:alert(1)">bad</a><a href=" JaVaScRiPt:alert(1)">bad</a>' +
        '<a href="&#106;avascript:alert(1)">bad</a><a href="data:text/html,x">bad</a><a>none</a>',
    );
    expect(links(tree)).to.deep.equal([
      'https://example.org/a?b=1&c=2',
      'mailto:desk@example.org',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(JSON.stringify(tree)).to.not.contain('onclick').and.not.contain('style');
    expect(richTextContent(tree)).to.equal('okmailbadbadbadbadnone');
    expect(safeLink('http://example.org')).to.equal('http://example.org');
    expect(safeLink('//example.org')).to.equal(undefined);
  });

  it('shows everything else as text, as written: scripts, images, handlers, comments', () => {
    const source =
      '<script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil"></iframe><!-- c --><svg onload=alert(3)>';
    const tree = parseRichText(source);
    expect(tags(tree)).to.deep.equal([]);
    expect(richTextContent(tree)).to.equal(source);
  });

  it('copes with malformed markup: stray and unclosed tags, a lone "<", unknown entities', () => {
    expect(parseRichText('a < b and c<d </em> <p>open')).to.deep.equal(['a < b and c<d  ', { tag: 'p', children: ['open'] }]);
    // As in browsers, "<C <p>" is one (unknown) tag, with an attribute named "<p": text.
    expect(parseRichText('<C <p>x')).to.deep.equal(['<C <p>x']);
    expect(richTextContent(parseRichText('&copy; &#169; &#x1F600; &#0; &bogus;'))).to.equal('&copy; © 😀 &#0; &bogus;');
  });

  it('never throws, never makes an element outside the allowlist, and keeps every letter of the text (property)', () => {
    // Text (without markup characters), tags allowed and not, links safe and not, entities and a
    // stray ">". (A stray "<" can join the text after it into a tag, as in browsers: tested above.)
    const piece = fc.oneof(
      fc.string().map((t) => t.replace(/[<>&"']/g, '')),
      fc.constantFrom(...RICH_TAGS, 'script', 'img', 'iframe', 'a href="javascript:x"', 'a href="https://x.org"').map((t) => `<${t}>`),
      fc.constantFrom(...RICH_TAGS, 'script').map((t) => `</${t}>`),
      fc.constantFrom('&amp;', '&lt;', '>', '&#60;'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')),
        (source) => {
          const tree = parseRichText(source);
          for (const tag of tags(tree)) expect(RICH_TAGS as readonly string[]).to.include(tag);
          for (const href of links(tree)) if (href !== undefined) expect(href).to.match(/^(https?:\/\/|mailto:)/i);
          // Letters and digits outside tags survive (markup aside, nothing is dropped).
          const letters = (s: string) =>
            s
              .replace(/<\/?(p|br|a|em|strong|b|i|ul|ol|li|blockquote|q|cite)\b[^>]*>/gi, '')
              .replace(/&[#a-z0-9]+;/gi, '')
              .replace(/[^a-z0-9]/gi, '');
          expect(richTextContent(tree).replace(/[^a-z0-9]/gi, '')).to.equal(letters(source));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads long hostile markup in linear time', () => {
    const source = `<a ${'x=1 '.repeat(20000)}${'<b>'.repeat(5000)}${'&amp;'.repeat(20000)}`;
    const start = performance.now();
    parseRichText(source);
    expect(performance.now() - start).to.be.below(1000);
  });
});
