// Where a fetched catalogue should be validated (issue 15, items 1 and 3): on the page in slices,
// or in the catalogue worker. `npm run bench:page-validate` (after `npm run build`) measures in
// headless Chromium (the system binary, through puppeteer-core), for realistic catalogues
// (bench/generate-catalogue.ts) of about 100 KB, 500 KB, 1 MB and 2 MB (SIZES_KB overrides):
// - page: decode + JSON.parse + validate, as src/controllers/catalogue-validation.ts runs it
//   (runInSlices, 8 ms slices): the work (sum of slices), the longest slice, the wall time;
// - worker: dist/catalogue-worker.js from a fresh page (its file fetched, not cached): the time
//   to its 'ready', then to 'done' once given the bytes, and the sum of both.
// The page code is src/ bundled by esbuild (the same modules the validator chunk holds). Only
// 127.0.0.1; prints medians of RUNS fresh pages; asserts nothing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, serveForPaint } from '../scripts/first-paint.mjs';
import { generateRealisticCatalogue } from './generate-catalogue.ts';

const root = resolve(new URL('..', import.meta.url).pathname);
const dist = resolve(process.env.DIST || join(root, 'dist'));
const RUNS = Number(process.env.RUNS || 5);
const SIZES_KB = (process.env.SIZES_KB || '100,500,1000,2000').split(',').map(Number);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(join(dist, 'catalogue-worker.js'))) {
  console.error(`${dist}/catalogue-worker.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const meta = { version: 1, name: 'Bench', territory: 'France', updated: '2026-11-01', licence: 'Licence Ouverte 2.0', attribution: 'synthetic' };
const text = (n) => JSON.stringify({ ...meta, places: generateRealisticCatalogue(n, 46).places });
const perPlace = text(1000).length / 1000;
const extra = new Map();
const sizes = [];
for (const kb of SIZES_KB) {
  const body = Buffer.from(text(Math.max(1, Math.round((kb * 1000) / perPlace))));
  extra.set(`/cat-${kb}.json`, body);
  sizes.push({ kb, path: `/cat-${kb}.json`, bytes: body.length });
}

const bundle = await build({
  stdin: {
    contents: `
      import { decodeCatalogueBytes, parseCatalogueTextDataSteps } from './src/core/validator-core.ts';
      import { runInSlices, yieldToBrowser } from './src/core/slices.ts';
      window.onPage = async (path) => {
        const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
        const slices = [];
        let t = performance.now();
        const t0 = t;
        const textOf = decodeCatalogueBytes(bytes);
        slices.push(performance.now() - t);
        const pause = async () => { slices.push(performance.now() - t); await yieldToBrowser(); t = performance.now(); };
        t = performance.now();
        const result = await runInSlices(parseCatalogueTextDataSteps(textOf), { pause });
        slices.push(performance.now() - t);
        return { work: slices.reduce((s, d) => s + d, 0), longest: Math.max(...slices), wall: performance.now() - t0, places: result.places.length };
      };`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
});
extra.set('/bench.js', Buffer.from(bundle.outputFiles[0].text));

const onWorker = `window.onWorker = async (path) => {
  const bytes = await (await fetch(path)).arrayBuffer();
  const t0 = performance.now();
  const w = new Worker('/dist/catalogue-worker.js', { type: 'module' });
  let ready = 0;
  return new Promise((resolve) => {
    w.onmessage = (e) => {
      if (e.data.type === 'ready') { ready = performance.now() - t0; w.postMessage({ bytes }, [bytes]); }
      else if (e.data.type === 'done') { w.terminate(); resolve({ ready, total: performance.now() - t0 }); }
    };
  });
};`;
const pageHtml = () => `<!doctype html><meta charset="utf-8"><script src="/bench.js"></script><script>${onWorker}</script>`;
const { server, base } = await serveForPaint({ dist, root, pageHtml, extra, gzip: false });
const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`median of ${RUNS} fresh pages, headless Chromium, ms`);
  console.log('size      places | page: work  longest slice  wall | worker: ready  total');
  for (const s of sizes) {
    const page = [];
    const worker = [];
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['onPage', 'onWorker']) {
        const tab = await browser.newPage();
        await tab.setCacheEnabled(false);
        await tab.goto(`${base}/page.html`);
        const r = await tab.evaluate((m, p) => window[m](p), mode, s.path);
        (mode === 'onPage' ? page : worker).push(r);
        await tab.close();
      }
    }
    const f = (x) => x.toFixed(0).padStart(5);
    const m = (rows, k) => median(rows.map((r) => r[k]));
    console.log(
      `${(s.bytes / 1000).toFixed(0).padStart(5)} KB ${String(page[0].places).padStart(6)} |   ${f(m(page, 'work'))}  ${f(m(page, 'longest'))}          ${f(m(page, 'wall'))} |        ${f(m(worker, 'ready'))}  ${f(m(worker, 'total'))}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
