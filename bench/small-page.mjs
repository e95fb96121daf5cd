// npm run bench, last step: a small news page's first paint, <talks-timeline> vs TimelineJS3 vs vis-timeline,
// at CPU 1× and 4× slower, in headless Chromium. Adds `smallPage` to bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome-path.mjs';
import { startServer } from '../scripts/serve.mjs';
import { randomTimeline } from './data.mjs';
import { toTimelineJS, toVis } from './small/convert.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const TIMEOUT_MS = 30_000;
const CPU_RATES = [1, 4];
const LIBRARIES = { ours: 'talks-timeline', timelinejs: 'TimelineJS3', vis: 'vis-timeline' };
// Floors, in the same round robin: the article alone, and the least a script can do with the data.
const FLOORS = { 'floor-page': 'the page alone', 'floor-list': 'a plain list' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The generated data files, served from memory (nothing is written to disk).
const generated = new Map();
const serve = (name, data) => {
  const path = `/bench/small/data/${name}.json`;
  generated.set(path, JSON.stringify(data));
  return path;
};
const istanbul = JSON.parse(readFileSync(new URL('../data/istanbul-talks.json', import.meta.url), 'utf8'));
const seeded = randomTimeline(100);
const PAGES = [
  {
    page: `Istanbul (${istanbul.events.length} events)`,
    data: {
      ours: '/data/istanbul-talks.json',
      timelinejs: serve('istanbul-timelinejs', toTimelineJS(istanbul)),
      vis: serve('istanbul-vis', toVis(istanbul)),
    },
  },
  {
    page: '100 seeded events',
    data: {
      ours: serve('seeded-100', seeded),
      timelinejs: serve('seeded-100-timelinejs', toTimelineJS(seeded)),
      vis: serve('seeded-100-vis', toVis(seeded)),
    },
  },
];

const server = await startServer(0, '127.0.0.1');
const [fromFiles] = server.listeners('request');
server.removeAllListeners('request');
server.on('request', (req, res) => {
  const body = generated.get(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!body) return fromFiles(req, res);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(body);
});
const origin = `http://127.0.0.1:${server.address().port}`;

/** Rejects after `ms`; the slow promise's own later rejection (its page closed) is swallowed. */
function within(ms, promise) {
  let timer;
  promise.catch(() => {});
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`not drawn within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One fresh page (its own browser context, cache disabled): ms from navigation start to first paint, long tasks until then. */
async function sample(browser, url, rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const firstPaint = await within(
      TIMEOUT_MS,
      page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }).then(() => page.evaluate(() => window.painted)),
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the observer reports long tasks a little later
    const tasks = (await page.evaluate(() => window.longTasks)).filter((t) => t.start < firstPaint);
    return {
      firstPaint,
      longTaskTotal: tasks.reduce((sum, t) => sum + t.duration, 0),
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      problems,
    };
  } catch (e) {
    return { failed: e.message, problems };
  } finally {
    await context.close().catch(() => {});
  }
}

const loadBefore = loadavg();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  // No network: every host but the local server fails to resolve.
  args: [...CHROME_ARGS, '--window-size=1280,900', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const results = [];
try {
  for (const { page, data } of PAGES) {
    for (const rate of CPU_RATES) {
      const samples = Object.fromEntries(Object.keys({ ...LIBRARIES, ...FLOORS }).map((lib) => [lib, []]));
      // Round robin, so that a busy moment on the machine is shared by the three libraries.
      for (let run = 0; run < RUNS; run++) {
        for (const lib of Object.keys(samples)) {
          const url = data[lib] ?? data.ours;
          samples[lib].push(await sample(browser, `${origin}/bench/small/${lib}.html?data=${encodeURIComponent(url)}`, rate));
        }
      }
      for (const [lib, runs] of Object.entries(samples)) {
        const ok = runs.filter((r) => !r.failed);
        results.push({
          page,
          cpu: `${rate}×`,
          library: LIBRARIES[lib] ?? FLOORS[lib],
          ...(ok.length
            ? {
                firstPaintMs: Math.round(median(ok.map((r) => r.firstPaint))),
                longTaskTotalMs: Math.round(median(ok.map((r) => r.longTaskTotal))),
                longestTaskMs: Math.round(median(ok.map((r) => r.longestTask))),
                samplesMs: ok.map((r) => Math.round(r.firstPaint)),
              }
            : {}),
          ...(ok.length < runs.length
            ? { failed: `${runs.length - ok.length} of ${runs.length}: ${runs.find((r) => r.failed).failed}` }
            : {}),
          problems: [...new Set(runs.flatMap((r) => r.problems))],
        });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
const loadAfter = loadavg();

const rows = [];
for (const { page } of PAGES) {
  for (const rate of CPU_RATES) {
    const get = (library) => results.find((r) => r.page === page && r.cpu === `${rate}×` && r.library === library);
    const [ours, tl, vis] = Object.values(LIBRARIES).map(get);
    const [alone, list] = Object.values(FLOORS).map(get);
    const ms = (r) => r.firstPaintMs ?? 'failed';
    const ratio = (peer) => (ours.firstPaintMs && peer.firstPaintMs ? `${(ours.firstPaintMs / peer.firstPaintMs).toFixed(2)}×` : '–');
    rows.push({
      page,
      cpu: `${rate}×`,
      'ours ms': ms(ours),
      'TimelineJS3 ms': ms(tl),
      'vis-timeline ms': ms(vis),
      'ours long tasks ms': ours.longTaskTotalMs ?? '–',
      'ours longest ms': ours.longestTaskMs ?? '–',
      'ours / TimelineJS3': ratio(tl),
      'ours / vis-timeline': ratio(vis),
      'floor: page alone ms': ms(alone),
      'floor: plain list ms': ms(list),
    });
  }
}
console.log(`\nA small news page: first paint, ms from navigation start until drawn + 2 frames; medians of ${RUNS} fresh pages`);
console.log('(long tasks: total and longest before the first paint, medians; ratios below 1 are better for us;');
console.log(' floors: the article alone, and a script that fetches the data and lists it with one Intl date formatter)');
console.table(rows);
for (const r of results) {
  if (r.failed) console.log(`  ${r.library}, ${r.page}, CPU ${r.cpu}: failed ${r.failed}`);
  for (const p of r.problems) console.log(`  ${r.library}, ${r.page}, CPU ${r.cpu}: ${p}`);
}
console.log(
  `Load average (1, 5, 15 min) before: ${loadBefore.map((x) => x.toFixed(2)).join(', ')}; after: ${loadAfter.map((x) => x.toFixed(2)).join(', ')}`,
);

const file = new URL('./results.json', import.meta.url);
const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
all.smallPage = {
  date: new Date().toISOString(),
  method: `ms from navigation start until the library reports it has drawn (talks-load, loaded, first changed) + 2 frames; median of ${RUNS} fresh pages (new browser context, cache disabled); CPU throttled by Emulation.setCPUThrottlingRate`,
  machine: { cpus: cpus().length, loadBefore, loadAfter },
  table: rows,
  results,
};
writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
console.log('\nAdded smallPage to bench/results.json');
