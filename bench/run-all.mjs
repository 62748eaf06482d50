#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark of the repo, one after another as child processes (so
 * each has the machine to itself and its own heap), collects their figures, prints one table
 * and writes bench/results.json with a description of the machine.
 *
 * Which benchmarks: every `bench:*` script of package.json, plus every bench/*.ts|mjs|js file
 * no script runs (files starting with `_` or `generate-`, and this file, are not benchmarks).
 * BENCH_ONLY=search,lifecycle runs a subset; BENCH_TIMEOUT_S (default 240) bounds each one and
 * BENCH_BUDGET_S (default 570) the whole run (with the defaults, everything finishes within ten
 * minutes on two cores). Each benchmark runs in a process group of its own, and a time-out (or
 * Ctrl-C) kills the whole group and every group its processes started (puppeteer puts Chromium
 * in one of its own): an npm script's node, a Chromium it started, nothing stays.
 *
 * The standalone build the browser benchmarks load (dist/) is made once, first (`npm run build`,
 * timed in the table; BENCH_BUILD=off uses dist/ as it is). At the end, issue 15's table is
 * assembled from the figures (realistic 10k/50k/100k catalogues: core search, fuse.js, open now,
 * validation, the browser), then the run's total time.
 *
 * Figures: a bench may print a last line `BENCH_JSON {"figures": {"name": value, …}}` (or a
 * flat object); otherwise its Markdown tables, aligned text tables and `label: key value, …`
 * lines are read. Its whole output is kept verbatim in results.json either way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = 'run-all.mjs';
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S) || 240;
const BUDGET_S = Number(process.env.BENCH_BUDGET_S) || 570;
const runStarted = performance.now();
/** The process groups running now, killed on exit. */
const groups = new Set();
const killGroup = (pid, signal = 'SIGKILL') => {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
};
/**
 * The process groups of `pid`'s descendants. A bench's own group is not enough: puppeteer
 * starts Chromium detached, in a group of its own, so killing the bench's group leaves the
 * browser running (seen: a time-out of bench:ui left ten Chromium processes behind).
 */
function descendantGroups(pid) {
  const r = spawnSync('ps', ['-A', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  const rows = r.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [p, pp] of rows) children.set(pp, [...(children.get(pp) ?? []), p]);
  const pgid = new Map(rows.map(([p, , g]) => [p, g]));
  const out = new Set();
  const todo = [pid];
  while (todo.length) for (const c of children.get(todo.pop()) ?? []) (out.add(pgid.get(c)), todo.push(c));
  out.delete(process.pid);
  return [...out];
}
/** Every group a bench started, seen while it ran (the browser's outlives the bench's parent). */
const seenGroups = new Map();
const killAll = (pid) => {
  for (const g of [pid, ...(seenGroups.get(pid) ?? [])]) killGroup(g);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => {
  for (const pid of groups) killAll(pid);
  process.exit(130);
});
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

/** The benchmarks to run: [{ name, command, args }]. */
function discover() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const list = [];
  const covered = new Set();
  for (const [script, command] of Object.entries(pkg.scripts ?? {})) {
    if (!script.startsWith('bench:')) continue;
    list.push({ name: script.slice('bench:'.length), command: `npm run --silent ${script}`, exe: 'npm', args: ['run', '--silent', script] });
    for (const m of String(command).matchAll(/bench\/([\w.-]+)/g)) covered.add(m[1]);
  }
  for (const file of readdirSync(new URL('.', import.meta.url)).sort()) {
    if (!/\.(ts|mjs|js)$/.test(file) || file === SELF || file.startsWith('_') || file.startsWith('generate-') || covered.has(file)) continue;
    const args = file.endsWith('.ts') ? ['--import', 'tsx', `bench/${file}`] : [`bench/${file}`];
    list.push({ name: file.replace(/\.(ts|mjs|js)$/, ''), command: `node ${args.join(' ')}`, exe: process.execPath, args });
  }
  return ONLY.length ? list.filter((b) => ONLY.includes(b.name)) : list;
}

