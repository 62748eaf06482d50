/**
 * The built-in map style used when the configured one cannot load (offline, blocked, slow) or
 * when the deployer asks for `map-style="offline"`. It references no external resource: no
 * tiles, no sprite, no glyphs (MapLibre draws text with a local font when the style has no
 * `glyphs` URL). It shows metropolitan France's departments from the bundled, simplified
 * outlines (outlines-departements.generated.ts), which stay in the lazy map chunk.
 *
 * This module owns that style and the decoding of the compact outline data; it does not own
 * the place layers (maplibre-adapter.ts adds them to whatever style is loaded).
 */
// Type-only: erased at build time, so maplibre-gl is still imported only by maplibre-adapter.ts.
import type { MapOptions } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point as GeoJSONPoint, Polygon, Position } from 'geojson';
import { DEPARTMENT_OUTLINES, OUTLINE_QUANTUM } from './outlines-departements.generated.js';

/** A MapLibre style document (maplibre-gl does not export the style-spec type by name). */
export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** Name of the style, used to recognise it after loading (`map.getStyle().name`). */
export const OFFLINE_STYLE_NAME = 'service-locator-offline';

export interface DepartmentProperties {
  code: string;
  nom: string;
}

/** Decodes one delta-encoded ring ([x0, y0, dx1, dy1, …] in quanta) into a closed GeoJSON ring. */
function decodeRing(encoded: readonly number[]): Position[] {
  const ring: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += encoded[i]!;
    y += encoded[i + 1]!;
    // Round to cancel binary noise from the multiplication (5 decimals ≈ 1 m).
    ring.push([Math.round(x * OUTLINE_QUANTUM * 1e5) / 1e5, Math.round(y * OUTLINE_QUANTUM * 1e5) / 1e5]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0]!, first[1]!]);
  return ring;
}

/** Area-weighted centroid of a ring (shoelace), or its first vertex if degenerate. */
function ringCentroid(ring: Position[]): { x: number; y: number; area: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  if (a === 0) return { x: ring[0]![0]!, y: ring[0]![1]!, area: 0 };
  return { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a / 2) };
}

let cachedLabels: FeatureCollection<GeoJSONPoint, DepartmentProperties> | undefined;

/**
 * One label point per department (centroid of its largest ring). Labelling the polygons
 * directly would repeat the name once per tile the polygon crosses.
 */
export function departmentLabelPoints(): FeatureCollection<GeoJSONPoint, DepartmentProperties> {
  if (cachedLabels) return cachedLabels;
  cachedLabels = {
    type: 'FeatureCollection',
    features: departmentOutlines().features.map((feature) => {
      const rings = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates[0]!] : feature.geometry.coordinates.map((p) => p[0]!);
      let best = ringCentroid(rings[0]!);
      for (const ring of rings.slice(1)) {
        const c = ringCentroid(ring);
        if (c.area > best.area) best = c;
      }
      return { type: 'Feature', properties: feature.properties, geometry: { type: 'Point', coordinates: [best.x, best.y] } };
    }),
  };
  return cachedLabels;
}

let cachedOutlines: FeatureCollection<Polygon | MultiPolygon, DepartmentProperties> | undefined;

/** Department outlines as GeoJSON (decoded once, then shared). */
export function departmentOutlines(): FeatureCollection<Polygon | MultiPolygon, DepartmentProperties> {
  if (cachedOutlines) return cachedOutlines;
  const features: Feature<Polygon | MultiPolygon, DepartmentProperties>[] = DEPARTMENT_OUTLINES.map(([code, nom, rings]) => {
    const polygons = rings.map((ring) => [decodeRing(ring)]);
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    return { type: 'Feature', properties: { code, nom }, geometry };
  });
  cachedOutlines = { type: 'FeatureCollection', features };
  return cachedOutlines;
}

/**
 * The offline style. `attribution` is the text shown in MapLibre's attribution control (the
 * outlines come from IGN Admin Express, Licence Ouverte).
 */
export function createOfflineStyle(attribution: string): StyleSpecification {
  return {
    version: 8,
    name: OFFLINE_STYLE_NAME,
    // Centre of metropolitan France; the adapter fits the view to the places anyway.
    center: [2.5, 46.6],
    zoom: 4.6,
    sources: {
      departements: { type: 'geojson', data: departmentOutlines(), attribution },
      'departements-labels': { type: 'geojson', data: departmentLabelPoints() },
    },
    layers: [
      {
        id: 'background',
        type: 'background',
        // Sea blue at country scale; land colour closer in, where the independently simplified
        // outlines would otherwise show slivers of "sea" between neighbouring departments.
        paint: { 'background-color': ['interpolate', ['linear'], ['zoom'], 6, '#DCE9F2', 7.5, '#F7F5F0'] },
      },
      { id: 'departements-fill', type: 'fill', source: 'departements', paint: { 'fill-color': '#F7F5F0' } },
      {
        id: 'departements-line',
        type: 'line',
        source: 'departements',
        paint: { 'line-color': '#8C8C8C', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.6] },
      },
      {
        id: 'departements-label',
        type: 'symbol',
        source: 'departements-labels',
        minzoom: 6,
        layout: { 'text-field': ['get', 'nom'], 'text-size': 13, 'text-max-width': 8 },
        paint: { 'text-color': '#595959', 'text-halo-color': '#F7F5F0', 'text-halo-width': 1.5 },
      },
    ],
  };
}
