import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layout } from '../../src/core/horizontal.js';
import { openAggregates } from '../../src/core/open.js';
import { buildModel } from '../../src/core/model.js';
import type { TimelineEvent } from '../../src/core/types.js';
import { wrap } from '../../src/core/wrap.js';
import { drawnBoxes, EM, EPS, intersects, measure, widthOf } from './drawn-boxes.js';

const titleWidth = (t: string) => widthOf(t, 0.875 * EM);

/** The width titles wrap within, as the README documents it (a key event may be given more). */
const wrapWidthAt = (width: number) => (width < 40 * EM ? width - 2 * EM : Math.min(Math.max(width * 0.28, 10 * EM), 22 * EM));

const word = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z]{1,12}$/) },
  { weight: 3, arbitrary: fc.stringMatching(/^[а-яіїєґА-ЯІЇЄҐ]{1,14}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9,.:;“”–-]{1,4}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{25,60}$/) },
);
/** Titles of 1–200 characters made of words (now and then one longer than a line). */
const title = fc
  .array(word, { minLength: 1, maxLength: 40 })
  .map((words) => words.join(' ').slice(0, 200).trim())
  .filter((t) => t.length > 0);

describe('wrap (properties)', () => {
  it('keeps the text whole within the width, breaking only where the next word would not fit', () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 60, max: 600 }), (text, max) => {
        const { lines, cut, width } = wrap(text, max, titleWidth);
        expect(cut).to.equal(false);
        expect(lines.join('')).to.equal(text);
        lines.forEach((line, i) => {
          const drawn = line.trimEnd();
          // Only a single character may be wider than the line.
          if (Array.from(drawn).length > 1) expect(titleWidth(drawn), `line "${drawn}"`).to.be.at.most(max + EPS);
          const next = lines[i + 1];
          if (next && /\s$/.test(line)) {
            const nextWord = text.slice(lines.slice(0, i + 1).join('').length).split(/\s/)[0];
            expect(titleWidth(`${line}${nextWord}`), `"${line}" could have taken "${nextWord}"`).to.be.above(max);
          }
        });
        expect(width).to.be.closeTo(Math.max(...lines.map((l) => titleWidth(l.trimEnd()))), 1e-6);
      }),
      { numRuns: 400 },
    );
  });

  it('cuts only a text that its lines cannot hold, at a word, with an ellipsis', () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 60, max: 600 }), fc.integer({ min: 1, max: 4 }), (text, max, maxLines) => {
        const all = wrap(text, max, titleWidth);
        const { lines, cut } = wrap(text, max, titleWidth, maxLines);
        expect(cut).to.equal(all.lines.length > maxLines);
        if (!cut) {
          expect(lines).to.deep.equal(all.lines);
          return;
        }
        expect(lines.length).to.equal(maxLines);
        expect(lines.slice(0, -1)).to.deep.equal(all.lines.slice(0, maxLines - 1));
        const last = lines[maxLines - 1];
        expect(last.endsWith('…')).to.equal(true);
        expect(titleWidth(last)).to.be.at.most(max + EPS);
        const kept = lines.join('').slice(0, -1);
        expect(text.startsWith(kept), `"${kept}" is the start of the text`).to.equal(true);
        // At a word: what follows the kept text is a space or punctuation, unless one word filled the line.
        const rest = text.slice(kept.length);
        const lastLine = last.slice(0, -1);
        const fullLine = all.lines[maxLines - 1];
        if (/\s/.test(lastLine.trim()) || (/\s$/.test(fullLine) && fullLine.trimEnd() === lastLine.trim()))
          expect(rest, `cut inside a word: "${lastLine}|${rest.slice(0, 10)}"`).to.match(/^[\s,;:–—-]/u);
      }),
      { numRuns: 400 },
    );
  });
});

interface Case {
  events: TimelineEvent[];
  width: number;
  direction: 'ltr' | 'rtl';
}

const layoutCase: fc.Arbitrary<Case> = fc
  .record({
    events: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 90 }),
        span: fc.integer({ min: 0, max: 40 }),
        title,
        track: fc.integer({ min: 0, max: 2 }),
        key: fc.boolean(),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    width: fc.integer({ min: 320, max: 2560 }),
    direction: fc.constantFrom<'ltr' | 'rtl'>('ltr', 'rtl'),
  })
  .map(({ events, width, direction }) => ({
    width,
    direction,
    events: events.map((e, i) => {
      const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
      return {
        id: `e${i}`,
        date: e.span ? `${day(e.day)}/${day(e.day + e.span)}` : day(e.day),
        title: e.title,
        track: `t${e.track}`,
        ...(e.key ? { priority: 1 as const } : {}),
      };
    }),
  }));

