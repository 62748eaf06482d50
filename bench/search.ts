/**
 * Search benchmark (`npm run bench:search`): the index of src/core/search against a plain
 * fuse.js baseline (default options, over every place field), in the same process, on seeded
 * synthetic catalogues of 1k, 10k, 50k and 100k places (bench/generate-catalogue.ts).
 *
 * A keystroke = one `search({ text: prefix, limit: 10 })` for every prefix of 100 resident
 * queries typed character by character. Prints index build time, heap growth, median and p95
 * per keystroke, the ratio to the baseline, and precision@5 on the resident query set (the
 * share of the top 5 results that meet the expected need or kind; missing results count as
 * misses). Environment: BENCH_SIZES=1000,10000 to choose sizes; BENCH_BASELINE_SAMPLE=N times
 * the baseline on every Nth keystroke at 50k and more (default 10; the index is always timed
 * on every keystroke); BENCH_BASELINE=off to time the index alone.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import Fuse from 'fuse.js';
import type { Place } from '../src/core/catalogue/types.js';
import { createSearchIndex } from '../src/core/search/search-index.js';
import type { SearchIndex } from '../src/core/search/types.js';
import { RESIDENT_QUERIES, type ResidentQuery } from '../test/core/search/resident-queries.js';
import { loadDemoPlaces, loadGazetteer } from '../test/core/search/demo-catalogue.js';
import { generateCatalogue } from './generate-catalogue.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,50000,100000').split(',').map(Number);
const SAMPLE = Math.max(1, Number(process.env['BENCH_BASELINE_SAMPLE'] ?? 10));
/** BENCH_BASELINE=off: the index alone (a quick check; the baseline takes tens of minutes at 50k+). */
const BASELINE = process.env['BENCH_BASELINE'] !== 'off';
const LIMIT = 10;

/** 100 queries to type: the resident set, need/kind queries first. */
const TYPED = [...RESIDENT_QUERIES].sort((a, b) => Number(!a.need && !a.kind) - Number(!b.need && !b.kind)).slice(0, 100).map((q) => q.q);
const KEYSTROKES = TYPED.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
const JUDGED = RESIDENT_QUERIES.filter((q) => q.need || q.kind);

type Engine = (text: string) => Place[];

const meets = (q: ResidentQuery, p: Place): boolean => (!q.need || p.needs.includes(q.need)) && (!q.kind || p.kind === q.kind);

function precision(engine: Engine, places: Place[]): number {
  let sum = 0;
  let n = 0;
  for (const q of JUDGED) {
    if (!places.some((p) => meets(q, p))) continue;
    const top = engine(q.q).slice(0, 5);
    sum += top.filter((p) => meets(q, p)).length / 5;
    n++;
  }
  return n ? sum / n : NaN;
}

function timeKeystrokes(engine: Engine, every: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES.length; i += every) {
    const t0 = performance.now();
    engine(KEYSTROKES[i]!);
    times.push(performance.now() - t0);
  }
  return times;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const f = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '–');

function fuseEngine(places: Place[]): Fuse<Place> {
  return new Fuse(places, {
    keys: ['name', 'kind', 'needs', 'address.street', 'address.postcode', 'address.city', 'address.insee', 'partners', 'description', 'stops.name', 'stops.address.city'],
  });
}

interface Row {
  size: string;
  engine: string;
  build: number;
  heap: number;
  median: number;
  p95: number;
  timed: number;
  precision: number;
}
const rows: Row[] = [];
const ratios: string[] = [];

function runSize(label: string, places: Place[], gazetteer: Parameters<typeof createSearchIndex>[1], baselineEvery: number): void {
  let h0 = heapMB();
  let t0 = performance.now();
  const index: SearchIndex = createSearchIndex(places, gazetteer);
  const build = performance.now() - t0;
  const heap = heapMB() - h0;
  const ours: Engine = (text) => index.search({ text, limit: LIMIT }).results.map((r) => r.place);
  timeKeystrokes(ours, 3); // warm-up
  const times = timeKeystrokes(ours, 1);
  const suggestTimes = KEYSTROKES.map((k) => {
    const s = performance.now();
    index.suggestNeeds(k, 'fr');
    return performance.now() - s;
  });
  const ourRow: Row = { size: label, engine: 'index', build, heap, median: quantile(times, 0.5), p95: quantile(times, 0.95), timed: times.length, precision: precision(ours, places) };
  rows.push(ourRow);
  if (!BASELINE) {
    ratios.push(`${label}: suggestNeeds median ${f(quantile(suggestTimes, 0.5), 3)} ms, p95 ${f(quantile(suggestTimes, 0.95), 3)} ms`);
    process.stderr.write(`done ${label}\n`);
    return;
  }

  h0 = heapMB();
  t0 = performance.now();
  const fuse = fuseEngine(places);
  const fbuild = performance.now() - t0;
  const fheap = heapMB() - h0;
  const base: Engine = (text) => fuse.search(text).slice(0, LIMIT).map((r) => r.item);
  timeKeystrokes(base, Math.max(20, baselineEvery * 4)); // warm-up
  const ftimes = timeKeystrokes(base, baselineEvery);
  const baseRow: Row = { size: label, engine: `fuse.js baseline${baselineEvery > 1 ? ` (1 keystroke in ${baselineEvery})` : ''}`, build: fbuild, heap: fheap, median: quantile(ftimes, 0.5), p95: quantile(ftimes, 0.95), timed: ftimes.length, precision: precision(base, places) };
  rows.push(baseRow);
  ratios.push(
    `${label}: baseline / index = ${f(baseRow.median / ourRow.median, 0)}× (median), ${f(baseRow.p95 / ourRow.p95, 0)}× (p95); suggestNeeds median ${f(quantile(suggestTimes, 0.5), 3)} ms, p95 ${f(quantile(suggestTimes, 0.95), 3)} ms`,
  );
  process.stderr.write(`done ${label}\n`);
}

const demo = loadDemoPlaces();
runSize(`demo (${demo.places.length}, ${demo.source})`, demo.places, { gazetteer: loadGazetteer() }, 1);
for (const n of SIZES) {
  const { places, communes } = generateCatalogue(n, 46);
  runSize(`${n / 1000}k`, places, { gazetteer: communes }, n >= 50000 ? SAMPLE : 1);
}

console.log(`Search benchmark — node ${process.version}, ${KEYSTROKES.length} keystrokes from ${TYPED.length} resident queries, limit ${LIMIT}; precision@5 over ${JUDGED.length} judged queries`);
console.log('');
console.log('| places | engine | build ms | heap MB | median ms/keystroke | p95 ms/keystroke | keystrokes timed | precision@5 |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.size} | ${r.engine} | ${f(r.build, 0)} | ${f(r.heap, 1)} | ${f(r.median, 3)} | ${f(r.p95, 3)} | ${r.timed} | ${f(r.precision, 3)} |`);
console.log('');
for (const r of ratios) console.log(r);
