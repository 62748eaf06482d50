/**
 * Paying for what is shown (issue 15): a search limited to a page counts exactly what the
 * unlimited one counts (total, radius, unknown hours), returns its first results in the same
 * order, and the element's paged outcome (src/controllers/paged-results.ts) reads further
 * results on demand, identical to the unlimited search.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { placeOpenState } from '../../../src/core/hours/index.js';
import { DEFAULT_SEARCH_STATE, toSearchQuery, type SearchState } from '../../../src/core/search/state.js';
import type { SearchQuery } from '../../../src/core/search/types.js';
import { matchingPlaces, pagedSearch } from '../../../src/controllers/paged-results.js';
import { generateRealisticCatalogue } from '../../../bench/generate-catalogue.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';

const { places } = loadDemoPlaces();
const index = createSearchIndex(places, { gazetteer: loadGazetteer(), openState: (p, at) => placeOpenState(p, at) });
const LHERM = { lat: 44.5699, lon: 1.2407 };
const AT = new Date('2026-11-24T10:30:00+01:00');

const states: [Partial<SearchState>, { lat: number; lon: number } | null][] = [
  [{}, null],
  [{ text: 'caf' }, null],
  [{ text: 'caf' }, LHERM],
  [{ text: 'impots', filters: { ...DEFAULT_SEARCH_STATE.filters, openNow: true } }, LHERM],
  [{ text: 'numerique', filters: { ...DEFAULT_SEARCH_STATE.filters, openNow: true }, includeUnknownHours: true }, null],
  [{ text: 'caf lherm', radius: 10 }, null],
  [{ needs: ['logement'], radius: 'all' }, LHERM],
  [{ text: 'c' }, null],
];
const queries: SearchQuery[] = states.map(([s, o]) => toSearchQuery({ ...DEFAULT_SEARCH_STATE, ...s }, o, AT));
const ids = (rs: readonly { place: { id: string } }[]): string[] => rs.map((r) => r.place.id);

test('a limited search counts what the unlimited one counts and starts the same way', () => {
  for (const q of queries) {
    const all = index.search(q);
    for (const limit of [0, 1, 5, 20]) {
      const page = index.search({ ...q, limit });
      assert.equal(page.total, all.total, JSON.stringify(q));
      assert.deepEqual(page.radius, all.radius);
      assert.equal(page.hoursUnknown, all.hoursUnknown);
      assert.deepEqual(ids(page.results), ids(all.results).slice(0, limit));
      assert.deepEqual(page.results.map((r) => r.distanceKm), all.results.slice(0, limit).map((r) => r.distanceKm));
      assert.deepEqual([...page.ids!].sort(), [...all.ids!].sort(), 'every match is in ids');
    }
  }
});

test('the paged outcome reads further results on demand, the same as the unlimited search', () => {
  for (const q of queries) {
    const all = index.search(q);
    const paged = pagedSearch(index, q);
    assert.equal(paged.results.length, all.total);
    assert.deepEqual(ids(paged.results.slice(0, 20)), ids(all.results.slice(0, 20)));
    assert.deepEqual(ids(paged.results), ids(all.results), 'all of them, in order');
    assert.deepEqual(ids([...paged.results]), ids(all.results), 'iteration');
    const last = all.results[all.results.length - 1];
    if (last) assert.equal(paged.results.find((r) => r.place.id === last.place.id)?.place, last.place);
    assert.deepEqual(
      matchingPlaces(paged, places).map((p) => p.id).sort(),
      all.results.map((r) => r.place.id).sort(),
      'the map gets every match',
    );
  }
  // A limit the caller set is kept.
  assert.equal(pagedSearch(index, { ...queries[0]!, limit: 3 }).results.length, 3);
});

test('at 10,000 places, the element builds only the page', () => {
  const big = generateRealisticCatalogue(10000, 7);
  const idx = createSearchIndex(big.places, { gazetteer: big.communes, openState: (p, at) => placeOpenState(p, at) });
  const out = pagedSearch(idx, toSearchQuery({ ...DEFAULT_SEARCH_STATE, text: 'aide' }, null, AT));
  assert.ok(out.total > 1000);
  assert.equal(out.results.slice(0, 100).length, 100);
  const full = idx.search(toSearchQuery({ ...DEFAULT_SEARCH_STATE, text: 'aide' }, null, AT));
  assert.deepEqual(ids(out.results.slice(0, 100)), ids(full.results.slice(0, 100)));
});
