// Loading without freezing the page (npm run bench:load; issue 15, item 1): in headless Chromium
// (the system binary, through puppeteer-core), loads a realistic catalogue
// (bench/generate-catalogue.ts generateRealisticCatalogue) into <service-locator src> in list view
// and reports, per mode, the longest main-thread task (PerformanceObserver 'longtask', every task
// over 50 ms from the element's connection to its first painted list item), how many such tasks,
// their total beyond 50 ms (total blocking time), and the first list paint.
// Modes: `worker` (the catalogue worker), `fallback` (the page has no Worker: validation and
// index in slices on the main thread). DIST=/path/to/another/dist measures another build (e.g.
// one made before this work) the same way. Uses the standalone build (npm run build first); no
// network beyond 127.0.0.1. Prints medians of RUNS fresh pages; asserts nothing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveForPaint } from '../scripts/first-paint.mjs';
import puppeteer from 'puppeteer-core';
import { generateRealisticCatalogue } from './generate-catalogue.ts';

const root = resolve(new URL('..', import.meta.url).pathname);
const dist = resolve(process.env.DIST || join(root, 'dist'));
const RUNS = Number(process.env.RUNS || 3);
const SIZES = (process.env.SIZES || '100000').split(',').map(Number);
const MODES = (process.env.MODES || 'worker,fallback').split(',');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(join(dist, 'service-locator.js'))) {
  console.error(`${dist}/service-locator.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const catalogues = new Map();
const meta = { version: 1, name: 'Bench', territory: 'France', updated: '2026-11-01', licence: 'Licence Ouverte 2.0', attribution: 'synthetic' };
for (const n of SIZES) {
  const { places } = generateRealisticCatalogue(n, 46);
  catalogues.set(`/cat-${n}.json`, Buffer.from(JSON.stringify({ ...meta, places })));
}

// Long tasks are observed from the first script on; the element is appended once defined.
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script>
window.__long = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
if (new URLSearchParams(location.search).get('mode') === 'fallback') window.Worker = undefined;
</script>
<script type="module" src="/dist/service-locator.js"></script></head><body>
<script type="module">
await customElements.whenDefined('service-locator');
const params = new URLSearchParams(location.search);
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const el = document.createElement('service-locator');
el.setAttribute('src', params.get('src'));
el.setAttribute('view', 'list');
const t0 = performance.now();
document.body.append(el);
const firstItem = () => el.shadowRoot?.querySelector('service-locator-list')?.shadowRoot?.querySelector('li.place');
while (!firstItem()) await frame();
await frame();
const t1 = performance.now();
// Tasks still running at the paint are reported once they end.
await new Promise((r) => setTimeout(r, 300));
const tasks = window.__long.filter(([start]) => start >= t0 && start < t1).map(([, d]) => d);
window.__result = { paint: t1 - t0, longest: Math.max(0, ...tasks), count: tasks.length, blocking: tasks.reduce((s, d) => s + d - 50, 0) };
</script></body></html>`;

// The size check's static server, uncompressed (the figures in the README were taken so).
const { server, base } = await serveForPaint({ dist, root, pageHtml: () => PAGE, extra: catalogues, gzip: false });

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function once(src, mode) {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/page.html?src=${encodeURIComponent(src)}&mode=${mode}`);
    await page.waitForFunction('window.__result', { timeout: 300000, polling: 200 });
    return await page.evaluate(() => window.__result);
  } finally {
    await page.close();
  }
}

try {
  console.log(`load tasks: ${dist === join(root, 'dist') ? 'dist/' : dist}, Chromium ${await browser.version()}, median of ${RUNS} (longest: max)`);
  console.log('| places | mode | first list paint | longest task | tasks > 50 ms | blocking time |');
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const n of SIZES) {
    for (const mode of MODES) {
      await once(`/cat-${n}.json`, mode); // warm-up
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(`/cat-${n}.json`, mode));
      const f = (x) => `${Math.round(x)} ms`;
      console.log(
        `| ${n.toLocaleString('en')} | ${mode} | ${f(median(runs.map((r) => r.paint)))} | ${f(Math.max(...runs.map((r) => r.longest)))} | ${median(runs.map((r) => r.count))} | ${f(median(runs.map((r) => r.blocking)))} |`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
