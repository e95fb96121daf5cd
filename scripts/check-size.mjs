// Size budget of the self-contained CDN bundle (Lit, d3 and everything inlined).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const file = new URL('../cdn/talks-timeline.js', import.meta.url);
const bytes = readFileSync(file);
const gz = gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`cdn/talks-timeline.js: ${kb(bytes.length)} minified, ${kb(gz)} gzip (budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.error(`Over the size budget by ${kb(gz - BUDGET)}.`);
  process.exit(1);
}
