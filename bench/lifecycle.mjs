#!/usr/bin/env node
/**
 * Heap growth of a page that creates and removes `<service-locator>` many times, measured in
 * headless Chromium (the standalone build, dist/service-locator.js, on the demo catalogue).
 *
 * Phases: a warm-up (so one-time costs, such as MapLibre's chunk and worker pool, are paid),
 * then two rounds of N cycles (default 100; the map shown and awaited to `idle` on every
 * tenth). After each phase: two forced garbage collections, then the JS heap with the typed
 * arrays' backing stores (CDP `Runtime.getHeapUsage`: `usedSize + backingStorageSize`; the
 * search index and MapLibre keep most of their data in ArrayBuffers, outside `usedSize`) and
 * the DOM node and JS listener counts (CDP `Performance.getMetrics`).
 * A leak shows as growth per cycle that does not shrink from round 1 to round 2.
 *
 *   node bench/lifecycle.mjs            (BENCH_CYCLES=200 for more cycles; CHROME_PATH to pick the browser)
 *
 * Prints a table and a last line `BENCH_JSON {…}` that bench/run-all.mjs collects.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CYCLES = Math.max(10, Number(process.env.BENCH_CYCLES) || 100);
const MAP_EVERY = 10;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(join(ROOT, 'dist/service-locator.js'))) {
  process.stderr.write('bench/lifecycle: dist/service-locator.js is missing, building it (npm run build)…\n');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>lifecycle bench</title>
<script type="module" src="/dist/service-locator.js"></script></head>
<body><main><h1>Page hôte</h1><div id="host" style="width: 1000px"></div></main></body></html>`;

/** A tiny static server for the repo's dist/ and data/ (nothing else is reachable). */
const server = createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!(file.startsWith(join(ROOT, 'dist')) || file.startsWith(join(ROOT, 'data'))) || !(await stat(file)).isFile()) throw new Error('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--js-flags=--expose-gc',
  ],
});

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/', { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('service-locator'), { timeout: 20000 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');

  /** Runs `n` create → load (→ map idle) → remove cycles in the page. */
  const cycles = (n, mapEvery) =>
    page.evaluate(
      async (n, mapEvery) => {
        const host = document.getElementById('host');
        const until = async (check, what, ms = 20000) => {
          const end = performance.now() + ms;
          for (;;) {
            const v = check();
            if (v) return v;
            if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
            await new Promise((r) => setTimeout(r, 20));
          }
        };
        for (let i = 0; i < n; i++) {
          const withMap = mapEvery > 0 && i % mapEvery === mapEvery - 1;
          const el = document.createElement('service-locator');
          el.setAttribute('src', '/data/catalogue.json');
          el.setAttribute('map-style', 'offline');
          el.setAttribute('view', withMap ? 'both' : 'list');
          const loaded = new Promise((r) => el.addEventListener('service-locator-load', r, { once: true }));
          host.append(el);
          await loaded;
          await el.updateComplete;
          await until(() => el.shadowRoot.querySelector('service-locator-list'), 'the list');
          if (withMap) {
            const map = await until(() => el.shadowRoot.querySelector('service-locator-map'), 'the map element');
            await until(() => map.adapter, 'the map adapter');
            await map.mapReady;
            await map.adapter.whenIdle();
          }
          el.remove();
        }
        await new Promise((r) => setTimeout(r, 1000));
      },
      n,
      mapEvery,
    );

  const measure = async () => {
    for (let i = 0; i < 2; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => globalThis.gc?.());
    }
    const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const canvases = await page.evaluate(() => document.querySelectorAll('canvas').length);
    return { heapMB: (usedSize + backingStorageSize) / 1048576, buffersMB: backingStorageSize / 1048576, nodes: m.Nodes, listeners: m.JSEventListeners, canvases };
  };

  const t0 = performance.now();
  await cycles(5, 2);
  const base = await measure();
  await cycles(CYCLES, MAP_EVERY);
  const round1 = await measure();
  await cycles(CYCLES, MAP_EVERY);
  const round2 = await measure();
  const seconds = (performance.now() - t0) / 1000;
  const version = await browser.version();

  const perCycleKB = (a, b) => ((b.heapMB - a.heapMB) * 1024) / CYCLES;
  const rows = [
    ['after warm-up (5 cycles)', base],
    [`after round 1 (+${CYCLES} cycles)`, round1],
    [`after round 2 (+${CYCLES} cycles)`, round2],
  ];
  const f = (n, d = 1) => n.toFixed(d);
  console.log(`Lifecycle benchmark — ${version}, standalone build, demo catalogue, map on every ${MAP_EVERY}th cycle, ${f(seconds, 0)} s`);
  console.log('');
  console.log('| phase | JS heap + typed arrays MB | of which typed arrays MB | DOM nodes | JS listeners | canvases |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [label, m] of rows) console.log(`| ${label} | ${f(m.heapMB, 2)} | ${f(m.buffersMB, 2)} | ${m.nodes} | ${m.listeners} | ${m.canvases} |`);
  console.log('');
  console.log(`heap growth per cycle: round 1 ${f(perCycleKB(base, round1))} KB, round 2 ${f(perCycleKB(round1, round2))} KB`);
  if (errors.length) console.log(`page errors: ${errors.length} (first: ${errors[0]})`);
  const figures = {
    cycles_per_round: CYCLES,
    heap_after_warmup_mb: +f(base.heapMB, 2),
    heap_after_round1_mb: +f(round1.heapMB, 2),
    heap_after_round2_mb: +f(round2.heapMB, 2),
    heap_growth_round1_kb_per_cycle: +f(perCycleKB(base, round1)),
    heap_growth_round2_kb_per_cycle: +f(perCycleKB(round1, round2)),
    dom_nodes_growth_round2: round2.nodes - round1.nodes,
    js_listeners_growth_round2: round2.listeners - round1.listeners,
    canvases_left: round2.canvases,
    page_errors: errors.length,
    seconds: +f(seconds, 0),
  };
  console.log(`BENCH_JSON ${JSON.stringify({ name: 'lifecycle', chromium: version, figures })}`);
} finally {
  await browser.close();
  server.close();
}
