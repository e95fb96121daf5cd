/** The worker sends the model's events as columns (texts joined into one where it can): they come back as they were. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromColumns, toColumns } from '../../src/worker/protocol.js';
import type { TimelineEvent } from '../../src/core/types.js';

/** Texts that may hold the joining character (U+0000), be empty, or be anything else. */
const text = fc.oneof(fc.string(), fc.constantFrom('', '\u0000', 'a\u0000b', '\u0000\u0000'), fc.string({ unit: 'grapheme' }));

const event = fc.record(
  {
    id: text,
    date: text,
    title: text,
    track: text,
    summary: text,
    priority: fc.integer({ min: 1, max: 3 }),
    tags: fc.array(text, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'date', 'title'] },
) as fc.Arbitrary<TimelineEvent>;

describe('toColumns / fromColumns', () => {
  it('property: events sent as columns (through structuredClone, as a message is) come back equal, any texts, any missing fields', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const sent = structuredClone(toColumns(events));
        expect(fromColumns(sent)).to.deep.equal(events);
      }),
      { numRuns: 300 },
    );
  });

  it('joins a field every event has as a text into one text, and leaves a column it cannot join as it is', () => {
    const events = [
      { id: 'a', date: '2025-05-16', title: 'One', track: 't\u0000x' },
      { id: 'b', date: '2025-06-02', title: 'Two' },
    ] as TimelineEvent[];
    const { keys, values } = toColumns(events);
    const of = (key: string) => values[keys.indexOf(key)];
    expect(of('id')).to.deep.equal({ joined: 'a\u0000b' });
    expect(of('title')).to.deep.equal({ joined: 'One\u0000Two' });
    // One event has no track, and the other's holds the joining character: an array.
    expect(of('track')).to.deep.equal(['t\u0000x', undefined]);
    expect(fromColumns(toColumns([]))).to.deep.equal([]);
  });
});
