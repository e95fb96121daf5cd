// Screenshots of the demo in headless Chromium at phone and desktop widths: `npm run screenshot [outdir]`.
// Env: WIDTHS, PAGE, QUERY, HASH (#event-id), SELECT (an event id), EVAL (script run first; with
// EVAL_FIRST=1 before waiting for a timeline, for pages that draw one only when asked, as make.html),
// MEDIA=prefers-color-scheme:dark,forced-colors:active (emulated media features), CLIP=top,height, ELEMENT=1.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROME_ARGS, findChrome } from './chrome-path.mjs';
import { startServer } from './serve.mjs';

const out = process.argv[2] ?? 'screenshots';
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
mkdirSync(out, { recursive: true });
const server = await startServer(0, '127.0.0.1');
const { port } = server.address();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  for (const width of widths) {
    const page = await browser.newPage();
    page.on('console', (m) => console.log(`[${width}px console] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${width}px error] ${e.message}`));
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    if (process.env.MEDIA) {
      // Through the DevTools protocol: puppeteer's own emulateMediaFeatures refuses forced-colors.
      const features = process.env.MEDIA.split(',')
        .map((f) => f.split(':'))
        .map(([name, value]) => ({ name, value }));
      await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features });
    }
    await page.goto(`http://127.0.0.1:${port}/demo/${process.env.PAGE ?? ''}${process.env.QUERY ?? ''}${process.env.HASH ?? ''}`, {
      waitUntil: 'networkidle0',
    });
    if (process.env.EVAL_FIRST) await page.evaluate(process.env.EVAL);
    await page.waitForFunction(() => document.querySelector('talks-timeline')?.shadowRoot?.querySelector('.events li'), {
      timeout: 10_000,
    });
    if (process.env.SELECT) {
      await page.evaluate((id) => {
        document.querySelector('talks-timeline').selected = id;
      }, process.env.SELECT);
      await new Promise((r) => setTimeout(r, 200));
    }
    if (process.env.EVAL && !process.env.EVAL_FIRST) {
      // EVAL='document.querySelector("talks-timeline").zoomTo("2025-05", "2025-06")': a state to show.
      await page.evaluate(process.env.EVAL);
      await new Promise((r) => setTimeout(r, 300));
    }
    const file = `${out}/${(process.env.PAGE ?? 'demo').replace(/\.html$/, '')}-${width}.png`;
    // CLIP=top,height crops (handy for reading a long phone page).
    const [top, height] = (process.env.CLIP ?? '').split(',').map(Number);
    if (process.env.ELEMENT) {
      // ELEMENT=1: just the component (as in the README).
      await (await page.$('talks-timeline')).screenshot({ path: file });
    } else {
      await page.screenshot(process.env.CLIP ? { path: file, clip: { x: 0, y: top, width, height } } : { path: file, fullPage: true });
    }
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
