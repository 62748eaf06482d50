/**
 * Search benchmark (`npm run bench:search`): the index of src/core/search on realistic national
 * catalogues (bench/generate-catalogue.ts `generateRealisticCatalogue`: the France services list,
 * the communes of France, mixed kinds, varied hours, bus stops) of 10k, 50k and 100k places,
 * against plain fuse.js (default options over every place field) in the same process.
 *
 * A keystroke = one search for every prefix of 100 resident queries typed character by
 * character, timed three ways:
 * - `limit 10`: the core's own figure;
 * - `element`: the query the element runs (core/search/state.ts `toSearchQuery`, radius steps,
 *   through src/controllers/paged-results.ts `pagedSearch`) and the first 20 results read with
 *   their explanations, as the list paints them; also near Cahors and with "Ouvert maintenant";
 * - the fuse.js baseline on a sample of keystrokes (its build and search are minutes at 100k).
 * Also: "open now" over every place, cold (hours compiled) and warm (next minute); index build;
 * memory (heap + typed arrays: `arrayBuffers`, where the posting lists live); precision@5 on
 * the judged resident queries. Wall and CPU time are both given: CPU time is what the search
 * costs when other work shares the machine.
 *
 * Environment: BENCH_SIZES=10000,50000 to choose sizes; BENCH_BASELINE=off for the index alone;
 * BENCH_BASELINE_MAX (default 50000) the largest size fuse.js runs at; BENCH_BASELINE_KEYS
 * (default 12) how many keystrokes it is timed on; BENCH_BEFORE=/path/to/an/older/checkout runs
 * that checkout's index on the same catalogues and keystrokes for a before/after in one process.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import Fuse from 'fuse.js';
import type { Place } from '../src/core/catalogue/types.js';
import { createSearchIndex } from '../src/core/search/search-index.js';
import { placeOpenState } from '../src/core/hours/index.js';
import { DEFAULT_SEARCH_STATE, toSearchQuery } from '../src/core/search/state.js';
import type { GazetteerEntry, SearchIndex, SearchQuery } from '../src/core/search/types.js';
import { pagedSearch } from '../src/controllers/paged-results.js';
import { RESIDENT_QUERIES, type ResidentQuery } from '../test/core/search/resident-queries.js';
import { generateRealisticCatalogue } from './generate-catalogue.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
/** Heap and typed arrays (the index's columns and posting lists are ArrayBuffers). */
const memMB = (): number => {
  gc();
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
};

const SIZES = (process.env['BENCH_SIZES'] ?? '10000,50000,100000').split(',').map(Number);
const BASELINE = process.env['BENCH_BASELINE'] !== 'off';
const BASELINE_MAX = Number(process.env['BENCH_BASELINE_MAX'] ?? 50000);
const BASELINE_KEYS = Math.max(3, Number(process.env['BENCH_BASELINE_KEYS'] ?? 12));
const BEFORE = process.env['BENCH_BEFORE'];
const LIMIT = 10;
const AT = new Date('2026-11-24T10:30:00+01:00'); // a Tuesday morning
const CAHORS = { lat: 44.4475, lon: 1.4419 };

const TYPED = [...RESIDENT_QUERIES].sort((a, b) => Number(!a.need && !a.kind) - Number(!b.need && !b.kind)).slice(0, 100).map((q) => q.q);
const KEYSTROKES = TYPED.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
const JUDGED = RESIDENT_QUERIES.filter((q) => q.need || q.kind);

const meets = (q: ResidentQuery, p: Place): boolean => (!q.need || p.needs.includes(q.need)) && (!q.kind || p.kind === q.kind);
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const f = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '–');

interface Timing {
  wall: number[];
  cpu: number[];
}
function time(run: (text: string) => void, keys: readonly string[]): Timing {
  const t: Timing = { wall: [], cpu: [] };
  for (const k of keys) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    run(k);
    t.wall.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    t.cpu.push((c.user + c.system) / 1000);
  }
  return t;
}
const summary = (t: Timing): string =>
  `${f(quantile(t.wall, 0.5))} / ${f(quantile(t.wall, 0.95))} / ${f(Math.max(...t.wall), 1)} (CPU p95 ${f(quantile(t.cpu, 0.95))})`;

function precision(engine: (text: string) => Place[], places: Place[]): number {
  let sum = 0;
  let n = 0;
  for (const q of JUDGED) {
    if (!places.some((p) => meets(q, p))) continue;
    sum += engine(q.q).slice(0, 5).filter((p) => meets(q, p)).length / 5;
    n++;
  }
  return n ? sum / n : NaN;
}

type Create = typeof createSearchIndex;
const elementQuery = (text: string, origin: { lat: number; lon: number } | null, openNow = false): SearchQuery =>
  toSearchQuery({ ...DEFAULT_SEARCH_STATE, text, filters: { ...DEFAULT_SEARCH_STATE.filters, openNow } }, origin, AT);

const rows: string[][] = [];
const figures: Record<string, number> = {};

