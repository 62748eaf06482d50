/**
 * Validation speed on 100,000 places, against a baseline measured in the same process (a JSON
 * round trip of the same data). Also the realistic national catalogue of issue 15
 * (bench/generate-catalogue.ts generateRealisticCatalogue: mixed kinds, real communes, varied
 * hours, bus stops), validated from its parsed JSON, against `JSON.parse` of the same text. Run: node --expose-gc --import tsx bench/validate-catalogue.ts
 * Needs data/sources (SHARED_DATA overrides) and data/catalogue.json.
 */
import { readFileSync } from 'node:fs';
import { importFranceServices } from '../src/core/import/france-services.js';
import { validateCatalogue } from '../src/core/catalogue/validate.js';
import { generateRealisticCatalogue } from './generate-catalogue.js';
const SHARED = process.env['SHARED_DATA'] ?? new URL('../data/sources', import.meta.url).pathname;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const fsPlaces = importFranceServices(readFileSync(`${SHARED}/france-services-2024-08-01.csv`, 'utf8'), { updated: '2024-08-01' }).catalogue.places;
const demo = JSON.parse(readFileSync(new URL('../data/catalogue.json', import.meta.url), 'utf8')) as { places: Record<string, unknown>[] };
const N = 100_000;
const heavy = { version: 1, places: Array.from({ length: N }, (_, i) => ({ ...fsPlaces[i % fsPlaces.length]!, id: `p${i}` })) };
const light = { version: 1, places: Array.from({ length: N }, (_, i) => ({ ...demo.places[87 + (i % 70)]!, id: `p${i}` })) };
const realisticText = JSON.stringify({ version: 1, name: 'Bench', updated: '2026-11-01', places: generateRealisticCatalogue(N, 46).places });
const realistic = JSON.parse(realisticText) as unknown;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const variants: [string, () => unknown][] = [
  ['JSON.parse(JSON.stringify(heavy)) (baseline: a copy)', () => JSON.parse(JSON.stringify(heavy))],
  ['heavy (France services rows, ~900 B JSON each), hours checked', () => validateCatalogue(heavy)],
  ['heavy, hours type only', () => validateCatalogue(heavy, { checkHours: null })],
  ['light (demo non-France-services rows), hours checked', () => validateCatalogue(light)],
  ['realistic national catalogue: JSON.parse of its text (baseline 2)', () => JSON.parse(realisticText)],
  ['realistic national catalogue, hours checked', () => validateCatalogue(realistic)],
];
const times = variants.map(() => [] as number[]);
// CPU time too (this process's user + system): on a machine shared with other work the wall
// clock also counts the time the others had the cores; the CPU time does not (caches shared
// with them still slow it).
const cpuTimes = variants.map(() => [] as number[]);
for (let round = 0; round < 5; round++)
  variants.forEach(([, f], k) => {
    gc();
    const s = performance.now();
    const c = process.cpuUsage();
    f();
    const dc = process.cpuUsage(c);
    if (round > 0) {
      times[k]!.push(performance.now() - s);
      cpuTimes[k]!.push((dc.user + dc.system) / 1000);
    }
  });
variants.forEach(([label], k) => {
  // The realistic rows compare with their own JSON.parse (issue 15: "validate = 2.2× JSON.parse").
  const b = label.startsWith('realistic') ? variants.length - 2 : 0;
  const base = median(times[b]!);
  const m = median(times[k]!);
  const cpu = median(cpuTimes[k]!) / median(cpuTimes[b]!);
  console.log(`${label}: median ${m.toFixed(0)} ms, min ${Math.min(...times[k]!).toFixed(0)} ms, ratio to baseline ${(m / base).toFixed(2)}, CPU-time ratio to baseline ${cpu.toFixed(2)}`);
});
