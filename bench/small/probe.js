// Loaded first on each small-page bench page: collects long tasks; drawn() stamps the first paint.
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

/** Resolves with performance.now() (ms since navigation start) two frames after the library says it has drawn. */
window.painted = new Promise((resolve) => {
  window.drawn = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
});
