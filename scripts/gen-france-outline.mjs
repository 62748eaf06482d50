#!/usr/bin/env node
// Writes src/core/catalogue/france-outline.generated.ts: the outline of metropolitan France
// (Corsica and the islands the source has), for the validator's position check.
//
// How: the source's departments share their borders vertex for vertex, so an edge used by
// one department only is on France's outline; those edges are chained into rings. Each edge is
// marked coast or land border: the land borders are the ring's stretches between the points
// where they meet the sea (Bray-Dunes to Menton, Cerbère to Hendaye, and Monaco's two ends),
// so the check can allow a margin at sea (a harbour, a small island the source lacks) without
// letting in a neighbour across a land border (Monaco, Geneva, Kehl, Irun).
//
// Usage: node scripts/gen-france-outline.mjs [departements.geojson]
// Default source: data/outlines/departements-version-simplifiee.geojson (IGN Admin Express via
// france-geojson, Licence Ouverte).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(process.argv[2] ?? join(here, '../data/outlines/departements-version-simplifiee.geojson'));
const out = join(here, '../src/core/catalogue/france-outline.generated.ts');
/** Grid step in degrees (about 110 m north–south): well below the land-border margins tested. */
const QUANTUM = 0.001;
/** Douglas–Peucker tolerance in degrees (about 150 m); Monaco's notch is about 2 km wide. */
const TOLERANCE = 0.0015;

/** Where land borders meet the sea (lon, lat), in pairs: the land stretch runs between them. */
const LAND_BORDERS = [
  { name: 'Belgique … Italie', from: [2.546, 51.089], to: [7.529, 43.785] },
  { name: 'Espagne, Andorre', from: [3.174, 42.434], to: [-1.787, 43.373] },
  { name: 'Monaco', from: [7.409, 43.725], to: [7.439, 43.752] },
];
/** A point of the coast, far from every land border: a land stretch never contains it. */
const COAST_WITNESS = [-4.77, 48.36]; // pointe Saint-Mathieu, Finistère

