import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCatalogueText, validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { NEED_IDS, PLACE_KINDS } from '../../../src/core/needs/vocabulary.js';
import { APPOINTMENT_POLICIES, EQUIPMENT, type Place } from '../../../src/core/catalogue/types.js';

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() === s && s !== '');
// A box well inside the hexagon: the validator checks France's outline, and a wider box
// would reach into Spain, Belgium or Switzerland (geo-bounds.test.ts tests the edges).
const metroPoint = fc.record({
  lat: fc.double({ min: 43.8, max: 48.5, noNaN: true }),
  lon: fc.double({ min: -0.5, max: 5.5, noNaN: true }),
  precision: fc.constantFrom('exact' as const, 'commune' as const),
});
const address = fc.record(
  {
    street: text(60),
    postcode: fc.stringMatching(/^\d{5}$/),
    city: text(40),
    insee: fc.stringMatching(/^(\d{2}|2[AB])\d{3}$/),
  },
  { requiredKeys: ['city'] },
);
const stop = fc.record({ id: text(20), name: text(40), address, location: metroPoint });

/** Valid places; ids are made unique by the caller. */
const validPlace: fc.Arbitrary<Omit<Place, 'id'>> = fc
  .record(
    {
      name: text(80),
      kind: fc.constantFrom(...PLACE_KINDS),
      needs: fc.uniqueArray(fc.constantFrom(...NEED_IDS)),
      address,
      location: metroPoint,
      hoursNote: text(80),
      appointment: fc.constantFrom(...APPOINTMENT_POLICIES),
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
      free: fc.boolean(),
      partners: fc.uniqueArray(text(20), { maxLength: 5 }),
      contact: fc.record({ phone: fc.constant('05 65 20 88 70'), website: fc.webUrl() }, { requiredKeys: [] }),
      stops: fc.uniqueArray(stop, { selector: (s) => s.id, maxLength: 3 }),
    },
    { requiredKeys: ['name', 'kind', 'needs', 'address', 'location'] },
  )
  .map((p) => {
    const q = { ...p };
    if (q.kind !== 'bus') delete q.stops;
    if (q.contact && Object.keys(q.contact).length === 0) delete q.contact;
    return q;
  });

test('arbitrary JSON never makes validation throw', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      validateCatalogue(v);
      validateCatalogue({ version: 1, places: [v, { places: v }] });
      validateCatalogue({ places: Array.isArray(v) ? v : [v] });
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }), (v) => {
      validateCatalogue(v);
      validateCatalogue({ places: [v] });
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.string(), (s) => {
      const r = parseCatalogueText(s);
      assert.equal(typeof r.usable, 'boolean');
    }),
    { numRuns: 300 },
  );
});

test('valid places mixed with garbage entries are all kept, same ids, same order', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(validPlace.map((p) => ({ valid: true as const, p })), fc.jsonValue().map((g) => ({ valid: false as const, g })))),
      (entries) => {
        let n = 0;
        const ids: string[] = [];
        const places = entries.map((e) => {
          if (!e.valid) {
            // Garbage whose id could collide with a valid one would legitimately be kept
            // first; give garbage no string id.
            return e.g !== null && typeof e.g === 'object' && !Array.isArray(e.g) ? { ...e.g, id: 0 } : e.g;
          }
          const id = `p${n++}`;
          ids.push(id);
          return { id, ...e.p };
        });
        const r = validateCatalogue(JSON.parse(JSON.stringify({ version: 1, places })));
        assert.deepEqual(r.places.map((p) => p.id), ids);
        assert.ok(r.problems.filter((p) => p.severity === 'error').every((p) => p.placeId === undefined || !ids.includes(p.placeId)));
      },
    ),
    { numRuns: 300 },
  );
});
