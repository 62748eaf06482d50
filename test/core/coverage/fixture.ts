/**
 * A small hand-computed coverage case, shared by the core and CLI tests.
 *
 * Every point lies on the meridian 1.5° E, so the great-circle distance is exactly
 * R × Δlat (R = 6371.0088 km): 1° = 111.19508 km. With the default method
 * (detour 1.3, 60 km/h, no access time) minutes = km × 1.3 × 60 / 60 = 1.3 × km.
 *
 * Places: A France services at 44.00 (needs: papiers), B CCAS at 44.50 (needs: caf),
 *         N digital-help point (espace-numerique, not a "first welcome") at 43.70.
 *
 * | commune | lat   | pop  | nearest welcome | Δlat | km       | minutes  | ≤ 30? |
 * |---------|-------|------|-----------------|------|----------|----------|-------|
 * | Un      | 44.10 | 1000 | A               | 0.10 | 11.11951 | 14.4554  | yes   |
 * | Deux    | 44.30 |  500 | B               | 0.20 | 22.23902 | 28.9107  | yes   |
 * | Trois   | 44.75 | 2000 | B               | 0.25 | 27.79877 | 36.1384  | no    |
 * | Quatre  | 43.70 |  300 | A               | 0.30 | 33.35852 | 43.3661  | no    |
 * | Cinq    | 44.45 |  200 | B               | 0.05 |  5.55975 |  7.2277  | yes   |
 *
 * Population 4000, within 30 min 1000 + 500 + 200 = 1700 → share 0.425 (42,5 %).
 * Beyond, largest first: Trois (2000, 36.14 → shown 37 min), Quatre (300, 43.37 → 44 min).
 * (N at 43.70 is in Quatre itself, but a digital-help point is not a first social welcome.)
 */
import type { Place } from '../../../src/core/catalogue/types.js';

export const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
export const LON = 1.5;

export function place(id: string, kind: Place['kind'], lat: number, needs: Place['needs'] = []): Place {
  return {
    id,
    name: `Lieu ${id}`,
    kind,
    needs,
    address: { city: `Ville ${id}` },
    location: { lat, lon: LON, precision: 'exact' },
  };
}

export const PLACES: Place[] = [
  place('A', 'france-services', 44.0, ['papiers']),
  place('B', 'ccas', 44.5, ['caf']),
  place('N', 'espace-numerique', 43.7, ['numerique']),
];

/** In the raw shape of the shared open-data file (French field names). */
export const COMMUNES_RAW = [
  { insee: '46001', nom: 'Un', departement: '46', population: 1000, lat: 44.1, lon: LON },
  { insee: '46002', nom: 'Deux', departement: '46', population: 500, lat: 44.3, lon: LON },
  { insee: '46003', nom: 'Trois', departement: '46', population: 2000, lat: 44.75, lon: LON },
  { insee: '46004', nom: 'Quatre', departement: '46', population: 300, lat: 43.7, lon: LON },
  { insee: '46005', nom: 'Cinq', departement: '46', population: 200, lat: 44.45, lon: LON },
  // Another département, dropped by `--dep 46`.
  { insee: '02001', nom: 'Ailleurs', departement: '02', population: 9999, lat: 49.0, lon: 3.0 },
];

export const CATALOGUE = {
  version: 1,
  name: 'Test',
  territory: 'Test',
  updated: '2026-11-01',
  licence: 'Licence Ouverte 2.0',
  attribution: 'Test',
  places: PLACES,
};

/** A square outline around a commune centre, for GeoJSON tests. */
export function square(lat: number, lon: number, half = 0.01): number[][][] {
  return [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]]];
}
