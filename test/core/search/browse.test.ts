/**
 * The first list without the index (src/core/search/browse.ts, issue 15 item 3) is the index's
 * answer: for every query it claims (no text, need or kind), the same results in the same order
 * (place, score, distance, stop, "why it matched"), the same count, ids, radius outcome and
 * unknown-hours count, on the demo catalogue and on realistic national-style catalogues (with
 * buses and their stops, homonymous names, places sharing a commune centre).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { browsable, browseSteps, type Browse } from '../../../src/core/search/browse.js';
import { runSteps } from '../../../src/core/slices.js';
import { placeOpenState } from '../../../src/core/hours/index.js';
import { DEFAULT_SEARCH_STATE, NO_FILTERS, RADIUS_CHOICES, toSearchQuery, type SearchState } from '../../../src/core/search/state.js';
import type { GeoPoint, Place } from '../../../src/core/catalogue/types.js';
import type { SearchIndex, SearchOutcome, SearchQuery } from '../../../src/core/search/types.js';
import { generateRealisticCatalogue } from '../../../bench/generate-catalogue.js';
import { pagedSearch } from '../../../src/controllers/paged-results.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';
import { place } from './place-fixture.js';

const openState = (p: Place, at: Date) => placeOpenState(p, at);
const LHERM = { lat: 44.5699, lon: 1.2407 };
const LAON = { lat: 49.5641, lon: 3.6199 };
const GRENOBLE = { lat: 45.1885, lon: 5.7245 };
const BREST = { lat: 48.3904, lon: -4.4861 };
// A weekday morning, a Sunday, a public holiday (1 November), late evening.
const INSTANTS = ['2026-11-24T10:30:00+01:00', '2026-11-29T15:00:00+01:00', '2026-11-01T10:00:00+01:00', '2026-11-24T21:45:00+01:00'].map((s) => new Date(s));

/** What must agree, in a form deepEqual compares (a result's `matches` is a getter in the index). */
function shape(o: SearchOutcome) {
  return {
    results: o.results.map((r) => ({ id: r.place.id, place: r.place, score: r.score, distanceKm: r.distanceKm, stopId: r.stopId, matches: [...r.matches] })),
    total: o.total,
    ids: [...(o.ids ?? [])].sort((a, b) => a - b),
    needs: o.needs,
    radius: o.radius,
    hoursUnknown: o.hoursUnknown,
    commune: o.commune,
    communeChoices: o.communeChoices,
  };
}

function agree(index: SearchIndex, browse: Browse, q: SearchQuery, label: string): void {
  assert.ok(browsable(q), `${label}: a query the browse claims`);
  assert.deepEqual(shape(browse.search(q)), shape(index.search(q)), `${label}: ${JSON.stringify(q)}`);
}

/** Every state of the search box the fast path claims: origin, radius, sort, and every filter but kinds. */
function* states(origins: (GeoPoint | null)[]): Generator<[SearchState, GeoPoint | null, string]> {
  for (const origin of origins)
    for (const radius of RADIUS_CHOICES)
      for (const sort of ['auto', 'relevance', 'distance'] as const)
        for (const open of [0, 1, 2])
          for (const walkIn of [false, true])
            for (const equipment of [[], ['printer'], ['computer', 'wifi']] as const)
              for (const wheelchair of [false, true]) {
                const filters = { ...NO_FILTERS, openNow: open > 0, walkIn, equipment: [...equipment], wheelchair };
                const state: SearchState = { ...DEFAULT_SEARCH_STATE, filters, includeUnknownHours: open === 2, radius, sort };
                yield [state, origin, `${origin ? `${origin.lat},${origin.lon}` : 'no origin'} r=${radius} ${sort} open=${open} walkIn=${walkIn} eq=${equipment.join('+')} wc=${wheelchair}`];
              }
}

test('demo catalogue: the same first list as the index for every state it claims, each page size', () => {
  const { places } = loadDemoPlaces();
  const index = createSearchIndex(places, { gazetteer: loadGazetteer(), openState });
  const browse = runSteps(browseSteps(places, { openState }));
  let n = 0;
  for (const [state, origin, label] of states([null, LHERM, LAON, BREST])) {
    const at = INSTANTS[n++ % INSTANTS.length]!;
    const q = toSearchQuery(state, origin, at);
    agree(index, browse, q, label);
    for (const limit of [0, 1, 20, 40]) agree(index, browse, { ...q, limit }, `${label} limit ${limit}`);
  }
  assert.ok(n >= 1000, `every combination (${n})`);
});

