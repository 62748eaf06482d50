// Loading without freezing the page (npm run bench:load; issue 15, item 1): in headless Chromium
// (the system binary, through puppeteer-core), loads a realistic catalogue
// (bench/generate-catalogue.ts generateRealisticCatalogue) into <service-locator src> in list view
// and reports, per mode, two windows from the element's connection: up to its first painted list
// item, and up to its `service-locator-load` event (the index built in slices, the facets) plus
// the 500 ms after it (the first render with results, the filters). For each: the longest
// main-thread task, how many tasks over 50 ms and their total beyond 50 ms (blocking time).
// Tasks are read from a Chrome trace of the page (every RunTask of its main thread, however
// short: the 'longtask' observer sees only those over 50 ms, and the aim is well under it), with
// the 'longtask' observer's longest kept as a cross-check. The last column, the most main-thread
// CPU time in one task (the trace's thread clock), is the figure to compare on a busy machine.
// Modes: `worker` (the catalogue worker), `fallback` (the page has no Worker: validation and
// index in slices on the main thread). DIST=/path/to/another/dist measures another build (e.g.
// one made before this work) the same way. Uses the standalone build (npm run build first); no
// network beyond 127.0.0.1. Prints medians of RUNS fresh pages (longest: their median and max);
// asserts nothing. EXPLAIN=40 also records V8's GC and sampling profiler and prints, for every
// task of 40 ms or more, what filled it (GC, message deserialisation, the JS functions sampled).
// TRACE_DIR=dir keeps each run's trace (open it in Chrome DevTools' Performance panel).
//
// What EXPLAIN=30 found at 100k with the worker (2026-12-01, the machine shared, load 6-13):
// - several sliced jobs' first slices in one task (index, facets, gazetteer: 30-37 ms) and a
//   caller's render inside a job's last slice (40-56 ms): runInSlices now pauses before its
//   first slice and after its last; the index's vocabulary (a 10-20 ms step) is in steps;
// - V8's scavenges, 25-45 ms (up to 100 ms at load 13), inside the deserialisation of a batch of
//   places or an index slice, and mark-compacts of 25-65 ms: every place and index entry
//   survives, so each scavenge copies a full young generation. On a stand-alone page receiving
//   the same places from a worker, neither the batch size (50, 250, 1,000), nor JSON text parsed
//   on the page, nor places whose repeated strings are shared (live heap 74 -> 49 MB) made
//   fewer than 12 scavenges or shorter ones (load 5-13: noisy);
// - the first render with results: the index's query-less search over every place and the
//   list (38-52 ms); the first Intl call of the page (the progress words: 12-80 ms, ICU's data);
// - the page's largest task by CPU: response.arrayBuffer() copying the 50 MB body at once
//   (24-27 ms of CPU): the body is now read chunk by chunk (fetch-json.ts readBody);
// - on this machine a scavenge's wall time is mostly the main thread waiting for V8's helper
//   threads (MinorGC 23 ms wall, 1-9 ms main-thread CPU): the last column is why.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveForPaint } from '../scripts/first-paint.mjs';
import puppeteer from 'puppeteer-core';
import { generateRealisticCatalogue } from './generate-catalogue.ts';

