// Runs inside bench/large-floor.html?n=100000&read=worker|main: no timeline, only what any library must do
// with the same file before it can draw: fetch it and parse its JSON, in a module worker or on the page,
// then write how many events it holds. Its first paint is the floor under bench/large.js's (bench/large.mjs).
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 10000);
const url = new URL(`large/events-${n}.json`, location.href).href;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/** The number of events in the file, read on the page or in a worker. */
async function count() {
  if (params.get('read') !== 'worker') return (await (await fetch(url)).json()).events.length;
  const worker = new Worker(new URL('./large-floor-worker.js', import.meta.url), { type: 'module' });
  worker.postMessage(url);
  return new Promise((resolve) => worker.addEventListener('message', (e) => resolve(e.data)));
}

window.drawn = count().then(async (events) => {
  const p = document.createElement('p');
  p.textContent = `${events.toLocaleString('en')} events`;
  document.body.append(p);
  await frame();
  await frame();
  const firstPaint = performance.now();
  const loading = longTasks.filter((t) => t.startTime < firstPaint);
  return {
    firstPaint,
    events,
    worker: params.get('read') === 'worker',
    longTaskTotal: loading.reduce((sum, t) => sum + t.duration, 0),
    longest: Math.max(0, ...loading.map((t) => t.duration)),
  };
});