type OpenStateFn = typeof placeOpenState;
function runIndex(label: string, size: string, create: Create, openState: OpenStateFn, places: Place[], gazetteer: GazetteerEntry[], paged: boolean): { index: SearchIndex; elementP95: number } {
  const m0 = memMB();
  const t0 = performance.now();
  const index = create(places, { gazetteer, openState: (p, at) => openState(p, at) });
  const build = performance.now() - t0;
  const mem = memMB() - m0;
  const openAll = (at: Date): number => {
    const c0 = process.cpuUsage();
    index.search({ openAt: at, openMode: 'confirmed', limit: 20 });
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  // Cold: this catalogue's hours never compiled by this engine; warm: the next minute.
  const cold = openAll(AT);
  const warm = openAll(new Date(AT.getTime() + 60000));
  const search = (q: SearchQuery): void => {
    // The element before issue 15 asked for every result; now a page (pagedSearch).
    const o = paged ? pagedSearch(index, q) : index.search(q);
    for (const r of o.results.slice(0, 20)) void r.matches;
  };
  time((k) => index.search({ text: k, limit: LIMIT }), KEYSTROKES.filter((_, i) => i % 3 === 0)); // warm-up
  const limited = time((k) => index.search({ text: k, limit: LIMIT }), KEYSTROKES);
  const element = time((k) => search(elementQuery(k, null)), KEYSTROKES);
  const near = time((k) => search(elementQuery(k, CAHORS)), KEYSTROKES);
  const open = time((k) => search(elementQuery(k, null, true)), KEYSTROKES.filter((_, i) => i % 4 === 0));
  const prec = precision((t) => index.search({ text: t, limit: 5 }).results.map((r) => r.place), places);
  rows.push([size, label, f(build, 0), f(mem, 1), summary(limited), summary(element), summary(near), summary(open), `${f(cold, 0)} / ${f(warm, 0)}`, f(prec, 3)]);
  const key = `${label} ${size}`;
  figures[`${key} element p95 ms`] = +f(quantile(element.wall, 0.95));
  figures[`${key} limit10 p95 ms`] = +f(quantile(limited.wall, 0.95));
  figures[`${key} element max ms`] = +f(Math.max(...element.wall), 1);
  figures[`${key} open-now cold cpu ms`] = +f(cold, 0);
  figures[`${key} open-now warm cpu ms`] = +f(warm, 0);
  figures[`${key} memory MB`] = +f(mem, 1);
  return { index, elementP95: quantile(element.wall, 0.95) };
}

const fuseRows: string[][] = [];
function runFuse(size: string, places: Place[], ourElementP95: number): void {
  const t0 = performance.now();
  const fuse = new Fuse(places, {
    keys: ['name', 'kind', 'needs', 'address.street', 'address.postcode', 'address.city', 'address.insee', 'partners', 'description', 'stops.name', 'stops.address.city'],
  });
  const build = performance.now() - t0;
  const every = Math.max(1, Math.floor(KEYSTROKES.length / BASELINE_KEYS));
  const keys = KEYSTROKES.filter((_, i) => i % every === 0).slice(0, BASELINE_KEYS);
  const t = time((k) => void fuse.search(k).slice(0, LIMIT), keys);
  const judged = places.length <= 10000 ? f(precision((q) => fuse.search(q).slice(0, 5).map((r) => r.item), places), 3) : 'not run';
  fuseRows.push([size, f(build, 0), f(quantile(t.wall, 0.5), 1), f(quantile(t.wall, 0.95), 1), String(keys.length), judged, `×${f(quantile(t.wall, 0.95) / ourElementP95, 0)}`]);
  figures[`fuse.js ${size} p50 ms`] = +f(quantile(t.wall, 0.5), 1);
  figures[`fuse.js ${size} p95 / element p95`] = +f(quantile(t.wall, 0.95) / ourElementP95, 0);
}

// The older checkout's index and hours engine (its own caches), for a before/after in one process.
const before = BEFORE
  ? {
      create: ((await import(`${BEFORE}/src/core/search/search-index.ts`)) as { createSearchIndex: Create }).createSearchIndex,
      openState: ((await import(`${BEFORE}/src/core/hours/index.ts`)) as { placeOpenState: OpenStateFn }).placeOpenState,
    }
  : undefined;

for (const n of SIZES) {
  const size = `${n / 1000}k`;
  const { places, communes } = generateRealisticCatalogue(n, 46);
  const distinct = new Set(places.map((p) => p.hours).filter(Boolean)).size;
  const stops = places.reduce((s, p) => s + (p.stops?.length ?? 0), 0);
  process.stderr.write(`${size}: ${distinct} distinct hours, ${stops} bus stops\n`);
  if (before) runIndex('before', size, before.create, before.openState, places, communes, false);
  const { elementP95 } = runIndex('index', size, createSearchIndex, placeOpenState, places, communes, true);
  if (BASELINE && n <= BASELINE_MAX) runFuse(size, places, elementP95);
  process.stderr.write(`done ${size}\n`);
}

console.log(`Search benchmark — node ${process.version}, ${KEYSTROKES.length} keystrokes from ${TYPED.length} resident queries; realistic national catalogues (bench/generate-catalogue.ts)`);
console.log('Times per keystroke in ms: p50 / p95 / max wall (CPU p95). "element": the query the element runs, first 20 results read; "open now": over every place, CPU ms cold / warm.');
console.log('');
console.log('| places | engine | build ms | memory MB (heap + typed arrays) | limit 10 | element | element near Cahors | element, open now | open now, every place | precision@5 |');
console.log('|---|---|---:|---:|---|---|---|---|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (fuseRows.length) {
  console.log('');
  console.log('| places | plain fuse.js | build ms | p50 ms | p95 ms | keystrokes timed | precision@5 | p95 / element p95 |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of fuseRows) console.log(`| ${r[0]} | fuse.js | ${r.slice(1).join(' | ')} |`);
}
console.log(`BENCH_JSON ${JSON.stringify({ figures })}`);
