// The index reuses scratch arrays across searches (scores, candidates). The element catches a
// search that throws and keeps using the index, so a search that fails midway must leave that
// scratch space clean: the next search answers exactly as a fresh index would (issue #17, 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import type { SearchOutcome, SearchQuery } from '../../../src/core/search/types.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';

const { places } = loadDemoPlaces();
const gazetteer = loadGazetteer();

/** What a resident sees of an outcome: ids in order, scores, distances, counts. */
const seen = (o: SearchOutcome) => ({
  ids: o.results.map((r) => r.place.id),
  scores: o.results.map((r) => r.score),
  distances: o.results.map((r) => r.distanceKm),
  total: o.total,
  needs: o.needs,
});

/**
 * A query whose `field` getter throws: read after the candidates are scored (the filters), so the
 * failure comes midway through the search, with the scratch arrays full.
 */
function hostile(base: SearchQuery, field: 'equipment' | 'kinds' | 'widenKm'): SearchQuery {
  const q = { ...base };
  Object.defineProperty(q, field, {
    enumerable: true,
    get() {
      throw new Error(`hostile ${field}`);
    },
  });
  return q;
}

const QUERIES: SearchQuery[] = [
  { text: 'caf' },
  { text: 'carte grise' },
  { text: 'france services', near: { lat: 44.6, lon: 1.6 }, radiusKm: 30 },
  { text: '', needs: ['caf'] },
];

for (const field of ['equipment', 'kinds', 'widenKm'] as const) {
  test(`search index: a search that throws midway (hostile ${field}) leaves the next searches right`, () => {
    const used = createSearchIndex(places, { gazetteer });
    const fresh = createSearchIndex(places, { gazetteer });
    for (const failing of QUERIES) {
      const q = field === 'widenKm' ? { ...failing, near: failing.near ?? { lat: 44.45, lon: 1.44 }, radiusKm: 10, minResults: 1000, openAt: new Date('2026-12-01T09:00:00Z') } : failing;
      assert.throws(() => used.search(hostile(q, field)), new RegExp(`hostile ${field}`));
      for (const next of QUERIES) assert.deepEqual(seen(used.search(next)), seen(fresh.search(next)), `after a failed ${JSON.stringify(q)}: ${JSON.stringify(next)}`);
    }
  });
}

test('search index: the hostile query really fails after scoring (the test exercises the scratch space)', () => {
  const index = createSearchIndex(places, { gazetteer });
  let readsBeforeThrow = 0;
  const q: SearchQuery = { text: 'caf' };
  Object.defineProperty(q, 'equipment', {
    get() {
      throw new Error('late');
    },
  });
  Object.defineProperty(q, 'text', {
    get() {
      readsBeforeThrow++;
      return 'caf';
    },
  });
  assert.throws(() => index.search(q), /late/);
  assert.ok(readsBeforeThrow > 0, 'the text was read (candidates scored) before the failure');
  assert.ok(index.search({ text: 'caf' }).total > 0);
});
