// UI benchmark (npm run bench:ui): <service-locator> in headless Chromium (the system binary,
// through puppeteer-core), standalone build (dist/, `npm run build` first), on realistic national
// catalogues (bench/generate-catalogue.ts generateRealisticCatalogue: the France services list,
// the communes of France, mixed kinds, varied hours, bus stops) of 10k and 100k places, against
// a baseline run of the 6-place test fixture in the same process. Everything is served gzipped
// from 127.0.0.1 (scripts/first-paint.mjs): no network. Prints medians; asserts nothing.
//
// Per size, the figures of issue 15's table:
// - first list paint: from navigation, and from the catalogue's arrival (its Resource Timing
//   responseEnd), to the frame that paints the first list item (median of RUNS fresh pages);
// - the longest main-thread task while loading (PerformanceObserver 'longtask', up to the first
//   paint) and how many tasks over 50 ms;
// - typing: resident queries typed one key at a time into the search box, each key waiting for
//   its results; key to paint = from the keydown to the frame after the element's
//   `service-locator-search` event (fired once the new results are rendered), minus the
//   250 ms debounce: p50 / p95 / max, and the longest task while typing;
// - code fetched before the first paint (gzip, every JS response: scripts/first-paint.mjs);
// - map idle (list + map view), from navigation (median of MAP_RUNS pages: 14 s a page at 100k
//   here, so one by default, to keep `npm run bench` within ten minutes).
// Environment: SIZES=10000,100000; RUNS (default 3); MAP_RUNS (default 1); CHROME_PATH; UI_FILES=1
// lists the files fetched before each size's first paint.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { generateRealisticCatalogue } from './generate-catalogue.ts';
import { CHROMIUM_ARGS, readFirstPaint, serveForPaint } from '../scripts/first-paint.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const RUNS = Math.max(1, Number(process.env.RUNS || 3));
const MAP_RUNS = Math.max(0, Number(process.env.MAP_RUNS ?? 1));
const SIZES = (process.env.SIZES || '10000,100000').split(',').map(Number);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** src/controllers/search-controller.ts TYPING_DEBOUNCE_MS: typing waits this long on purpose. */
const DEBOUNCE_MS = 250;
/** What residents type (each key waits for its results before the next). */
const TYPED = ['caf', 'carte grise', 'impots', 'aide numerique', 'retraite', 'a'];

