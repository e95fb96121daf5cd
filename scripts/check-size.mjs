// Size budget of the self-contained CDN bundle (Lit, d3 and everything inlined), of the modules it
// fetches itself when needed (cdn/card.js, cdn/rich-text.js, cdn/timelinejs.js), and of each language
// pack beside it (cdn/lang/*.js, fetched only for a page in that language).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// 37.75 KB: the real d3-scale, d3-time and date-fns inside (issue 14), headlines on lines with the
// early data request (issue 16, +1.5 KB), what must decide before fetching anything whether large
// data is read in a worker, with its progress bar (issue 19, +0.3 KB; the worker itself is fetched
// only for such data), and axis ticks worked out around the view, so that a zoom step costs the same
// at any depth (issue 19, +0.6 KB): still about half of TimelineJS3's 74 KB.
const BUDGET = 37.75 * 1024;
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
// Modules the bundle fetches itself when needed: the details card (with story mode and the summary's
// HTML subset, shared with the importer as rich-text.js) after the first paint, the TimelineJS3
// importer for such a file, the reader of data written inside the element (inline.js) and the
// spreadsheet reader (csv.js, with d3-dsv), fetched only for a CSV file, and the opening of "+N" when a zoom rests (open.js). Each has a budget; any other file in cdn/ fails (the bundle split further?).
// live.js (a timeline that updates itself: refresh, comparing versions, "Updated 5 minutes ago") is
// fetched only by such timelines, and has 4 KB; vertical.js has 3.5 KB (its rows are keyed with Lit's
// repeat, so that an update keeps the reader's place in the list); hash-link.js is fetched for the link attribute.
// remote.js and worker.js read large data off the main thread (issue 19), fetched only for such data:
// worker.js is a worker's own module, so it has the core inside, and since it also opens "+N" when a
// zoom rests, the zoomed layout with its ticks (29 KB).
const CHUNK_BUDGET = 3 * 1024;
const CHUNK_BUDGETS = { 'live.js': 4 * 1024, 'vertical.js': 3.5 * 1024, 'worker.js': 29 * 1024 };
const CHUNKS = [
  'card.js',
  'rich-text.js',
  'timelinejs.js',
  'inline.js',
  'csv.js',
  'open.js',
  'vertical.js',
  'interact.js',
  'live.js',
  'hash-link.js',
  'remote.js',
  'worker.js',
];
let total = main.gz;
for (const file of CHUNKS) {
  const chunk = size(file);
  const budget = CHUNK_BUDGETS[file] ?? CHUNK_BUDGET;
  total += chunk.gz;
  console.log(`cdn/${file}: ${kb(chunk.gz)} gzip (budget ${kb(budget)})`);
  if (chunk.gz > budget) {
    console.error(`cdn/${file} is over its budget by ${kb(chunk.gz - budget)}.`);
    over = true;
  }
}
const withoutPacks = total;
const unexpected = readdirSync(new URL('../cdn/', import.meta.url)).filter(
  (f) => f.endsWith('.js') && f !== 'talks-timeline.js' && !CHUNKS.includes(f),
);
if (unexpected.length) {
  console.error(`Unexpected files in cdn/ (the bundle split further?): ${unexpected.join(', ')}`);
  over = true;
}
const packs = readdirSync(new URL('../cdn/lang/', import.meta.url)).filter((f) => f.endsWith('.js'));
if (!packs.length) {
  console.error('No language packs in cdn/lang/.');
  over = true;
}
for (const file of packs) {
  const pack = size(`lang/${file}`);
  total += pack.gz;
  console.log(`cdn/lang/${file}: ${kb(pack.gz)} gzip (budget ${kb(PACK_BUDGET)})`);
  if (pack.gz > PACK_BUDGET) {
    console.error(`cdn/lang/${file} is over its budget by ${kb(pack.gz - PACK_BUDGET)}.`);
    over = true;
  }
}
console.log(`all of cdn/: ${kb(total)} gzip (${kb(withoutPacks)} without the language packs, of which a page fetches at most one)`);
if (over) process.exit(1);
