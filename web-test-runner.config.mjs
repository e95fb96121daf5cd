// Browser tests in headless Chromium (the system's; no test tool downloads a browser).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';
import { CHROME_ARGS, findChrome } from './scripts/chrome-path.mjs';

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

/** Serves ../shared/corpora (beside the clone) at /shared/corpora/ for the corpus tests. */
async function sharedCorpora(ctx, next) {
  if (!ctx.path.startsWith('/shared/corpora/') || ctx.path.includes('..')) return next();
  try {
    ctx.body = await readFile(new URL(`..${ctx.path}`, import.meta.url));
    ctx.type = ctx.path.endsWith('.json') ? 'application/json' : 'text/plain';
  } catch {
    ctx.status = 404;
  }
}

export default {
  middleware: [sharedCorpora],
  rootDir: '.',
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  files: ['test/**/*.test.ts', '!test/timezone/**'],
  browsers: [chromeLauncher({ launchOptions })],
  groups: [
    { name: 'tz-honolulu', files: ['test/timezone/*.test.ts'], browsers: [inTimeZone('Pacific/Honolulu')] },
    { name: 'tz-kiritimati', files: ['test/timezone/*.test.ts'], browsers: [inTimeZone('Pacific/Kiritimati')] },
  ],
};
