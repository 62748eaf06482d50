/**
 * The geometry of the coverage view's inline SVG map: a plain equirectangular projection
 * (longitudes scaled by the cosine of the middle latitude, which is faithful enough at the
 * scale of a département), SVG path data for commune outlines, and the time classes with
 * their fills. Pure and DOM-free; the element only renders what this returns.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface Projection {
  /** SVG user units. */
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
}

/** A projection fitting every [lon, lat] given into `width` units wide (height follows). */
export function fitProjection(points: Iterable<Position>, width = 600, margin = 6): Projection | undefined {
  let w = Infinity;
  let e = -Infinity;
  let s = Infinity;
  let n = -Infinity;
  for (const p of points) {
    const lon = p[0]!;
    const lat = p[1]!;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  if (w === Infinity) return undefined;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = Math.max((e - w) * k, 1e-6);
  const spanY = Math.max(n - s, 1e-6);
  const scale = (width - 2 * margin) / Math.max(spanX, spanY);
  const height = Math.round(spanY * scale + 2 * margin);
  const r = (x: number): number => Math.round(x * 10) / 10;
  return {
    width,
    height,
    project: (lon, lat) => [r(margin + (lon - w) * k * scale), r(margin + (n - lat) * scale)],
  };
}

/** Every position of a Polygon or MultiPolygon's outer rings (for fitting). */
export function* outerPositions(g: Polygon | MultiPolygon): Generator<Position> {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polys) if (rings[0]) yield* rings[0];
}

/** SVG path data of a Polygon or MultiPolygon (use with `fill-rule="evenodd"` for holes). */
export function pathData(g: Polygon | MultiPolygon, proj: Projection): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let d = '';
  for (const rings of polys)
    for (const ring of rings) {
      let last = '';
      ring.forEach((pos, i) => {
        const [x, y] = proj.project(pos[0]!, pos[1]!);
        const pt = `${x} ${y}`;
        if (pt === last) return; // Drop points that round to the previous one: smaller DOM.
        d += (i === 0 ? 'M' : 'L') + pt;
        last = pt;
      });
      d += 'Z';
    }
  return d;
}

/** Time classes, from nearest to farthest; the last one is "no place qualifies". */
export type TimeClass = 'near' | 'within' | 'beyond' | 'far' | 'none';

export const TIME_CLASSES: readonly TimeClass[] = ['near', 'within', 'beyond', 'far', 'none'];

/** Class of an estimated time for a threshold T: ≤ T/2, ≤ T, ≤ 1.5 T, more, none. */
export function timeClass(minutes: number | null, threshold: number): TimeClass {
  if (minutes === null) return 'none';
  if (minutes <= threshold / 2) return 'near';
  if (minutes <= threshold) return 'within';
  if (minutes <= threshold * 1.5) return 'beyond';
  return 'far';
}

/**
 * Fills: a light-to-dark blue scale (readable by most colour-blind people), and, beyond the
 * threshold, a hatching (diagonal, then crossed) so that colour is not the only cue; "none" is
 * grey with dots. Values are `url(#…)` references to the patterns the element defines.
 */
export const CLASS_FILL: Record<TimeClass, string> = {
  near: '#deebf7',
  within: '#9ecae1',
  beyond: 'url(#cov-hatch)',
  far: 'url(#cov-cross)',
  none: 'url(#cov-dots)',
};
