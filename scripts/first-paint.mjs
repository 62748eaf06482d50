// What code a page downloads before the first list item is painted (issue 15, item 3), measured in
// a real browser rather than read off the import graph: rollup's graph says what *may* load, the
// browser says what the element actually asked for before the resident saw a place.
//
// Launches the system Chromium (puppeteer-core, as bench/ui.mjs does; CHROME_PATH overrides
// /usr/bin/chromium) on a page served from 127.0.0.1 only (no network), with
//   <service-locator src=…> (the list view, the default)
// and the standalone build from `dist`. Every response is gzipped at level 9 by the server (as a
// production host would, and at the level scripts/size.mjs uses per chunk), so the browser's own
// Resource Timing `encodedBodySize` is the gzip figure. A classic script in the page, which runs
// before the element's module, waits for the first `<li>` of the list's shadow root and for the
// frame after it (the one that paints it): that instant is "first paint". Every JS resource whose
// request *started* before the painting frame began counts, whether it finished before or not (it competed for the
// connection all the same).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The page: the probe first (classic script, runs before any module), then the element. */
function page(src, extraAttributes) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>first paint</title>
<script>
(() => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const firstItem = () => document.querySelector('service-locator')?.shadowRoot
    ?.querySelector('service-locator-list')?.shadowRoot?.querySelector('li');
  (async () => {
    while (!firstItem()) await frame();
    // The item is in the DOM at the start of this frame, whose rendering paints it: a request
    // made from here on (the element's after-paint work) is after the paint, as the browser
    // tests count (first-paint.test.ts, first-list.test.ts).
    window.__paintFrame = performance.now();
    // The frame after this one: the item has been painted (the figure reported).
    await frame();
    window.__firstPaint = performance.now();
  })();
})();
</script>
<script type="module" src="/dist/service-locator.js"></script></head>
<body><service-locator src="${src}" ${extraAttributes}></service-locator></body></html>`;
}

/**
 * Serves `page` at /page.html, `dist` at /dist/ and `root`/data at /data/, gzipped (`gzip:
 * false`: as they are, for benchmarks whose figures were taken so); returns the server and its
 * base URL. `extra` maps more paths to bodies (the benchmarks' catalogues and shards). The one
 * static server of the size check and the browser benchmarks.
 */
export async function serveForPaint({ dist, root, pageHtml, extra = new Map(), gzip = true }) {
  /** Every response: path, when the request arrived (epoch ms, high resolution), gzip bytes. */
  const log = [];
  const compressed = new Map();
  const distDir = resolve(dist);
  const dataDir = resolve(root, 'data');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const arrived = performance.timeOrigin + performance.now();
      let body;
      let type;
      if (url.pathname === '/page.html') [body, type] = [Buffer.from(pageHtml(url.searchParams)), TYPES['.html']];
      else if (extra.has(url.pathname)) [body, type] = [extra.get(url.pathname), TYPES['.json']];
      else {
        const clean = normalize(decodeURIComponent(url.pathname));
        const [base, rest] = clean.startsWith('/dist/') ? [distDir, clean.slice(6)] : clean.startsWith('/data/') ? [dataDir, clean.slice(6)] : [null, ''];
        const file = base && resolve(base, rest);
        if (!file || !file.startsWith(base + sep)) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      if (!gzip) {
        log.push({ path: url.pathname, at: arrived, gzip: NaN });
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        return res.end(body);
      }
      // Cached per path: a benchmark's 50 MB catalogue is compressed once, not on every page.
      let gz = compressed.get(url.pathname + url.search);
      if (!gz) compressed.set(url.pathname + url.search, (gz = gzipSync(body, { level: body.length > 1e6 ? 6 : 9 })));
      log.push({ path: url.pathname, at: arrived, gzip: gz.length });
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      res.end(gz);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, log, base: `http://127.0.0.1:${server.address().port}` };
}

/** Chromium flags for a quiet offline headless run (toolchain notes: no background traffic). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * JS resources of the page's element up to its first list paint: `{ firstPaint, before, after }`,
 * `before`/`after` being `[{ file, gzip, start, from }]` (file relative to /dist/, gzip bytes,
 * start in ms from navigation, `from`: 'page' or 'worker'). `page` is an open puppeteer page
 * already navigated to a first-paint page; `log` is the server's log (serveForPaint).
 *
 * The page's own requests come from its Resource Timing (exact start times, encodedBodySize).
 * A worker's script and its imports are not in the page's timeline: they are read from the
 * server's log, placed on the page's clock through both clocks' epoch origins (a few ms of
 * uncertainty, which only matters for a request made within ms of the paint). Waits for the
 * network to settle after paint so that late requests are listed in `after`.
 */
