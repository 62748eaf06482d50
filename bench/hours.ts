/**
 * Hours benchmark (`npm run bench:hours`): status of 100,000 places at one instant with this
 * engine, against the reference `opening_hours` package in the same process, and the engine's
 * gzip size. Prints a table; nothing here is a pass/fail threshold.
 *
 * Corpus: the distinct opening_hours values the France services converter produces from the
 * national CSV, drawn with their real frequencies (repeated run), and 100,000 generated distinct
 * values of the same shape (distinct run: every value parsed, nothing cached).
 */
import { readFileSync, existsSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { build } from 'esbuild';
import OpeningHours from 'opening_hours';
import { dayColumnsToOsm, FS_DAY_COLUMNS } from '../src/core/import/france-services-hours.js';
import { compilePlaceHours, getStatus, placeOpenState } from '../src/core/hours/index.js';
import { createSearchIndex, HOURS_SLICE } from '../src/core/search/search-index.js';
import type { Place } from '../src/core/catalogue/types.js';
import { compilationCount } from '../src/core/hours/engine.js';
import { generateRealisticCatalogue, rng } from './generate-catalogue.js';
import { fileURLToPath } from 'node:url';

// The reference evaluates in the process's time zone.
process.env.TZ = 'Europe/Paris';

const N = 100_000;
const RUNS = 5;
const AT = new Date('2026-11-24T10:30:00+01:00'); // a Tuesday morning
const CSV = process.env.FRANCE_SERVICES_CSV ?? fileURLToPath(new URL('../data/sources/france-services-2024-08-01.csv', import.meta.url));
const NOMINATIM = { lat: 44.45, lon: 1.44, address: { country_code: 'fr', state: 'Occitanie' } };


/** One value per CSV row (with repeats, as a national catalogue has them). */
function rowsHours(): string[] {
  if (!existsSync(CSV)) throw new Error(`France services CSV not found: ${CSV} (set FRANCE_SERVICES_CSV)`);
  const rows = parse<Record<string, string>>(readFileSync(CSV, 'utf8'), { columns: true, bom: true });
  const out: string[] = [];
  for (const row of rows) {
    const days: Record<string, string> = {};
    for (const c of FS_DAY_COLUMNS) days[c] = row[c] ?? '';
    const h = dayColumnsToOsm(days).hours;
    if (h) out.push(h);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** `n` distinct values shaped like the France services ones (weekday groups, two ranges, PH off). */
function distinctHours(n: number, seed: number): string[] {
  const r = rng(seed);
  const set = new Set<string>();
  const groups = ['Mo-Fr', 'Mo-Th', 'Tu-Fr', 'Mo,Tu,Th,Fr', 'Mo-We', 'Tu-Sa'];
  const step = () => Math.floor(r() * 12) * 5;
  while (set.size < n) {
    const g = groups[Math.floor(r() * groups.length)]!;
    const a = 480 + step();
    const b = 690 + step();
    const c = 780 + step();
    const d = 960 + step() * 2;
    let v = `${g} ${hhmm(a)}-${hhmm(b)},${hhmm(c)}-${hhmm(d)}`;
    if (r() < 0.4) v += `; Sa ${hhmm(540 + step())}-12:00`;
    if (r() < 0.3) v += '; PH off';
    set.add(v);
  }
  return [...set];
}

function place(i: number, hours: string): Place {
  return { id: `p${i}`, name: 'x', kind: 'france-services', needs: [], address: { city: 'x' }, location: { lat: 0, lon: 0, precision: 'exact' }, hours };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Garbage collection pauses seen by the process (ms), to tell the engine's work from V8's. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });
/** `time`, and how much of it went to garbage collection (the observer reports after a turn). */
async function timeWithGc(fn: () => void): Promise<[number, number]> {
  await new Promise((r) => setTimeout(r, 0));
  const before = gcMs;
  const ms = time(fn);
  await new Promise((r) => setTimeout(r, 20));
  return [ms, gcMs - before];
}
const gcNote = (ms: number) => `(GC ${ms.toFixed(0)} ms)`;

function engineStatus(list: string[]): number {
  let open = 0;
  for (const h of list) if (getStatus(h, AT).state === 'open') open++;
  return open;
}
function engineState(places: Place[]): number {
  let open = 0;
  for (const p of places) if (placeOpenState(p, AT) === 'open') open++;
  return open;
}
/** The reference, given the same advantage of one object per distinct string. */
function referenceStatus(list: string[]): number {
  const cache = new Map<string, OpeningHours>();
  let open = 0;
  for (const h of list) {
    let oh = cache.get(h);
    if (!oh) cache.set(h, (oh = new OpeningHours(h, NOMINATIM)));
    if (oh.getState(AT)) open++;
    oh.getNextChange(AT);
  }
  return open;
}

const all = rowsHours();
const r = rng(1);
const repeated = Array.from({ length: N }, () => all[Math.floor(r() * all.length)]!);
const repeatedPlaces = repeated.map((h, i) => place(i, h));
const distinctCount = new Set(repeated).size;

const rows: [string, string, string][] = [];
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

// Repeated values (the realistic case): engine warm after a first pass, as in the element.
engineStatus(repeated);
const engRep = median(Array.from({ length: RUNS }, () => time(() => engineStatus(repeated))));
const engRepState = median(Array.from({ length: RUNS }, () => time(() => engineState(repeatedPlaces))));
const refRep = median(Array.from({ length: 3 }, () => time(() => referenceStatus(repeated))));
rows.push([`getStatus, ${N.toLocaleString('en')} places, ${distinctCount} distinct values (warm)`, fmt(engRep), '']);
rows.push([`placeOpenState (state only), same places (warm)`, fmt(engRepState), '']);
rows.push([`opening_hours: getState + getNextChange, same places (1 object per value)`, fmt(refRep), `×${(refRep / engRep).toFixed(1)}`]);

// First pass over repeated values from a fresh set of strings is the cold start of a catalogue load.
const engCold = median(
  Array.from({ length: RUNS }, (_, k) => {
    const fresh = repeated.map((h) => `${h}${' '.repeat(k + 1)}`); // new strings, same meaning: nothing cached
    return time(() => engineStatus(fresh));
  }),
);
rows.push([`getStatus, same places, cold (each distinct value parsed once)`, fmt(engCold), '']);

// All distinct: every value parsed and evaluated, fresh values for each run.
const engDistinct = median(Array.from({ length: RUNS }, (_, k) => {
  const list = distinctHours(N, 100 + k);
  return time(() => engineStatus(list));
}));
const SUB = 10_000;
const subset = distinctHours(SUB, 999);
const refDistinct = time(() => referenceStatus(subset)) * (N / SUB);
rows.push([`getStatus, ${N.toLocaleString('en')} places, all values distinct (cold)`, fmt(engDistinct), '']);
rows.push([`opening_hours, all distinct (${SUB.toLocaleString('en')} measured, ×${N / SUB} extrapolated)`, fmt(refDistinct), `×${(refDistinct / engDistinct).toFixed(1)}`]);

// Size: the engine bundled and minified on its own, gzip level 9.
// "Ouvert maintenant" over a realistic national catalogue (issue 15): 100k places, their own
// mix of repeated and distinct values and bus stops, cold (every value compiled) then warm (the
// next minute), against the reference given one object per distinct value (state only).
{
  // As the element gets them: parsed from the catalogue's JSON (flat strings), not the generator's
  // concatenations, which V8 keeps as ropes and flattens on first use (~100 ms of this row).
  const places = JSON.parse(JSON.stringify(generateRealisticCatalogue(N, 46).places)) as Place[];
  const values = [...new Set(places.map((p) => p.hours).filter((h): h is string => !!h))];
  const openNow = (at: Date): number => {
    let open = 0;
    for (const p of places) if (placeOpenState(p, at) === 'open') open++;
    return open;
  };
  const [cold, coldGc] = await timeWithGc(() => openNow(new Date(AT.getTime() + 86400000)));
  const warm = median(Array.from({ length: RUNS }, (_, k) => time(() => openNow(new Date(AT.getTime() + 86400000 + (k + 1) * 60000)))));
  const refs = new Map<string, OpeningHours>();
  const refBuild = time(() => {
    for (const h of values) {
      try {
        refs.set(h, new OpeningHours(h, NOMINATIM));
      } catch {
        // A value the reference does not read: unknown.
      }
    }
  });
  const refState = time(() => {
    let open = 0;
    for (const p of places) if (p.hours && refs.get(p.hours)?.getState(AT)) open++;
    return open;
  });
  rows.push([`open now, realistic ${N.toLocaleString('en')} places (${values.length.toLocaleString('en')} distinct values, bus stops), cold`, fmt(cold), `opening_hours ${fmt(refBuild + refState)} (×${((refBuild + refState) / cold).toFixed(1)}) ${gcNote(coldGc)}`]);
  rows.push([`open now, same, warm (next minute)`, fmt(warm), `opening_hours warm ${fmt(refState)} (×${(refState / warm).toFixed(1)})`]);

  // The element compiles the hours in the search index build's slices (prepareHours, issue 15):
  // the resident's first tick of "Ouvert maintenant" comes after that. Fresh strings (same
  // meaning, a space added) so that nothing compiled above is reused.
  const fresh = (suffix: string): Place[] =>
    places.map((p) => ({ ...p, hours: p.hours && p.hours + suffix, stops: p.stops?.map((s) => ({ ...s, hours: s.hours && s.hours + suffix })) }));
  const built = fresh(' ');
  // Kept, as the element keeps it: the tick runs beside a live 100k index.
  const index = createSearchIndex(built, { openState: placeOpenState, prepareHours: compilePlaceHours });
  const compiledBefore = compilationCount();
  const [firstTick, tickGc] = await timeWithGc(() => {
    let open = 0;
    for (const p of built) if (placeOpenState(p, new Date(AT.getTime() + 86400000 + 600000)) === 'open') open++;
    return open;
  });
  const compiledByTick = compilationCount() - compiledBefore;
  rows.push([`open now, first tick after the index build (fresh values, hours compiled by the build)`, fmt(firstTick), `${compiledByTick} values compiled by the tick ${gcNote(tickGc)}`]);
  void index;
  const step = fresh('  ');
  const slices: number[] = [];
  for (let i = 0; i < step.length; i += HOURS_SLICE) slices.push(time(() => step.slice(i, i + HOURS_SLICE).forEach(compilePlaceHours)));
  const stepTotal = slices.reduce((a, b) => a + b, 0);
  rows.push([`  the build's hours step alone (compilePlaceHours, fresh values): total, longest slice of ${HOURS_SLICE} places`, `${fmt(stepTotal)}, ${fmt(Math.max(...slices))}`, '']);
}

const out = await build({ entryPoints: ['src/core/hours/index.ts'], bundle: true, minify: true, format: 'esm', write: false, target: 'es2021' });
const code = out.outputFiles[0]!.contents;
const gz = gzipSync(code, { level: 9 }).length;
const refCode = readFileSync('node_modules/opening_hours/build/opening_hours.esm.mjs');
const refGz = gzipSync(refCode, { level: 9 }).length;
rows.push(['engine size: src/core/hours/index.ts, esbuild minified', `${(code.length / 1024).toFixed(1)} KB`, '']);
rows.push(['engine size, gzip (whole index.ts, iCalendar export included)', `${(gz / 1024).toFixed(2)} KB`, '']);
// What a consumer that imports only part of the API ships (esbuild tree-shakes the rest).
for (const [label, names] of [
  ['status + syntax check only', 'getStatus, checkHoursSyntax'],
  ['everything the element uses (no iCalendar)', 'getStatus, checkHoursSyntax, parseHours, nextChange, weekTable, placeOpenState, describeStatus, describeVisit, nextVisits'],
] as const) {
  const part = await build({
    stdin: { contents: `export { ${names} } from './src/core/hours/index.ts';`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2021',
  });
  rows.push([`  gzip, ${label}`, `${(gzipSync(part.outputFiles[0]!.contents, { level: 9 }).length / 1024).toFixed(2)} KB`, '']);
}
rows.push(['opening_hours build/opening_hours.esm.mjs (unminified), gzip', `${(refGz / 1024).toFixed(1)} KB`, `×${(refGz / gz).toFixed(0)}`]);

const w0 = Math.max(...rows.map((x) => x[0].length));
const w1 = Math.max(...rows.map((x) => x[1].length));
console.log(`Hours benchmark — instant ${AT.toISOString()}, median of ${RUNS} runs (reference: 3), node ${process.version}`);
console.log(`${'what'.padEnd(w0)}  ${'time / size'.padStart(w1)}  reference ÷ engine`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
