/**
 * A hostile data file (issue 8): XSS payloads, invalid dates of every kind, duplicates, deep nesting,
 * prototype keys and huge strings. The valid events render, the rest are reported by path, no script
 * runs, and Object.prototype is untouched. And an element connected and disconnected a thousand times
 * leaves no listener behind.
 */
import { expect } from '@open-wc/testing';
import { mount, next, settle, shadow } from './fixtures.js';
import type { TalksErrorDetail } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
  delete (window as { pwned?: number }).pwned;
});

const deep = (n: number): unknown => (n ? { details: [deep(n - 1)] } : 'bottom');

function hostileFile(): string {
  const events: unknown[] = [
    { id: 'ok-1', date: '2025-05-16', title: 'Valid one' },
    { id: 'ok-2', date: '2025-06~', title: '<img src=x onerror="window.pwned=1">', summary: '<script>window.pwned=1</script>' },
    { id: 'bad-month', date: '2025-13-01', title: 'Month 13' },
    { id: 'bad-day', date: '2025-02-30', title: 'No such day' },
    { id: 'bad-interval', date: '2025-06/2025-01', title: 'Ends before it starts' },
    { id: 'bad-level2', date: '{2025,2026}', title: 'A set' },
    { id: 'bad-empty', date: '', title: 'Empty date' },
    { id: 'bad-type', date: 20250516, title: 'Number date' },
    { id: 'ok-1', date: '2025-05-17', title: 'Duplicate id' },
    { id: 'no-title', date: '2025' },
    { id: 'deep', date: '2025', title: 'Deep', details: deep(60) },
    { id: 'huge', date: '2025', title: 'x'.repeat(200_000) },
    'not an object',
    null,
    [],
  ];
  // Prototype keys, written as JSON text (an object literal would set the prototype instead).
  const text = JSON.stringify({ title: 'Hostile', events });
  return text.replace(
    '"id":"ok-1","date":"2025-05-16"',
    '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"ok-1","date":"2025-05-16"',
  );
}

describe('a hostile data file', () => {
  it('renders its valid events, reports the rest by path, runs nothing, and leaves Object.prototype alone', async () => {
    const { el } = mount(1280);
    const loaded = next(el, 'talks-load');
    const errored = next<TalksErrorDetail>(el, 'talks-error');
    el.data = JSON.parse(hostileFile());
    await loaded;
    const { issues } = (await errored).detail;
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
    const shown = el.shownEvents.map((e) => e.id);
    expect(shown).to.include.members(['ok-1', 'ok-2', 'ok-1-2', 'deep', 'huge']);
    for (const id of ['bad-month', 'bad-day', 'bad-interval', 'bad-level2', 'bad-empty', 'bad-type', 'no-title'])
      expect(shown).to.not.include(id);
    const paths = issues.filter((i) => i.severity === 'error').map((i) => i.path);
    for (const at of [2, 3, 4, 5, 6, 7, 9, 12, 13, 14])
      expect(
        paths.some((p) => p === `/events/${at}` || p.startsWith(`/events/${at}/`)),
        `event ${at}`,
      ).to.equal(true);
    expect(issues.some((i) => i.path === '/events/0/__proto__' && i.severity === 'warning')).to.equal(true);
    // The count invariant: events shown + events dropped with an error = events in the input.
    const dropped = new Set(paths.filter((p) => /^\/events\/\d+/.test(p)).map((p) => p.split('/')[2]));
    expect(el.shownEvents.length + dropped.size).to.equal(15);
    // The notice says it in a reader's words, and the page is not blanked.
    el.selected = null;
    await settle(el);
    expect(shadow(el).querySelector('[part="notice"] summary')!.textContent).to.contain(`${dropped.size} of 15 events could not be shown`);
    expect(shadow(el).querySelectorAll('svg.drawing .mark').length).to.be.greaterThan(0);
  });

  it('connected and disconnected a thousand times, leaves no listener on the window', async () => {
    const added = new Map<string, number>();
    const original = { add: window.addEventListener, remove: window.removeEventListener };
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) + 1);
      return original.add.call(this, type, ...(rest as [EventListener]));
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) - 1);
      return original.remove.call(this, type, ...(rest as [EventListener]));
    } as typeof window.removeEventListener;
    try {
      const { el, container } = mount(800);
      const loaded = next(el, 'talks-load');
      el.data = {
        events: [
          { id: 'a', date: '2025-05-16', title: 'A' },
          { id: 'b', date: '2025-06-02', title: 'B' },
        ],
      };
      await loaded;
      for (let i = 0; i < 1000; i++) {
        el.remove();
        container.append(el);
      }
      el.remove();
      await settle(el);
      expect([...added].filter(([, n]) => n !== 0)).to.deep.equal([]);
    } finally {
      window.addEventListener = original.add;
      window.removeEventListener = original.remove;
    }
  });
});
