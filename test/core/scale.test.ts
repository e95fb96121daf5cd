/** The time axis as a d3 scale: stops, monotony, clamping, invert, and zoom as a copy with a wider range. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { axisScale, zoomedPx, zoomedScale } from '../../src/core/scale.js';
import type { Stretch } from '../../src/core/scale.js';

const RUNS = 200;

/** Random stretches of time, ascending, each with its px run, breaks between them. */
const stretchesArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 1e9 }),
      fc.integer({ min: 1, max: 1e9 }),
      fc.integer({ min: 1, max: 500 }),
      fc.integer({ min: 1, max: 80 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => {
    const out: Stretch[] = [];
    let t = 0;
    let x = 16;
    for (const [length, gap, width, breakWidth] of parts) {
      t += gap;
      if (out.length) x += breakWidth;
      out.push({ from: t, to: t + length, x0: x, x1: x + width });
      t += length;
      x += width;
    }
    return out;
  });

describe('axisScale (the time axis over stretches)', () => {
  it('sends every stretch end to its px, interpolates inside, is monotone and clamps outside; invert undoes it', () => {
    fc.assert(
      fc.property(
        stretchesArb,
        fc.array(fc.double({ min: -1e10, max: 1e10, noNaN: true }), { minLength: 2, maxLength: 20 }),
        (stretches, probes) => {
          const scale = axisScale(stretches);
          const first = stretches[0];
          const last = stretches[stretches.length - 1];
          for (const s of stretches) {
            expect(scale(s.from)).to.be.closeTo(s.x0, 1e-6);
            expect(scale(s.to)).to.be.closeTo(s.x1, 1e-6);
            expect(scale((s.from + s.to) / 2)).to.be.closeTo((s.x0 + s.x1) / 2, 1e-6);
            // Inside a stretch, invert gives the time back (to well under a millisecond per px of rounding).
            const t = s.from + (s.to - s.from) / 3;
            expect(scale.invert(scale(t))).to.be.closeTo(t, Math.max(1e-3, (s.to - s.from) * 1e-9));
          }
          const sorted = [...probes].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++) expect(scale(sorted[i])).to.be.at.least(scale(sorted[i - 1]) - 1e-9);
          for (const p of probes) {
            expect(scale(p)).to.be.within(first.x0, last.x1);
            if (p < first.from) expect(scale(p)).to.equal(first.x0);
            if (p > last.to) expect(scale(p)).to.equal(last.x1);
          }
          // A px in the margins inverts to the nearest end.
          expect(scale.invert(first.x0 - 10)).to.equal(first.from);
          expect(scale.invert(last.x1 + 10)).to.equal(last.to);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('zooms as a copy: stretches k times wider, breaks keep their width, the original untouched', () => {
    fc.assert(
      fc.property(
        stretchesArb,
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (stretches, k, pan) => {
          const scale = axisScale(stretches);
          const zoomed = zoomedScale(scale, stretches, k, pan);
          expect(zoomed).to.not.equal(scale);
          expect(scale(stretches[0].from)).to.be.closeTo(stretches[0].x0, 1e-6);
          expect(zoomed(stretches[0].from)).to.be.closeTo(stretches[0].x0 - pan, 1e-6);
          stretches.forEach((s, i) => {
            expect(zoomed(s.to) - zoomed(s.from)).to.be.closeTo((s.x1 - s.x0) * k, 1e-6 * k * (s.x1 - s.x0 + 1));
            if (i) expect(zoomed(s.from) - zoomed(stretches[i - 1].to)).to.be.closeTo(s.x0 - stretches[i - 1].x1, 1e-6 * k * 1000);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('moves other px (labels, fades) with the zoom: like the zoomed scale inside stretches, one for one outside, never closer', () => {
    fc.assert(
      fc.property(
        stretchesArb,
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.array(fc.double({ min: -500, max: 5000, noNaN: true }), { minLength: 2, maxLength: 12 }),
        (stretches, k, pan, xs) => {
          const scale = axisScale(stretches);
          const zoomed = zoomedScale(scale, stretches, k, pan);
          const z = zoomedPx(stretches, k, pan);
          const tolerance = 1e-6 * k * 1000;
          for (const s of stretches) {
            const t = (s.from + s.to) / 2;
            expect(z(scale(t))).to.be.closeTo(zoomed(t), tolerance);
          }
          const first = stretches[0];
          const last = stretches[stretches.length - 1];
          expect(z(first.x0 - 7) - z(first.x0)).to.be.closeTo(-7, tolerance);
          expect(z(last.x1 + 9) - z(last.x1)).to.be.closeTo(9, tolerance);
          const sorted = [...xs].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++)
            expect(z(sorted[i]) - z(sorted[i - 1])).to.be.at.least(sorted[i] - sorted[i - 1] - tolerance);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
