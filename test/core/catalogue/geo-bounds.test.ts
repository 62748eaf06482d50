// France's real extent (issue 12, point 8): the metropolitan outline and the overseas
// territories, not loose boxes that let in Brussels, Geneva, Andorra and Monaco.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { franceTerritoryOf } from '../../../src/core/catalogue/geo-bounds.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { catalogueOf, validPlace } from './fixtures.js';

const REFUSED: Record<string, [number, number]> = {
  Bruxelles: [50.8467, 4.3525],
  Genève: [46.2044, 6.1432],
  'Andorre-la-Vieille': [42.5063, 1.5218],
  Monaco: [43.7384, 7.4246],
  'Monaco, Fontvieille': [43.7305, 7.4166],
  Bâle: [47.5596, 7.5886],
  Kehl: [48.5722, 7.8156],
  Luxembourg: [49.6116, 6.1319],
  Irun: [43.339, -1.7894],
  'Saint-Sébastien': [43.3183, -1.9812],
  Vintimille: [43.7914, 7.6083],
  Mouscron: [50.7434, 3.2141],
  'Jersey, Saint-Hélier': [49.1859, -2.1092],
  'Aéroport de Genève': [46.2381, 6.1089],
};
const ACCEPTED: Record<string, [number, number, string]> = {
  Lille: [50.6292, 3.0573, 'France métropolitaine'],
  Strasbourg: [48.5734, 7.7521, 'France métropolitaine'],
  Perpignan: [42.6887, 2.8948, 'France métropolitaine'],
  Menton: [43.7747, 7.4975, 'France métropolitaine'],
  Ajaccio: [41.9192, 8.7386, 'France métropolitaine'],
  Bonifacio: [41.3875, 9.1593, 'France métropolitaine'],
  'Le Conquet': [48.3606, -4.7707, 'France métropolitaine'],
  'Île de Sein': [48.038, -4.8497, 'France métropolitaine'],
  'Île-de-Bréhat': [48.8464, -3.0012, 'France métropolitaine'],
  "Île-d'Aix": [46.012, -1.1725, 'France métropolitaine'],
  Hendaye: [43.3586, -1.7744, 'France métropolitaine'],
  'Évian-les-Bains': [46.4005, 6.5897, 'France métropolitaine'],
  Huningue: [47.5918, 7.5836, 'France métropolitaine'],
  'Ferney-Voltaire': [46.2558, 6.1081, 'France métropolitaine'],
  "Cap-d'Ail": [43.7206, 7.4044, 'France métropolitaine'],
  Cayenne: [4.9372, -52.326, 'Guyane'],
  'Saint-Denis (La Réunion)': [-20.8823, 55.4504, 'La Réunion'],
  Mamoudzou: [-12.7806, 45.2278, 'Mayotte'],
  'Pointe-à-Pitre': [16.2411, -61.5331, 'Guadeloupe'],
  'Fort-de-France': [14.6161, -61.0588, 'Martinique'],
};

test('the border capitals and neighbours across a land border are refused', () => {
  for (const [name, [lat, lon]] of Object.entries(REFUSED)) assert.equal(franceTerritoryOf({ lat, lon }), undefined, name);
});

test('French cities, coastal towns and small islands are accepted, in their territory', () => {
  for (const [name, [lat, lon, territory]] of Object.entries(ACCEPTED)) assert.equal(franceTerritoryOf({ lat, lon })?.name, territory, name);
});

test('the validator says "outside France" for Monaco and still spots swapped coordinates', () => {
  const r = validateCatalogue(catalogueOf([validPlace({ location: { lat: 43.7384, lon: 7.4246, precision: 'exact' } })]));
  assert.equal(r.places.length, 0);
  assert.equal(r.problems[0]!.code, 'coordinates-outside-france');
  const s = validateCatalogue(catalogueOf([validPlace({ location: { lat: 1.4399, lon: 44.4462, precision: 'exact' } })]));
  assert.equal(s.problems[0]!.code, 'coordinates-swapped');
});
