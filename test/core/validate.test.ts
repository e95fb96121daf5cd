import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate } from '../../src/core/edtf.js';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, validate } from '../../src/core/validate.js';
import { buildModel } from '../../src/core/model.js';
import type { DataIssue, TimelineData } from '../../src/core/types.js';

const ev = (id: string, extra: Record<string, unknown> = {}) => ({ id, date: '2025-05-16', title: `Event ${id}`, ...extra });

function issueAt(issues: DataIssue[], path: string): DataIssue {
  const found = issues.filter((i) => i.path === path);
  expect(found, `one issue at ${path}; got ${JSON.stringify(issues)}`).to.have.length(1);
  return found[0];
}

/** Distinct event indexes that carry at least one `error` issue. */
function erroredIndexes(issues: DataIssue[]): Set<number> {
  const out = new Set<number>();
  for (const issue of issues) {
    const m = /^\/events\/(\d+)(?:\/|$)/.exec(issue.path);
    if (issue.severity === 'error' && m) out.add(Number(m[1]));
  }
  return out;
}

function expectCountInvariant(input: unknown): void {
  const r = validate(input);
  expect(r.data.events.length + erroredIndexes(r.issues).size, `kept + errored = total for ${JSON.stringify(input)}`).to.equal(r.total);
  if (Array.isArray(input)) expect(r.total).to.equal(input.length);
}

