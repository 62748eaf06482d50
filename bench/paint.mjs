#!/usr/bin/env node
// `npm run bench:paint` (issue 15, item 3, "first paint needs little"): the demo's first list
// paint in headless Chromium, on loopback and on an emulated mobile network (scripts/first-paint.mjs:
// NETWORKS.mobile, CDP Network.emulateNetworkConditions), each the median of PAINT_RUNS fresh
// pages (default 5, each in a fresh browser, cache off). Prints, per network, the first paint
// (ms after navigation), the waves of JS requests before it (a request starting more than 50 ms
// after the one before it opens a wave: on the emulated network each wave is a round trip), and
// the files and gzip KB fetched before it. Reads dist/ as it is (run `npm run build` first).
// Asserts nothing: `npm run size -- --check` holds the budget.
import { fileURLToPath } from 'node:url';
import { NETWORKS, measureFirstPaint, requestWaves } from '../scripts/first-paint.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.PAINT_RUNS ?? 5);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const figures = {};
for (const [label, network] of [['loopback', undefined], ['mobile', 'mobile']]) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measureFirstPaint({ dist: `${root}/dist`, root, network }));
  const paints = results.map((r) => r.firstPaint);
  const waves = results.map((r) => requestWaves(r.before));
  const mid = results[paints.indexOf(median(paints))] ?? results[0];
  console.log(`\n${label}${network ? `: ${NETWORKS[network].name}` : ''}`);
  console.log(`  first list paint: median ${median(paints).toFixed(0)} ms of ${runs} (${paints.map((p) => p.toFixed(0)).join(', ')})`);
  console.log(`  waves of JS requests before it: median ${median(waves.map((w) => w.length))} (${waves.map((w) => w.length).join(', ')})`);
  for (const w of requestWaves(mid.before)) console.log(`    at ${w.start.toFixed(0).padStart(5)} ms: ${w.files.join(', ')}`);
  console.log(`  before it: ${mid.before.length} files, ${(mid.gzipBefore / 1024).toFixed(1)} KB gzip`);
  figures[`first paint ${label} ms`] = Math.round(median(paints));
  figures[`waves ${label}`] = median(waves.map((w) => w.length));
  figures[`files before paint ${label}`] = mid.before.length;
  figures[`KB before paint ${label}`] = Number((mid.gzipBefore / 1024).toFixed(1));
}
console.log(`BENCH_JSON ${JSON.stringify({ figures })}`);