if (!existsSync(join(root, 'dist/service-locator.js'))) {
  console.error('dist/service-locator.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Catalogue JSON bodies by URL path. */
const catalogues = new Map();
const meta = { version: 1, name: 'Bench', territory: 'France', updated: '2026-11-01', licence: 'Licence Ouverte 2.0', attribution: 'synthetic' };
catalogues.set('/cat-baseline.json', readFileSync(join(root, 'test/browser/fixtures/lot-small.json')));
for (const n of SIZES) {
  const { places } = generateRealisticCatalogue(n, 46);
  catalogues.set(`/cat-${n}.json`, Buffer.from(JSON.stringify({ ...meta, places })));
}

// The probe runs before the element's module: long tasks from the start, the first paint, keys.
const PAGE = (params) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>ui bench</title>
<script>
(() => {
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const firstItem = () => document.querySelector('service-locator')?.shadowRoot
    ?.querySelector('service-locator-list')?.shadowRoot?.querySelector('li');
  (async () => {
    while (!firstItem()) await frame();
    // As scripts/first-paint.mjs counts: requests from the frame that paints the item on are
    // after the paint (the element's after-paint work starts there).
    window.__paintFrame = performance.now();
    await frame();
    window.__firstPaint = performance.now();
  })();
  // Typing: the last keydown, and for each search the element reports, key to the painting frame.
  let key = 0;
  window.__keys = [];
  document.addEventListener('keydown', () => (key = performance.now()), true);
  document.addEventListener('service-locator-search', () => {
    const k = key;
    requestAnimationFrame(() => window.__keys.push({ key: k, paint: performance.now() }));
  }, true);
})();
</script>
<script type="module" src="/dist/service-locator.js"></script></head>
<body><service-locator src="${params.get('src')}" view="${params.get('view')}" map-style="offline"></service-locator></body></html>`;

const { server, log, base } = await serveForPaint({ dist: join(root, 'dist'), root, pageHtml: PAGE, extra: catalogues });
const browser = await puppeteer.launch({ executablePath, args: [...CHROMIUM_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

async function open(src, view) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setCacheEnabled(false);
  log.length = 0;
  await page.goto(`${base}/page.html?src=${encodeURIComponent(src)}&view=${view}`);
  return page;
}

/** One fresh page in list view: first paint, loading tasks, bytes before paint. */
async function load(src) {
  const page = await open(src, 'list');
  try {
    const paint = await readFirstPaint(page, log, 180000);
    const r = await page.evaluate((path) => {
      const cat = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === path);
      return { long: window.__long, catalogueEnd: cat ? cat.responseEnd : NaN };
    }, src);
    const loading = r.long.filter(([start]) => start < paint.firstPaint);
    return {
      paint: paint.firstPaint,
      afterCatalogue: paint.firstPaint - r.catalogueEnd,
      longest: Math.max(0, ...loading.map(([, d]) => d)),
      longCount: loading.length,
      bytes: paint.before.reduce((s, e) => s + e.gzip, 0),
      files: process.env.UI_FILES ? paint.before.map((e) => e.file) : undefined,
    };
  } finally {
    await page.close();
  }
}

/** Types TYPED into the search box, one key at a time, each waiting for its painted results. */
async function typing(src) {
  const page = await open(src, 'list');
  try {
    await page.waitForFunction('window.__firstPaint !== undefined', { timeout: 180000, polling: 50 });
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60000 }).catch(() => {});
    const input = await page.evaluateHandle(() =>
      document.querySelector('service-locator').shadowRoot.querySelector('service-locator-search').shadowRoot.querySelector('input[role="combobox"]'),
    );
    const samples = [];
    let missed = 0;
    const t0 = await page.evaluate(() => performance.now());
    for (const q of TYPED) {
      await input.focus();
      await input.evaluate((el) => {
        el.select();
      });
      for (const ch of q) {
        const before = await page.evaluate(() => window.__keys.length);
        // The first key replaces the selected previous query.
        await page.keyboard.type(ch);
        try {
          await page.waitForFunction((n) => window.__keys.length > n, { timeout: 10000, polling: 'raf' }, before);
          const k = await page.evaluate(() => window.__keys.at(-1));
          samples.push(k.paint - k.key - DEBOUNCE_MS);
        } catch {
          missed++;
        }
      }
    }
    const t1 = await page.evaluate(() => performance.now());
    const long = (await page.evaluate(() => window.__long)).filter(([start]) => start >= t0 && start <= t1);
    return { samples, missed, longest: Math.max(0, ...long.map(([, d]) => d)), longCount: long.length };
  } finally {
    await page.close();
  }
}

async function mapIdle(src) {
  const page = await open(src, 'both');
  try {
    return await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const el = document.querySelector('service-locator');
      let map;
      while (!(map = el.shadowRoot?.querySelector('service-locator-map'))) await frame();
      await map.mapReady;
      await map.adapter.whenIdle();
      return performance.now();
    });
  } finally {
    await page.close();
  }
}

const rows = [];
const figures = {};
const version = await browser.version();
try {
  for (const [label, src] of [['baseline (6)', '/cat-baseline.json'], ...SIZES.map((n) => [`${n / 1000}k`, `/cat-${n}.json`])]) {
    process.stderr.write(`ui bench: ${label}\n`);
    await load(src); // warm-up: JIT, and the catalogue compressed once by the server
    const loads = [];
    for (let i = 0; i < RUNS; i++) loads.push(await load(src));
    if (process.env.UI_FILES) console.log(label, loads[0].files.join("\n"));
    const type = await typing(src);
    const idle = [];
    for (let i = 0; i < MAP_RUNS; i++) idle.push(await mapIdle(src));
    const row = {
      label,
      paint: median(loads.map((l) => l.paint)),
      afterCatalogue: median(loads.map((l) => l.afterCatalogue)),
      longLoad: Math.max(...loads.map((l) => l.longest)),
      longLoadCount: median(loads.map((l) => l.longCount)),
      bytes: median(loads.map((l) => l.bytes)),
      keys: type.samples,
      missed: type.missed,
      longType: type.longest,
      longTypeCount: type.longCount,
      idle: idle.length ? median(idle) : NaN,
    };
    rows.push(row);
    const k = label.split(' ')[0];
    figures[`${k} first paint ms`] = Math.round(row.paint);
    figures[`${k} longest task loading ms`] = Math.round(row.longLoad);
    figures[`${k} typing p95 ms`] = Math.round(quantile(row.keys, 0.95));
    figures[`${k} longest task typing ms`] = Math.round(row.longType);
    figures[`${k} code before paint KB`] = +(row.bytes / 1024).toFixed(1);
    if (idle.length) figures[`${k} map idle ms`] = Math.round(row.idle);
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => `${Math.round(x)} ms`;
console.log(`UI benchmark — ${version} headless, standalone build, realistic catalogues, median of ${RUNS} fresh pages (map idle: ${MAP_RUNS}; typing: one page, ${TYPED.join(' / ')})`);
console.log('');
console.log('| places | first list paint from navigation (after the catalogue arrived) | longest task while loading (tasks > 50 ms) | typing key to paint − 250 ms debounce, p50 / p95 / max | longest task while typing (tasks > 50 ms) | code before the first paint, gzip | map idle (list + map) |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const keys = r.keys.length ? `${ms(quantile(r.keys, 0.5))} / ${ms(quantile(r.keys, 0.95))} / ${ms(Math.max(...r.keys))}${r.missed ? ` (${r.missed} keys without results)` : ''}` : 'none';
  console.log(
    `| ${r.label} | ${ms(r.paint)} (${ms(r.afterCatalogue)}) | ${ms(r.longLoad)} (${r.longLoadCount}) | ${keys} | ${ms(r.longType)} (${r.longTypeCount}) | ${(r.bytes / 1024).toFixed(1)} KB | ${Number.isNaN(r.idle) ? 'not run' : ms(r.idle)} |`,
  );
}
console.log(`BENCH_JSON ${JSON.stringify({ figures })}`);
