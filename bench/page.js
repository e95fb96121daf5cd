// Runs inside the benchmark page: loads one library, draws N seeded events, measures.
import { randomTimeline } from './data.mjs';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const paint = async () => {
  await frame();
  await frame();
};

function countNodes(root) {
  let n = 0;
  const walk = (node) => {
    for (const child of node.children) {
      n++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return n;
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

/**
 * One step per frame, `count` times. For each: `work`, the ms from the step until its drawing is laid
 * out (script, style and layout, forced; paint excluded), and `interval`, the ms between frames (which
 * vsync rounds up to about 16.7 ms however little the work).
 */
async function frames(count, step, settle = async () => {}) {
  const work = [];
  const interval = [];
  let last = performance.now();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await step(i); // (our zoomTo resolves once the view is set)
    await settle();
    void document.body.offsetHeight;
    work.push(performance.now() - start);
    await frame();
    const now = performance.now();
    interval.push(now - last);
    last = now;
  }
  return { work, interval };
}

window.bench = async (library, n) => {
  const stage = document.getElementById('stage');
  const data = randomTimeline(n);
  if (library === 'talks-timeline') {
    await import('../cdn/talks-timeline.js');
    const el = document.createElement('talks-timeline');
    el.setAttribute('orientation', 'horizontal');
    stage.append(el);
    await customElements.whenDefined('talks-timeline');
    const start = performance.now();
    const loaded = new Promise((resolve) => el.addEventListener('talks-load', resolve, { once: true }));
    el.data = data;
    await loaded;
    await paint();
    const firstPaint = performance.now() - start;
    const nodes = countNodes(document.body);
    // The same gestures as vis-timeline's below: 20 zoom steps towards the middle of 1990–2030, then
    // 20 pan steps, one per frame, through the public zoomTo().
    const mid = Date.UTC(2010, 0, 1);
    let span = Date.UTC(2030, 0, 1) - Date.UTC(1990, 0, 1);
    const drawn = () => el.updateComplete;
    const zoom = await frames(
      20,
      () => {
        span *= 0.8;
        return el.zoomTo(mid - span / 2, mid + span / 2);
      },
      drawn,
    );
    let at = mid;
    const pan = await frames(
      20,
      () => {
        at += span / 20;
        return el.zoomTo(at - span / 2, at + span / 2);
      },
      drawn,
    );
    return { firstPaint, nodes, zoom, pan };
  }
  if (library === 'vis-timeline') {
    await loadScript('../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
    const groups = data.tracks.map((t) => ({ id: t.id, content: t.label }));
    const items = data.events.map((e) => {
      const [from, to] = e.date.replace(/[~?%]/g, '').split('/');
      const start = from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from;
      return { id: e.id, content: e.title, start, group: e.track, ...(to && to !== '..' ? { end: to } : {}) };
    });
    const start = performance.now();
    const timeline = new window.vis.Timeline(stage, items, groups, { width: '1280px', height: '800px' });
    await paint();
    const firstPaint = performance.now() - start;
    const nodes = countNodes(document.body);
    const range = timeline.getWindow();
    const mid = (range.start.valueOf() + range.end.valueOf()) / 2;
    let span = range.end.valueOf() - range.start.valueOf();
    // vis-timeline redraws on the next animation frame (a throttle); its unthrottled redraw is run at
    // once so that a step's work is measured as ours is (the throttled one then finds little to do).
    const drawn = async () => timeline._origRedraw?.();
    const zoom = await frames(
      20,
      () => {
        span *= 0.8;
        timeline.setWindow(mid - span / 2, mid + span / 2, { animation: false });
      },
      drawn,
    );
    let at = mid;
    const pan = await frames(
      20,
      () => {
        at += span / 20;
        timeline.setWindow(at - span / 2, at + span / 2, { animation: false });
      },
      drawn,
    );
    return { firstPaint, nodes, zoom, pan };
  }
  throw new Error(`unknown library ${library}`);
};