const key = (p) => `${p[0]},${p[1]}`;
const geojson = JSON.parse(readFileSync(source, 'utf8'));
const edges = new Map();
for (const f of geojson.features) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        const k = key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`;
        const e = edges.get(k);
        if (e) e.count++;
        else edges.set(k, { a, b, count: 1 });
      }
}
// Chain the outline edges into rings.
const next = new Map();
for (const e of edges.values()) if (e.count === 1) next.set(key(e.a), [...(next.get(key(e.a)) ?? []), e.b]), next.set(key(e.b), [...(next.get(key(e.b)) ?? []), e.a]);
const used = new Set();
const rings = [];
for (const start of next.keys()) {
  if (used.has(start)) continue;
  const ring = [start.split(',').map(Number)];
  used.add(start);
  let cur = start;
  for (;;) {
    const cand = (next.get(cur) ?? []).find((p) => !used.has(key(p)));
    if (!cand) break;
    used.add(key(cand));
    ring.push(cand);
    cur = key(cand);
  }
  if (ring.length >= 4) rings.push(ring);
}

const dist2 = (p, q) => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
const nearestIndex = (ring, p) => ring.reduce((best, q, i) => (dist2(q, p) < dist2(ring[best], p) ? i : best), 0);
/** Indices from i to j going forward round the ring. */
const span = (n, i, j) => {
  const out = [];
  for (let k = i; k !== j; k = (k + 1) % n) out.push(k);
  return out;
};

// Per vertex: does the edge leaving it run along a land border?
const landEdge = rings.map((r) => new Uint8Array(r.length));
const mainland = rings.reduce((best, r, i) => (r.length > rings[best].length ? i : best), 0);
{
  const r = rings[mainland];
  const witness = nearestIndex(r, COAST_WITNESS);
  for (const b of LAND_BORDERS) {
    const i = nearestIndex(r, b.from);
    const j = nearestIndex(r, b.to);
    const forward = span(r.length, i, j);
    const backward = span(r.length, j, i);
    // The land stretch is the one without the coast witness; for Monaco, the shorter one too.
    let land = forward.includes(witness) ? backward : backward.includes(witness) ? forward : forward.length < backward.length ? forward : backward;
    if (b.name === 'Monaco' && land.length > Math.min(forward.length, backward.length)) land = forward.length < backward.length ? forward : backward;
    for (const k of land) landEdge[mainland][k] = 1;
    console.log(`${b.name}: ${land.length} land edges`);
  }
}

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
/** Douglas–Peucker on an open run of vertices whose edges all have the same kind. */
function simplify(points) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let max = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i], points[first], points[last]);
      if (d > max) [max, index] = [d, i];
    }
    if (max > TOLERANCE && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

// Each ring as [x0, y0, kind0, dx1, dy1, kind1, …] (QUANTUM units; kind: 1 = the edge from this
// vertex is a land border). Simplified run by run so that coast and land keep their ends.
const encoded = [];
let points = 0;
rings.forEach((ring, ri) => {
  const kinds = landEdge[ri];
  const n = ring.length;
  // Start the ring at a change of kind (or anywhere when it has one kind only).
  let start = 0;
  for (let k = 0; k < n; k++) if (kinds[k] !== kinds[(k + n - 1) % n]) (start = k), (k = n);
  const out = [];
  let k = 0;
  while (k < n) {
    const kind = kinds[(start + k) % n];
    const run = [ring[(start + k) % n]];
    let m = k;
    while (m < n && kinds[(start + m) % n] === kind) m++;
    for (let t = k + 1; t <= m; t++) run.push(ring[(start + t) % n]);
    const simple = simplify(run);
    for (let t = 0; t < simple.length - 1; t++) out.push([...simple[t], kind]);
    k = m;
  }
  const q = out.map(([x, y, kind]) => [Math.round(x / QUANTUM), Math.round(y / QUANTUM), kind]);
  const dedup = q.filter((p, i) => i === 0 || p[0] !== q[i - 1][0] || p[1] !== q[i - 1][1]);
  if (dedup.length < 3) return;
  // Coordinates: x0, y0, dx1, dy1, … as zigzag varints (7 bits a byte), in base64; kinds: the first
  // one, then the lengths of the runs of one kind. 4.2 KB gzip against 5.7 KB as decimal text: the
  // outline is in the catalogue worker, which loads before the first list paint (issue 15).
  const bytes = [];
  const varint = (v) => {
    let z = v < 0 ? -2 * v - 1 : 2 * v;
    do {
      const low = z % 128;
      z = Math.floor(z / 128);
      bytes.push(z ? low + 128 : low);
    } while (z);
  };
  const runs = [dedup[0][2], 0];
  dedup.forEach((p, i) => {
    varint(i === 0 ? p[0] : p[0] - dedup[i - 1][0]);
    varint(i === 0 ? p[1] : p[1] - dedup[i - 1][1]);
    if (i > 0 && p[2] !== dedup[i - 1][2]) runs.push(0);
    runs[runs.length - 1]++;
  });
  encoded.push([Buffer.from(bytes).toString('base64'), runs]);
  points += dedup.length;
});

writeFileSync(
  out,
  `// GENERATED by scripts/gen-france-outline.mjs: do not edit.\n` +
    `// Outline of metropolitan France (Corsica and the larger islands included), from the\n` +
    `// departments of IGN Admin Express (via france-geojson), Licence Ouverte.\n` +
    `// Each ring: [points, kinds]. points: x0, y0, dx1, dy1, ... (lon/lat in units of\n` +
    `// FRANCE_OUTLINE_QUANTUM degrees) as zigzag varints, 7 bits a byte, low first, in base64.\n` +
    `// kinds: [k0, n0, n1, ...]: the first n0 vertices have kind k0, the next n1 the other kind, and so\n` +
    `// on; k = 1 when the edge from that vertex is a land border, 0 when it is coast.\n\n` +
    `export const FRANCE_OUTLINE_QUANTUM = ${QUANTUM};\n\n` +
    `export const FRANCE_OUTLINE: readonly (readonly [string, readonly number[]])[] = ${JSON.stringify(encoded)};\n`,
);
console.log(`wrote ${out}: ${encoded.length} rings, ${points} points`);