const root = resolve(new URL('..', import.meta.url).pathname);
const dist = resolve(process.env.DIST || join(root, 'dist'));
const RUNS = Number(process.env.RUNS || 3);
const SIZES = (process.env.SIZES || '100000').split(',').map(Number);
const MODES = (process.env.MODES || 'worker,fallback').split(',');
const EXPLAIN = Number(process.env.EXPLAIN || 0);
const TRACE_DIR = process.env.TRACE_DIR;
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** The load window goes on this long after the load event (its render, the filters' counts). */
const AFTER_LOAD_MS = 500;

if (!existsSync(join(dist, 'service-locator.js'))) {
  console.error(`${dist}/service-locator.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}
if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true });
const traceMapping = EXPLAIN ? await import('@jridgewell/trace-mapping').catch(() => undefined) : undefined;

const catalogues = new Map();
const meta = { version: 1, name: 'Bench', territory: 'France', updated: '2026-11-01', licence: 'Licence Ouverte 2.0', attribution: 'synthetic' };
for (const n of SIZES) {
  const { places } = generateRealisticCatalogue(n, 46);
  catalogues.set(`/cat-${n}.json`, Buffer.from(JSON.stringify({ ...meta, places })));
}

// Long tasks are observed from the first script on; the element is appended once defined. The
// marks (sl-start, sl-paint, sl-load) bound the windows in the trace.
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
let tLoad;
const loaded = new Promise((r) => el.addEventListener('service-locator-load', () => r((tLoad = performance.now(), performance.mark('sl-load'))), { once: true }));
const t0 = performance.now();
performance.mark('sl-start');
document.body.append(el);
const firstItem = () => el.shadowRoot?.querySelector('service-locator-list')?.shadowRoot?.querySelector('li.place');
while (!firstItem()) await frame();
await frame();
const t1 = performance.now();
performance.mark('sl-paint');
await loaded;
// Tasks still running at the end of a window are reported once they end.
await new Promise((r) => setTimeout(r, ${AFTER_LOAD_MS} + 300));
const within = (end) => window.__long.filter(([start]) => start >= t0 && start < end).map(([, d]) => d);
window.__result = { paint: t1 - t0, load: tLoad - t0, observedPaint: Math.max(0, ...within(t1)), observedLoad: Math.max(0, ...within(tLoad + ${AFTER_LOAD_MS})) };
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

/** Enough to see every task and the marks; EXPLAIN adds what fills a task (GC, JS samples). */
const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing'];
const EXPLAIN_CATEGORIES = ['v8', 'v8.execute', 'disabled-by-default-v8.gc', 'disabled-by-default-v8.cpu_profiler', 'blink', 'blink.bindings'];

/** The page's main-thread tasks (µs) and the marks, from a trace. */
function readTrace(events) {
  const marks = new Map();
  let thread;
  for (const e of events) {
    if (typeof e.cat === 'string' && e.cat.includes('blink.user_timing') && e.name.startsWith('sl-')) {
      marks.set(e.name, e.ts);
      thread = { pid: e.pid, tid: e.tid };
    }
  }
  if (!thread || !marks.has('sl-start') || !marks.has('sl-load')) throw new Error('the trace has no sl-start / sl-load marks');
  const onMain = (e) => e.pid === thread.pid && e.tid === thread.tid;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e));
  return { marks, tasks, onMain };
}

/** Longest task, tasks over 50 ms and their total beyond 50 ms, among tasks starting in [from, to) (µs). */
function windowFigures(tasks, from, to) {
  const inside = tasks.filter((t) => t.ts >= from && t.ts < to);
  const ms = inside.map((t) => t.dur / 1000);
  const long = ms.filter((d) => d > 50);
  // The main thread's own CPU time in its longest task (the trace's thread clock): what the
  // task cost, without the time the thread waited for a core on a loaded machine.
  const cpu = Math.max(0, ...inside.map((t) => (t.tdur ?? t.dur) / 1000));
  return { longest: Math.max(0, ...ms), cpu, count: long.length, blocking: long.reduce((s, d) => s + d - 50, 0) };
}

/** The JS functions sampled inside [from, to) (µs), by self time: the profiler's chunks of the main thread. */
function samplesIn(events, profile, from, to) {
  const nodes = new Map();
  const self = new Map();
  let t = 0;
  for (const e of events) {
    // The chunks come from the profiler's own thread, tied to the main thread's Profile by id.
    if (e.name !== 'ProfileChunk' || e.pid !== profile.pid || e.id !== profile.id) continue;
    const p = e.args?.data?.cpuProfile;
    for (const n of p?.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (p?.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      if (t < from || t >= to) return;
      self.set(id, (self.get(id) ?? 0) + 1);
    });
  }
  const byName = new Map();
  for (const [id, count] of self) {
    const f = nodes.get(id)?.callFrame;
    const name = f ? where(f) : String(id);
    byName.set(name, (byName.get(name) ?? 0) + count);
  }
  return [...byName].sort((a, b) => b[1] - a[1]);
}

/**
 * A sampled function as its source file and line, through the build's source maps (the build is
 * minified), when @jridgewell/trace-mapping (rollup's own dependency) can be loaded; else as the
 * profiler names it.
 */
const maps = new Map();
function where(f) {
  const file = f.url ? f.url.replace(/^.*\//, '') : '';
  const plain = `${f.functionName || '(anonymous)'} ${file}`;
  if (!traceMapping || !file.endsWith('.js') || !existsSync(join(dist, `${file}.map`))) return plain;
  let map = maps.get(file);
  if (!map) maps.set(file, (map = new traceMapping.TraceMap(readFileSync(join(dist, `${file}.map`), 'utf8'))));
  const o = traceMapping.originalPositionFor(map, { line: (f.lineNumber ?? 0) + 1, column: f.columnNumber ?? 0 });
  return o.source ? `${o.name ?? f.functionName ?? '?'} ${o.source.replace(/^(\.\.\/)+/, '')}:${o.line}` : plain;
}

/** What filled one task: its nested trace events of 2 ms or more (GC, deserialisation, calls, rendering). */
function explainTask(events, onMain, task, profile) {
  const inside = events
    .filter((e) => onMain(e) && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && (e.dur ?? 0) >= 2000)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const lines = inside.map((e) => {
    const depth = inside.filter((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur).length;
    const d = e.args?.data;
    const what = d?.functionName || d?.url?.replace(/^.*\//, '') || d?.type || '';
    return `${'  '.repeat(depth + 2)}${e.name}${what ? ` (${what})` : ''} ${(e.dur / 1000).toFixed(1)} ms`;
  });
  if (profile) {
    // Sample times count from the profile's start, on the trace's clock.
    const t0 = profile.args.data.startTime;
    const top = samplesIn(events, profile, task.ts - t0, task.ts + task.dur - t0).slice(0, 8);
    if (top.length) lines.push(`    samples: ${top.map(([n, c]) => `${n} ×${c}`).join(', ')}`);
  }
  return lines.join('\n');
}

async function once(src, mode, label) {
  const page = await browser.newPage();
  try {
    await page.tracing.start({ categories: EXPLAIN ? [...CATEGORIES, ...EXPLAIN_CATEGORIES] : CATEGORIES });
    await page.goto(`${base}/page.html?src=${encodeURIComponent(src)}&mode=${mode}`);
    await page.waitForFunction('window.__result', { timeout: 300000, polling: 200 });
    const result = await page.evaluate(() => window.__result);
    const raw = await page.tracing.stop();
    if (TRACE_DIR) writeFileSync(join(TRACE_DIR, `${label}.json`), raw);
    const events = JSON.parse(Buffer.from(raw).toString('utf8')).traceEvents;
    const { marks, tasks, onMain } = readTrace(events);
    const start = marks.get('sl-start');
    const toPaint = windowFigures(tasks, start, marks.get('sl-paint'));
    const toLoad = windowFigures(tasks, start, marks.get('sl-load') + AFTER_LOAD_MS * 1000);
    if (EXPLAIN) {
      const profile = events.find((e) => e.name === 'Profile' && onMain(e));
      for (const task of tasks) {
        if (task.ts < start || task.ts >= marks.get('sl-load') + AFTER_LOAD_MS * 1000 || task.dur < EXPLAIN * 1000) continue;
        console.log(`${label}: task of ${(task.dur / 1000).toFixed(1)} ms at +${Math.round((task.ts - start) / 1000)} ms (paint at +${Math.round((marks.get('sl-paint') - start) / 1000)}, load at +${Math.round((marks.get('sl-load') - start) / 1000)})`);
        console.log(explainTask(events, onMain, task, profile));
      }
    }
    return { ...result, toPaint, toLoad };
  } finally {
    await page.close();
  }
}

try {
  console.log(`load tasks: ${dist === join(root, 'dist') ? 'dist/' : dist}, Chromium ${await browser.version()}, median of ${RUNS} (longest: median / max of the runs)`);
  console.log('Windows: from the element\'s connection to its first painted list item, and to its load event + 500 ms. Tasks from the trace; "observed": the longtask observer\'s longest (only tasks > 50 ms).');
  console.log('| places | mode | first list paint | load event | longest task to paint | longest task to load | tasks > 50 ms to paint / load | blocking time to paint / load | observed longest to paint / load | most CPU in a task to paint / load |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    for (const mode of MODES) {
      await once(`/cat-${n}.json`, mode, `${n}-${mode}-warmup`);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(`/cat-${n}.json`, mode, `${n}-${mode}-${i + 1}`));
      const f = (x) => `${Math.round(x)} ms`;
      const mm = (xs) => `${f(median(xs))} / ${f(Math.max(...xs))}`;
      console.log(
        `| ${n.toLocaleString('en')} | ${mode} | ${f(median(runs.map((r) => r.paint)))} | ${f(median(runs.map((r) => r.load)))} | ` +
          `${mm(runs.map((r) => r.toPaint.longest))} | ${mm(runs.map((r) => r.toLoad.longest))} | ` +
          `${median(runs.map((r) => r.toPaint.count))} / ${median(runs.map((r) => r.toLoad.count))} | ` +
          `${f(median(runs.map((r) => r.toPaint.blocking)))} / ${f(median(runs.map((r) => r.toLoad.blocking)))} | ` +
          `${f(Math.max(...runs.map((r) => r.observedPaint)))} / ${f(Math.max(...runs.map((r) => r.observedLoad)))} | ` +
          `${f(median(runs.map((r) => r.toPaint.cpu)))} / ${f(median(runs.map((r) => r.toLoad.cpu)))} |`,
      );
      if (process.env.RUNS_DETAIL) for (const r of runs) console.log(`  run: paint ${f(r.paint)} load ${f(r.load)} longest ${f(r.toPaint.longest)} / ${f(r.toLoad.longest)} cpu ${f(r.toPaint.cpu)} / ${f(r.toLoad.cpu)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
