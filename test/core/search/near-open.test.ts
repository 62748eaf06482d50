/**
 * Trustworthy answers (issue 11): near means near, open means open, ties broken by name.
 * Run on the demo catalogue (Lot, Aisne, Isère: 500–700 km apart), so a place far away that
 * is listed "près de Lherm" shows up here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { place } from './place-fixture.js';
import { placeOpenState } from '../../../src/core/hours/index.js';
import { DEFAULT_RADIUS_KM, RADIUS_STEPS_KM } from '../../../src/core/search/state.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';

const { places } = loadDemoPlaces();
const gazetteer = loadGazetteer();
const index = createSearchIndex(places, { gazetteer, openState: (p, at) => placeOpenState(p, at) });
const LHERM = { lat: 44.5699, lon: 1.2407 };
const CAHORS = { lat: 44.4475, lon: 1.4419 };


test('"caf" near Lherm: only places within 30 km, nearest first, the radius said', () => {
  const out = index.search({ text: 'caf', near: LHERM, radiusKm: DEFAULT_RADIUS_KM, widenKm: RADIUS_STEPS_KM, minResults: 3 });
  assert.ok(out.total >= 3, `some places near Lherm (got ${out.total})`);
  assert.ok(out.total < 40, `not the whole catalogue (got ${out.total})`);
  for (const r of out.results) assert.ok(r.distanceKm! <= 30, `${r.place.name} at ${r.distanceKm} km`);
  const d = out.results.map((r) => r.distanceKm!);
  assert.deepEqual(d, [...d].sort((a, b) => a - b), 'nearest first');
  assert.deepEqual(out.radius, { requestedKm: 30, usedKm: 30, within: out.total });
});

test('a commune named in the text gets the same radius ("caf lherm")', () => {
  const out = index.search({ text: 'caf lherm', radiusKm: 30, widenKm: [60, 100], minResults: 3 });
  assert.equal(out.commune?.name, 'Lherm');
  for (const r of out.results) assert.ok(r.distanceKm! <= 30);
  assert.ok(out.total > 0 && out.total < 40);
});

test('fewer than 3 within the radius: widened in steps, then the 3 nearest, and said', () => {
  const far = [
    place('a', { location: { lat: 44.9, lon: 1.3, precision: 'exact' } }), // ~37 km from Lherm
    place('b', { location: { lat: 45.0, lon: 1.3, precision: 'exact' } }), // ~48 km
    place('c', { location: { lat: 45.6, lon: 1.3, precision: 'exact' } }), // ~115 km
    place('d', { location: { lat: 46.5, lon: 1.3, precision: 'exact' } }), // ~215 km
  ];
  const idx = createSearchIndex(far);
  const q = { near: LHERM, radiusKm: 30, widenKm: [60, 100], minResults: 3 };
  const out = idx.search(q);
  assert.deepEqual(out.results.map((r) => r.place.id), ['a', 'b', 'c']);
  assert.equal(out.radius?.requestedKm, 30);
  assert.equal(out.radius?.usedKm, null, 'no step holds 3: the nearest');
  assert.equal(out.radius?.within, 0);
  const two = createSearchIndex(far.slice(0, 3).concat(place('e', { location: { lat: 44.6, lon: 1.25, precision: 'exact' } })));
  const out2 = two.search(q);
  assert.equal(out2.radius?.usedKm, 60);
  assert.equal(out2.radius?.within, 1);
  assert.deepEqual(out2.results.map((r) => r.place.id), ['e', 'a', 'b']);
  // No radius: toute la zone.
  assert.equal(idx.search({ near: LHERM }).total, 4);
  assert.equal(idx.search({ near: LHERM }).radius, undefined);
});

test('"Ouvert maintenant" keeps only places open at that instant; unknown hours are counted, not listed', () => {
  const mondayNight = new Date('2026-11-30T21:34:00+01:00');
  const out = index.search({ openAt: mondayNight });
  assert.equal(out.total, 0, out.results.map((r) => r.place.name).join(', '));
  assert.ok((out.hoursUnknown ?? 0) > 0, 'unknown-hours places are counted');
  const kept = index.search({ openAt: mondayNight, openMode: 'include-unknown' });
  assert.equal(kept.total, out.hoursUnknown);
  const tuesdayMorning = new Date('2026-12-01T10:00:00+01:00');
  const open = index.search({ openAt: tuesdayMorning });
  assert.ok(open.total > 0);
  for (const r of open.results) assert.equal(placeOpenState(r.place, tuesdayMorning), 'open');
});

test('the unknown-hours count follows the radius', () => {
  const at = new Date('2026-12-01T10:00:00+01:00');
  const all = index.search({ openAt: at });
  const near = index.search({ openAt: at, near: CAHORS, radiusKm: 30 });
  assert.ok((near.hoursUnknown ?? 0) < (all.hoursUnknown ?? 0));
});

test('places at the same point tie by name, not by catalogue order', () => {
  const same = { lat: 49.8466, lon: 3.2876, precision: 'commune' as const };
  const idx = createSearchIndex([
    place('1', { name: 'Zénith', location: same }),
    place('2', { name: 'Artois', location: same }),
    place('3', { name: 'Médiathèque', location: same }),
  ]);
  const out = idx.search({ near: { lat: 49.85, lon: 3.29 } });
  assert.deepEqual(out.results.map((r) => r.place.name), ['Artois', 'Médiathèque', 'Zénith']);
});
