/**
 * Great-circle distances and bounding boxes. Pure functions on WGS 84 degrees; the sphere
 * (mean radius 6,371.0088 km) is accurate to about 0.5 % for the distances a resident
 * compares, which is all the ranking needs.
 */
import type { GeoPoint } from '../catalogue/types.js';

export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Haversine distance in kilometres between two points. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/** Haversine distance in kilometres, on raw coordinates (the index's hot loop). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The smallest box holding every point, or `undefined` for none (the map frames results with it). */
export function boundsOf(points: Iterable<GeoPoint>): Bounds | undefined {
  let b: Bounds | undefined;
  for (const p of points) {
    if (!b) b = { south: p.lat, west: p.lon, north: p.lat, east: p.lon };
    else {
      if (p.lat < b.south) b.south = p.lat;
      if (p.lat > b.north) b.north = p.lat;
      if (p.lon < b.west) b.west = p.lon;
      if (p.lon > b.east) b.east = p.lon;
    }
  }
  return b;
}
