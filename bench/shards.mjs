// Sharded catalogue bench (npm run bench:shards): the national France services list
// (data/sources/, 2,845 rows) imported and split by département with the CLI, then shown in
// headless Chromium (the system binary, through puppeteer-core) near a commune, against the
// same list as one file. Measures, from connecting <service-locator near="Cahors (46000)">:
//   - first list paint: the first painted place;
//   - near and final: the first painted frame whose count names Cahors (the origin applied)
//     with no "Liste partielle" (every shard that could change the answer loaded);
//   - all loaded: the load event (every shard in).
// Each on the loopback as is, and with Chromium's network emulation at 10 Mbit/s down,
// 40 ms latency (NET=off skips it). Uses the standalone build (run `npm run build` first): no
// network beyond 127.0.0.1. Prints medians of RUNS fresh pages, the shard and index sizes, the
// commune lists the pages fetched (a commune the catalogue knows needs none, another its
// postcode slice, a bare name the national list); asserts nothing.
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveForPaint } from '../scripts/first-paint.mjs';
import puppeteer from 'puppeteer-core';

const root = resolve(new URL('..', import.meta.url).pathname);
const RUNS = Number(process.env.RUNS || 5);
const NEAR = process.env.NEAR || 'Cahors (46000)';
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(join(root, 'dist/service-locator.js'))) {
  console.error('dist/service-locator.js is missing: run `npm run build` first.');
  process.exit(1);
}

// import → split, with the CLI itself (the README's commands).
const work = await mkdtemp(join(tmpdir(), 'sl-shards-'));
const cli = (args) => execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/node-main.ts'), ...args], { cwd: root, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
const national = cli(['import', 'france-services', join(root, 'data/sources/france-services-2024-08-01.csv')]);
await writeFile(join(work, 'national.json'), national);
// A copy of the build: a build started meanwhile (another terminal) must not change it mid-run.
await cp(join(root, 'dist'), join(work, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') });
cli(['split', join(work, 'national.json'), '--out', join(work, 'shards')]);
const shardFiles = (await readdir(join(work, 'shards'))).filter((f) => f !== 'index.json');
const sizes = await Promise.all(shardFiles.map(async (f) => (await stat(join(work, 'shards', f))).size));
const indexSize = (await stat(join(work, 'shards/index.json'))).size;

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script type="module" src="/dist/service-locator.js"></script></head><body>
<script type="module">
await customElements.whenDefined('service-locator');
const params = new URLSearchParams(location.search);
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const el = document.createElement('service-locator');
el.setAttribute('src', params.get('src'));
el.setAttribute('near', params.get('near'));
el.setAttribute('view', 'list');
const result = {};
const t0 = performance.now();
el.addEventListener('service-locator-load', () => (result.allLoaded = performance.now() - t0));
document.body.append(el);
const sr = () => el.shadowRoot;
const firstItem = () => sr()?.querySelector('service-locator-list')?.shadowRoot?.querySelector('li.place');
const count = () => sr()?.querySelector('.count')?.textContent ?? '';
const partial = () => (sr()?.querySelector('.shard-status [role="status"]')?.textContent ?? '').trim() !== '';
const town = params.get('near').replace(/\\s*\\(.*$/, '');
window.__partial = result;
window.__debug = () => ({ count: count(), partial: partial(), status: sr()?.querySelector('.shard-status')?.textContent, loading: sr()?.querySelector('.loading')?.textContent, hasItem: !!firstItem() });
while (!firstItem()) await frame();
await frame();
result.listPaint = performance.now() - t0;
while (!(firstItem() && count().includes(town) && !partial())) await frame();
await frame();
result.nearFinal = performance.now() - t0;
while (result.allLoaded === undefined) await frame();
window.__result = result;
</script></body></html>`;

// The size check's static server, uncompressed (so the 10 Mbit/s figures count raw bytes).
const files = new Map([['/national.json', await readFile(join(work, 'national.json'))]]);
for (const f of [...shardFiles, 'index.json']) files.set(`/shards/${f}`, await readFile(join(work, 'shards', f)));
const { server, base } = await serveForPaint({ dist: join(work, 'dist'), root, pageHtml: () => PAGE, extra: files, gzip: false });

const browser = await puppeteer.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const NETWORKS = [['loopback', null]];
if (process.env.NET !== 'off') NETWORKS.push(['10 Mbit/s, 40 ms', { offline: false, download: (10e6 / 8), upload: (5e6 / 8), latency: 40 }]);

/** The commune lists the pages fetched (the national one, postcode slices), by path. */
const communeLists = new Set();

async function measure(src, network) {
  const page = await browser.newPage();
  page.on('requestfinished', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/communes(-france\.json|\/)/.test(path)) communeLists.add(path.replace(/^\/dist\//, ''));
  });
  try {
    // A fresh page with an empty cache each time: a first visit.
    await page.setCacheEnabled(false);
    if (network) await page.emulateNetworkConditions(network);
    await page.goto(`${base}/page.html?src=${encodeURIComponent(src)}&near=${encodeURIComponent(NEAR)}`);
    try {
      await page.waitForFunction('window.__result', { timeout: Number(process.env.PAGE_TIMEOUT_MS || 60000), polling: 50 });
    } catch (e) {
      // Say where the page was stuck rather than only that it was.
      const where = await page.evaluate('JSON.stringify({ result: window.__partial, state: window.__debug?.() })').catch(() => '?');
      throw new Error(`${src}: no result in time; page state ${where}`, { cause: e });
    }
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
  for (const [net, conditions] of NETWORKS)
    for (const [label, src] of [['one file', '/national.json'], ['sharded', '/shards/index.json']]) {
      await measure(src, conditions); // warm-up: JIT, the server's file cache
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(src, conditions));
            rows.push({ net, label, list: median(runs.map((r) => r.listPaint)), near: median(runs.map((r) => r.nearFinal)), all: median(runs.map((r) => r.allLoaded)) });
    }
} finally {
  await browser.close();
  server.close();
  await rm(work, { recursive: true, force: true });
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const sorted = [...sizes].sort((a, b) => a - b);
console.log(`service-locator shards bench: national France services list, near="${NEAR}", headless Chromium, standalone build, list view, median of ${RUNS} fresh pages (cache off)`);
console.log(`one file ${kb(national.length)}; ${sizes.length} shards, median ${kb(median(sorted))}, largest ${kb(sorted.at(-1))}; index ${kb(indexSize)}`);
console.log(`commune lists fetched: ${[...communeLists].sort().join(', ') || 'none'}`);
console.log('network            | catalogue | first list paint | near and final | all loaded');
for (const r of rows) console.log(`${r.net.padEnd(18)} | ${r.label.padEnd(9)} | ${fmt(r.list).padEnd(16)} | ${fmt(r.near).padEnd(14)} | ${fmt(r.all)}`);
