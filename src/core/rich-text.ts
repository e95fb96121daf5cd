/** A summary's small HTML subset, read into an inert tree of allowed elements and text, with no DOM. */
// Nothing is parsed by the browser, so nothing can run. Allowed: p, br, a, em,
// strong, b, i, ul, ol, li, blockquote, q, cite; a link keeps only an http:, https: or mailto: href.
// Everything else becomes text: an unknown or malformed tag is shown as it was written.

export const RICH_TAGS = ['p', 'br', 'a', 'em', 'strong', 'b', 'i', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite'] as const;
export type RichTag = (typeof RICH_TAGS)[number];

export interface RichElement {
  tag: RichTag;
  /** Links only: the address, when it is http:, https: or mailto:. */
  href?: string;
  children: RichNode[];
}
export type RichNode = string | RichElement;

const ALLOWED = new Set<string>(RICH_TAGS);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references: the named few above and numeric ones; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** A link's address if it is safe to follow: http:, https: or mailto: (after decoding, spaces trimmed). */
export function safeLink(href: string | undefined): string | undefined {
  const url = href === undefined ? '' : decodeEntities(href).trim();
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(url) ? url : undefined;
}

const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>|[^<]+|</gi;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** Read a summary's HTML subset into a tree. Never throws; text is decoded, tags are matched loosely. */
export function parseRichText(source: string): RichNode[] {
  const root: RichElement = { tag: 'p', children: [] };
  const open: RichElement[] = [root];
  const text = (t: string) => {
    const into = open[open.length - 1].children;
    const last = into[into.length - 1];
    if (typeof last === 'string') into[into.length - 1] = last + t;
    else into.push(t);
  };
  for (const match of source.matchAll(TOKEN)) {
    const [whole, closing, rawName, attributes] = match;
    const name = rawName?.toLowerCase();
    if (!name || !ALLOWED.has(name)) {
      text(name ? whole : decodeEntities(whole));
      continue;
    }
    const tag = name as RichTag;
    if (closing) {
      // Close the nearest open element of that name (and any left open inside it); a stray end tag goes.
      const at = open.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) open.length = at;
      continue;
    }
    const element: RichElement = { tag, children: [] };
    if (tag === 'a') {
      const m = HREF.exec(attributes ?? '');
      const href = safeLink(m ? (m[1] ?? m[2] ?? m[3]) : undefined);
      if (href) element.href = href;
    }
    open[open.length - 1].children.push(element);
    if (tag !== 'br') open.push(element);
  }
  return root.children;
}

/** The text of a tree, as a screen reader or a plain-text view would have it. */
export function richTextContent(nodes: RichNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : n.tag === 'br' ? '\n' : richTextContent(n.children))).join('');
}