describe('validate', () => {
  it('accepts a bare array of events as the event list', () => {
    const r = validate([ev('a'), ev('b', { status: 'scheduled' })]);
    expect(r.issues).to.deep.equal([]);
    expect(r.total).to.equal(2);
    expect(r.data).to.deep.equal({
      events: [
        { id: 'a', date: '2025-05-16', title: 'Event a' },
        { id: 'b', date: '2025-05-16', title: 'Event b', status: 'scheduled' },
      ],
    });
  });

  it('validates the bundled Istanbul data with no issues and keeps every event', async () => {
    const raw = await (await fetch('/data/istanbul-talks.json')).json();
    const r = validate(raw);
    expect(r.issues, JSON.stringify(r.issues)).to.deep.equal([]);
    expect(raw.events.length).to.be.greaterThan(5);
    expect(r.total).to.equal(raw.events.length);
    expect(r.data.events.map((e) => e.id)).to.deep.equal(raw.events.map((e: { id: string }) => e.id));
    expect(r.data.title).to.equal(raw.title);
    expect(r.data.lang).to.equal(raw.lang);
    expect(r.data.tracks).to.deep.equal(raw.tracks);
    // Nothing is lost or altered: valid input comes back as it went in.
    expect(r.data.events).to.deep.equal(raw.events);
  });

  describe('errors drop the event and point at the problem', () => {
    it('missing title: /events/i/title, naming the event id', () => {
      const r = validate([ev('a'), { id: 'no-title', date: '2025-05-16' }]);
      const issue = issueAt(r.issues, '/events/1/title');
      expect(issue.severity).to.equal('error');
      expect(issue.eventId).to.equal('no-title');
      expect(issue.message).to.equal('event "no-title": title is missing');
      expect(r.data.events.map((e) => e.id)).to.deep.equal(['a']);
    });

    it('empty or non-text title says what it got', () => {
      const r = validate([ev('a', { title: '' }), ev('b', { title: 7 }), ev('c', { title: '   ' })]);
      expect(issueAt(r.issues, '/events/0/title').message).to.equal('event "a": title is an empty text, not a non-empty text');
      expect(issueAt(r.issues, '/events/1/title').message).to.equal('event "b": title is a number, not a non-empty text');
      expect(issueAt(r.issues, '/events/2/title').message).to.include('event "c"').and.include('title');
      expect(r.data.events).to.deep.equal([]);
    });

    it('invalid date 2025-13-01 at /events/3/date says the month must be 01–12', () => {
      const r = validate([ev('a'), ev('b'), ev('c'), ev('bad-month', { date: '2025-13-01' }), ev('e')]);
      const issue = issueAt(r.issues, '/events/3/date');
      expect(issue.severity).to.equal('error');
      expect(issue.eventId).to.equal('bad-month');
      expect(issue.message).to.match(/^event "bad-month": date "2025-13-01": /);
      expect(issue.message).to.include('month must be 01–12');
      expect(r.issues).to.have.length(1);
      expect(r.data.events.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', 'e']);
      expect(r.total).to.equal(5);
    });

    it('missing date and non-text date', () => {
      const r = validate([{ id: 'x', title: 'X' }, ev('y', { date: 20250516 })]);
      expect(issueAt(r.issues, '/events/0/date').message).to.equal('event "x": date is missing');
      expect(issueAt(r.issues, '/events/1/date').message).to.equal('event "y": date is a number, not an EDTF text like "2025-05-16"');
      expect(r.data.events).to.deep.equal([]);
    });

    it('missing id names the event by its position', () => {
      const r = validate([ev('a'), { date: '2025-05-16', title: 'No id' }, ev('', {})]);
      const issue = issueAt(r.issues, '/events/1/id');
      expect(issue.severity).to.equal('error');
      expect(issue.message).to.equal('event 2: id is missing; give every event a unique, non-empty id');
      expect(issue).not.to.have.property('eventId');
      expect(issueAt(r.issues, '/events/2/id').message).to.match(/^event 3: id is missing/);
      expect(r.data.events.map((e) => e.id)).to.deep.equal(['a']);
    });

    it('unknown status lists the allowed ones', () => {
      const r = validate([ev('s', { status: 'done' }), ev('n', { status: null })]);
      const issue = issueAt(r.issues, '/events/0/status');
      expect(issue.severity).to.equal('error');
      expect(issue.eventId).to.equal('s');
      expect(issue.message).to.equal('event "s": status "done" is not one of occurred, scheduled, possible, cancelled');
      expect(issueAt(r.issues, '/events/1/status').message).to.include('status null');
      expect(r.data.events).to.deep.equal([]);
    });

    it('reports every error of one event, not just the first', () => {
      const r = validate([{ status: 'nope', date: 'nope' }]);
      expect(r.issues.map((i) => i.path).sort()).to.deep.equal(['/events/0/date', '/events/0/id', '/events/0/status', '/events/0/title']);
      expect(r.issues.every((i) => i.severity === 'error')).to.equal(true);
    });

    it('a non-object event is an error at /events/i', () => {
      const r = validate({ events: [ev('a'), 42, null, ['x'], 'text'] });
      expect(issueAt(r.issues, '/events/1').message).to.equal('event 2 must be an object with id, date and title, not a number');
      expect(issueAt(r.issues, '/events/2').message).to.include('event 3').and.include('not null');
      expect(issueAt(r.issues, '/events/3').message).to.include('event 4').and.include('not a list');
      expect(issueAt(r.issues, '/events/4').message).to.include('event 5').and.include('not a text');
      expect(r.issues.every((i) => i.severity === 'error')).to.equal(true);
      expect(r.data.events.map((e) => e.id)).to.deep.equal(['a']);
      expect(r.total).to.equal(5);
    });

    it('events that are not a list, or missing', () => {
      const notList = validate({ title: 'T', events: { a: ev('a') } });
      expect(issueAt(notList.issues, '/events')).to.deep.equal({
        path: '/events',
        severity: 'error',
        message: 'events must be a list, not an object',
      });
      expect(notList.total).to.equal(0);
      expect(notList.data).to.deep.equal({ title: 'T', events: [] });

      const missing = validate({ title: 'T' });
      expect(issueAt(missing.issues, '/events').message).to.equal('the timeline has no events list');
      expect(missing.total).to.equal(0);
    });

    for (const [input, kind] of [
      [42, 'a number'],
      [null, 'null'],
      ['[]', 'a text'],
      [true, 'a boolean'],
    ] as const) {
      it(`input that is ${JSON.stringify(input)} is one error at the root`, () => {
        const r = validate(input);
        expect(r.issues).to.have.length(1);
        expect(r.issues[0].path).to.equal('');
        expect(r.issues[0].severity).to.equal('error');
        expect(r.issues[0].message).to.equal(`expected a timeline object with an events list, or a list of events, not ${kind}`);
        expect(r.data).to.deep.equal({ events: [] });
        expect(r.total).to.equal(0);
      });
    }

    it('undefined input is one error at the root', () => {
      const r = validate(undefined);
      expect(r.issues.map((i) => [i.path, i.severity])).to.deep.equal([['', 'error']]);
      expect(r.issues[0].message).to.match(/^expected a timeline object with an events list, or a list of events, not /);
      expect(r.data).to.deep.equal({ events: [] });
    });

    it('never throws, even when reading the input throws', () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
          ownKeys() {
            throw new Error('boom');
          },
        },
      );
      const r = validate(hostile);
      expect(r.data).to.deep.equal({ events: [] });
      expect(r.issues.some((i) => i.severity === 'error' && i.message.includes('boom'))).to.equal(true);
    });
  });

  describe('warnings keep the event', () => {
    it('unknown track: kept without a track', () => {
      const r = validate({
        tracks: [{ id: 'talks', label: 'Talks' }],
        events: [ev('a', { track: 'talks' }), ev('b', { track: 'tallks' })],
      });
      const issue = issueAt(r.issues, '/events/1/track');
      expect(issue.severity).to.equal('warning');
      expect(issue.eventId).to.equal('b');
      expect(issue.message).to.equal('event "b": track "tallks" is not defined in tracks; the event is shown without a track');
      expect(r.data.events).to.have.length(2);
      expect(r.data.events[0].track).to.equal('talks');
      expect(r.data.events[1]).not.to.have.property('track');
    });

    it('duplicate id: the later event is renamed, avoiding ids already taken', () => {
      const r = validate([ev('a'), ev('a-2'), ev('a'), ev('a')]);
      expect(r.data.events.map((e) => e.id)).to.deep.equal(['a', 'a-2', 'a-3', 'a-4']);
      const issue = issueAt(r.issues, '/events/2/id');
      expect(issue.severity).to.equal('warning');
      expect(issue.eventId).to.equal('a-3');
      expect(issue.message).to.equal('event "a": id is used by an earlier event; this one was renamed "a-3"');
      expect(issueAt(r.issues, '/events/3/id').eventId).to.equal('a-4');
      expect(r.issues).to.have.length(2);
    });

    it('unknown field: ignored with a warning at its pointer (RFC 6901 escaped)', () => {
      const r = validate({ subtitle: 'x', events: [ev('a', { colour: 'red', 'a/b~c': 1 })] });
      const top = issueAt(r.issues, '/subtitle');
      expect(top.severity).to.equal('warning');
      expect(top.message).to.equal('timeline: unknown field "subtitle" was ignored');
      const colour = issueAt(r.issues, '/events/0/colour');
      expect(colour.severity).to.equal('warning');
      expect(colour.message).to.equal('event "a": unknown field "colour" was ignored');
      expect(issueAt(r.issues, '/events/0/a~1b~0c').message).to.include('"a/b~c"');
      expect(r.data.events).to.deep.equal([ev('a')]);
    });

    it('non-http source url: the link is dropped, the source kept', () => {
      const r = validate([
        ev('a', {
          sources: [
            { name: 'Evil', url: 'javascript:alert(1)' },
            { name: 'Ok', url: 'https://example.com/a' },
            { name: 'Ftp', url: 'ftp://x' },
          ],
        }),
      ]);
      const issue = issueAt(r.issues, '/events/0/sources/0/url');
      expect(issue.severity).to.equal('warning');
      expect(issue.eventId).to.equal('a');
      expect(issue.message).to.equal('event "a": source "Evil" url must start with http:// or https://; the link was left out');
      expect(issueAt(r.issues, '/events/0/sources/2/url').severity).to.equal('warning');
      expect(r.data.events[0].sources).to.deep.equal([{ name: 'Evil' }, { name: 'Ok', url: 'https://example.com/a' }, { name: 'Ftp' }]);
    });

    it('empty optional strings are left out with a warning', () => {
      const r = validate({
        title: '',
        lang: '  ',
        events: [
          ev('a', {
            summary: '',
            location: '   ',
            tags: ['', 'peace', 3],
            participants: [],
            details: [{ heading: 'H', items: ['', 'x'] }],
          }),
        ],
      });
      for (const path of [
        '/title',
        '/lang',
        '/events/0/summary',
        '/events/0/location',
        '/events/0/tags/0',
        '/events/0/tags/2',
        '/events/0/details/0/items/0',
      ]) {
        expect(issueAt(r.issues, path).severity, path).to.equal('warning');
      }
      expect(issueAt(r.issues, '/events/0/summary').message).to.equal(
        'event "a": summary must be a non-empty text, not an empty text; it was left out',
      );
      expect(issueAt(r.issues, '/events/0/tags/2').message).to.equal(
        'event "a": tags item 3 must be a non-empty text, not a number; it was left out',
      );
      expect(r.issues).to.have.length(7);
      expect(r.data).to.deep.equal({ events: [ev('a', { tags: ['peace'], participants: [], details: [{ heading: 'H', items: ['x'] }] })] });
    });

    it('broken tracks, details and sources are dropped piecewise', () => {
      const r = validate({
        tracks: [{ id: 't', label: '' }, { id: 't', label: 'Again' }, 'x', { label: 'No id' }],
        events: [
          ev('a', {
            track: 't',
            details: [{ heading: '', items: ['x'] }, { heading: 'No items' }, 5],
            sources: [{ url: 'https://x.org' }, 'S'],
          }),
        ],
      });
      expect(r.issues.every((i) => i.severity === 'warning')).to.equal(true);
      expect(r.data.tracks).to.deep.equal([{ id: 't', label: 't' }]);
      expect(issueAt(r.issues, '/tracks/1/id').message).to.equal('track "t" is defined twice; the second one was left out');
      expect(r.data.events).to.deep.equal([ev('a', { track: 't', details: [], sources: [] })]);
      expect(r.issues.map((i) => i.path)).to.include.members([
        '/tracks/0/label',
        '/tracks/2',
        '/tracks/3/id',
        '/events/0/details/0/heading',
        '/events/0/details/1/items',
        '/events/0/details/2',
        '/events/0/sources/0/name',
        '/events/0/sources/1',
      ]);
    });

    it('a non-text $schema is reported (the schema allows only a text there)', () => {
      expect(validate({ $schema: './schema.json', events: [] }).issues).to.deep.equal([]);
      const r = validate({ $schema: 5, events: [] });
      expect(issueAt(r.issues, '/$schema').severity).to.equal('warning');
    });
  });

  it('__proto__ and constructor keys in the input do not pollute Object.prototype', () => {
    // Written as JSON text: JSON.parse makes "__proto__" an own key (an object literal would set the prototype).
    const json = `{
      "__proto__": { "polluted": "top" },
      "constructor": { "prototype": { "polluted": "ctor" } },
      "tracks": [{ "id": "constructor", "label": "C", "__proto__": { "polluted": "track" } }],
      "events": [
        { "id": "__proto__", "date": "2025", "title": "P", "track": "constructor",
          "__proto__": { "polluted": "event" }, "constructor": { "prototype": { "polluted": "ctor" } } },
        { "id": "b", "date": "2025", "title": "B", "track": "toString",
          "details": [{ "heading": "h", "items": ["i"], "__proto__": { "polluted": "detail" } }] },
        { "id": "__proto__", "date": "2025", "title": "Q" }
      ]
    }`;
    const input = JSON.parse(json);
    expect(Object.keys(input)).to.include('__proto__');
    expect(Object.keys(input.events[0])).to.include('__proto__');

    const r = validate(input);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.own.property('polluted');
    expect(Object.getPrototypeOf(r.data)).to.equal(Object.prototype);
    for (const e of r.data.events) {
      expect(Object.getPrototypeOf(e)).to.equal(Object.prototype);
      expect(Object.keys(e)).not.to.include('__proto__');
      expect(Object.keys(e)).not.to.include('constructor');
    }
    expect(r.data.events.map((e) => e.id)).to.deep.equal(['__proto__', 'b', '__proto__-2']);
    expect(r.data.events[0].track).to.equal('constructor');
    // 'toString' is inherited by every object but is not a defined track.
    expect(r.data.events[1]).not.to.have.property('track');
    expect(issueAt(r.issues, '/events/1/track').severity).to.equal('warning');
    for (const path of [
      '/__proto__',
      '/constructor',
      '/events/0/__proto__',
      '/events/0/constructor',
      '/events/1/details/0/__proto__',
      '/tracks/0/__proto__',
    ]) {
      expect(issueAt(r.issues, path).message, path).to.include('unknown field');
    }
    expect(r.issues.every((i) => i.severity === 'warning')).to.equal(true);
  });

  it('count invariant: kept + errored = input events', () => {
    const input = [ev('a'), { id: 'b' }, 5, ev('a'), ev('c', { date: '2025-02-30', status: 'x' }), ev('d', { colour: 1 })];
    const r = validate(input);
    expect(r.data.events.map((e) => e.id)).to.deep.equal(['a', 'a-2', 'd']);
    expect([...erroredIndexes(r.issues)].sort()).to.deep.equal([1, 2, 4]);
    expectCountInvariant(input);
    expectCountInvariant({ events: input });
  });

  describe('properties (fast-check)', () => {
    const statuses = ['occurred', 'scheduled', 'possible', 'cancelled'];
    const eventLike = fc.record(
      {
        id: fc.oneof(fc.string(), fc.constantFrom('a', 'a-2', 'b', '__proto__', ' '), fc.constant(undefined)),
        date: fc.oneof(
          fc.constantFrom('2025-05-16', '2022-03', '2025-06-22/..', '2025-13-01', 'nope', '2025-06~', '2025-05/2025-06~'),
          fc.string(),
        ),
        title: fc.oneof(fc.string(), fc.integer()),
        status: fc.oneof(fc.constantFrom(...statuses), fc.anything()),
        track: fc.oneof(fc.constantFrom('t1', 't2', 'nope'), fc.anything()),
        summary: fc.oneof(fc.string(), fc.anything()),
        tags: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), fc.anything()),
        sources: fc.array(
          fc.record({ name: fc.oneof(fc.string(), fc.integer()), url: fc.oneof(fc.webUrl(), fc.string()) }, { requiredKeys: [] }),
          { maxLength: 2 },
        ),
        details: fc.array(
          fc.record(
            { heading: fc.string(), items: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.anything()) },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const eventList = fc.array(fc.oneof({ arbitrary: eventLike, weight: 5 }, { arbitrary: fc.anything(), weight: 1 }), { maxLength: 12 });

    it('never throws on anything, and always returns a well-formed result', () => {
      const check = (input: unknown) => {
        const r = validate(input);
        expect(r.data.events).to.be.an('array');
        expect(r.total).to.be.at.least(r.data.events.length);
        for (const i of r.issues) {
          expect(i.path === '' || i.path.startsWith('/'), i.path).to.equal(true);
          expect(['error', 'warning']).to.include(i.severity);
          expect(i.message).to.be.a('string').and.not.equal('');
        }
      };
      fc.assert(fc.property(fc.anything(), check), { numRuns: 300 });
      fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 300 });
      fc.assert(fc.property(fc.object({ key: fc.constantFrom('events', 'tracks', 'title', '$schema', '__proto__') }), check), {
        numRuns: 200,
      });
    });

    it('kept + events with an error = input events, for arbitrary event-like lists', () => {
      fc.assert(
        fc.property(
          eventList,
          fc.boolean(),
          fc.option(fc.array(fc.record({ id: fc.constantFrom('t1', 't2', 't1'), label: fc.string() }), { maxLength: 3 })),
          (events, wrapped, tracks) => {
            const input = wrapped ? (tracks ? { tracks, events } : { events }) : events;
            const r = validate(input);
            expect(r.total).to.equal(events.length);
            expect(r.data.events.length + erroredIndexes(r.issues).size).to.equal(events.length);
            // Kept events are usable: unique ids and dates the parser accepts.
            const ids = r.data.events.map((e) => e.id);
            expect(new Set(ids).size).to.equal(ids.length);
            for (const e of r.data.events) {
              expect(() => parseDate(e.date)).not.to.throw();
              expect(e.title.trim()).not.to.equal('');
              if (e.status !== undefined) expect(statuses).to.include(e.status);
            }
            // The only errors are per-event ones (the input always has an event list here).
            const errored = erroredIndexes(r.issues);
            expect(r.issues.filter((i) => i.severity === 'error' && !/^\/events\/\d+/.test(i.path))).to.deep.equal([]);
            expect(errored.size).to.be.at.most(events.length);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('validating its own output again gives no issues and the same data', () => {
      fc.assert(
        fc.property(eventList, (events) => {
          const first: TimelineData = validate(JSON.parse(JSON.stringify(events))).data;
          const again = validate(JSON.parse(JSON.stringify(first)));
          expect(again.issues, JSON.stringify(first)).to.deep.equal([]);
          expect(again.data).to.deep.equal(first);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('validate: dates the axis cannot draw', () => {
  it('keeps deep time (the Big Bang, far futures) and reports only a year beyond a trillion, naming the event', () => {
    const { data, issues } = validate({
      events: [
        { id: 'big-bang', date: 'Y-13800000000', title: 'The Big Bang' },
        { id: 'far', date: 'Y170000002', title: 'Far future' },
        { id: 'too-far', date: 'Y-2000000000000', title: 'Before everything' },
        { id: 'near', date: '2025-05-16', title: 'Near' },
      ],
    });
    expect(data.events.map((e) => e.id)).to.deep.equal(['big-bang', 'far', 'near']);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ path: '/events/2/date', severity: 'error', eventId: 'too-far' });
    expect(issues[0].message).to.contain('too-far').and.contain('Y-2000000000000').and.contain('beyond');
  });
});

describe('validate: limits, repeated fields and colours (issue 8)', () => {
  it('cuts an over-long text to its limit with a warning that names the event and the field, keeping the event', () => {
    const long = 'Talks '.repeat(50_000); // 300,000 characters
    const { data, issues } = validate({ events: [ev('a', { title: long, summary: long, tags: [long] })] });
    expect(data.events).to.have.length(1);
    const [e] = data.events;
    expect(Array.from(e.title)).to.have.length(MAX_SHORT_TEXT);
    expect(e.title.endsWith('…')).to.equal(true);
    expect(Array.from(e.summary!)).to.have.length(MAX_LONG_TEXT);
    expect(Array.from(e.tags![0])).to.have.length(MAX_SHORT_TEXT);
    const title = issueAt(issues, '/events/0/title');
    expect(title.severity).to.equal('warning');
    expect(title.message).to.equal('event "a": title is 300,000 characters long; it was cut to 1,000');
    expect(issueAt(issues, '/events/0/summary').message).to.contain('cut to 50,000');
    expect(issueAt(issues, '/events/0/tags/0').severity).to.equal('warning');
  });

  it('never cuts inside a character made of two UTF-16 units', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_SHORT_TEXT - 3, max: MAX_SHORT_TEXT + 3 }), fc.integer({ min: 0, max: 5 }), (emoji, plain) => {
        const title = 'x'.repeat(plain) + '🕊'.repeat(emoji);
        const { data, issues } = validate({ events: [ev('a', { title })] });
        const kept = data.events[0].title;
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(kept), 'no lone surrogate').to.equal(false);
        const chars = Array.from(title).length;
        if (chars <= MAX_SHORT_TEXT) expect(kept).to.equal(title);
        else expect([Array.from(kept).length, issues.length]).to.deep.equal([MAX_SHORT_TEXT, 1]);
      }),
      { numRuns: 40 },
    );
  });

  it('warns once about an unknown field however many events have it, saying how many more', () => {
    const events = Array.from({ length: 40 }, (_, i) => ev(`e${i}`, { image: 'x.jpg', ...(i === 7 ? { colour: 'red' } : {}) }));
    const { data, issues } = validate({ events });
    expect(data.events).to.have.length(40);
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['/events/0/image', 'event "e0": unknown field "image" was ignored (and in 39 more)'],
      ['/events/7/colour', 'event "e7": unknown field "colour" was ignored'],
    ]);
    expect(data.events.some((e) => 'image' in e)).to.equal(false);
  });

  it('reads at most maxEvents events (100,000 by default) and reports the rest in one error, keeping the count', () => {
    const events = Array.from({ length: 12 }, (_, i) => ev(`e${i}`));
    const { data, issues, total } = validate({ events }, { maxEvents: 10 });
    expect(data.events.map((e) => e.id)).to.deep.equal(events.slice(0, 10).map((e) => e.id));
    expect(total).to.equal(12);
    const over = issueAt(issues, '/events/10');
    expect(over.severity).to.equal('error');
    expect(over.message).to.equal('events 11 to 12 (2) were not read: a timeline shows at most 10 events');
    expect(validate({ events }).data.events).to.have.length(12);
  });

  it('keeps track colours that are CSS colours and reports anything else', () => {
    const good = [
      '#1f5fa8',
      '#abc',
      '#1f5fa8cc',
      'teal',
      'rebeccapurple',
      'rgb(31 95 168)',
      'rgba(31, 95, 168, 0.5)',
      'hsl(210deg 50% 40%)',
      'oklch(0.55 0.12 250 / 80%)',
    ];
    const bad = [
      'url(https://tracker.example/x.png)',
      'red; background: url(x)',
      'var(--x)',
      'expression(alert(1))',
      '#12',
      'rgb(1 2 3) url(x)',
      'javascript:alert(1)',
      'light-dark(red, blue)',
    ];
    const tracks = [...good, ...bad].map((color, i) => ({ id: `t${i}`, label: `T${i}`, color }));
    const { data, issues } = validate({ tracks, events: [ev('a')] });
    expect(data.tracks!.filter((t) => t.color).map((t) => t.color)).to.deep.equal(good);
    expect(issues.map((i) => i.path)).to.deep.equal(bad.map((_, i) => `/tracks/${good.length + i}/color`));
    for (const i of issues) expect(i.message).to.match(/is not a CSS colour/);
  });
});

describe('validate: media, eras and priority (issue 9)', () => {
  it('keeps media with a safe url, reports an image without alt (kept, decorative) and leaves out unsafe urls', () => {
    const { data, issues } = validate({
      events: [
        ev('img', {
          media: {
            url: '/demo/examples/media/moon.svg',
            alt: 'The Moon',
            caption: 'The Moon',
            credit: 'Generated',
            link: 'https://example.org/moon',
          },
        }),
        ev('noalt', { media: { url: 'https://example.org/photo.jpg' } }),
        ev('video', { media: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } }),
        ev('js', { media: { url: 'javascript:alert(1)', alt: 'x' } }),
        ev('data', { media: { url: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' } }),
        ev('proto', { media: { url: '//evil.example/x.png', alt: 'x' } }),
        ev('badlink', { media: { url: 'a.png', alt: 'x', link: 'javascript:alert(1)', kind: 'hologram' } }),
        ev('notobj', { media: 'https://example.org/x.png' }),
      ],
    });
    expect(data.events).to.have.length(8); // media problems never drop an event
    const byId = Object.fromEntries(data.events.map((e) => [e.id, e.media]));
    expect(byId.img).to.deep.equal({
      url: '/demo/examples/media/moon.svg',
      alt: 'The Moon',
      caption: 'The Moon',
      credit: 'Generated',
      link: 'https://example.org/moon',
    });
    expect(byId.noalt).to.deep.equal({ url: 'https://example.org/photo.jpg' });
    expect(issueAt(issues, '/events/1/media/alt').message).to.contain('treated as decorative');
    expect(byId.video).to.deep.equal({ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
    for (const id of ['js', 'data', 'proto', 'notobj']) expect(byId[id], id).to.equal(undefined);
    expect(issueAt(issues, '/events/3/media/url').severity).to.equal('warning');
    expect(byId.badlink).to.deep.equal({ url: 'a.png', alt: 'x' });
    expect(issueAt(issues, '/events/6/media/link').message).to.contain('http(s)');
    expect(issueAt(issues, '/events/6/media/kind').message).to.contain('"hologram"');
  });

  it('keeps eras with a date and a label, and reports the rest by path without touching the events', () => {
    const { data, issues } = validate({
      eras: [
        { id: 'talks-2022', date: '2022', label: '2022 talks' },
        { date: '2025-05-16/..', label: '2025 talks', color: '#ddeeff' },
        { date: '2025-13', label: 'Bad month' },
        { date: '2025', label: '  ' },
        { date: '2025', label: 'Bad colour', color: 'url(x)' },
        'not an era',
      ],
      events: [ev('a')],
    });
    expect(data.events).to.have.length(1);
    expect(data.eras).to.deep.equal([
      { id: 'talks-2022', date: '2022', label: '2022 talks' },
      { date: '2025-05-16/..', label: '2025 talks', color: '#ddeeff' },
      { date: '2025', label: 'Bad colour' },
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal(['/eras/2/date', '/eras/3/label', '/eras/4/color', '/eras/5']);
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
  });

  it('keeps priority 1, 2 or 3 and reports anything else', () => {
    const { data, issues } = validate({
      events: [ev('a', { priority: 1 }), ev('b', { priority: 3 }), ev('c', { priority: 0 }), ev('d', { priority: '1' })],
    });
    expect(data.events.map((e) => e.priority)).to.deep.equal([1, 3, undefined, undefined]);
    expect(issues.map((i) => i.path)).to.deep.equal(['/events/2/priority', '/events/3/priority']);
  });
});

describe('dates parsed once, from validation to the model', () => {
  it('draws what validation read, and reads a date changed after validation anew', () => {
    const { data } = validate({
      events: [
        { id: 'a', date: '2025-05-16', title: 'A' },
        { id: 'b', date: '2022-03', title: 'B' },
      ],
    });
    const model = buildModel(data, 'en');
    expect(model.items.map((it) => [it.event.id, it.span.min])).to.deep.equal([
      ['b', Date.UTC(2022, 2, 1)],
      ['a', Date.UTC(2025, 4, 16)],
    ]);
    data.events[0].date = '2020-01-01';
    const again = buildModel(data, 'en');
    expect(again.items.map((it) => [it.event.id, it.span.min])).to.deep.equal([
      ['a', Date.UTC(2020, 0, 1)],
      ['b', Date.UTC(2022, 2, 1)],
    ]);
    // Events that never went through validation are parsed by the model itself.
    expect(buildModel({ events: [{ id: 'c', date: '2025-06~', title: 'C' }] }, 'en').items[0].span.approximate).to.equal(true);
  });
});

describe('validate: when the data was last updated (issue 17)', () => {
  const good = [
    '2025-06-23T09:30:00Z',
    '2025-06-23T12:30:00+03:00',
    '2025-06-23T04:30:00-05:00',
    '2025-06-23T09:30Z',
    '2025-06-23T09:30:00.125Z',
    '2024-02-29T00:00:00Z',
    '2025-06-23',
  ];
  const bad: unknown[] = [
    '2025-06-23T09:30:00',
    '2025-06-23 09:30:00Z',
    '2025-06-23T09:30:00+0300',
    '2025-06-23t09:30:00z',
    '2025-06-23T24:00:00Z',
    '2025-06-31',
    '2025-02-29',
    '2025-13-01',
    '23 June 2025',
    ' 2025-06-23',
    '',
    1750671000000,
    null,
    ['2025-06-23'],
  ];

  it('keeps a date-time with Z or an offset, or a date alone, as written, on the timeline and on events', () => {
    const { data, issues } = validate({ updated: good[0], events: good.map((updated, i) => ev(`e${i}`, { updated })) });
    expect(issues).to.deep.equal([]);
    expect(data.updated).to.equal(good[0]);
    expect(data.events.map((e) => e.updated)).to.deep.equal(good);
    // What the element reads it with: every kept value is an instant to JavaScript.
    for (const v of good) expect(Number.isFinite(Date.parse(v)), v).to.equal(true);
    expect(Date.parse('2025-06-23T12:30:00+03:00')).to.equal(Date.parse('2025-06-23T09:30:00Z'));
  });

  it('leaves out anything else with a warning that names the event and the field, keeping the event', () => {
    const { data, issues } = validate({ events: bad.map((updated, i) => ev(`e${i}`, { updated })) });
    expect(data.events).to.have.length(bad.length);
    expect(data.events.every((e) => !('updated' in e))).to.equal(true);
    bad.forEach((_, i) => {
      const issue = issueAt(issues, `/events/${i}/updated`);
      expect(issue.severity).to.equal('warning');
      expect(issue.eventId).to.equal(`e${i}`);
    });
    expect(issues).to.have.length(bad.length);
    expect(issueAt(issues, '/events/0/updated').message).to.equal(
      'event "e0": updated must be a date-time with Z or an offset ("2025-06-23T09:30:00Z") or a date, not "2025-06-23T09:30:00"; it was left out',
    );
    expect(issueAt(issues, '/events/6/updated').message).to.include('not "2025-02-29"');
    expect(issueAt(issues, '/events/11/updated').message).to.include('not a number; it was left out');
  });

  it('a bad timeline-level updated is a warning at /updated; the events are kept', () => {
    const { data, issues } = validate({ updated: 'yesterday', events: [ev('a')] });
    const issue = issueAt(issues, '/updated');
    expect(issue.severity).to.equal('warning');
    expect(issue.message).to.match(/^timeline: updated must be a date-time .* not "yesterday"; it was left out$/);
    expect(issue).not.to.have.property('eventId');
    expect(data).to.deep.equal({ events: [ev('a')] });
  });

  it('property: a date-time is kept exactly when it names a real instant, and then means that instant', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1, max: 9999 }),
          month: fc.integer({ min: 0, max: 13 }),
          day: fc.integer({ min: 0, max: 32 }),
          hour: fc.integer({ min: 0, max: 25 }),
          minute: fc.integer({ min: 0, max: 61 }),
          second: fc.option(fc.integer({ min: 0, max: 61 })),
          zone: fc.oneof(fc.constant('Z'), fc.integer({ min: -25 * 60, max: 25 * 60 }), fc.constant(null)),
        }),
        ({ year, month, day, hour, minute, second, zone }) => {
          const offset = typeof zone === 'number' ? zone : 0;
          const zoneText =
            zone === 'Z'
              ? 'Z'
              : zone === null
                ? ''
                : `${zone < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(zone) / 60))}:${pad(Math.abs(zone) % 60)}`;
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${second === null ? '' : `:${pad(second)}`}${zoneText}`;
          // The oracle is JavaScript's own calendar (setUTCFullYear: no mapping of years 0–99 to the 1900s).
          const at = new Date(0);
          at.setUTCFullYear(year, month, 0);
          const dayExists = month >= 1 && month <= 12 && day >= 1 && day <= at.getUTCDate();
          const ok = dayExists && hour < 24 && minute < 60 && (second ?? 0) < 60 && zone !== null && Math.abs(offset) < 24 * 60;
          const kept = validate([ev('a', { updated: text })]).data.events[0].updated;
          expect(kept === text, `${text} kept: ${kept !== undefined}, should be: ${ok}`).to.equal(ok);
          if (!ok) return;
          at.setUTCFullYear(year, month - 1, day);
          at.setUTCHours(hour, minute, second ?? 0, 0);
          expect(Date.parse(text), text).to.equal(at.getTime() - offset * 60_000);
        },
      ),
      { numRuns: 500 },
    );
  });
});
