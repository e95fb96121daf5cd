// npm run bench: the core in Node, then <talks-timeline> and vis-timeline side by side in headless
// Chromium on the same seeded data, and the libraries' gzip sizes. Writes bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome-path.mjs';
import { startServer } from '../scripts/serve.mjs';

const SIZES = (process.env.SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const PEER_LIMIT = Number(process.env.PEER_LIMIT ?? 10000);
const gz = (path) => gzipSync(readFileSync(new URL(`../${path}`, import.meta.url)), { level: 9 }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const sizes = {
  'talks-timeline (cdn/talks-timeline.js)': gz('cdn/talks-timeline.js'),
  'vis-timeline (standalone, min)': gz('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
  'TimelineJS3 (timeline.js + timeline.css)':
    gz('node_modules/@knight-lab/timelinejs/dist/js/timeline.js') + gz('node_modules/@knight-lab/timelinejs/dist/css/timeline.css'),
};
console.log('\nGzip sizes');
const ours = Object.values(sizes)[0];
for (const [name, bytes] of Object.entries(sizes)) {
  console.log(
    `  ${name.padEnd(44)} ${kb(bytes).padStart(9)}  ${name.startsWith('talks') ? '' : `(ours is ${(ours / bytes).toFixed(2)}×)`}`,
  );
}

const server = await startServer(0, '127.0.0.1');
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--window-size=1400,1000'],
});
const results = [];
try {
  for (const n of SIZES) {
    for (const library of ['talks-timeline', 'vis-timeline']) {
      if (library === 'vis-timeline' && n > PEER_LIMIT) {
        results.push({ library, events: n, skipped: `vis-timeline is skipped above ${PEER_LIMIT} events` });
        continue;
      }
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 1000 });
      await page.goto(`http://127.0.0.1:${port}/bench/page.html`, { waitUntil: 'load' });
      const r = await page.evaluate((lib, count) => window.bench(lib, count), library, n);
      const { JSHeapUsedSize } = await page.metrics();
      results.push({
        library,
        events: n,
        firstPaintMs: Math.round(r.firstPaint),
        domNodes: r.nodes,
        heapMB: +(JSHeapUsedSize / 2 ** 20).toFixed(1),
        zoomMedianMs: +median(r.zoom.work).toFixed(1),
        zoomP95Ms: +p95(r.zoom.work).toFixed(1),
        panMedianMs: +median(r.pan.work).toFixed(1),
        panP95Ms: +p95(r.pan.work).toFixed(1),
        frameIntervalP95Ms: +p95([...r.zoom.interval, ...r.pan.interval]).toFixed(1),
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log('\nIn headless Chromium (1280 px wide; zoom and pan: 20 steps each, one per frame; zoom/pan ms: the work of a');
console.log('step, script + style + layout, median and p95; frameIntervalP95Ms: between frames, rounded up by vsync)');
console.table(results.map((r) => (r.skipped ? { library: r.library, events: r.events, note: r.skipped } : r)));
console.log('Ratios, talks-timeline / vis-timeline (below 1 is better for us)');
for (const n of SIZES) {
  const a = results.find((r) => r.library === 'talks-timeline' && r.events === n);
  const b = results.find((r) => r.library === 'vis-timeline' && r.events === n && !r.skipped);
  if (!a || !b) continue;
  console.log(
    `  ${String(n).padStart(7)} events: first paint ${(a.firstPaintMs / b.firstPaintMs).toFixed(2)}×, ` +
      `zoom p95 ${(a.zoomP95Ms / b.zoomP95Ms).toFixed(2)}×, pan p95 ${(a.panP95Ms / b.panP95Ms).toFixed(2)}×, ` +
      `DOM nodes ${(a.domNodes / b.domNodes).toFixed(2)}×, heap ${(a.heapMB / b.heapMB).toFixed(2)}×`,
  );
}
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), sizes, results }, null, 2)}\n`,
);
console.log('\nWrote bench/results.json');
