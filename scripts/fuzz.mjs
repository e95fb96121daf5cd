// npm run fuzz: property-based fuzzing of the DOM-free core with fast-check (issue 8), on dist/.
// `node scripts/fuzz.mjs [runs]`: 100,000 cases by default; npm test runs a smaller number.
// Properties: validate never throws, whatever it is given (arbitrary JSON, and mutations of the bundled
// data with hostile keys and values); every input event is either kept or dropped with an error that
// names it (the count invariant); the model and the layout never throw on validated data; and nothing
// touches Object.prototype.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildModel, layout, layoutVertical, validate } from '../dist/core/index.js';

const runs = Number(process.argv[2] ?? 100_000);
const bundled = JSON.parse(readFileSync(new URL('../data/istanbul-talks.json', import.meta.url), 'utf8'));
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** validate() holds its promises on one input; returns the validated data. */
function check(input) {
  const { data, issues, total } = validate(input);
  const events = Array.isArray(input) ? input : input && typeof input === 'object' ? input.events : undefined;
  const count = Array.isArray(events) ? events.length : 0;
  if (total !== count) throw new Error(`total ${total}, input has ${count} events`);
  const dropped = new Set(
    issues.filter((i) => i.severity === 'error' && /^\/events\/\d+(\/|$)/.test(i.path)).map((i) => i.path.split('/')[2]),
  );
  if (data.events.length + dropped.size !== total) {
    throw new Error(`count invariant: ${data.events.length} kept + ${dropped.size} dropped ≠ ${total} in the input`);
  }
  for (const i of issues)
    if (typeof i.message !== 'string' || !i.message || typeof i.path !== 'string') throw new Error('an issue without path or message');
  const model = buildModel(data, 'en');
  layout(model, { width: 800 });
  layout(model, { width: 1280, zoom: { k: 3, x: 100 }, direction: 'rtl' });
  layoutVertical(model, { lang: 'en' });
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys || {}.polluted !== undefined) {
    throw new Error('Object.prototype was touched');
  }
  return data;
}

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '',
    ' ',
    '2025-13-01',
    '2025-02-30',
    '..',
    '/',
    '2025/..',
    'Y-300000',
    '1985-04-12T23:20:30Z',
    '2001-21',
    '201X',
    '\u0000',
    'x'.repeat(5000),
  ),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
);
const key = fc.oneof(
  fc.constantFrom(
    'id',
    'date',
    'title',
    'status',
    'track',
    'summary',
    'sources',
    'details',
    'participants',
    'tags',
    'location',
    'displayDate',
    '__proto__',
    'constructor',
    'polluted',
  ),
  fc.string({ maxLength: 8 }),
);

/** A copy of the bundled data with random values replaced, removed or added, hostile keys included. */
const mutated = fc.array(fc.tuple(fc.nat(), key, hostile, fc.constantFrom('set', 'delete', 'parse')), { maxLength: 6 }).map((edits) => {
  const data = structuredClone(bundled);
  for (const [at, k, value, how] of edits) {
    const event = data.events[at % data.events.length];
    if (how === 'delete') delete event[k];
    else if (how === 'parse')
      data.events.push(
        JSON.parse(`{"${k.replace(/["\\]/g, '')}": ${JSON.stringify(value ?? null)}, "id": "x${at}", "date": "2025", "title": "t"}`),
      );
    else Object.defineProperty(event, k, { value, enumerable: true, configurable: true, writable: true });
  }
  return data;
});

const started = performance.now();
const share = Math.max(1, Math.floor(runs / 3));
fc.assert(
  fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => {
    check(input);
  }),
  { numRuns: share },
);
fc.assert(
  fc.property(
    fc.array(fc.oneof(hostile, fc.record({ id: hostile, date: hostile, title: hostile }, { requiredKeys: [] })), { maxLength: 8 }),
    (events) => {
      check({ events });
      check(events);
    },
  ),
  { numRuns: share },
);
fc.assert(
  fc.property(mutated, (data) => {
    check(data);
  }),
  { numRuns: runs - 2 * share },
);
console.log(`fuzz: ${runs.toLocaleString('en')} cases, 0 failures (${((performance.now() - started) / 1000).toFixed(1)} s)`);
