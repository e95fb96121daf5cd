// Core speed on seeded random data, in Node (the core is DOM-free): validate → model → layout.
// Each size runs in its own process, so the first ("cold") run is really cold: parseDate keeps a
// memo of the dates it has read, which later runs ("warm") and real pages re-reading data enjoy.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildModel, layout, validate } from '../dist/core/index.js';
import { randomTimeline } from './data.mjs';

const one = process.argv.indexOf('--size');
if (one > 0) {
  const n = Number(process.argv[one + 1]);
  const input = randomTimeline(n);
  const runs = [];
  let plan;
  for (let r = 0; r < (n >= 100_000 ? 3 : 5); r++) {
    let s = performance.now();
    const { data } = validate(input);
    const v = performance.now() - s;
    s = performance.now();
    const model = buildModel(data, 'en');
    const m = performance.now() - s;
    s = performance.now();
    plan = layout(model, { width: 1280 });
    runs.push([v, m, performance.now() - s]);
  }
  const warm = runs.slice(1).sort((a, b) => a[0] + a[1] + a[2] - (b[0] + b[1] + b[2]))[Math.floor((runs.length - 1) / 2)];
  const f = (x) => x.toFixed(1);
  console.log(
    JSON.stringify({
      events: n,
      validate_ms: f(runs[0][0]),
      model_ms: f(runs[0][1]),
      layout_ms: f(runs[0][2]),
      warm_total_ms: f(warm[0] + warm[1] + warm[2]),
      drawn: plan.marks.length,
      aggregated: plan.aggregates.reduce((k, a) => k + a.ids.length, 0),
    }),
  );
} else {
  const sizes = (process.env.SIZES ?? '100,1000,10000,100000').split(',').map(Number);
  const self = fileURLToPath(import.meta.url);
  const rows = sizes.map((n) => JSON.parse(execFileSync(process.execPath, [self, '--size', String(n)], { encoding: 'utf8' })));
  console.log('Core in Node: first (cold) run per size, and the warm total of later runs');
  console.table(rows);
}
