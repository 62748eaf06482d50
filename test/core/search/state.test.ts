import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEARCH_STATE, toSearchQuery } from '../../../src/core/search/state.js';
import { formatHash, parseHash, type UrlState } from '../../../src/core/search/url-hash.js';

const empty: UrlState = { ...DEFAULT_SEARCH_STATE, selected: null, view: null, near: null };

test('URL hash: round trip, unknown values dropped, foreign keys kept', () => {
  const state: UrlState = {
    text: 'carte grise',
    needs: ['papiers', 'caf'],
    filters: { kinds: ['bus'], openNow: true, walkIn: false, equipment: ['printer'], wheelchair: true },
    includeUnknownHours: true,
    radius: 60,
    sort: 'distance',
    selected: 'fs-3',
    view: 'both',
    near: '44.5,1.2',
  };
  const hash = formatHash('#top&lang=fr', state);
  assert.ok(hash.includes('top='));
  assert.ok(hash.includes('lang=fr'));
  assert.deepEqual(parseHash(hash), state);
  const odd = parseHash('#needs=caf,nope&kinds=castle&view=globe&eq=laser&r=7');
  assert.deepEqual(odd?.needs, ['caf']);
  assert.deepEqual(odd?.filters.kinds, []);
  assert.deepEqual(odd?.filters.equipment, []);
  assert.equal(odd?.view, null);
  assert.equal(odd?.radius, 30, 'an unknown radius is the default');
  assert.equal(parseHash('#section-2'), null);
  // A plain page anchor stays as it is while there is nothing to record…
  assert.equal(formatHash('#section-2', empty), '#section-2');
  // … and a recorded search replaces it rather than making "section-2=".
  assert.equal(formatHash('#section-2', { ...empty, text: 'caf' }), '#q=caf');
  // Defaults are not written: the radius key appears only when changed.
  assert.equal(formatHash('', { ...empty, radius: 'all' }), '#r=all');
});

test('toSearchQuery: radius with its wider steps, open now confirmed unless asked, sort only when chosen', () => {
  const at = new Date('2026-12-01T10:00:00+01:00');
  const q = toSearchQuery({ ...DEFAULT_SEARCH_STATE, filters: { ...DEFAULT_SEARCH_STATE.filters, openNow: true } }, { lat: 44.5, lon: 1.2 }, at);
  assert.deepEqual(q, { openAt: at, openMode: 'confirmed', near: { lat: 44.5, lon: 1.2 }, radiusKm: 30, widenKm: [60, 100], minResults: 3 });
  const wide = toSearchQuery({ ...DEFAULT_SEARCH_STATE, radius: 10, includeUnknownHours: true, filters: { ...DEFAULT_SEARCH_STATE.filters, openNow: true } }, null, at);
  assert.deepEqual(wide.widenKm, [30, 60, 100]);
  assert.equal(wide.openMode, 'include-unknown');
  assert.deepEqual(toSearchQuery({ ...DEFAULT_SEARCH_STATE, radius: 'all', sort: 'relevance' }, null, at), { sort: 'relevance' });
});