function run(bench) {
  return new Promise((resolve) => {
    const started = performance.now();
    // Its own process group (detached), so a time-out kills what it started too.
    const child = spawn(bench.exe, bench.args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' }, detached: true });
    groups.add(child.pid);
    const left = BUDGET_S - (performance.now() - runStarted) / 1000;
    const limit = Math.max(5, Math.min(TIMEOUT_S, left));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
      process.stderr.write(d); // progress; the table at the end goes to stdout
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let timedOut = false;
    // The groups its processes are in, noted every second while it runs (a detached Chromium's
    // parent is the bench until the bench dies; then only its group says whose it was).
    const seen = new Set();
    seenGroups.set(child.pid, seen);
    const note = () => {
      for (const g of descendantGroups(child.pid)) if (g !== child.pid) seen.add(g);
    };
    const watch = setInterval(note, 1000);
    const timer = setTimeout(() => {
      timedOut = true;
      note();
      // SIGTERM first: puppeteer closes its browser on it; then whatever is left, by force.
      for (const g of [child.pid, ...seen]) killGroup(g, 'SIGTERM');
      setTimeout(() => killAll(child.pid), 3000);
    }, limit * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      groups.delete(child.pid);
      // Whatever the bench left behind (a browser, a server), in its group or one it started, goes with it.
      killAll(child.pid);
      seenGroups.delete(child.pid);
      if (timedOut) code = null, signal = `time-out after ${Math.round(limit)} s`;
      resolve({ code: code ?? (signal ? `killed (${signal})` : 'unknown'), seconds: (performance.now() - started) / 1000, stdout, stderr });
    });
  });
}

const hasDigit = (c) => /\d/.test(c);
const cells = (line) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
const isPipeRow = (line) => (line.match(/\|/g) ?? []).length >= 2 && !/^\s*\|?[\s:|-]+\|?\s*$/.test(line);
const isRule = (line) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
/** `median 528 ms, min 437 ms, ratio to baseline 0.37`: words then a number, comma-separated. */
const KV_LIST = /^(?:[A-Za-z][A-Za-z -]*\s[-+×x÷~]?\d[^,;]*)(?:,\s*[A-Za-z][A-Za-z -]*\s[-+×x÷~]?\d[^,;]*)*$/;