export async function readFirstPaint(page, log, timeoutMs = 60000) {
  await page.waitForFunction('window.__firstPaint !== undefined', { timeout: timeoutMs, polling: 50 });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: timeoutMs }).catch(() => {});
  const { firstPaint, paintFrame, origin, entries } = await page.evaluate(() => ({
    firstPaint: window.__firstPaint,
    paintFrame: window.__paintFrame ?? window.__firstPaint,
    origin: performance.timeOrigin,
    entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, gzip: e.encodedBodySize })),
  }));
  const isJs = (path) => /\.m?js$/.test(path);
  const file = (path) => path.replace(/^\/dist\//, '');
  const js = entries
    .map((e) => ({ ...e, path: new URL(e.name).pathname }))
    .filter((e) => isJs(e.path))
    .map((e) => ({ file: file(e.path), gzip: e.gzip, start: e.start, from: 'page' }));
  const seen = new Set(js.map((e) => e.file));
  for (const l of log) {
    if (!isJs(l.path) || seen.has(file(l.path))) continue;
    seen.add(file(l.path));
    js.push({ file: file(l.path), gzip: l.gzip, start: l.at - origin, from: 'worker' });
  }
  js.sort((a, b) => a.start - b.start);
  return { firstPaint, before: js.filter((e) => e.start < paintFrame), after: js.filter((e) => e.start >= paintFrame) };
}

/**
 * Networks to emulate (CDP `Network.emulateNetworkConditions`, per request: `latency` ms added to
 * each request's response, throughputs in bytes/s). `mobile`: Lighthouse's "Slow 4G" mobile
 * throttling (its `mobileSlow4G`: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), the
 * resident on an old phone with a poor signal. On loopback every round trip costs ~nothing; here
 * each wave of requests (a chunk discovered only once the previous one has arrived) costs one.
 * The emulation applies to the page's requests (a dedicated worker's are not throttled; the demo
 * catalogue starts none).
 */
export const NETWORKS = {
  mobile: { name: 'Slow 4G (Lighthouse mobile: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up)', latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

/**
 * The waves of `before` (readFirstPaint's requests, sorted by start): a request that starts more
 * than `gapMs` after the one before it opens a new wave. Requests made in parallel start within
 * a few ms of each other; one made only once an earlier response has arrived (and been parsed)
 * starts a round trip later, which on an emulated network is `latency` ms at least. Returns
 * `[{ start, files }]`.
 */
export function requestWaves(before, gapMs = 50) {
  const waves = [];
  let last = -Infinity;
  for (const e of before) {
    if (e.start - last > gapMs) waves.push({ start: e.start, files: [] });
    waves[waves.length - 1].files.push(e.file);
    last = e.start;
  }
  return waves;
}

/**
 * Launches Chromium once on the demo catalogue and returns `{ firstPaint, before, after,
 * gzipBefore }`. `root` is the repository (for data/catalogue.json and data/communes.json);
 * `network`: a key of NETWORKS (or an object of the same shape) to emulate, none by default
 * (loopback: what the size check measures, fast and deterministic).
 */
export async function measureFirstPaint({ dist = 'dist', root = '.', executablePath = process.env.CHROME_PATH || '/usr/bin/chromium', network } = {}) {
  const conditions = typeof network === 'string' ? NETWORKS[network] : network;
  if (network !== undefined && !conditions) throw new Error(`unknown network ${String(network)} (known: ${Object.keys(NETWORKS).join(', ')})`);
  const { default: puppeteer } = await import('puppeteer-core');
  const { server, log, base } = await serveForPaint({
    dist,
    root,
    pageHtml: () => page('/data/catalogue.json', 'communes="/data/communes.json"'),
  });
  const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false);
    if (conditions) {
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      const { latency, downloadThroughput, uploadThroughput } = conditions;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
    }
    await tab.goto(`${base}/page.html`);
    const r = await readFirstPaint(tab, log, conditions ? 120000 : undefined);
    return { ...r, gzipBefore: r.before.reduce((s, e) => s + e.gzip, 0) };
  } finally {
    await browser.close();
    server.close();
  }
}

export { page as firstPaintPage };
