import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundsOf, distanceKm, haversineKm } from '../../../src/core/geo/distance.js';
import { buildGazetteer, parseGazetteer } from '../../../src/core/geo/gazetteer.js';
import type { Place } from '../../../src/core/catalogue/types.js';

test('great-circle distances match known values', () => {
  // Paris Notre-Dame → Lyon Bellecour ≈ 392 km; Cahors → Figeac ≈ 48 km.
  const d = distanceKm({ lat: 48.853, lon: 2.3499 }, { lat: 45.7578, lon: 4.832 });
  assert.ok(Math.abs(d - 392) < 3, String(d));
  const cf = haversineKm(44.4475, 1.4419, 44.6086, 2.0317);
  assert.ok(cf > 45 && cf < 52, String(cf));
  assert.equal(haversineKm(44, 1, 44, 1), 0);
  // Antipodes: half the circumference, no NaN from rounding.
  assert.ok(Math.abs(haversineKm(0, 0, 0, 180) - Math.PI * 6371.0088) < 1e-6);
});

test('bounds of points: the smallest box, none for no point', () => {
  assert.equal(boundsOf([]), undefined);
  assert.deepEqual(boundsOf([{ lat: 1, lon: 2 }, { lat: -1, lon: 5 }]), { south: -1, west: 2, north: 1, east: 5 });
  // The order of the points does not matter (the map frames results in any order).
  assert.deepEqual(boundsOf([{ lat: 44, lon: 3 }, { lat: 46, lon: -1 }, { lat: 45, lon: 1 }]), { south: 44, west: -1, north: 46, east: 3 });
});

test('parseGazetteer reads both field spellings and skips bad entries', () => {
  const out = parseGazetteer([
    { insee: '46171', nom: 'Lherm', codes_postaux: ['46150'], population: 228, lat: 44.57, lon: 1.24 },
    { name: 'Cahors', postcodes: ['46000'], location: { lat: 44.45, lon: 1.44 } },
    { name: 'Nowhere' },
    { name: 'Bad', lat: 200, lon: 0 },
    null,
    'x',
  ]);
  assert.deepEqual(out, [
    { name: 'Lherm', postcodes: ['46150'], lat: 44.57, lon: 1.24, insee: '46171', population: 228 },
    { name: 'Cahors', postcodes: ['46000'], lat: 44.45, lon: 1.44 },
  ]);
  assert.deepEqual(parseGazetteer({ communes: [{ name: 'A', lat: 1, lon: 2 }] }).length, 1);
  assert.deepEqual(parseGazetteer('nope'), []);
});

test('buildGazetteer adds the catalogue\'s communes it does not know, at the mean of their places', () => {
  const mk = (id: string, city: string, insee: string | undefined, lat: number): Place => ({
    id, name: id, kind: 'ccas', needs: [], address: { city, insee, postcode: '46000' }, location: { lat, lon: 1, precision: 'exact' },
  });
  const g = buildGazetteer([mk('a', 'Cahors', '46042', 44), mk('b', 'Nouvelle', undefined, 44), mk('c', 'Nouvelle', undefined, 46)], [
    { name: 'Cahors', insee: '46042', postcodes: ['46000'], lat: 44.45, lon: 1.44 },
  ]);
  assert.equal(g.length, 2);
  assert.equal(g[0]!.lat, 44.45, 'the commune list wins');
  assert.equal(g[1]!.name, 'Nouvelle');
  assert.equal(g[1]!.lat, 45);
});
