/** Data written inside the element (a JSON script or a plain list of events), read for pages that work without JavaScript. */
// Data written inside the element, for pages that must read without JavaScript (progressive
// enhancement): a `<script type="application/json">` child, or a plain `<ol>` of events, each `<li>`
// with a `<time datetime>` and a title (the first `b`, `strong`, `h2`–`h4` or `.title`, else the rest of
// its text) and optionally a `<p>` summary. The list shows until the element draws; it is then the data.
// A module of its own: the bundle fetches it only for an element that has such children.
import type { Messages } from '../core/messages.js';
import { LoadError } from './load.js';

const words = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Events read from an `<ol>` of `<li>`s. */
function fromList(list: Element): unknown[] {
  return [...list.children]
    .filter((li) => li.localName === 'li')
    .map((li, i) => {
      const time = li.querySelector('time');
      const rest = li.cloneNode(true) as Element;
      rest.querySelectorAll('time, p').forEach((n) => n.remove());
      const named = li.querySelector('b, strong, h2, h3, h4, .title');
      const event: Record<string, string> = {
        id: li.id || `item-${i + 1}`,
        date: time?.getAttribute('datetime') || words(time),
        title: words(named ?? rest).replace(/^[\s:,–—-]+|[\s:,–—-]+$/g, ''),
      };
      const summary = words(li.querySelector('p'));
      if (summary) event.summary = summary;
      return event;
    });
}

/** The host's inline data (JSON, or the events of its fallback list). Throws LoadError for bad JSON. */
export function readInline(host: Element, messages: Messages): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return fromList(host.querySelector(':scope > ol')!);
  try {
    return JSON.parse(script.textContent ?? '') as unknown;
  } catch {
    throw new LoadError(messages.loadInline);
  }
}
