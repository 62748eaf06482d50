/**
 * Where a catalogue point may lie: France, metropolitan (Corsica included) and overseas.
 *
 * Metropolitan France is its outline (france-outline.generated.ts, made from the departments
 * by scripts/gen-france-outline.mjs), not a box: a box around the hexagon also holds Brussels,
 * Geneva, Andorra and Monaco, and a catalogue with a place there would be shown as French. A
 * point just outside the outline is still accepted when it is near the coast (up to
 * COAST_MARGIN_KM: a harbour the simplified coastline cuts off, Sein or Aix, which the outline
 * lacks) and at least twice as far from any land border: never across one. Known limit: a
 * village split by a border river (Saint-Gingolph) falls outside at this simplification. Overseas territories keep boxes, generous by a few
 * kilometres: each is an island or a coast far from any other country, Guyane and Saint-Martin
 * excepted (see the note on them). The check exists to catch swapped or mistyped coordinates,
 * not to say which commune a point is in.
 */
import { FRANCE_OUTLINE, FRANCE_OUTLINE_QUANTUM } from './france-outline.generated.js';
import type { GeoPoint } from './types.js';

export interface Territory {
  name: string;
  south: number;
  west: number;
  north: number;
  east: number;
}

const METROPOLITAN: Territory = { name: 'France métropolitaine', south: 41.3, west: -5.3, north: 51.15, east: 9.6 };

/**
 * Bounding boxes (the metropolitan one only frames the outline). Guyane's and Saint-Martin's
 * boxes also cover a strip of Suriname and Brazil and the Dutch half of the island: an outline
 * there needs a source the repository does not have yet.
 */
export const FRANCE_TERRITORIES: readonly Territory[] = [
  METROPOLITAN,
  { name: 'Guadeloupe', south: 15.8, west: -61.9, north: 16.55, east: -60.95 },
  { name: 'Martinique', south: 14.35, west: -61.3, north: 14.9, east: -60.75 },
  { name: 'Guyane', south: 2.1, west: -54.65, north: 5.85, east: -51.55 },
  { name: 'La Réunion', south: -21.45, west: 55.2, north: -20.85, east: 55.9 },
  { name: 'Mayotte', south: -13.05, west: 44.95, north: -12.6, east: 45.35 },
  { name: 'Saint-Pierre-et-Miquelon', south: 46.7, west: -56.5, north: 47.2, east: -56.1 },
  { name: 'Saint-Barthélemy', south: 17.85, west: -62.95, north: 17.98, east: -62.75 },
  { name: 'Saint-Martin', south: 18.0, west: -63.17, north: 18.13, east: -62.96 },
  { name: 'Wallis-et-Futuna', south: -14.4, west: -178.25, north: -13.15, east: -176.1 },
  { name: 'Polynésie française', south: -27.7, west: -154.8, north: -7.8, east: -134.4 },
  { name: 'Nouvelle-Calédonie', south: -22.8, west: 163.5, north: -19.5, east: 168.2 },
];

/** How far at sea from the coast a point is still French: Sein and Molène lie about 10 km off the outline. */
export const COAST_MARGIN_KM = 12;
const KM_PER_DEGREE = 111.2;

/** Decoded rings: flat [lon, lat, land, lon, lat, land, …]; decoded on first use. */
let rings: Float64Array[] | undefined;
/** @internal The decoded rings; exported for the test that checks the banded ray cast against them. */
export function outline(): Float64Array[] {
  if (rings) return rings;
  rings = FRANCE_OUTLINE.map(([points, kinds]) => {
    // Zigzag varints (see the generated file's header): smaller than decimal text, even gzipped.
    const bytes = atob(points);
    const values: number[] = [];
    let z = 0;
    let scale = 1;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes.charCodeAt(i);
      z += (b & 127) * scale;
      if (b & 128) scale *= 128;
      else {
        values.push(z % 2 ? -(z + 1) / 2 : z / 2);
        z = 0;
        scale = 1;
      }
    }
    const n = values.length / 2;
    const out = new Float64Array(n * 3);
    let x = 0;
    let y = 0;
    let kind = kinds[0]!;
    let run = 1;
    let left = kinds[1] ?? n;
    for (let i = 0; i < n; i++) {
      while (left === 0) {
        kind = 1 - kind;
        left = kinds[++run] ?? n;
      }
      left--;
      x += values[i * 2]!;
      y += values[i * 2 + 1]!;
      out[i * 3] = x * FRANCE_OUTLINE_QUANTUM;
      out[i * 3 + 1] = y * FRANCE_OUTLINE_QUANTUM;
      out[i * 3 + 2] = kind;
    }
    return out;
  });
  return rings;
}

/** Distance in km from (px, py) to segment a–b, on a plane scaled for latitude `py`. */
function segmentKm(px: number, py: number, ax: number, ay: number, bx: number, by: number, k: number): number {
  const x1 = (ax - px) * k;
  const y1 = ay - py;
  const dx = (bx - ax) * k;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len2));
  return Math.hypot(x1 + t * dx, y1 + t * dy) * KM_PER_DEGREE;
}

/**
 * The outline's edges sorted into horizontal bands of BAND degrees: a ray cast at latitude y
 * counts only edges whose latitude span holds y, and every such edge is listed in y's band.
 * One band holds a few dozen of the 2,004 edges, so a point of an edge cell of the grid below
 * (a third of a realistic catalogue's points) costs that many tests instead of 2,004: the
 * biggest cost of validation at 100,000 places (issue 15). Each band is flat
 * [xi, yi, xj, yj, …], the edges in outline order.
 */
