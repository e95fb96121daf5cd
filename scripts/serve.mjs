// A small static server for the demo (no dependencies): serves the project root, prints the URL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededFile } from '../bench/data.mjs';
import { LIVE_DEMO_PATH, liveDemo } from './live-demo.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function startServer(port = Number(process.env.PORT) || 8000, host = process.env.HOST || 'localhost') {
  const live = liveDemo();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/demo/' });
        return res.end();
      }
      if (url.pathname === LIVE_DEMO_PATH) {
        const { status, headers, body } = live(Date.now(), req.headers['if-none-match']);
        res.writeHead(status, headers);
        return res.end(body);
      }
      // The benchmark's large timelines (npm run bench): seeded events, made on first request.
      const large = /^\/bench\/large\/events-(\d+)\.json$/.exec(url.pathname);
      if (large) {
        const body = seededFile(Number(large[1]));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cache-control': 'no-cache' });
        return res.end(body);
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let port = Number(process.env.PORT) || 8000;
  for (;;) {
    try {
      const server = await startServer(port);
      const { port: actual } = server.address();
      console.log(`talks-timeline demo: http://localhost:${actual}/demo/`);
      break;
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || port > 8100) throw e;
      port += 1;
    }
  }
}
