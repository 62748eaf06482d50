// scripts/size.mjs: the import-graph walk, the budget and the worker check, on hand-made builds.
// The real build is checked once, by `npm run size -- --check` right after `npm run build` in
// `npm test` (the budget keeps MapLibre, ~296 KB gzip, out of the initial set): the unit run never
// builds, and never reads a dist/ that may be stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = 'scripts/size.mjs';

interface Chunk {
  file: string;
  kind: 'initial' | 'worker' | 'lazy' | 'unreferenced';
  raw: number;
  gzip: number;
}
interface Report {
  chunks: Chunk[];
  initial: { raw: number; gzip: number };
  budget: { gzip: number; ok: boolean };
  problems: string[];
}

/** The graph walk only; the browser measurement has tests of its own below. */
function run(args: string[], browser = false) {
  const r = spawnSync(process.execPath, [SCRIPT, ...(browser ? [] : ['--no-browser']), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fake build: entry -> shared (static), entry -> map (dynamic) -> worker by name. */
function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const FILES = {
  'service-locator.js': 'import{a as b}from"./shared-1a2b.js";import"./side-3c4d.js";const m=()=>import("./map-5e6f.js");export{b,m};',
  'shared-1a2b.js': 'export const a=1;' + 'x'.repeat(2000),
  'side-3c4d.js': 'console.log(1);',
  'map-5e6f.js': 'import{a}from"./shared-1a2b.js";const w=new URL(`./maplibre-gl-worker.mjs`,import.meta.url);export{w};',
  'maplibre-gl-worker.mjs': 'self.onmessage=()=>{};',
  'old-9999.js': 'export const stale=1;',
};

test('size: classifies static imports as initial, dynamic imports and the worker as lazy, leftovers as unreferenced', () => {
  const dir = fakeDist(FILES);
  try {
    const r = run(['--json', '--dist', dir]);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    const kinds = Object.fromEntries(report.chunks.map((c) => [c.file, c.kind]));
    assert.deepEqual(kinds, {
      'service-locator.js': 'initial',
      'shared-1a2b.js': 'initial',
      'side-3c4d.js': 'initial',
      'map-5e6f.js': 'lazy',
      'maplibre-gl-worker.mjs': 'lazy',
      'old-9999.js': 'unreferenced',
    });
    const initial = report.chunks.filter((c) => c.kind === 'initial');
    assert.equal(report.initial.gzip, initial.reduce((s, c) => s + c.gzip, 0));
    assert.ok(initial.every((c) => c.gzip > 0 && c.gzip <= c.raw + 30));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size: counts a module worker an initial chunk starts by URL as a worker, with what it imports', () => {
  const dir = fakeDist({
    ...FILES,
    'service-locator.js': FILES['service-locator.js'] + 'new Worker(new URL("./catalogue-worker.js",import.meta.url),{type:"module"});',
    'catalogue-worker.js': 'import{a}from"./shared-1a2b.js";import{v}from"./validate-7a8b.js";self.onmessage=()=>v(a);',
    'validate-7a8b.js': 'export const v=()=>{};',
  });
  try {
    const r = run(['--json', '--dist', dir]);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report & { worker: { gzip: number } };
    const kinds = Object.fromEntries(report.chunks.map((c) => [c.file, c.kind]));
    assert.equal(kinds['catalogue-worker.js'], 'worker');
    assert.equal(kinds['validate-7a8b.js'], 'worker');
    // Shared with the page: it counts once, as initial.
    assert.equal(kinds['shared-1a2b.js'], 'initial');
    // The MapLibre worker stays with the map.
    assert.equal(kinds['maplibre-gl-worker.mjs'], 'lazy');
    const workers = report.chunks.filter((c) => c.kind === 'worker');
    assert.equal(report.worker.gzip, workers.reduce((s, c) => s + c.gzip, 0));
    assert.ok(!report.chunks.some((c) => c.kind === 'unreferenced' && c.file !== 'old-9999.js'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size: fails when the initial set exceeds the budget, and says so', () => {
  const dir = fakeDist(FILES);
  try {
    const r = run(['--check', '--dist', dir, '--budget-kb', '0.01']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /over the 0\.01 KB budget/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size: fails when the MapLibre worker is not beside the chunk that loads it', () => {
  const { 'maplibre-gl-worker.mjs': _worker, ...withoutWorker } = FILES;
  const dir = fakeDist(withoutWorker);
  try {
    const r = run(['--check', '--dist', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /map-5e6f\.js loads maplibre-gl-worker\.mjs .* missing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size: fails clearly when the build is missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-test-'));
  try {
    const r = run(['--check', '--dist', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /npm run build/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size: attributes a chunk\'s bytes to its sources through the source map', async () => {
  const dir = fakeDist({
    'service-locator.js': 'abcdef\nghij',
    'service-locator.js.map': JSON.stringify({ version: 3, sources: ['../src/a.ts', '../node_modules/b/b.js'], names: [], mappings: 'AAAA,GCAA;ADAA' }),
  });
  try {
    // @ts-expect-error plain JavaScript module without declarations
    const { bytesBySource } = (await import('../../scripts/size.mjs')) as { bytesBySource: (file: string) => { source: string; bytes: number }[] };
    assert.deepEqual(bytesBySource(join(dir, 'service-locator.js')), [
      { source: 'src/a.ts', bytes: 7 },
      { source: 'node_modules/b/b.js', bytes: 3 },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A hand-made element that paints its list only after a dynamic import and its worker's first
// message (as the real one waits for the worker's places: else, on a loaded machine, the worker's
// requests could come after the paint), then loads one more chunk later. The worker imports a
// module of its own, which answers.
const PAINT_FILES = {
  'service-locator.js': `
    const worker = new Worker(new URL('./worker-7a7a.js', import.meta.url), { type: 'module' });
    const ready = new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }));
    customElements.define('service-locator', class extends HTMLElement {
      async connectedCallback() {
        const root = this.attachShadow({ mode: 'open' });
        const [{ item }] = await Promise.all([import('./list-1a1a.js'), ready]);
        const list = document.createElement('service-locator-list');
        list.attachShadow({ mode: 'open' }).innerHTML = '<ul><li>' + item + '</li></ul>';
        root.append(list);
        setTimeout(() => import('./late-2b2b.js'), 100);
      }
    });`,
  'list-1a1a.js': 'export const item = "Lieu";' + '/*' + 'y'.repeat(3000) + '*/',
  'late-2b2b.js': 'export const late = 1;',
  'worker-7a7a.js': 'import "./worker-dep-8c8c.js";',
  'worker-dep-8c8c.js': 'self.postMessage("ready");',
};

interface PaintReport {
  firstPaint: { firstPaint: number; gzipBefore: number; before: { file: string; gzip: number; from: string }[]; after: { file: string }[] };
}

test('size: measures in Chromium the code fetched before the first list item is painted, workers included', { timeout: 60000 }, () => {
  const dir = fakeDist(PAINT_FILES);
  try {
    // Three round trips: the worker's own import is discovered only once the worker has arrived.
    const r = run(['--json', '--dist', dir, '--paint-waves', '3'], true);
    assert.equal(r.status, 0, r.stderr);
    const { firstPaint } = JSON.parse(r.stdout) as PaintReport;
    // (Chromium lists a dedicated worker's fetches in the page's timeline; the server's log covers
    // a browser that does not.)
    assert.deepEqual(firstPaint.before.map((c) => c.file).sort(), ['list-1a1a.js', 'service-locator.js', 'worker-7a7a.js', 'worker-dep-8c8c.js']);
    assert.deepEqual(firstPaint.after.map((c) => c.file), ['late-2b2b.js']);
    // gzip bytes as transferred: the 3,000 repeated letters compress to a few dozen bytes.
    const list = firstPaint.before.find((c) => c.file === 'list-1a1a.js');
    assert.ok(list && list.gzip > 20 && list.gzip < 200, JSON.stringify(list));
    assert.equal(firstPaint.gzipBefore, firstPaint.before.reduce((s, c) => s + c.gzip, 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size: --check fails when the code before the first list paint exceeds its budget, naming the files', { timeout: 60000 }, () => {
  const dir = fakeDist(PAINT_FILES);
  try {
    const r = run(['--check', '--dist', dir, '--paint-budget-kb', '0.05'], true);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /fetched before the first list paint, over the 0\.05 KB budget \(.*list-1a1a\.js/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size: --check fails when the code before the first list paint takes more round trips than allowed, naming the chain', { timeout: 60000 }, () => {
  const dir = fakeDist(PAINT_FILES);
  try {
    // The default is 2 (the entry, then what it asks for); the worker's import is a third.
    const r = run(['--check', '--dist', dir], true);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /comes in 3 round trips \(service-locator\.js -> worker-7a7a\.js -> worker-dep-8c8c\.js\), over 2/);
    assert.doesNotMatch(r.stderr, /over the .* KB budget/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
