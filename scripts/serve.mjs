// Serves the demo with no network access beyond localhost: demo/ at /, plus /dist/ and /data/.
// PORT overrides 8000. Extra headers per page (the CSP test page) come from demo/headers.json.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT || 8000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const headersFile = join(root, 'demo/headers.json');
const pageHeaders = existsSync(headersFile) ? JSON.parse(readFileSync(headersFile, 'utf8')) : {};

function resolvePath(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  if (clean === '/' || clean === '') return join(root, 'demo/index.html');
  for (const dir of ['/dist/', '/data/', '/node_modules/']) if (clean.startsWith(dir)) return join(root, clean);
  return join(root, 'demo', clean);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolvePath(url.pathname);
    if (!file.startsWith(root)) throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const rel = '/' + file.slice(root.length + 1);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed like any production host would (the commune list is 1.4 MB raw, 0.45 MB gzip).
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text|application\/(json|geo\+json))/.test(type);
    if (gzip) body = gzipSync(body);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...(pageHeaders[rel] ?? {}),
    });
    res.end(body);
  } catch (err) {
    res.writeHead(err && err.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(err && err.code === 'ENOENT' ? 'Not found' : 'Server error');
  }
});
server.listen(port, () => console.log(`service-locator demo: http://localhost:${port}/`));