describe('wrapped labels in the layout (properties, 320–2560 px, both directions)', () => {
  it('never overlap each other or another mark; a title is cut only when 3 lines cannot hold it; key events are whole from 600 px', () => {
    fc.assert(
      fc.property(layoutCase, ({ events, width, direction }) => {
        const tracks = [0, 1, 2].map((t) => ({ id: `t${t}`, label: `Track ${t}` }));
        const model = buildModel({ tracks, events }, 'en');
        const plan = layout(model, { width, em: EM, measure, direction });
        const byId = new Map(events.map((e) => [e.id, e]));
        const shown = [...plan.marks.map((m) => m.id), ...plan.aggregates.flatMap((a) => a.ids)];
        expect(shown.sort()).to.deep.equal(events.map((e) => e.id).sort());
        const drawn = plan.marks.map((m) => ({ m, boxes: drawnBoxes(m, plan) }));
        for (const { m } of drawn) {
          const event = byId.get(m.id)!;
          expect(m.titleLines.join('')).to.equal(m.title);
          if (m.title === event.title) continue;
          // Cut: three full lines at the wrap width could not hold it, and never a key event on a wide drawing.
          expect(event.priority === 1 && width >= 600, `key event ${m.id} cut at ${width} px`).to.equal(false);
          expect(m.titleLines.length).to.equal(3);
          if (event.priority !== 1) expect(wrap(event.title, wrapWidthAt(width), titleWidth).lines.length).to.be.above(3);
        }
        for (let i = 0; i < drawn.length; i++) {
          for (let j = i + 1; j < drawn.length; j++) {
            for (const a of drawn[i].boxes) {
              for (const b of drawn[j].boxes) {
                expect(
                  intersects(a.box, b.box),
                  `${drawn[i].m.id} ${a.what} meets ${drawn[j].m.id} ${b.what} (${direction}, ${width} px)`,
                ).to.equal(false);
              }
            }
          }
        }
        for (const { m } of drawn) expect(m.label.x + m.label.width).to.be.at.most(width + EPS);
      }),
      { numRuns: 200 },
    );
  });

  it('stay apart when "+N" opens at a zoom: opened titles fit their lane, cut only when 3 lines cannot hold them', () => {
    const view = fc.record({ k: fc.double({ min: 1.5, max: 40, noNaN: true }), x: fc.double({ min: 0, max: 3000, noNaN: true }) });
    fc.assert(
      fc.property(layoutCase, view, ({ events, width, direction }, zoom) => {
        const tracks = [0, 1, 2].map((t) => ({ id: `t${t}`, label: `Track ${t}` }));
        const model = buildModel({ tracks, events: events.map((e) => ({ ...e, track: 't0' })) }, 'en');
        const base = layout(model, { width, em: EM, measure, direction, maxLanes: 2 });
        const plan = openAggregates(layout(model, { width, em: EM, measure, direction, maxLanes: 2, zoom }));
        const byId = new Map(events.map((e) => [e.id, e]));
        const lanesOf = new Map(base.marks.map((m) => [m.id, m.lane]));
        const drawn = plan.marks.map((m) => ({ m, boxes: drawnBoxes(m, plan) }));
        for (const { m } of drawn) {
          const event = byId.get(m.id)!;
          if (lanesOf.has(m.id)) expect(m.lane, `${m.id} keeps its lane`).to.equal(lanesOf.get(m.id));
          if (m.title !== event.title && event.priority !== 1)
            expect(wrap(event.title, wrapWidthAt(width), titleWidth).lines.length, `${m.id} cut`).to.be.above(3);
        }
        for (let i = 0; i < drawn.length; i++)
          for (let j = i + 1; j < drawn.length; j++)
            for (const a of drawn[i].boxes)
              for (const b of drawn[j].boxes)
                expect(intersects(a.box, b.box), `${drawn[i].m.id} ${a.what} meets ${drawn[j].m.id} ${b.what} at k=${zoom.k}`).to.equal(
                  false,
                );
      }),
      { numRuns: 150 },
    );
  });
});
