/**
 * National gazetteer benchmark (`npm run bench:gazetteer`): what the first commune look-up
 * costs once data/communes-france.json has arrived (parse, decode, build the matcher, first
 * resolve), the cost of later look-ups, and what the search index pays per keystroke when it
 * is given the 34,920 communes instead of the demo's 388.
 *
 * The first-use figures are taken first, in a fresh process, before anything is warm: that is
 * the resident's first "Où ?" look-up. Download time is not measured here (it depends on the
 * network): the file's gzip size is printed instead.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { communeMatcher } from '../src/core/geo/commune-matcher.js';
import { decodeGazetteer } from '../src/core/geo/gazetteer-format.js';
import { createSearchIndex } from '../src/core/search/search-index.js';
import { RESIDENT_QUERIES } from '../test/core/search/resident-queries.js';
import { loadDemoPlaces, loadGazetteer } from '../test/core/search/demo-catalogue.js';

const FILE = new URL('../data/communes-france.json', import.meta.url);
const ms = (t0: number): number => performance.now() - t0;
const f = (x: number, d = 2): string => x.toFixed(d);
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};

const bytes = readFileSync(FILE);
const text = bytes.toString('utf8');

// ---- First use -------------------------------------------------------------------------
// CPU time too: on a shared machine wall time is mostly waiting for a core.
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
let t0 = performance.now();
const json = JSON.parse(text) as unknown;
const parseMs = ms(t0);
t0 = performance.now();
const decoded = decodeGazetteer(json);
const decodeMs = ms(t0);
if (!decoded.ok) throw new Error(decoded.problem.message);
const entries = decoded.entries;
t0 = performance.now();
// As the loader does: memoised for this array, so the index built on it below reuses it.
const matcher = communeMatcher(entries);
const buildMs = ms(t0);
t0 = performance.now();
const first = matcher.resolve('Rocamadour');
const firstMs = ms(t0);
if (first.status !== 'found') throw new Error('Rocamadour not found');
const firstCpu = cpu() - c0;

// ---- Later look-ups ------------------------------------------------------------------------
const TYPED = ['Rocamadour', 'Vif', 'Saint-Quentin', 'st cirq lapopie', 'Bourg d Oisans', 'Châteauneuf-du-Pape', 'Lherm', 'Marseille', 'Paris', 'Grenoble'];
const TYPOS = ['rocamadur', 'figaec', 'grenobel', 'saint quentn', 'chateauneuf du pap'];
const time = (fn: () => void): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const keystrokes = TYPED.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
for (const k of keystrokes) matcher.find(k, 8); // warm-up
const findTimes = keystrokes.map((k) => time(() => matcher.find(k, 8)));
const typoTimes = TYPOS.map((q) => time(() => matcher.find(q, 8)));
const resolveTimes = [...TYPED, ...TYPOS, '46150', '38450'].map((q) => time(() => matcher.resolve(q)));

// ---- The search index with the national gazetteer ------------------------------------------------
const { places } = loadDemoPlaces();
const QUERIES = [...RESIDENT_QUERIES].sort((a, b) => Number(!a.need && !a.kind) - Number(!b.need && !b.kind)).slice(0, 100).map((q) => q.q);
const SEARCH_KEYS = [...QUERIES.map((q) => q + ' rocamadour'), ...QUERIES].flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
function searchRow(label: string, gazetteer: Parameters<typeof createSearchIndex>[1]): string {
  const t = performance.now();
  const c = cpu();
  const index = createSearchIndex(places, gazetteer);
  const build = ms(t);
  const buildCpu = cpu() - c;
  for (let i = 0; i < SEARCH_KEYS.length; i += 3) index.search({ text: SEARCH_KEYS[i]!, limit: 10 });
  const times = SEARCH_KEYS.map((k) => time(() => index.search({ text: k, limit: 10 })));
  const suggest = keystrokes.map((k) => time(() => index.findCommunes(k, 8)));
  return `| ${label} | ${f(build, 0)} (CPU ${f(buildCpu, 0)}) | ${f(quantile(times, 0.5), 3)} | ${f(quantile(times, 0.95), 3)} | ${f(quantile(suggest, 0.5), 3)} | ${f(quantile(suggest, 0.95), 3)} |`;
}
const small = searchRow(`demo catalogue + data/communes.json (${loadGazetteer().length})`, { gazetteer: loadGazetteer() });
const big = searchRow(`demo catalogue + national (${entries.length}), matcher already built`, { gazetteer: entries });
const again = searchRow(`demo catalogue + national, a copy (matcher rebuilt, names already folded)`, { gazetteer: [...entries] });

console.log(`National gazetteer benchmark — node ${process.version}`);
console.log('');
console.log(`data/communes-france.json: ${entries.length} entries, ${f(bytes.length / 1024, 0)} KB raw, ${f(gzipSync(bytes, { level: 9 }).length / 1024, 0)} KB gzip`);
console.log('');
console.log('First use (cold, after the download):');
console.log(`| JSON.parse | decode | build matcher | first resolve("Rocamadour") | total |`);
console.log('|---:|---:|---:|---:|---:|');
console.log(`| ${f(parseMs, 1)} ms | ${f(decodeMs, 1)} ms | ${f(buildMs, 1)} ms | ${f(firstMs, 2)} ms | ${f(parseMs + decodeMs + buildMs + firstMs, 1)} ms (CPU ${f(firstCpu, 0)} ms) |`);
console.log('');
console.log(`Later look-ups: find() per keystroke of ${TYPED.length} names (${keystrokes.length} keystrokes) median ${f(quantile(findTimes, 0.5), 3)} ms, p95 ${f(quantile(findTimes, 0.95), 3)} ms, max ${f(Math.max(...findTimes), 3)} ms; ` +
  `typos median ${f(quantile(typoTimes, 0.5), 3)} ms, max ${f(Math.max(...typoTimes), 3)} ms; resolve() median ${f(quantile(resolveTimes, 0.5), 3)} ms, max ${f(Math.max(...resolveTimes), 3)} ms`);
console.log('');
console.log(`Search index, ${SEARCH_KEYS.length} keystrokes (100 resident queries, alone and followed by " rocamadour"), limit 10:`);
console.log('| gazetteer | index build ms | search median ms | search p95 ms | findCommunes median ms | findCommunes p95 ms |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(small);
console.log(big);
console.log(again);
