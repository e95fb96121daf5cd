/**
 * Keeps data/schema.json and the TypeScript validator in agreement: a document
 * is schema-valid if and only if validate() reports no issue — for documents
 * without cross-references the schema cannot see (duplicate ids, an event track
 * missing from tracks) and whose string dates are ones the EDTF parser accepts
 * (the schema checks date characters only), and whose `updated` is not 29 February of a
 * year that is not a leap year (its pattern lets that day through; the validator does not).
 */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { validate } from '../../src/core/validate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON Schema document, walked by key
type Doc = Record<string, any>;

let schema: Record<string, unknown>;
let bundled: Doc;

before(async () => {
  schema = await (await fetch('/data/schema.json')).json();
  bundled = await (await fetch('/data/istanbul-talks.json')).json();
});

function schemaCheck(doc: unknown) {
  return new Validator(schema as never, '2020-12', false).validate(doc);
}

/** Both verdicts, with enough context to see why they differ. */
function verdicts(doc: unknown) {
  const s = schemaCheck(doc);
  const v = validate(doc);
  return {
    schema: s.valid,
    validator: v.issues.length === 0,
    why: `document: ${JSON.stringify(doc)}\nvalidator issues: ${JSON.stringify(v.issues)}\nschema errors: ${JSON.stringify(s.errors.slice(-4).map((e) => `${e.instanceLocation} ${e.error}`))}`,
  };
}

