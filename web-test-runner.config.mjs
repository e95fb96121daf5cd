// Browser tests in headless Chromium (the system's; no test tool downloads a browser).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { CHROME_ARGS, findChrome } from './scripts/chrome-path.mjs';
import { LIVE_DEMO_PATH, liveDemo } from './scripts/live-demo.mjs';
import { seededFile } from './bench/data.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chrome/Chromium found: run `node scripts/ensure-chrome.mjs` or set CHROME_PATH.');

const launchOptions = { executablePath, headless: true, args: CHROME_ARGS };

/** A browser whose pages run in a given IANA time zone. */
function inTimeZone(timeZone) {
  return chromeLauncher({
    launchOptions,
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

/** The strict policy of a newsroom CMS (issue 7), sent as a real response header with the embed test page. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** The strict policy with the line that lets the element start its worker under Trusted Types (README). */
export const WORKER_CSP = `${STRICT_CSP} talks-timeline`;
async function strictCspPage(ctx, next) {
  await next();
  if (ctx.path === '/test/embed/page.html') ctx.set('Content-Security-Policy', STRICT_CSP);
  if (ctx.path === '/test/embed/large.html') {
    // The strict policy that also allows the worker's Trusted Types policy (README: large data under a
    // CSP); ?no-workers: and forbids workers; ?lit-only: the strict policy as it is (Lit's Trusted Types only).
    const query = ctx.query;
    const policy =
      query['lit-only'] !== undefined ? STRICT_CSP : WORKER_CSP + (query['no-workers'] !== undefined ? "; worker-src 'none'" : '');
    ctx.set('Content-Security-Policy', policy);
  }
}

/**
 * The worker the element starts from src/ (src/element/remote.ts names src/worker/worker.js): its .ts
 * source, which the esbuild plugin serves as JavaScript, as it does for imports.
 */
async function sourceWorker(ctx, next) {
  if (ctx.path === '/src/worker/worker.js') ctx.url = ctx.url.replace('/src/worker/worker.js', '/src/worker/worker.ts');
  return next();
}

/** GET /test/large/events-<n>.json: n seeded events (bench/data.mjs), with their Content-Length (large data goes to a worker); broken.json: over 1 MB, cut short. */
async function largeFile(ctx, next) {
  if (ctx.path === '/test/large/broken.json') {
    // Over 1 MB (so read in a worker) and not JSON.
    ctx.type = 'application/json';
    ctx.body = Buffer.from(`{"events": [${'{"id": "a"}, '.repeat(100_000)}`);
    return;
  }
  const match = /^\/test\/large\/events-(\d+)\.json$/.exec(ctx.path);
  if (!match) return next();
  ctx.type = 'application/json';
  ctx.body = seededFile(Number(match[1]));
}

/** Faulty responses for the loading tests: slow (then the bundled data), empty, a server error; a slow picture. */
async function faults(ctx, next) {
  if (!ctx.path.startsWith('/test/faults/')) return next();
  const kind = ctx.path.slice('/test/faults/'.length);
  if (kind === 'slow.json') {
    await new Promise((r) => setTimeout(r, 800));
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL('./data/istanbul-talks.json', import.meta.url));
  } else if (kind === 'huge.json' || kind === 'huge-stream.json') {
    // 60 MB of JSON: declared up front, or streamed without a length (the reader must count).
    const chunk = Buffer.alloc(1e6, ' ');
    ctx.type = 'application/json';
    if (kind === 'huge.json') ctx.body = Buffer.concat([Buffer.from('['), Buffer.alloc(60e6 - 2, ' '), Buffer.from(']')]);
    else
      ctx.body = Readable.from(
        (function* () {
          yield '[';
          for (let i = 0; i < 60; i++) yield chunk;
          yield ']';
        })(),
      );
  } else if (kind === 'slow-image.svg') {
    // A 4:3 picture that arrives late: the media tests measure the card before and after it loads.
    await new Promise((r) => setTimeout(r, 600));
    ctx.type = 'image/svg+xml';
    ctx.body = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#789"/></svg>';
  } else if (kind === 'empty.json') {
    ctx.type = 'application/json';
    ctx.body = '';
    ctx.status = 200;
  } else {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
  }
}

/**
 * A timeline file that changes between requests, for the refresh tests (test/element/live.test.ts):
 * GET /test/live/<name>.json serves its current version with an ETag (304 to a matching If-None-Match);
 * POST /test/live/<name>.json with a JSON body publishes a new version; POST …?fail=500 or ?fail=network
 * makes requests fail (a server error, or a connection dropped) until ?fail= clears it;
 * GET /test/live/<name>.json?log lists the requests made for it (the If-None-Match sent, the status).
 */
const liveFiles = new Map();
async function liveFile(ctx, next) {
  if (!ctx.path.startsWith('/test/live/')) return next();
  const file = liveFiles.get(ctx.path) ?? { version: 0, body: '', fail: '', log: [] };
  liveFiles.set(ctx.path, file);
  if (ctx.method === 'POST') {
    if (ctx.query.fail !== undefined) file.fail = ctx.query.fail;
    else {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      file.body = body;
      file.version++;
      file.log = [];
    }
    ctx.status = 204;
    return;
  }
  if (ctx.query.log !== undefined) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = file.log;
    return;
  }
  const entry = { ifNoneMatch: ctx.get('if-none-match') || null, status: 0 };
  file.log.push(entry);
  if (file.fail === 'network') {
    entry.status = -1;
    ctx.status = 503; // never sent (the connection is dropped); only so the runner does not report a 404
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (file.fail === '500') {
    ctx.status = entry.status = 500;
    ctx.body = 'Internal Server Error';
    return;
  }
  const etag = `"v${file.version}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', 'no-cache');
  if (entry.ifNoneMatch === etag) {
    ctx.status = entry.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = file.body;
  entry.status = 200;
}

/** The gallery's live example, as `npm start` serves it (scripts/live-demo.mjs). */
const live = liveDemo();
async function liveDemoFile(ctx, next) {
  if (ctx.path !== LIVE_DEMO_PATH) return next();
  const { status, headers, body } = live(Date.now(), ctx.get('if-none-match'));
  ctx.set(headers);
  ctx.status = status;
  if (status === 200) ctx.body = body;
}

/** The authoring page with the tests' watch script first (/demo/make.html?watch): violations and errors from the start. */
async function watchedMakePage(ctx, next) {
  if (ctx.path !== '/demo/make.html' || ctx.query.watch === undefined) return next();
  const page = await readFile(new URL('./demo/make.html', import.meta.url), 'utf8');
  ctx.type = 'text/html';
  ctx.body = page.replace('<head>', '<head>\n  <script src="/test/embed/watch.js"></script>');
}

/** The CDN folder as a host that failed to upload cdn/vertical.js: /test/embed/cdn-without-vertical/*. */
async function cdnWithoutVertical(ctx, next) {
  const prefix = '/test/embed/cdn-without-vertical/';
  if (!ctx.path.startsWith(prefix) || ctx.path.includes('..')) return next();
  const file = ctx.path.slice(prefix.length);
  if (file === 'vertical.js') return void (ctx.status = 404);
  try {
    ctx.body = await readFile(new URL(`./cdn/${file}`, import.meta.url));
    ctx.type = 'application/javascript';
  } catch {
    ctx.status = 404;
  }
}

// The `edtf` test oracle (test/core/edtf-oracle.test.ts) needs two shims in the browser:
// its parser imports `nearley`, a CommonJS/UMD package (strictRequires: false gives it a
// plain `export default`, which an ES module importer can use)…
const commonjs = fromRollup(rollupCommonjs);

// …and its formatter imports JSON locale files with `with { type: 'json' }`, which the es2022
// esbuild pass drops, so they are served as JavaScript modules instead.
const EDTF_LOCALE_JSON = /\/node_modules\/edtf\/locale-data\/[^/]+\.json$/;
const edtfLocaleJson = {
  name: 'edtf-locale-json',
  resolveMimeType: (ctx) => (EDTF_LOCALE_JSON.test(ctx.path) ? 'js' : undefined),
  transform: (ctx) => (EDTF_LOCALE_JSON.test(ctx.path) ? `export default ${ctx.body};` : undefined),
};

/** Prints one plain closing line, "N passed, N failed", for CI logs. */
function summaryLine() {
  let line = '';
  const count = (suite, totals) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) totals.skipped++;
      else if (t.passed) totals.passed++;
      else totals.failed++;
    }
    for (const s of suite?.suites ?? []) count(s, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
    },
    start() {
      // After the runner's own final output, so it is the last line of the log.
      process.once('exit', () => {
        if (line) console.log(`\n${line}`);
      });
    },
  };
}

/**
 * Page commands for tests: `executeServerCommand('set-timezone', { zone })` re-pins the calling
 * page's time zone (no zone: reset); 'bring-to-front' makes the page the visible tab, for tests
 * that need rendering steps (ResizeObserver, requestAnimationFrame) which hidden tabs skip;
 * 'wheel' turns a real mouse wheel at `{ x, y }` (viewport px) by `{ deltaX, deltaY }`, holding
 * Control when `ctrl` is set, as the reader's hardware would (the page may scroll);
 * 'media-features' emulates CSS media features, forced-colors included (`{ features: [{ name, value }] }`,
 * none: reset);
 * 'a11y-snapshot' returns the page's accessibility tree as screen readers get it.
 */
const mediaSessions = new WeakMap();
const pageCommands = {
  name: 'page-commands',
  async executeCommand({ command, payload, session }) {
    if (!['set-timezone', 'bring-to-front', 'wheel', 'media-features', 'a11y-snapshot'].includes(command)) return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'set-timezone') await page.emulateTimezone(payload?.zone);
    else if (command === 'bring-to-front') await page.bringToFront();
    else if (command === 'media-features') {
      // Through the DevTools protocol (puppeteer's emulateMediaFeatures refuses forced-colors), on a
      // session kept per page: emulation ends when its session does.
      if (!mediaSessions.has(page)) mediaSessions.set(page, await page.createCDPSession());
      await mediaSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
    } else if (command === 'a11y-snapshot') return page.accessibility.snapshot({ interestingOnly: true });
    else {
      await page.bringToFront(); // real input reaches only the visible tab
      await page.mouse.move(payload.x, payload.y);
      if (payload.ctrl) await page.keyboard.down('Control');
      await page.mouse.wheel({ deltaX: payload.deltaX ?? 0, deltaY: payload.deltaY ?? 0 });
      if (payload.ctrl) await page.keyboard.up('Control');
    }
    return true;
  },
};

export default {
  reporters: [defaultReporter(), summaryLine()],
  middleware: [strictCspPage, largeFile, sourceWorker, faults, cdnWithoutVertical, liveFile, liveDemoFile, watchedMakePage],
  rootDir: '.',
  nodeResolve: true,
  // One test file at a time: tests with real input (wheel, keys, pointer) need their tab in front.
  concurrency: 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    pageCommands,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    commonjs({ include: ['**/node_modules/nearley/**'], strictRequires: false }),
    edtfLocaleJson,
  ],
  files: ['test/**/*.test.ts', '!test/timezone/**'],
  browsers: [chromeLauncher({ launchOptions })],
  groups: [
    { name: 'tz-honolulu', files: ['test/timezone/*.test.ts'], browsers: [inTimeZone('Pacific/Honolulu')] },
    { name: 'tz-kiritimati', files: ['test/timezone/*.test.ts'], browsers: [inTimeZone('Pacific/Kiritimati')] },
  ],
};