const BAND = 0.02;
let bands: { south: number; edges: Float64Array[] } | undefined;
function edgeBands(): NonNullable<typeof bands> {
  if (bands) return bands;
  const south = METROPOLITAN.south - 1;
  const count = Math.ceil((METROPOLITAN.north + 1 - south) / BAND);
  const lists: number[][] = Array.from({ length: count }, () => []);
  const band = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - south) / BAND)));
  for (const r of outline()) {
    const n = r.length / 3;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const yi = r[i * 3 + 1]!;
      const yj = r[j * 3 + 1]!;
      // The same floor as the look-up: y in [min, max] lands in one of these bands.
      for (let b = band(Math.min(yi, yj)), last = band(Math.max(yi, yj)); b <= last; b++) lists[b]!.push(r[i * 3]!, yi, r[j * 3]!, yj);
    }
  }
  bands = { south, edges: lists.map((l) => Float64Array.from(l)) };
  return bands;
}

/**
 * Ray casting (even-odd: islands are rings of their own), over the edges of y's band only:
 * the same edges that span y, the same arithmetic, so the same answer as a walk over every
 * edge (test/core/catalogue/outline-bands.test.ts compares them). @internal
 */
export function insideOutline(x: number, y: number): boolean {
  const { south, edges } = edgeBands();
  // Outside every band no edge spans y (the bands reach a degree beyond the frame).
  const e = edges[Math.floor((y - south) / BAND)];
  if (!e) return false;
  let inside = false;
  for (let k = 0; k < e.length; k += 4) {
    const yi = e[k + 1]!;
    const yj = e[k + 3]!;
    if (yi > y !== yj > y) {
      const xi = e[k]!;
      if (x < ((e[k + 2]! - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A coarse grid over the frame: 1 = cell wholly inside the outline, 2 = wholly outside,
 * 0 = an edge may cross it. Ray casting costs 2,000 edges a point; with the grid, most points
 * of a 100,000-place catalogue are answered by one look-up. Built on first use.
 */
const CELL = 0.2;
let grid: { cells: Uint8Array; cols: number; rows: number } | undefined;
function cellsGrid(): NonNullable<typeof grid> {
  if (grid) return grid;
  const cols = Math.ceil((METROPOLITAN.east - METROPOLITAN.west) / CELL);
  const rows = Math.ceil((METROPOLITAN.north - METROPOLITAN.south) / CELL);
  const crossed = new Uint8Array(cols * rows);
  const col = (lon: number) => Math.floor((lon - METROPOLITAN.west) / CELL);
  const row = (lat: number) => Math.floor((lat - METROPOLITAN.south) / CELL);
  for (const r of outline()) {
    const n = r.length / 3;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      // Every cell the edge's bounding box touches (a superset of the cells it crosses).
      const c0 = Math.max(0, col(Math.min(r[i * 3]!, r[j * 3]!)));
      const c1 = Math.min(cols - 1, col(Math.max(r[i * 3]!, r[j * 3]!)));
      const r0 = Math.max(0, row(Math.min(r[i * 3 + 1]!, r[j * 3 + 1]!)));
      const r1 = Math.min(rows - 1, row(Math.max(r[i * 3 + 1]!, r[j * 3 + 1]!)));
      for (let a = r0; a <= r1; a++) for (let c = c0; c <= c1; c++) crossed[a * cols + c] = 1;
    }
  }
  const cells = new Uint8Array(cols * rows);
  for (let a = 0; a < rows; a++)
    for (let c = 0; c < cols; c++)
      if (!crossed[a * cols + c])
        cells[a * cols + c] = insideOutline(METROPOLITAN.west + (c + 0.5) * CELL, METROPOLITAN.south + (a + 0.5) * CELL) ? 1 : 2;
  grid = { cells, cols, rows };
  return grid;
}

/** True when the point is in metropolitan France, or at sea within the coast margin. */
export function inMetropolitanFrance(p: GeoPoint): boolean {
  const m = 0.2; // degrees around the frame: the coast margin
  if (p.lat < METROPOLITAN.south - m || p.lat > METROPOLITAN.north + m || p.lon < METROPOLITAN.west - m || p.lon > METROPOLITAN.east + m) return false;
  const x = p.lon;
  const y = p.lat;
  const g = cellsGrid();
  const c = Math.floor((x - METROPOLITAN.west) / CELL);
  const a = Math.floor((y - METROPOLITAN.south) / CELL);
  const cell = c >= 0 && c < g.cols && a >= 0 && a < g.rows ? g.cells[a * g.cols + c] : 0;
  // A cell wholly outside may still be within the coast margin: only "inside" is final here.
  if (cell === 1 || (cell !== 2 && insideOutline(x, y))) return true;
  // Outside the outline (rare in a real catalogue): how far are the coast and the land borders?
  const k = Math.cos((y * Math.PI) / 180);
  let coast = Infinity;
  let land = Infinity;
  for (const r of outline()) {
    const n = r.length / 3;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      // Edge from vertex j to vertex i; its kind is stored on j.
      const d = segmentKm(x, y, r[j * 3]!, r[j * 3 + 1]!, r[i * 3]!, r[i * 3 + 1]!, k);
      if (r[j * 3 + 2] === 1) land = Math.min(land, d);
      else coast = Math.min(coast, d);
    }
  }
  // At sea, the coast must be clearly nearer than any land border: half its distance, so a
  // town across a border that reaches the sea (Vintimille, 6 km from Menton) stays out.
  return coast <= Math.min(COAST_MARGIN_KM, land / 2);
}

/** The territory containing the point, or undefined when it is outside France. */
export function franceTerritoryOf(p: GeoPoint): Territory | undefined {
  if (inMetropolitanFrance(p)) return METROPOLITAN;
  for (const t of FRANCE_TERRITORIES)
    if (t !== METROPOLITAN && p.lat >= t.south && p.lat <= t.north && p.lon >= t.west && p.lon <= t.east) return t;
  return undefined;
}
