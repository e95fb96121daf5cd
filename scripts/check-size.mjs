// Size budget of the self-contained CDN bundle (Lit, d3 and everything inlined), and of each
// language pack beside it (cdn/lang/*.js, fetched only for a page in that language).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const PACK_BUDGET = 2 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (path) => {
  const bytes = readFileSync(new URL(`../cdn/${path}`, import.meta.url));
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};

let over = false;
const main = size('talks-timeline.js');
console.log(`cdn/talks-timeline.js: ${kb(main.min)} minified, ${kb(main.gz)} gzip (budget ${kb(BUDGET)})`);
if (main.gz > BUDGET) {
  console.error(`Over the size budget by ${kb(main.gz - BUDGET)}.`);
  over = true;
}
const packs = readdirSync(new URL('../cdn/lang/', import.meta.url)).filter((f) => f.endsWith('.js'));
if (!packs.length) {
  console.error('No language packs in cdn/lang/.');
  over = true;
}
for (const file of packs) {
  const pack = size(`lang/${file}`);
  console.log(`cdn/lang/${file}: ${kb(pack.gz)} gzip (budget ${kb(PACK_BUDGET)})`);
  if (pack.gz > PACK_BUDGET) {
    console.error(`cdn/lang/${file} is over its budget by ${kb(pack.gz - PACK_BUDGET)}.`);
    over = true;
  }
}
if (over) process.exit(1);
