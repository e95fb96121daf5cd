// Which source files the CDN bundle's bytes come from (after `npm run build`): gzip and minified size per
// source, from cdn/talks-timeline.js.map. Pieces are gzipped apart, so they add up to more than the whole.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const code = readFileSync('cdn/talks-timeline.js', 'utf8');
const map = JSON.parse(readFileSync('cdn/talks-timeline.js.map', 'utf8'));
const B = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const dec = (s) => {
  const out = [];
  let v = 0,
    sh = 0;
  for (const c of s) {
    let d = B.indexOf(c);
    const cont = d & 32;
    d &= 31;
    v += d << sh;
    if (cont) sh += 5;
    else {
      out.push(v & 1 ? -(v >> 1) : v >> 1);
      v = 0;
      sh = 0;
    }
  }
  return out;
};
const lines = code.split('\n');
const segs = [];
let src = 0;
map.mappings.split(';').forEach((line, li) => {
  let col = 0;
  for (const s of line.split(',')) {
    if (!s) continue;
    const d = dec(s);
    col += d[0];
    if (d.length > 1) src += d[1];
    segs.push([li, col, d.length > 1 ? src : -1]);
  }
});
const per = {};
const text = {};
for (let i = 0; i < segs.length; i++) {
  const [l, c, s] = segs[i];
  const n = segs[i + 1];
  const end = n && n[0] === l ? n[1] : lines[l].length;
  const name = s < 0 ? '?' : map.sources[s].replace(/.*node_modules\//, '').replace(/^\.\.\//, '');
  per[name] = (per[name] || 0) + (end - c);
  text[name] = (text[name] || '') + lines[l].slice(c, end);
}
const tot = gzipSync(code).length;
const rows = Object.entries(per)
  .map(([k, v]) => [gzipSync(text[k]).length, v, k])
  .sort((a, b) => b[0] - a[0]);
console.log('total gzip', tot, 'raw', code.length);
for (const r of rows) console.log(r.join('\t'));
