/**
 * Loads what the search tests run on: the project's demo catalogue (data/catalogue.json,
 * through the real validator) and gazetteer (data/communes.json) when present; otherwise a
 * fixture made from the shared open-data rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Place } from '../../../src/core/catalogue/types.js';
import { parseCatalogueText } from '../../../src/core/catalogue/validate.js';
import { parseGazetteer } from '../../../src/core/geo/gazetteer.js';
import type { GazetteerEntry } from '../../../src/core/search/types.js';
import { placesFromCsv } from './csv-fixture.js';
import { fileURLToPath } from 'node:url';

const CATALOGUE = new URL('../../../data/catalogue.json', import.meta.url);
const COMMUNES = new URL('../../../data/communes.json', import.meta.url);
const SHARED_COMMUNES = fileURLToPath(new URL('../../../data/sources/communes.json', import.meta.url));

export function loadDemoPlaces(): { places: Place[]; source: string } {
  if (existsSync(CATALOGUE)) {
    const result = parseCatalogueText(readFileSync(CATALOGUE, 'utf8'));
    if (result.usable && result.places.length > 0) return { places: result.places, source: 'data/catalogue.json' };
  }
  return { places: placesFromCsv(), source: 'places.csv fixture' };
}

export function loadGazetteer(): GazetteerEntry[] {
  for (const path of [COMMUNES, SHARED_COMMUNES]) {
    if (existsSync(path)) return parseGazetteer(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  }
  return [];
}
