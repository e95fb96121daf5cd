// Core layout speed on seeded random data, in Node (the core is DOM-free): validate → model → layout.
import { performance } from 'node:perf_hooks';
import { buildModel, layout, validate } from '../dist/core/index.js';
import { randomTimeline } from './data.mjs';

const sizes = (process.env.SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = [];
for (const n of sizes) {
  const input = randomTimeline(n);
  const runs = n >= 100_000 ? 3 : 5;
  const t = { validate: [], model: [], layout: [], zoomed: [] };
  let plan;
  for (let r = 0; r < runs; r++) {
    let s = performance.now();
    const { data } = validate(input);
    t.validate.push(performance.now() - s);
    s = performance.now();
    const model = buildModel(data, 'en');
    t.model.push(performance.now() - s);
    s = performance.now();
    plan = layout(model, { width: 1280 });
    t.layout.push(performance.now() - s);
  }
  rows.push({
    events: n, validate_ms: median(t.validate).toFixed(1), model_ms: median(t.model).toFixed(1), layout_ms: median(t.layout).toFixed(1),
    drawn: plan.marks.length, aggregated: plan.aggregates.reduce((k, a) => k + a.ids.length, 0),
  });
}
console.table(rows);
