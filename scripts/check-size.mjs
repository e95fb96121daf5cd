// Size budget of the self-contained CDN bundle (Lit, d3 and everything inlined), of the details
// card it fetches after its first paint (cdn/card.js), and of each language pack beside it
// (cdn/lang/*.js, fetched only for a page in that language).
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
// The card holds the details card, story mode and the summary's HTML subset reader (issue 7).
const CARD_BUDGET = 3 * 1024;
const card = size('card.js');
console.log(`cdn/card.js: ${kb(card.gz)} gzip (budget ${kb(CARD_BUDGET)}); with the bundle ${kb(main.gz + card.gz)}`);
if (card.gz > CARD_BUDGET) {
  console.error(`cdn/card.js is over its budget by ${kb(card.gz - CARD_BUDGET)}.`);
  over = true;
}
const unexpected = readdirSync(new URL('../cdn/', import.meta.url)).filter((f) => f.endsWith('.js') && !['talks-timeline.js', 'card.js'].includes(f));
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
  console.log(`cdn/lang/${file}: ${kb(pack.gz)} gzip (budget ${kb(PACK_BUDGET)})`);
  if (pack.gz > PACK_BUDGET) {
    console.error(`cdn/lang/${file} is over its budget by ${kb(pack.gz - PACK_BUDGET)}.`);
    over = true;
  }
}
if (over) process.exit(1);