/** Sets an own property even when the key is "__proto__". */
function setOwn(obj: Doc, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

describe('data/schema.json agrees with validate()', () => {
  it('the bundled data is valid for both', () => {
    const r = verdicts(bundled);
    expect(r.schema, r.why).to.equal(true);
    expect(r.validator, r.why).to.equal(true);
    expect(bundled.events.length).to.be.greaterThan(5);
  });

  describe('hand-written documents', () => {
    const withKey = (key: string) => (d: Doc) => d.events.findIndex((e: Doc) => key in e);

    // Each mutation edits a deep copy of the bundled data.
    const invalid: [string, (d: Doc) => unknown][] = [
      // required fields
      [
        'no events',
        (d) => {
          delete d.events;
        },
      ],
      [
        'event without id',
        (d) => {
          delete d.events[0].id;
        },
      ],
      [
        'event without date',
        (d) => {
          delete d.events[1].date;
        },
      ],
      [
        'event without title',
        (d) => {
          delete d.events[2].title;
        },
      ],
      [
        'track without id',
        (d) => {
          delete d.tracks[0].id;
        },
      ],
      [
        'track without label',
        (d) => {
          delete d.tracks[1].label;
        },
      ],
      [
        'source without name',
        (d) => {
          delete d.events[0].sources[0].name;
        },
      ],
      [
        'detail without heading',
        (d) => {
          delete d.events[withKey('details')(d)].details[0].heading;
        },
      ],
      [
        'detail without items',
        (d) => {
          delete d.events[withKey('details')(d)].details[0].items;
        },
      ],
      // wrong types, top level
      ['document is a number', () => 42],
      ['document is a string', () => 'events'],
      ['document is null', () => null],
      ['document is true', () => true],
      [
        'title is a number',
        (d) => {
          d.title = 1;
        },
      ],
      [
        'description is a list',
        (d) => {
          d.description = ['x'];
        },
      ],
      [
        'lang is null',
        (d) => {
          d.lang = null;
        },
      ],
      [
        '$schema is a number',
        (d) => {
          d.$schema = 5;
        },
      ],
      [
        'tracks is an object',
        (d) => {
          d.tracks = { negotiations: 'Negotiations' };
        },
      ],
      [
        'tracks is a string',
        (d) => {
          d.tracks = 'negotiations';
        },
      ],
      [
        'events is an object',
        (d) => {
          d.events = { a: d.events[0] };
        },
      ],
      [
        'events is a string',
        (d) => {
          d.events = '[]';
        },
      ],
      [
        'events is null',
        (d) => {
          d.events = null;
        },
      ],
      // wrong types, tracks
      [
        'track is a string',
        (d) => {
          d.tracks.push('other');
        },
      ],
      [
        'track id is a number',
        (d) => {
          d.tracks.push({ id: 4, label: 'Four' });
        },
      ],
      [
        'track label is a number',
        (d) => {
          d.tracks[0].label = 4;
        },
      ],
      [
        'track color is a number',
        (d) => {
          d.tracks[0].color = 0xff0000;
        },
      ],
      // wrong types, events
      [
        'event is a number',
        (d) => {
          d.events.push(5);
        },
      ],
      [
        'event is null',
        (d) => {
          d.events.push(null);
        },
      ],
      [
        'event is a list',
        (d) => {
          d.events.push([d.events[0]]);
        },
      ],
      [
        'event id is a number',
        (d) => {
          d.events[0].id = 12;
        },
      ],
      [
        'event date is a number',
        (d) => {
          d.events[0].date = 20250516;
        },
      ],
      [
        'event date is null',
        (d) => {
          d.events[0].date = null;
        },
      ],
      [
        'event date is an object',
        (d) => {
          d.events[0].date = { year: 2025 };
        },
      ],
      [
        'event title is a boolean',
        (d) => {
          d.events[0].title = true;
        },
      ],
      [
        'event status is a number',
        (d) => {
          d.events[0].status = 1;
        },
      ],
      [
        'event status is null',
        (d) => {
          d.events[0].status = null;
        },
      ],
      [
        'event track is a number',
        (d) => {
          d.events[0].track = 0;
        },
      ],
      [
        'event summary is a list',
        (d) => {
          d.events[0].summary = ['a'];
        },
      ],
      [
        'event location is an object',
        (d) => {
          d.events[0].location = { city: 'Istanbul' };
        },
      ],
      [
        'participants is a string',
        (d) => {
          d.events[0].participants = 'Zelensky';
        },
      ],
      [
        'details is an object',
        (d) => {
          d.events[0].details = { heading: 'h', items: ['i'] };
        },
      ],
      [
        'detail is a string',
        (d) => {
          d.events[0].details = ['h'];
        },
      ],
      [
        'detail heading is a number',
        (d) => {
          d.events[0].details = [{ heading: 1, items: ['i'] }];
        },
      ],
      [
        'detail items is a string',
        (d) => {
          d.events[0].details = [{ heading: 'h', items: 'i' }];
        },
      ],
      [
        'sources is a string',
        (d) => {
          d.events[0].sources = 'Reuters';
        },
      ],
      [
        'source is a string',
        (d) => {
          d.events[0].sources = ['Reuters'];
        },
      ],
      [
        'source name is a number',
        (d) => {
          d.events[0].sources = [{ name: 1 }];
        },
      ],
      [
        'source url is a number',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 1 }];
        },
      ],
      [
        'tags is a string',
        (d) => {
          d.events[0].tags = 'ceasefire';
        },
      ],
      [
        'tags with a number',
        (d) => {
          d.events[0].tags = ['ceasefire', 3];
        },
      ],
      [
        'participants with null',
        (d) => {
          d.events[0].participants = [null];
        },
      ],
      [
        'detail items with a number',
        (d) => {
          d.events[0].details = [{ heading: 'h', items: [2] }];
        },
      ],
      // empty and blank strings
      ...(['title', 'description', 'lang'] as const).flatMap((k): [string, (d: Doc) => unknown][] => [
        [
          `empty ${k}`,
          (d) => {
            d[k] = '';
          },
        ],
        [
          `blank ${k}`,
          (d) => {
            d[k] = ' \t';
          },
        ],
      ]),
      ...(['id', 'label', 'color'] as const).map((k): [string, (d: Doc) => unknown] => [
        `empty track ${k}`,
        (d) => {
          d.tracks[0][k] = '';
        },
      ]),
      ...(['id', 'date', 'title', 'track', 'summary', 'location'] as const).flatMap((k): [string, (d: Doc) => unknown][] => [
        [
          `empty event ${k}`,
          (d) => {
            d.events[0][k] = '';
          },
        ],
        [
          `blank event ${k}`,
          (d) => {
            d.events[0][k] = '\u00a0 \n';
          },
        ],
      ]),
      [
        'empty status',
        (d) => {
          d.events[0].status = '';
        },
      ],
      [
        'empty participant',
        (d) => {
          d.events[0].participants = [''];
        },
      ],
      [
        'empty tag',
        (d) => {
          d.events[0].tags = ['ok', ''];
        },
      ],
      [
        'blank tag',
        (d) => {
          d.events[0].tags = ['\u3000'];
        },
      ],
      [
        'empty detail heading',
        (d) => {
          d.events[0].details = [{ heading: '', items: ['i'] }];
        },
      ],
      [
        'empty items entry',
        (d) => {
          d.events[0].details = [{ heading: 'h', items: [''] }];
        },
      ],
      [
        'empty source name',
        (d) => {
          d.events[0].sources = [{ name: '' }];
        },
      ],
      [
        'empty source url',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: '' }];
        },
      ],
      // unknown keys at each level
      [
        'unknown top-level key',
        (d) => {
          d.subtitle = 'x';
        },
      ],
      [
        'unknown track key',
        (d) => {
          d.tracks[0].colour = 'red';
        },
      ],
      [
        'unknown event key',
        (d) => {
          d.events[0].Title = 'x';
        },
      ],
      [
        'unknown detail key',
        (d) => {
          d.events[0].details = [{ heading: 'h', items: ['i'], note: 'x' }];
        },
      ],
      [
        'unknown source key',
        (d) => {
          d.events[0].sources = [{ name: 'n', href: 'https://x.org' }];
        },
      ],
      [
        '__proto__ key in an event',
        (d) => {
          setOwn(d.events[0], '__proto__', { polluted: true });
        },
      ],
      [
        'constructor key at the top',
        (d) => {
          setOwn(d, 'constructor', { prototype: {} });
        },
      ],
      // bad values
      [
        'unknown status',
        (d) => {
          d.events[0].status = 'done';
        },
      ],
      [
        'status in the wrong case',
        (d) => {
          d.events[0].status = 'Occurred';
        },
      ],
      [
        'ftp url',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 'ftp://example.com/x' }];
        },
      ],
      [
        'javascript url',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 'javascript:alert(1)' }];
        },
      ],
      [
        'url without scheme',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 'www.example.com' }];
        },
      ],
      [
        'url with nothing after the scheme',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 'https://' }];
        },
      ],
      [
        'url with a space',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 'https://example.com/a b' }];
        },
      ],
      [
        'url with a leading space',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: ' https://example.com' }];
        },
      ],
      [
        'date with letters',
        (d) => {
          d.events[0].date = 'May 2025';
        },
      ],
      [
        'date with spaces around',
        (d) => {
          d.events[0].date = ' 2025-05-16';
        },
      ],
      // when the data was last updated (issue 17)
      ...[
        '2025-06-23T09:30:00',
        '2025-06-23 09:30:00Z',
        '2025-06-23T09:30:00+0300',
        '2025-06-23t09:30:00z',
        '2025-06-23T24:00:00Z',
        '2025-06-31',
        '2025-13-01',
        '25-06-23',
        'yesterday',
        '',
      ].map((updated): [string, (d: Doc) => unknown] => [
        `event updated ${JSON.stringify(updated)}`,
        (d) => {
          d.events[0].updated = updated;
        },
      ]),
      [
        'timeline updated is a number',
        (d) => {
          d.updated = 1750671000000;
        },
      ],
      // bare arrays
      ['bare array with an invalid event', (d) => [d.events[0], { id: 'x', date: '2025' }]],
      ['bare array with a non-object', (d) => [d.events[0], 'x']],
    ];

    for (const [name, mutate] of invalid) {
      it(`invalid for both: ${name}`, () => {
        const doc = structuredClone(bundled);
        const replaced = mutate(doc);
        const subject = replaced === undefined ? doc : replaced;
        const r = verdicts(subject);
        expect(r.schema, `schema should reject — ${r.why}`).to.equal(false);
        expect(r.validator, `validator should report — ${r.why}`).to.equal(false);
      });
    }

    const valid: [string, (d: Doc) => unknown][] = [
      [
        'with a $schema address',
        (d) => {
          d.$schema = 'https://talks-timeline.dev/schema.json';
        },
      ],
      [
        'upper-case url scheme',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 'HTTPS://EXAMPLE.COM/A' }];
        },
      ],
      [
        'plain http url',
        (d) => {
          d.events[0].sources = [{ name: 'n', url: 'http://example.com' }];
        },
      ],
      ['only events', (d) => ({ events: d.events.map(({ track: _track, ...e }: Doc) => e) })],
      ['no events at all', () => ({ events: [] })],
      ['bare array of the events', (d) => d.events.map(({ track: _track, ...e }: Doc) => e)],
      ['empty bare array', () => []],
      ['empty tracks with no event tracks', () => ({ tracks: [], events: [{ id: 'a', date: '2025', title: 't' }] })],
      [
        'empty optional lists',
        (d) => {
          Object.assign(d.events[0], { participants: [], details: [], sources: [], tags: [] });
        },
      ],
      [
        'detail with no items',
        (d) => {
          d.events[0].details = [{ heading: 'h', items: [] }];
        },
      ],
      [
        'text with surrounding spaces',
        (d) => {
          d.events[0].title = '  spaced  ';
          d.tracks[0].color = ' red';
        },
      ],
      ...['occurred', 'scheduled', 'possible', 'cancelled'].map((s): [string, (d: Doc) => unknown] => [
        `status ${s}`,
        (d) => {
          d.events[0].status = s;
        },
      ]),
      ...[
        '2025-06-23T09:30:00Z',
        '2025-06-23T12:30:00+03:00',
        '2025-06-23T09:30-05:00',
        '2025-06-23T09:30:00.125Z',
        '2024-02-29',
        '2025-06-23',
      ].map((updated): [string, (d: Doc) => unknown] => [
        `updated ${updated}`,
        (d) => {
          d.updated = updated;
          d.events[0].updated = updated;
        },
      ]),
      ...[
        '2025',
        '2025-05-16T10:00:00Z',
        '2025-21',
        '201X',
        '-0044-03-15',
        'Y10000',
        '2025-05?',
        '2025-05%',
        '../2025',
        '2025-05/2025-06~',
        '2025-06-22/..',
      ].map((date): [string, (d: Doc) => unknown] => [
        `date ${date}`,
        (d) => {
          d.events[0].date = date;
        },
      ]),
    ];

    for (const [name, mutate] of valid) {
      it(`valid for both: ${name}`, () => {
        const doc = structuredClone(bundled);
        const replaced = mutate(doc);
        const r = verdicts(replaced === undefined ? doc : replaced);
        expect(r.schema, `schema should accept — ${r.why}`).to.equal(true);
        expect(r.validator, `validator should accept — ${r.why}`).to.equal(true);
      });
    }
  });

  describe('property: random documents get the same verdict (fast-check)', () => {
    const MISSING = Symbol('missing');
    /** A JSON value that is not a string. */
    const nonString: fc.Arbitrary<Json> = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 2 }),
    );
    const blank = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\ufeff', '\u2028', '\u3000', ' \u2003 ');
    const goodText = fc.oneof(
      fc.constantFrom('Talks', 'Istanbul, Türkiye', ' padded ', 'x', '\u180e', '🕊️'),
      fc.string({ minLength: 1, unit: 'binary' }).filter((s) => s.trim() !== ''),
    );
    /** A track reference: resolved after generation to a defined track id. */
    class TrackRef {
      constructor(readonly n: number) {}
    }

    /** Random documents; invalid values get rarer as `rarity` grows. */
    function documents(rarity: number) {
      /** Mostly valid, sometimes invalid; a higher `rarity` makes invalid values rarer. */
      const mix = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>, goodWeight = 12) =>
        fc.oneof({ arbitrary: good, weight: goodWeight * rarity }, { arbitrary: bad, weight: 1 });
      const text = mix(goodText, fc.oneof(blank, nonString));
      const textList = mix(fc.array(mix(goodText, fc.oneof(blank, nonString), 20), { maxLength: 3 }), nonString);
      const required = <T>(a: fc.Arbitrary<T>) => mix(a, fc.constant(MISSING), 25);
      const optional = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.constant(MISSING));

      const goodDate = fc.constantFrom(
        '2025-05-16',
        '2022-03',
        '2025-06~',
        '2025-06-22/..',
        '2025-05/2025-06~',
        '2025',
        '2025-21',
        '../2025-05',
      );
      const updated = mix(
        fc.constantFrom('2025-06-23T09:30:00Z', '2025-06-23T12:30:00+03:00', '2025-06-23T09:30Z', '2024-02-29', '2025-06-23'),
        fc.oneof(fc.constantFrom('2025-06-23T09:30:00', '2025-06-31', '2025-06-23T09:30:00+0300', 'now', ''), nonString),
        6,
      );
      const url = mix(
        fc.oneof(fc.webUrl({ validSchemes: ['http', 'https'] }), fc.constantFrom('https://example.com', 'HTTP://EXAMPLE.COM', 'hTtPs://x')),
        fc.oneof(
          fc.constantFrom('ftp://x', 'javascript:alert(1)', 'https://', 'http://a b', ' https://x', 'www.x.org', 'https:/x', ''),
          fc.string(),
          nonString,
        ),
        6,
      );
      const status = mix(
        fc.constantFrom('occurred', 'scheduled', 'possible', 'cancelled'),
        fc.oneof(fc.constantFrom('done', 'Occurred', ''), nonString),
      );
      const unknownKey = mix(
        fc.constant(null),
        fc.tuple(fc.constantFrom('colour', 'Title', 'notes', '__proto__', 'constructor', 'toString', ''), fc.jsonValue({ maxDepth: 1 })),
        20,
      );

      const detail = mix(fc.record({ heading: required(text), items: required(textList), extra: unknownKey }), nonString, 20);
      const source = mix(fc.record({ name: required(text), url: optional(url), extra: unknownKey }), nonString, 20);
      const eventArb = mix(
        fc.record({
          id: required(mix(goodText, fc.oneof(blank, nonString), 20)),
          date: required(mix(goodDate, nonString, 20)),
          title: required(text),
          status: optional(status),
          track: optional(
            mix(
              fc.nat().map((n) => new TrackRef(n)),
              fc.oneof(blank, nonString),
              8,
            ),
          ),
          summary: optional(text),
          location: optional(text),
          participants: optional(textList),
          details: optional(mix(fc.array(detail, { maxLength: 2 }), nonString)),
          sources: optional(mix(fc.array(source, { maxLength: 2 }), nonString)),
          tags: optional(textList),
          updated: optional(updated),
          extra: unknownKey,
        }),
        nonString,
        25,
      );
      const trackArb = mix(
        fc.record({
          id: required(mix(goodText, fc.oneof(blank, nonString), 20)),
          label: required(text),
          color: optional(text),
          extra: unknownKey,
        }),
        nonString,
        25,
      );
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            $schema: optional(mix(fc.string(), nonString, 10)),
            title: optional(text),
            description: optional(text),
            lang: optional(text),
            updated: optional(updated),
            tracks: optional(mix(fc.array(trackArb, { maxLength: 3 }), nonString)),
            events: required(mix(fc.array(eventArb, { maxLength: 4 }), nonString, 20)),
            extra: unknownKey,
          }),
        },
        { weight: 1, arbitrary: fc.array(eventArb, { maxLength: 4 }) },
      );
    }
    // Both sides of the equivalence: many wholly valid documents, and many with one or several faults.
    const docArb = fc.oneof(documents(1), documents(8));

    /** Removes MISSING fields, applies unknown keys, and makes ids unique and track references resolvable. */
    function build(raw: unknown): unknown {
      const trackIds: string[] = [];
      let eventIndex = 0;
      const obj = (r: Record<string, unknown>, uniqueId: 'track' | 'event' | null): Doc => {
        const out: Doc = {};
        for (const [k, v] of Object.entries(r)) {
          if (v === MISSING || k === 'extra') continue;
          setOwn(out, k, v);
        }
        if (uniqueId && typeof out.id === 'string' && out.id.trim() !== '') {
          // A suffix that ends in the position keeps every id distinct.
          out.id = uniqueId === 'track' ? `${out.id}#t${trackIds.length}` : `${out.id}#${eventIndex}`;
          if (uniqueId === 'track') trackIds.push(out.id);
        }
        const extra = Array.isArray(r.extra) ? (r.extra as [string, Json]) : null;
        if (extra) setOwn(out, extra[0], extra[1]);
        return out;
      };
      const tracksDefined = (d: Doc) => Array.isArray(d.tracks);
      const event = (e: unknown, tracksArray: boolean): unknown => {
        if (typeof e !== 'object' || e === null || Array.isArray(e)) return e;
        const out = obj(e as Record<string, unknown>, 'event');
        eventIndex++;
        if (out.track instanceof TrackRef) {
          if (!tracksArray) out.track = `free-${out.track.n}`;
          else if (trackIds.length) out.track = trackIds[out.track.n % trackIds.length];
          else delete out.track;
        }
        for (const key of ['details', 'sources'] as const) {
          if (Array.isArray(out[key])) {
            out[key] = out[key].map((x: unknown) =>
              typeof x === 'object' && x !== null && !Array.isArray(x) ? obj(x as Record<string, unknown>, null) : x,
            );
          }
        }
        return out;
      };
      if (Array.isArray(raw)) return raw.map((e) => event(e, false));
      const doc = obj(raw as Record<string, unknown>, null);
      if (Array.isArray(doc.tracks)) {
        doc.tracks = doc.tracks.map((t: unknown) =>
          typeof t === 'object' && t !== null && !Array.isArray(t) ? obj(t as Record<string, unknown>, 'track') : t,
        );
      }
      if (Array.isArray(doc.events)) doc.events = doc.events.map((e: unknown) => event(e, tracksDefined(doc)));
      return doc;
    }

    it('schema verdict === validator verdict', () => {
      let validCount = 0;
      let invalidCount = 0;
      fc.assert(
        fc.property(docArb.map(build), (doc) => {
          const r = verdicts(doc);
          if (r.schema !== r.validator) {
            throw new Error(`schema says ${r.schema ? 'valid' : 'invalid'}, validator says ${r.validator ? 'valid' : 'invalid'}\n${r.why}`);
          }
          if (r.schema) validCount++;
          else invalidCount++;
        }),
        { numRuns: 300 },
      );
      // The generator must exercise both sides of the equivalence.
      expect(validCount, `valid ${validCount}, invalid ${invalidCount}`).to.be.greaterThan(30);
      expect(invalidCount, `valid ${validCount}, invalid ${invalidCount}`).to.be.greaterThan(30);
    });
  });
});
