// The gallery's live example (npm start, and the browser tests' server): demo/examples/live-demo.json
// as it is on disk, plus one demonstration event for every 30 s the server has run (at most 60),
// with an ETag, so an unchanged file is answered 304.
import { readFileSync } from 'node:fs';

export const LIVE_DEMO_PATH = '/demo/examples/live-demo.json';
const EVERY_MS = 30_000;
const MOST = 60;
const DAY_MS = 86_400_000;

const base = JSON.parse(readFileSync(new URL(`..${LIVE_DEMO_PATH}`, import.meta.url), 'utf8'));
const lastDay = Date.parse(base.events.at(-1).date);

/** A responder for the file, counting from `startedAt` (epoch ms). */
export function liveDemo(startedAt = Date.now()) {
  /** The file at `now`, answered to a request with `ifNoneMatch`: { status, headers, body }. */
  return (now, ifNoneMatch) => {
    const added = Math.min(MOST, Math.floor((now - startedAt) / EVERY_MS));
    const etag = `"live-demo-${startedAt}-${added}"`;
    const headers = { etag, 'cache-control': 'no-cache', 'content-type': 'application/json; charset=utf-8' };
    if (ifNoneMatch === etag) return { status: 304, headers, body: '' };
    const events = [...base.events];
    for (let n = 1; n <= added; n++) {
      const at = new Date(startedAt + n * EVERY_MS);
      events.push({
        id: `demo-added-${n}`,
        date: new Date(lastDay + 2 * n * DAY_MS).toISOString().slice(0, 10),
        title: `Demonstration event ${n}, added by the demo server at ${at.toISOString().slice(11, 19)} UTC`,
        track: 'demo',
      });
    }
    const updated = added ? new Date(startedAt + added * EVERY_MS).toISOString() : base.updated;
    return { status: 200, headers, body: JSON.stringify({ ...base, updated, events }, null, 2) };
  };
}
