/**
 * Cross-module properties of the path the element runs: catalogue → validation → search index
 * (with the real hours engine for "open now") → results. What the modules' own properties do
 * not cover (test/core/catalogue/property.test.ts: validation alone; test/core/search/
 * filters.test.ts: filters on the demo catalogue with fixed texts and a fake open state;
 * test/core/hours/property.test.ts: status agrees with next change):
 * - on generated catalogues, every valid place reaches the search (an empty query finds all);
 * - search never throws on any text or on hostile numbers, and every result is a validated
 *   place that satisfies every active filter, "open now" judged by the real hours engine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { APPOINTMENT_POLICIES, EQUIPMENT, type Equipment, type NeedId, type PlaceKind } from '../../../src/core/catalogue/types.js';
import { NEED_IDS, PLACE_KINDS } from '../../../src/core/needs/vocabulary.js';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import type { SearchQuery } from '../../../src/core/search/types.js';
import { placeOpenState } from '../../../src/core/hours/index.js';
import { haversineKm } from '../../../src/core/geo/distance.js';
import { PAYLOADS } from '../../fixtures/hostile/catalogues.mjs';
import { assertMeetsFilters } from '../search/assert-filters.js';

const HOURS = ['Mo-Fr 09:00-12:00,13:30-17:00', 'Tu,Th 14:00-17:15', '24/7', 'Mo-Sa 08:00-20:00; PH off', 'Th[1,3] 14:00-17:15', 'off', 'Sa 09:00-12:00 "sur rendez-vous"'];
const word = fc.constantFrom('caf', 'Cahors', 'France services', 'impôts', 'CCAS', 'médiathèque', 'Figeac', 'numérique', 'bus', 'emploi', 'Gourdon');
const name = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
  fc.constantFrom(...PAYLOADS.map((p) => p('name'))),
);
const point = fc.record({ lat: fc.double({ min: 43.8, max: 45.1, noNaN: true }), lon: fc.double({ min: 0.9, max: 2.2, noNaN: true }), precision: fc.constantFrom('exact', 'commune') });

/** A place the format accepts, with `hours` sometimes garbage (dropped with a warning). */
const place = fc
  .record(
    {
      name,
      kind: fc.constantFrom(...PLACE_KINDS),
      needs: fc.uniqueArray(fc.constantFrom(...NEED_IDS), { maxLength: 4 }),
      address: fc.record({ city: fc.constantFrom('Cahors', 'Figeac', 'Gourdon', 'Lalbenque'), postcode: fc.constantFrom('46000', '46100', '46300', '46230') }),
      location: point,
      hours: fc.oneof(fc.constantFrom(...HOURS), fc.string({ maxLength: 30 })),
      appointment: fc.constantFrom(...APPOINTMENT_POLICIES),
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
      accessibility: fc.record({ wheelchair: fc.constantFrom('yes', 'limited', 'no') }),
      partners: fc.uniqueArray(fc.constantFrom('CAF', 'CPAM', 'DGFiP', 'MSA'), { maxLength: 3 }),
      stops: fc.array(fc.record({ name: word, address: fc.record({ city: fc.constantFrom('Lherm', 'Cahors') }), location: point, hours: fc.constantFrom(...HOURS) }), { maxLength: 3 }),
    },
    { requiredKeys: ['name', 'kind', 'needs', 'address', 'location'] },
  )
  .map((p) => {
    const q: Record<string, unknown> = { ...p };
    if (p.kind !== 'bus') delete q['stops'];
    else q['stops'] = (p.stops ?? []).map((s, i) => ({ id: `s${i}`, ...s }));
    return q;
  });

const garbage = fc.oneof(fc.jsonValue(), place.map((p) => ({ ...p, location: { lat: 'NaN', lon: 1e308 } })), place.map((p) => ({ ...p, name: 42 })));

