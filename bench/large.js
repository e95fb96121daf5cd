// Runs inside bench/large.html?n=100000&worker=auto|off: one <talks-timeline src> of n seeded events;
// measures first paint and long tasks while loading, then zoom and pan steps (npm run bench, bench/large.mjs).
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 10000);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Long tasks on the page's main thread, from navigation start. */
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

const el = document.createElement('talks-timeline');
el.setAttribute('orientation', 'horizontal');
el.setAttribute('worker', params.get('worker') ?? 'auto');
el.setAttribute('src', `large/events-${n}.json`);
window.drawn = new Promise((resolve) => {
  el.addEventListener('talks-load', async (e) => {
    await frame();
    await frame();
    const firstPaint = performance.now();
    const loading = longTasks.filter((t) => t.startTime < firstPaint);
    resolve({
      firstPaint,
      events: e.detail.events,
      worker: e.detail.worker,
      longTaskTotal: loading.reduce((sum, t) => sum + t.duration, 0),
      longest: Math.max(0, ...loading.map((t) => t.duration)),
    });
  });
});
document.body.append(el);
await import('../cdn/talks-timeline.js');

/** `count` steps, one per frame: the main thread's work of each (script, style, layout; forced) in ms. */
async function steps(count, step) {
  const work = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await step(i);
    await el.updateComplete;
    void document.body.offsetHeight;
    work.push(performance.now() - start);
    await frame();
  }
  return work;
}

/**
 * A first zoom from the whole timeline into 1990–2030 (zoom and pan arrive with it; timed on its own
 * and drawn before the steps), then 20 zoom steps towards 2010 and 20 pan steps, as bench/page.js does,
 * then three views that rest (10 years, a year, two months).
 */
window.gestures = async () => {
  const [firstZoom] = await steps(1, () => el.zoomTo(Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1)));
  const mid = Date.UTC(2010, 0, 1);
  let span = Date.UTC(2030, 0, 1) - Date.UTC(1990, 0, 1);
  const zoom = await steps(20, () => {
    span *= 0.8;
    return el.zoomTo(mid - span / 2, mid + span / 2);
  });
  let at = mid;
  const pan = await steps(20, () => {
    at += span / 20;
    return el.zoomTo(at - span / 2, at + span / 2);
  });
  // Views that rest: 150 ms after a zoom stops, "+N" open where the zoom made room. The longest task
  // while each rests (the longtask observer's, so only tasks over 50 ms count; 0 when none).
  const rests = [];
  for (const years of [10, 1, 1 / 6]) {
    const half = (years * 365.25 * 864e5) / 2;
    const start = performance.now();
    await el.zoomTo(mid - half, mid + half);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const during = longTasks.filter((t) => t.startTime >= start);
    rests.push(Math.max(0, ...during.map((t) => t.duration)));
  }
  return { firstZoom, zoom, pan, rest: Math.max(...rests) };
};
