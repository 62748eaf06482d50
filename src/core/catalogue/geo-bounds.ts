/**
 * Where a catalogue point may lie: France, metropolitan (Corsica included) and overseas.
 *
 * Bounding boxes, generous by a few kilometres, are enough: the check exists to catch
 * swapped or mistyped coordinates (a point in the Gulf of Guinea, lat/lon swapped into
 * Ethiopia), not to test which commune a point is in.
 */
import type { GeoPoint } from './types.js';

export interface Territory {
  name: string;
  south: number;
  west: number;
  north: number;
  east: number;
}

export const FRANCE_TERRITORIES: readonly Territory[] = [
  { name: 'France métropolitaine', south: 41.3, west: -5.3, north: 51.15, east: 9.6 },
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

/** The territory containing the point, or undefined when it is outside France. */
export function franceTerritoryOf(p: GeoPoint): Territory | undefined {
  for (const t of FRANCE_TERRITORIES)
    if (p.lat >= t.south && p.lat <= t.north && p.lon >= t.west && p.lon <= t.east) return t;
  return undefined;
}
