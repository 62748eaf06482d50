/**
 * The package as a town hall's web developer meets it: `npm pack`, installed into a throwaway
 * app, built with Vite and with esbuild (their own dev dependencies, from npm, in the temp
 * folder), served over HTTP and opened in Chromium. The map must reach `idle` with markers and
 * no request may 404: a bundled app once lost MapLibre's worker (it was looked up beside the
 * bundled chunk) and showed a blank map with no error.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_ARGS, MAP_IDLE_PROBE, chromePath, demoCatalogue, exec, npm, pack, serveStatic } from './package-helpers.js';

// Exact versions: a new bundler release must not turn this test red on its own.
const VITE = 'vite@8.4.0';
const ESBUILD = 'esbuild@0.28.2';

const page = (script: string) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Mairie</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head>
<body><main><h1>Où être aidé ?</h1>
<service-locator src="/catalogue.json" view="map" map-style="offline"></service-locator>
</main></body></html>
`;

let app = '';
let browser: Browser | undefined;

before(async () => {
  const { tarball } = await pack();
  app = await mkdtemp(join(tmpdir(), 'sl-consumer-'));
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'mairie', private: true, type: 'module' }, null, 2));
  await writeFile(join(app, 'main.js'), "import 'service-locator-element/define';\n");
  await npm(app, ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
  await npm(app, ['install', '--no-audit', '--no-fund', '--loglevel=error', '--save-dev', VITE, ESBUILD]);
  browser = await puppeteer.launch({ executablePath: chromePath(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

/** Serves `dir`, opens it in Chromium and asserts a working map with no failed request. */
async function assertMapWorks(dir: string): Promise<void> {
  const server = await serveStatic(dir);
  const tab = await browser!.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  try {
    await tab.goto(`${server.origin}/`, { waitUntil: 'load' });
    const markers = await tab.evaluate(`(${MAP_IDLE_PROBE})(30000)`);
    assert.ok(Number(markers) > 0, `the map drew no marker (${String(markers)})`);
    assert.deepEqual(server.missing, [], `requests answered 404: ${server.missing.join(', ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await tab.close();
    await server.close();
  }
}

describe('the packed package in a consumer app', () => {
  test('built with Vite: the map reaches idle with markers, no 404', async () => {
    await writeFile(join(app, 'index.html'), page('/main.js'));
    await mkdir(join(app, 'public'), { recursive: true });
    await writeFile(join(app, 'public/catalogue.json'), await demoCatalogue());
    await exec(app, join(app, 'node_modules/.bin/vite'), ['build', '--outDir', 'out-vite', '--logLevel', 'error']);
    // The worker is an asset Vite found through `new URL(…, import.meta.url)`, not a copy made here.
    assert.ok((await readdir(join(app, 'out-vite/assets'))).some((f) => f.startsWith('maplibre-gl-worker')), 'Vite emitted no worker asset');
    await assertMapWorks(join(app, 'out-vite'));
  });

  test('built with esbuild (splitting), worker copied as the README says: same result', async () => {
    const out = join(app, 'out-esbuild');
    await exec(app, join(app, 'node_modules/.bin/esbuild'), ['main.js', '--bundle', '--format=esm', '--splitting', `--outdir=${out}`, '--log-level=error']);
    await writeFile(join(out, 'index.html'), page('./main.js'));
    await writeFile(join(out, 'catalogue.json'), await demoCatalogue());
    // esbuild leaves `new URL('./maplibre-gl-worker.mjs', import.meta.url)` as is (it copies no
    // assets): the README's esbuild step puts the worker beside the bundle.
    await copyFile(join(app, 'node_modules/service-locator-element/dist/maplibre-gl-worker.mjs'), join(out, 'maplibre-gl-worker.mjs'));
    // The catalogue's worker likewise (else the page validates the catalogue itself, after a 404).
    await copyFile(join(app, 'node_modules/service-locator-element/dist/catalogue-worker.js'), join(out, 'catalogue-worker.js'));
    await assertMapWorks(out);
  });
});