test('realistic catalogues (10,000 places, buses with stops): the same first page, counts and further pages', () => {
  for (const seed of [46, 7]) {
    const { places, communes } = generateRealisticCatalogue(10000, seed);
    assert.ok(places.some((p) => p.stops?.length), 'buses with stops');
    const index = createSearchIndex(places, { gazetteer: communes, openState });
    const browse = runSteps(browseSteps(places, { openState }));
    let n = 0;
    for (const [state, origin, label] of states([null, LHERM, GRENOBLE])) {
      // A tenth of the combinations per seed (the hours of 10,000 places are read per "open now"
      // search), a different tenth for each seed.
      if ((n++ + seed) % 10 !== 0) continue;
      const q = toSearchQuery(state, origin, INSTANTS[n % INSTANTS.length]!);
      agree(index, browse, { ...q, limit: 40 }, `seed ${seed} ${label}`);
    }
    // What the element runs: the paged outcome, then results far down the list read on demand.
    for (const origin of [null, LHERM]) {
      const q = toSearchQuery(DEFAULT_SEARCH_STATE, origin, INSTANTS[0]!);
      const a = pagedSearch(browse, q);
      const b = pagedSearch(index, q);
      assert.equal(a.total, b.total);
      for (const k of [0, 39, 40, 41, 500, a.total - 1]) assert.equal(a.results[k]?.place.id, b.results[k]?.place.id, `result ${k}`);
    }
  }
});

test('ties: equal names and equal distances keep the index order (name, then file order); a bus is as near as its nearest stop', () => {
  const at = { lat: 44.6, lon: 1.3, precision: 'exact' as const };
  const places = [
    place('z', { name: 'Mairie', location: at }),
    place('a', { name: 'Mairie', location: at }),
    place('e', { name: 'Écrivain public', location: at }),
    place('b', { name: 'ecrivain Public', location: at }),
    place('bus', {
      name: 'Bus France services',
      kind: 'bus',
      location: { lat: 45.5, lon: 1.3, precision: 'exact' },
      stops: [
        { id: 's1', name: 'Luzech, place', address: { postcode: '46140', city: 'Luzech' }, location: { lat: 44.9, lon: 1.3, precision: 'exact' }, hours: 'Mo 09:00-12:00' },
        { id: 's2', name: 'Lherm, place', address: { postcode: '46090', city: 'Lherm' }, location: { lat: 44.57, lon: 1.2407, precision: 'exact' }, hours: 'Tu 09:00-12:00' },
      ],
    }),
  ];
  const index = createSearchIndex(places);
  const browse = runSteps(browseSteps(places));
  for (const near of [undefined, LHERM, { lat: 44.6, lon: 1.3 }])
    for (const sort of [undefined, 'relevance', 'distance'] as const) {
      const q: SearchQuery = { ...(near ? { near } : {}), ...(sort ? { sort } : {}) };
      agree(index, browse, q, `ties ${JSON.stringify(q)}`);
    }
  assert.equal(browse.search({ near: LHERM }).results[0]?.stopId, 's2', 'the stop at Lherm');
});

test('what it does not claim: text (not blank), needs, kinds; it refuses them rather than answer wrong', () => {
  assert.equal(browsable({}), true);
  assert.equal(browsable({ text: '   ' }), true, 'blank text is no text, for the index too');
  assert.equal(browsable({ text: 'caf' }), false);
  assert.equal(browsable({ needs: ['caf'] }), false);
  assert.equal(browsable({ kinds: ['ccas'] }), false);
  assert.equal(browsable({ needs: [], kinds: [], near: LHERM, openAt: INSTANTS[0]!, appointment: 'walk-in', equipment: ['wifi'], wheelchair: true }), true);
  const browse = runSteps(browseSteps(loadDemoPlaces().places));
  assert.throws(() => browse.search({ text: 'caf' }), /search index/);
});

test('hostile filter values answer as the index does (a page may set anything)', () => {
  const { places } = loadDemoPlaces();
  const index = createSearchIndex(places, { openState });
  const browse = runSteps(browseSteps(places, { openState }));
  const odd = [
    { appointment: 'both' },
    { appointment: 'nonsense' },
    { equipment: ['teleporter', 'wifi'] },
    { openAt: new Date(NaN) },
    { radiusKm: -1, near: LHERM },
    { radiusKm: 0, near: LHERM, minResults: 2.7, widenKm: [5, 1000] },
    { limit: -3 },
    { limit: 2.5 },
  ] as unknown as SearchQuery[];
  for (const q of odd) agree(index, browse, q, 'odd');
});