/** Figures read from a bench's output: [{ figure, value }]. */
function parseFigures(stdout) {
  const lines = stdout.split('\n');
  const json = lines.filter((l) => l.startsWith('BENCH_JSON '));
  if (json.length) {
    const out = [];
    for (const l of json) {
      try {
        const o = JSON.parse(l.slice('BENCH_JSON '.length));
        const figures = o && typeof o === 'object' && o.figures && typeof o.figures === 'object' ? o.figures : o;
        for (const [k, v] of Object.entries(figures)) if (typeof v !== 'object') out.push({ figure: k, value: String(v) });
      } catch {
        // An unreadable line: the verbatim output still has it.
      }
    }
    return out;
  }
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A table with | separators (Markdown or plain): a header row, an optional rule, rows.
    if (isPipeRow(line) && (isRule(lines[i + 1] ?? '') || isPipeRow(lines[i + 1] ?? ''))) {
      const header = cells(line);
      let j = i + 1;
      if (isRule(lines[j] ?? '')) j++;
      for (; j < lines.length && isPipeRow(lines[j]); j++) {
        const row = cells(lines[j]);
        // The first column names the row, with any other column that holds no number.
        const label = row.filter((c, k) => k === 0 || !hasDigit(c)).join(' ');
        row.forEach((c, k) => {
          if (k > 0 && hasDigit(c)) out.push({ figure: `${label} — ${header[k] ?? k}`, value: c.replace(/\s+/g, ' ') });
        });
      }
      i = j - 1;
      continue;
    }
    // Aligned text table: a label, then values, separated by two spaces or more.
    if (/\S {2,}\S/.test(line)) {
      const parts = line.trim().split(/ {2,}/);
      if (parts.length >= 2 && hasDigit(parts[1])) out.push({ figure: parts[0], value: parts.slice(1).join('  ') });
      continue;
    }
    if (line.trimStart().startsWith('(')) continue; // a note
    // `label: median 528 ms, min 437 ms` (one figure each), or `label: any text with figures`.
    let matched = false;
    for (let k = line.indexOf(': '); k > 0; k = line.indexOf(': ', k + 1)) {
      const rest = line.slice(k + 2).trim();
      if (KV_LIST.test(rest)) {
        for (const part of rest.split(/,\s*/)) {
          const m = /^(.*?)\s+([-+×x÷~]?\d.*)$/.exec(part.trim());
          if (m) out.push({ figure: `${line.slice(0, k).trim()} — ${m[1]}`, value: m[2] });
        }
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // Titles and notes carry numbers too ("median of 5 runs"): keep only measured values.
    const colon = line.indexOf(': ');
    const value = line.slice(colon + 2).trim();
    if (colon > 0 && /\d(\.\d+)?\s*(ms|s|µs|KB|MB|GB|%|×)(\W|$)/.test(value)) out.push({ figure: line.slice(0, colon).trim(), value });
  }
  return out;
}

/**
 * Issue 15's table ("National scale without freezing the page"), from the figures the benches
 * reported: one row per measure, one column per catalogue size; '–' where a bench did not run or
 * does not measure that size.
 */
function issueTable(results) {
  const figure = (bench, test) => {
    const r = results.find((x) => x.name === bench);
    const f = r?.figures.find((x) => (typeof test === 'string' ? x.figure === test : test(x.figure)));
    return f ? f.value : '–';
  };
  const ms = (v) => (v === '–' ? v : `${v} ms`);
  const sizes = ['10k', '50k', '100k'];
  const rows = [
    ['core search, limit 10, p95 per keystroke', (k) => ms(figure('search', `index ${k} limit10 p95 ms`))],
    ['core search as the element runs it (a page), p95 / max', (k) => `${ms(figure('search', `index ${k} element p95 ms`))} / ${ms(figure('search', `index ${k} element max ms`))}`],
    ['plain fuse.js, p50 (p95 ÷ element p95)', (k) => `${ms(figure('search', `fuse.js ${k} p50 ms`))} (×${figure('search', `fuse.js ${k} p95 / element p95`)})`],
    ['"open now" over every place, CPU cold / warm', (k) => `${ms(figure('search', `index ${k} open-now cold cpu ms`))} / ${ms(figure('search', `index ${k} open-now warm cpu ms`))}`],
    ['index memory, heap + typed arrays', (k) => { const v = figure('search', `index ${k} memory MB`); return v === '–' ? v : `${v} MB`; }],
    ['"open now", cold; warm (bench:hours, with opening_hours in the same run)', (k) =>
      k === '100k' ? `${figure('hours', (f) => f.startsWith('open now, realistic'))}; ${figure('hours', (f) => f.startsWith('open now, same, warm'))}` : '–'],
    ['validate ÷ JSON.parse of the same text (bench:validate-catalogue)', (k) => (k === '100k' ? figure('validate-catalogue', 'realistic national catalogue, hours checked — ratio to baseline') : '–')],
    ['browser: first list paint from navigation', (k) => ms(figure('ui', `${k} first paint ms`))],
    ['browser: longest main-thread task while loading', (k) => ms(figure('ui', `${k} longest task loading ms`))],
    ['browser: typing key to paint − debounce, p95', (k) => ms(figure('ui', `${k} typing p95 ms`))],
    ['browser: longest main-thread task while typing', (k) => ms(figure('ui', `${k} longest task typing ms`))],
    ['browser: code fetched before the first list paint (gzip)', (k) => { const v = figure('ui', `${k} code before paint KB`); return v === '–' ? v : `${v} KB`; }],
    ['browser: map idle (list + map) from navigation', (k) => ms(figure('ui', `${k} map idle ms`))],
  ];
  const out = ['Issue 15 — realistic national catalogues (bench/generate-catalogue.ts generateRealisticCatalogue)', ''];
  out.push(`| what | ${sizes.join(' | ')} |`, `|---|${sizes.map(() => '---').join('|')}|`);
  for (const [label, cell] of rows) out.push(`| ${label} | ${sizes.map((k) => cell(k)).join(' | ')} |`);
  return out.join('\n');
}

function chromiumVersion() {
  const exe = process.env.CHROME_PATH || '/usr/bin/chromium';
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : `unknown (${exe} not runnable)`;
}

function machine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: +(os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    chromium: chromiumVersion(),
  };
}