const catalogue = fc.array(fc.oneof({ weight: 3, arbitrary: place.map((p) => ({ ok: true as const, p })) }, { weight: 1, arbitrary: garbage.map((g) => ({ ok: false as const, g })) }), { maxLength: 25 }).map((entries) => {
  let n = 0;
  const validIds: string[] = [];
  const places = entries.map((e) => {
    if (!e.ok) return e.g !== null && typeof e.g === 'object' && !Array.isArray(e.g) ? { ...e.g, id: 0 } : e.g;
    const id = `p${n++}`;
    validIds.push(id);
    return { id, ...e.p };
  });
  return { doc: JSON.parse(JSON.stringify({ version: 1, name: 'T', territory: 'Lot', updated: '2026-11-01', licence: 'LO', attribution: 'T', places })) as unknown, validIds };
});

const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
const hostileNumber = fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 1e308, -0);

const query: fc.Arbitrary<SearchQuery> = fc.record(
  {
    text: fc.oneof(word, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('', '   ', 'é'.repeat(5000), '\u0000\u202e', ...PAYLOADS.map((p) => p('q')))),
    needs: fc.subarray([...NEED_IDS] as NeedId[], { maxLength: 2 }),
    kinds: fc.subarray([...PLACE_KINDS] as PlaceKind[], { maxLength: 3 }),
    openAt: instant,
    openMode: fc.constantFrom('include-unknown' as const, 'confirmed' as const),
    appointment: fc.constantFrom('walk-in' as const, 'appointment' as const),
    equipment: fc.subarray([...EQUIPMENT] as Equipment[], { maxLength: 2 }),
    wheelchair: fc.boolean(),
    near: fc.oneof(fc.record({ lat: fc.double({ min: 43, max: 46, noNaN: true }), lon: fc.double({ min: 0, max: 3, noNaN: true }) }), fc.record({ lat: hostileNumber, lon: hostileNumber })),
    radiusKm: fc.oneof(fc.double({ min: 1, max: 300, noNaN: true }), hostileNumber),
    sort: fc.constantFrom('relevance' as const, 'distance' as const),
    limit: fc.oneof(fc.integer({ min: 0, max: 30 }), hostileNumber),
  },
  { requiredKeys: [] },
);

test('every valid place of a generated catalogue reaches the search: an empty query finds them all', () => {
  fc.assert(
    fc.property(catalogue, ({ doc, validIds }) => {
      const r = validateCatalogue(doc);
      assert.deepEqual(r.places.map((p) => p.id), validIds);
      const index = createSearchIndex(r.places, { openState: placeOpenState });
      const out = index.search({});
      assert.equal(out.total, validIds.length);
      assert.deepEqual(out.results.map((x) => x.place.id).sort(), [...validIds].sort());
    }),
    { numRuns: 150 },
  );
});

test('search never throws, and every result is a validated place satisfying every active filter (open state from the hours engine)', () => {
  fc.assert(
    fc.property(catalogue, fc.array(query, { minLength: 1, maxLength: 4 }), ({ doc }, queries) => {
      const r = validateCatalogue(doc);
      const index = createSearchIndex(r.places, { openState: placeOpenState });
      const valid = new Set(r.places);
      for (const q of queries) {
        const out = index.search(q);
        assert.ok(Number.isFinite(out.total) && out.total >= out.results.length);
        const ids = out.results.map((x) => x.place.id);
        assert.equal(new Set(ids).size, ids.length, 'no place twice');
        for (const res of out.results) {
          const p = res.place;
          assert.ok(valid.has(p), 'a validated place');
          assertMeetsFilters(p, q, placeOpenState);
          const near = q.near;
          if (near && Number.isFinite(near.lat) && Number.isFinite(near.lon) && q.radiusKm !== undefined && Number.isFinite(q.radiusKm) && q.radiusKm > 0) {
            const points = p.stops?.length ? p.stops.map((s) => s.location) : [p.location];
            const min = Math.min(...points.map((pt) => haversineKm(near.lat, near.lon, pt.lat, pt.lon)));
            assert.ok(min <= q.radiusKm + 1e-6, 'within the radius');
          }
        }
      }
    }),
    { numRuns: 150 },
  );
});
