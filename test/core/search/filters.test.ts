import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EQUIPMENT, type Equipment, type NeedId, type Place, type PlaceKind } from '../../../src/core/catalogue/types.js';
import { haversineKm } from '../../../src/core/geo/distance.js';
import { NEED_IDS, PLACE_KINDS } from '../../../src/core/needs/vocabulary.js';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import type { OpenState, SearchQuery } from '../../../src/core/search/types.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';
import { assertMeetsFilters } from './assert-filters.js';

const { places } = loadDemoPlaces();
/** A deterministic stand-in for the hours engine: open, closed or unknown by id and hour. */
const fakeOpenState = (p: Place, at: Date): OpenState => {
  let h = at.getUTCHours();
  for (const c of p.id) h = (h * 31 + c.charCodeAt(0)) % 997;
  return (['open', 'closed', 'unknown'] as const)[h % 3]!;
};
const index = createSearchIndex(places, { gazetteer: loadGazetteer(), openState: fakeOpenState });

const TEXTS = ['', 'caf', 'imp', 'carte grise', 'france services', 'bus', 'cahors', 'numerique', 'secu figeac', 'zzzz', 'centre social', '46000'];

const queryArb: fc.Arbitrary<SearchQuery> = fc.record(
  {
    text: fc.constantFrom(...TEXTS),
    needs: fc.subarray([...NEED_IDS] as NeedId[], { maxLength: 2 }),
    kinds: fc.subarray([...PLACE_KINDS] as PlaceKind[], { maxLength: 3 }),
    openAt: fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
    openMode: fc.constantFrom('include-unknown' as const, 'confirmed' as const),
    appointment: fc.constantFrom('walk-in' as const, 'appointment' as const),
    equipment: fc.subarray([...EQUIPMENT] as Equipment[], { maxLength: 2 }),
    wheelchair: fc.boolean(),
    near: fc.record({ lat: fc.double({ min: 43, max: 50, noNaN: true }), lon: fc.double({ min: 0, max: 6, noNaN: true }) }),
    radiusKm: fc.double({ min: 1, max: 400, noNaN: true }),
    sort: fc.constantFrom('relevance' as const, 'distance' as const),
    limit: fc.integer({ min: 0, max: 30 }),
  },
  { requiredKeys: [] },
);

test('every result satisfies every active filter (property)', () => {
  fc.assert(
    fc.property(queryArb, (q) => {
      const out = index.search(q);
      assert.ok(out.total >= out.results.length);
      if (q.limit !== undefined) assert.ok(out.results.length <= q.limit);
      for (const r of out.results) {
        const p = r.place;
        assertMeetsFilters(p, q, fakeOpenState);
        if (q.near) {
          assert.ok(r.distanceKm !== undefined);
          const points = p.stops?.length ? p.stops.map((s) => s.location) : [p.location];
          const min = Math.min(...points.map((pt) => haversineKm(q.near!.lat, q.near!.lon, pt.lat, pt.lon)));
          assert.ok(Math.abs(r.distanceKm - min) < 1e-6 || r.distanceKm >= min, 'distance is to the place or a stop');
          if (q.radiusKm !== undefined) assert.ok(r.distanceKm <= q.radiusKm + 1e-9, 'radius');
        }
      }
      if (q.near && q.sort === 'distance')
        for (let i = 1; i < out.results.length; i++) assert.ok(out.results[i]!.distanceKm! >= out.results[i - 1]!.distanceKm!);
    }),
    { numRuns: 300 },
  );
});

test('without openState, every place is unknown: include-unknown keeps all, confirmed (the default) keeps none', () => {
  const plain = createSearchIndex(places);
  const at = new Date('2026-03-02T10:00:00Z');
  assert.equal(plain.search({ openAt: at, openMode: 'include-unknown' }).total, places.length);
  assert.equal(plain.search({ openAt: at, openMode: 'confirmed' }).total, 0);
  assert.equal(plain.search({ openAt: at }).total, 0);
  assert.equal(plain.search({ openAt: at }).hoursUnknown, places.length);
});

test('a throwing openState counts as unknown, never throws out of search', () => {
  const idx = createSearchIndex(places, {
    openState: () => {
      throw new Error('bad hours');
    },
  });
  assert.equal(idx.search({ text: 'caf', openAt: new Date('2026-03-02T10:00:00Z'), openMode: 'confirmed' }).total, 0);
  assert.ok(idx.search({ text: 'caf', openAt: new Date('2026-03-02T10:00:00Z'), openMode: 'include-unknown' }).total > 0);
});

test('need filter without text starts from the need list and keeps only those places', () => {
  const out = index.search({ needs: ['impots', 'msa'] });
  assert.equal(out.total, places.filter((p) => p.needs.includes('impots') && p.needs.includes('msa')).length);
  assert.ok(out.results.every((r) => r.matches.some((m) => m.field === 'filter' && m.need === 'impots')));
});