const pad = (s, n) => String(s).padEnd(n);

async function main() {
  const benches = discover();
  if (!benches.length) {
    process.stderr.write('bench/run-all: no benchmark found\n');
    process.exit(1);
  }
  const m = machine();
  process.stderr.write(`Running ${benches.length} benchmarks: ${benches.map((b) => b.name).join(', ')}\n`);
  const results = [];
  if (process.env.BENCH_BUILD !== 'off') {
    // The browser benchmarks load dist/: one build for all of them, before any of them runs.
    const build = { name: 'build', command: 'npm run build', exe: 'npm', args: ['run', '--silent', 'build'] };
    process.stderr.write(`\n▶ build: ${build.command}\n`);
    const r = await run(build);
    results.push({ name: 'build', command: build.command, exitCode: r.code, seconds: +r.seconds.toFixed(1), figures: [], stdout: '', stderr: r.stderr.slice(-4000) });
    if (r.code !== 0) {
      process.stderr.write('bench/run-all: the build failed; the browser benchmarks would measure a stale or missing dist/\n');
      process.exitCode = 1;
      return;
    }
  }
  for (const b of benches) {
    process.stderr.write(`\n▶ ${b.name}: ${b.command}\n`);
    const r = await run(b);
    const figures = parseFigures(r.stdout);
    results.push({ name: b.name, command: b.command, exitCode: r.code, seconds: +r.seconds.toFixed(1), figures, stdout: r.stdout, stderr: r.stderr.slice(-4000) });
  }
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ machine: m, benches: results }, null, 2) + '\n');

  const rows = [];
  for (const r of results) {
    const status = r.exitCode === 0 ? `ok, ${r.seconds} s` : `FAILED (exit ${r.exitCode}), ${r.seconds} s`;
    rows.push([r.name, '(run)', status]);
    for (const f of r.figures) rows.push([r.name, f.figure, f.value]);
  }
  const w0 = Math.max(5, ...rows.map((x) => x[0].length));
  const w1 = Math.max(6, ...rows.map((x) => x[1].length));
  const out = [];
  out.push(`Benchmarks — ${m.date}`);
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; node ${m.node}; ${m.chromium}`);
  out.push('');
  out.push(`| ${pad('bench', w0)} | ${pad('figure', w1)} | value |`);
  out.push(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|-------|`);
  for (const [a, b, c] of rows) out.push(`| ${pad(a, w0)} | ${pad(b, w1)} | ${c} |`);
  out.push('');
  out.push(issueTable(results));
  out.push('');
  out.push(`Total: ${((performance.now() - runStarted) / 1000).toFixed(0)} s (budget ${BUDGET_S} s).`);
  out.push('Written to bench/results.json (with each benchmark\'s full output).');
  process.stdout.write(out.join('\n') + '\n');
  if (results.some((r) => r.exitCode !== 0)) process.exitCode = 1;
}

await main();
