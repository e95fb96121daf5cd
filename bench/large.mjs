// npm run bench: large timelines loaded with `src` (10,000 and 100,000 seeded events), read in the worker
// and forced onto the main thread (worker="off"), in headless Chromium. Reports first paint, the main
// thread's long tasks while loading, and the main thread's work per zoom and pan step; and the floor
// under first paint: a page with no timeline that only fetches and parses the same file (where
// worker="auto" reads it) and writes its count. Adds `large` to bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome-path.mjs';
import { startServer } from '../scripts/serve.mjs';

const SIZES = (process.env.LARGE_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const round = (x) => Math.round(x * 10) / 10;

const machine = { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), loadBefore: loadavg().map(round) };
const server = await startServer(0, '127.0.0.1');
const { port } = server.address();
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, '--window-size=1400,1000'] });
const rows = [];
try {
  // The server makes each file on its first request: made before anything is timed.
  const bytes = new Map();
  for (const n of SIZES)
    bytes.set(n, (await fetch(`http://127.0.0.1:${port}/bench/large/events-${n}.json`).then((r) => r.arrayBuffer())).byteLength);
  /** One fresh page (its own browser context, cache disabled): first paint and long tasks, then the gestures. */
  const sample = async (n, worker) => {
    const floor = worker === 'floor';
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 1400, height: 1000 });
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // The floor reads where the element's worker="auto" does: in a worker over 1 MB.
    const read = bytes.get(n) > 1_000_000 ? 'worker' : 'main';
    await page.goto(
      `http://127.0.0.1:${port}/bench/${floor ? `large-floor.html?n=${n}&read=${read}` : `large.html?n=${n}&worker=${worker}`}`,
    );
    const drawn = await page.evaluate(() => window.drawn);
    const gestures = floor ? { zoom: [], pan: [], rest: NaN, firstZoom: NaN } : await page.evaluate(() => window.gestures());
    await context.close();
    return { ...drawn, ...gestures, problems };
  };
  const cases = SIZES.flatMap((n) => ['auto', 'off', 'floor'].map((worker) => ({ n, worker })));
  // One page first, not counted: the first page a browser opens pays for warming it up (its first
  // renderer, the bundle and the data read from disk), which would fall on whichever row came first.
  await sample(SIZES[0], 'off');
  // In turn (a round robin, each round starting one row later), so that a change in the machine's load,
  // or the browser still tearing down the page before (a 100,000-event page takes a while), falls on
  // every row alike.
  const runsOf = cases.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (let j = 0; j < cases.length; j++) {
      const i = (run + j) % cases.length;
      runsOf[i].push(await sample(cases[i].n, cases[i].worker));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  for (const [i, { n, worker }] of cases.entries()) {
    const runs = runsOf[i];
    const middle = runs.find((r) => r.firstPaint === median(runs.map((x) => x.firstPaint)));
    rows.push({
      events: n,
      thread: { auto: 'worker', off: 'main (worker="off")', floor: 'floor: no timeline, fetch + parse' }[worker],
      'read in worker': middle.worker,
      'first paint ms': Math.round(middle.firstPaint),
      'long tasks while loading ms': Math.round(middle.longTaskTotal),
      'longest task ms': Math.round(middle.longest),
      'first zoom ms': round(median(runs.map((r) => r.firstZoom))),
      'zoom step p95 ms': round(p95(runs.flatMap((r) => r.zoom)) ?? NaN),
      'pan step p95 ms': round(p95(runs.flatMap((r) => r.pan)) ?? NaN),
      'longest task at rest ms': round(median(runs.map((r) => r.rest))),
      'first paints ms': runs.map((r) => Math.round(r.firstPaint)),
      problems: runs.flatMap((r) => r.problems),
    });
  }
} finally {
  await browser.close();
  server.close();
}
machine.loadAfter = loadavg().map(round);

console.log(`\nLarge timelines from src, headless Chromium, 1280 px (median of ${RUNS} fresh pages; zoom and pan p95 over`);
console.log(`all their steps: the main thread's work per step). Machine: ${machine.cpus} cores, ${machine.memoryGiB} GiB.`);
console.table(rows.map(({ problems: _p, 'first paints ms': _f, ...row }) => row));
for (const n of SIZES) {
  const [inWorker, here, floor] = rows.filter((r) => r.events === n);
  console.log(
    `  ${n} events, worker / main thread: first paint ${(inWorker['first paint ms'] / here['first paint ms']).toFixed(2)}×, ` +
      `long tasks ${inWorker['long tasks while loading ms']} ms vs ${here['long tasks while loading ms']} ms; ` +
      `the floor (the file fetched and parsed, nothing drawn) ${floor['first paint ms']} ms, ours ${(inWorker['first paint ms'] / floor['first paint ms']).toFixed(2)}× that`,
  );
}
const file = new URL('./results.json', import.meta.url);
const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
all.large = {
  date: new Date().toISOString(),
  method:
    "fresh pages in a round robin over the rows, after one uncounted page; ms from navigation start until talks-load + 2 frames; long tasks (PerformanceObserver longtask) before then; first zoom: from the whole timeline into 1990–2030, drawn before the steps (median); zoom and pan: then 20 steps each through zoomTo(), one per frame, the main thread's work per step (script, style, layout; forced); at rest: the longest task (over 50 ms, else 0) while views of 10 years, a year and two months around 2010 rest and open their +N (median); floor: bench/large-floor.html, no timeline, the same file fetched and parsed (in a module worker over 1 MB, as worker=auto reads it) and its count written, ms until that and 2 frames",
  machine,
  rows,
};
writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
console.log('\nAdded large to bench/results.json');
