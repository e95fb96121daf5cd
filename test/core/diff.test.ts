/** diffEvents (issue 17): what changed between two versions of a timeline's events, by id. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { diffEvents } from '../../src/core/index.js';
import type { TimelineEvent } from '../../src/core/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** The test's own notion of equal JSON: keys sorted, undefined fields left out. */
function canon(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${JSON.stringify(k)}:${canon(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** A copy with every object's keys in another order (from `seed`), and now and then a field that is undefined. */
function reordered<T>(v: T, seed: number): T {
  let state = seed >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0);
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (!x || typeof x !== 'object') return x;
    const keys = Object.keys(x);
    for (let i = keys.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [keys[i], keys[j]] = [keys[j], keys[i]];
    }
    const out: Record<string, unknown> = {};
    if (next() % 3 === 0) out.summary = undefined;
    for (const key of keys) Object.defineProperty(out, key, { value: walk((x as Record<string, unknown>)[key]), enumerable: true });
    return out;
  };
  return walk(v) as T;
}

const POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
/** Fields from small pools, so that two events drawn apart are now and then equal, or differ in one nested place. */
const fields = fc.record(
  {
    date: fc.constantFrom('2025-05-16', '2022-03'),
    title: fc.constantFrom('Talks', 'Truce'),
    status: fc.constantFrom('occurred', 'scheduled'),
    priority: fc.constantFrom(1, 2),
    tags: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
    details: fc.array(fc.record({ heading: fc.constantFrom('H', 'I'), items: fc.array(fc.constantFrom('p', 'q'), { maxLength: 2 }) }), {
      maxLength: 2,
    }),
    sources: fc.array(
      fc.record({ name: fc.constantFrom('AP', 'BBC'), url: fc.constantFrom('https://a.org', 'https://b.org') }, { requiredKeys: ['name'] }),
      {
        maxLength: 1,
      },
    ),
    media: fc.record({ url: fc.constantFrom('a.png', 'b.png'), alt: fc.constantFrom('A', 'B') }, { requiredKeys: ['url'] }),
  },
  { requiredKeys: ['date', 'title'] },
);

/** Two versions of a list: the new one's events are the old ones copied (keys reordered), redrawn, or new; some go. */
const versions = fc
  .record({
    before: fc.uniqueArray(fc.tuple(fc.constantFrom(...POOL), fields), { selector: ([id]) => id, maxLength: 8 }),
    fate: fc.array(fc.tuple(fc.constantFrom('copy', 'redraw', 'gone'), fields, fc.nat()), {
      minLength: POOL.length,
      maxLength: POOL.length,
    }),
    order: fc.array(fc.nat(), { minLength: POOL.length, maxLength: POOL.length }),
  })
  .map(({ before, fate, order }) => {
    const old = before.map(([id, f]) => ({ id, ...f }) as TimelineEvent);
    const byId = new Map(old.map((e) => [e.id, e]));
    const after: TimelineEvent[] = [];
    POOL.forEach((id, i) => {
      const [what, f, seed] = fate[i];
      const was = byId.get(id);
      if (what === 'gone') return;
      if (what === 'copy' && was) after.push(reordered(was, seed));
      else after.push({ id, ...f } as TimelineEvent);
    });
    after.sort((p, q) => order[POOL.indexOf(p.id)] - order[POOL.indexOf(q.id)]);
    return { before: old, after };
  });

const shuffled = <T>(list: readonly T[], seed: number): T[] =>
  list
    .map((x, i) => [x, (Math.imul(i + 1, 2_654_435_761) ^ seed) >>> 0] as const)
    .sort((p, q) => p[1] - q[1])
    .map(([x]) => x);

describe('diffEvents', () => {
  it('property: added, changed and unchanged are the new ids, removed the old ones gone; changed really differ; order and key order change nothing', () => {
    let changed = 0;
    let unchanged = 0;
    fc.assert(
      fc.property(versions, fc.nat(), ({ before, after }, seed) => {
        const d = diffEvents(before, after);
        const oldIds = before.map((e) => e.id);
        const newIds = after.map((e) => e.id);
        const inOrder = (ids: string[], of: string[]) => expect(ids).to.deep.equal(of.filter((id) => ids.includes(id)));
        expect([...d.added, ...d.changed, ...d.unchanged].sort()).to.deep.equal([...newIds].sort());
        expect(new Set([...d.added, ...d.changed, ...d.unchanged]).size).to.equal(newIds.length);
        expect(d.added).to.deep.equal(newIds.filter((id) => !oldIds.includes(id)));
        expect(d.removed).to.deep.equal(oldIds.filter((id) => !newIds.includes(id)));
        inOrder(d.changed, newIds);
        inOrder(d.unchanged, newIds);
        const was = new Map(before.map((e) => [e.id, canon(e)]));
        for (const e of after) {
          if (d.changed.includes(e.id)) expect(canon(e), e.id).not.to.equal(was.get(e.id));
          if (d.unchanged.includes(e.id)) expect(canon(e), e.id).to.equal(was.get(e.id));
        }
        changed += d.changed.length;
        unchanged += d.unchanged.length;
        // The same versions, events and keys in other orders: the same sets.
        const again = diffEvents(reordered(shuffled(before, seed), seed + 1), reordered(shuffled(after, seed + 2), seed + 3));
        for (const key of ['added', 'changed', 'removed', 'unchanged'] as const)
          expect([...again[key]].sort()).to.deep.equal([...d[key]].sort());
      }),
      { numRuns: 400 },
    );
    expect(changed, 'changed events generated').to.be.above(200);
    expect(unchanged, 'unchanged events generated').to.be.above(200);
  });

  it('compares every field deeply: lists in order, objects whatever their key order, undefined as missing', () => {
    const base = { id: 'a', date: '2025', title: 'T', details: [{ heading: 'H', items: ['p', 'q'] }], tags: ['x', 'y'] };
    const cases: [string, Record<string, Json | undefined>, boolean][] = [
      [
        'keys in another order',
        { tags: ['x', 'y'], details: [{ items: ['p', 'q'], heading: 'H' }], title: 'T', date: '2025', id: 'a' },
        true,
      ],
      ['an undefined field', { ...base, summary: undefined }, true],
      ['a list in another order', { ...base, tags: ['y', 'x'] }, false],
      ['a nested item changed', { ...base, details: [{ heading: 'H', items: ['p', 'r'] }] }, false],
      ['a field added', { ...base, location: 'Istanbul' }, false],
      ['a field removed', { id: 'a', date: '2025', title: 'T', tags: ['x', 'y'] }, false],
      ['null for a missing field', { ...base, location: null }, false],
      ['a number for a text', { ...base, title: 1 }, false],
      ['a list for an object', { ...base, details: [[]] }, false],
      ['an own "__proto__" field', JSON.parse(JSON.stringify(base).replace('{', '{"__proto__":{},')), false],
    ];
    for (const [what, after, same] of cases) {
      const d = diffEvents([base as TimelineEvent], [after as unknown as TimelineEvent]);
      expect(d, what).to.deep.equal(
        same ? { added: [], changed: [], removed: [], unchanged: ['a'] } : { added: [], changed: ['a'], removed: [], unchanged: [] },
      );
    }
  });

  it('counts a repeated id once (its first event) and keeps up with 100,000 events', () => {
    const ev = (id: string, title = 'T'): TimelineEvent => ({ id, date: '2025-05-16', title });
    expect(diffEvents([ev('a'), ev('a', 'other')], [ev('a'), ev('b'), ev('b')])).to.deep.equal({
      added: ['b'],
      changed: [],
      removed: [],
      unchanged: ['a'],
    });
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      ...ev(`e${i}`, `Title ${i}`),
      tags: ['x'],
      details: [{ heading: 'H', items: ['p'] }],
    }));
    const next = many.map((e, i) => (i % 10 === 0 ? { ...e, title: 'New' } : structuredClone(e)));
    const t0 = performance.now();
    const d = diffEvents(many, next);
    const ms = performance.now() - t0;
    expect(d.changed).to.have.length(10_000);
    expect(d.unchanged).to.have.length(90_000);
    // Generous for a busy machine; anything quadratic in the events would take minutes.
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(5000);
  });
});
