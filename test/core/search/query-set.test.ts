import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';
import { RESIDENT_QUERIES } from './resident-queries.js';

const { places, source } = loadDemoPlaces();
const index = createSearchIndex(places, { gazetteer: loadGazetteer() });
const TOP = 5;

test(`the resident query set has at least 80 phrasings (${source})`, () => {
  assert.ok(RESIDENT_QUERIES.length >= 80);
});

for (const rq of RESIDENT_QUERIES) {
  const needs = rq.need ? [rq.need, ...(rq.alsoNeeds ?? [])] : [];
  const answers = (p: (typeof places)[number]): boolean => needs.some((n) => p.needs.includes(n));
  const meets = (p: (typeof places)[number]): boolean =>
    (!rq.need || p.needs.includes(rq.need)) && (!rq.kind || p.kind === rq.kind);
  test(`"${rq.q}" → ${rq.need ?? rq.kind ?? ''}${rq.commune ? ' near ' + rq.commune : ''}`, (t) => {
    if (!places.some(meets)) {
      t.skip(`no place of ${source} meets it`);
      return;
    }
    const out = index.search({ text: rq.q, limit: TOP });
    assert.ok(out.results.length > 0, 'no result');
    for (const r of out.results) {
      if (rq.need) assert.ok(answers(r.place), `${r.place.name} does not answer ${needs.join(' or ')}`);
      if (rq.kind) assert.equal(r.place.kind, rq.kind, `${r.place.name} is not ${rq.kind}`);
    }
    if (rq.need) assert.ok(out.needs.includes(rq.need), `understood as ${out.needs.join(',')}`);
    if (rq.commune) {
      assert.equal(out.commune?.name, rq.commune);
      // Ranked by distance from the commune named.
      const d = out.results.map((r) => r.distanceKm ?? NaN);
      for (let i = 1; i < d.length; i++) assert.ok(d[i]! >= d[i - 1]!, `not sorted by distance: ${d.join(', ')}`);
    }
  });
}
