// UI benchmark (npm run bench:ui): in headless Chromium (the system binary, through
// puppeteer-core), the time from connecting <service-locator> to the first painted list item,
// and to the map's `idle`, for synthetic catalogues of 1k and 10k places (bench/generate-catalogue.ts),
// against a baseline run of the 6-place test fixture in the same process. Uses the standalone
// build (dist/service-locator.js, run `npm run build` first) and the offline map style: no
// network beyond 127.0.0.1. Prints medians of RUNS fresh pages; asserts nothing.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { generateCatalogue } from './generate-catalogue.ts';

const root = resolve(new URL('..', import.meta.url).pathname);
const RUNS = Number(process.env.RUNS || 5);
const SIZES = (process.env.SIZES || '1000,10000').split(',').map(Number);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(join(root, 'dist/service-locator.js'))) {
  console.error('dist/service-locator.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Catalogue JSON bodies by URL path. */
const catalogues = new Map();
const meta = { version: 1, name: 'Bench', territory: 'France', updated: '2026-11-01', licence: 'Licence Ouverte 2.0', attribution: 'synthetic' };
catalogues.set('/cat-baseline.json', await readFile(join(root, 'test/browser/fixtures/lot-small.json')));
for (const n of SIZES) {
  const { places } = generateCatalogue(n, 46);
  catalogues.set(`/cat-${n}.json`, Buffer.from(JSON.stringify({ ...meta, places })));
}

// The page: loads the element first, then measures from connection (appending it) on.
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script type="module" src="/dist/service-locator.js"></script></head><body>
<script type="module">
await customElements.whenDefined('service-locator');
const params = new URLSearchParams(location.search);
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const el = document.createElement('service-locator');
el.setAttribute('src', params.get('src'));
el.setAttribute('map-style', 'offline');
el.setAttribute('view', params.get('view'));
const t0 = performance.now();
document.body.append(el);
const result = {};
const firstItem = () => el.shadowRoot?.querySelector('service-locator-list')?.shadowRoot?.querySelector('li.place');
while (!firstItem()) await frame();
// The item is in the DOM; the next frame is the one that paints it.
await frame();
result.listPaint = performance.now() - t0;
if (params.get('view') !== 'list') {
  let map;
  while (!(map = el.shadowRoot.querySelector('service-locator-map'))) await frame();
  await map.mapReady;
  await map.adapter.whenIdle();
  result.mapIdle = performance.now() - t0;
}
window.__result = result;
</script></body></html>`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  try {
    if (url.pathname === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(PAGE);
    }
    if (catalogues.has(url.pathname)) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(catalogues.get(url.pathname));
    }
    const clean = normalize(url.pathname);
    if (!clean.startsWith('/dist/')) throw new Error('not found');
    const body = await readFile(join(root, clean));
    res.writeHead(200, { 'content-type': TYPES[extname(clean)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});

async function measure(src, view) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  try {
    await page.goto(`${base}/page.html?src=${encodeURIComponent(src)}&view=${view}`);
    await page.waitForFunction('window.__result', { timeout: 120000, polling: 50 });
    return await page.evaluate('window.__result');
  } finally {
    await page.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;

const rows = [];
try {
  for (const [label, src] of [['baseline (6)', '/cat-baseline.json'], ...SIZES.map((n) => [`${n}`, `/cat-${n}.json`])]) {
    await measure(src, 'list'); // warm-up: module and JSON caches, JIT
    const list = [];
    const both = [];
    const idle = [];
    for (let i = 0; i < RUNS; i++) list.push((await measure(src, 'list')).listPaint);
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(src, 'both');
      both.push(r.listPaint);
      idle.push(r.mapIdle);
    }
    rows.push({ label, list: median(list), both: median(both), idle: median(idle) });
  }
} finally {
  await browser.close();
  server.close();
}

const baseline = rows[0];
console.log(`service-locator UI bench: headless Chromium, standalone build, offline map style, median of ${RUNS} fresh pages`);
console.log('places         | first list paint (list view) | first list paint (list+map) | map idle (list+map)');
for (const r of rows) {
  const ratio = (v, b) => (r === baseline ? '' : ` (×${(v / b).toFixed(1)})`);
  console.log(
    `${r.label.padEnd(14)} | ${fmt(r.list)}${ratio(r.list, baseline.list).padEnd(21)} | ${fmt(r.both)}${ratio(r.both, baseline.both).padEnd(20)} | ${fmt(r.idle)}${ratio(r.idle, baseline.idle)}`,
  );
}
console.log('(×N: ratio to the baseline run of the 6-place fixture in the same process)');
