import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoursUnknownSentence, outcomeSentence } from '../../../src/i18n/strings-search.js';
import type { SearchResult } from '../../../src/core/search/types.js';

const at = (...km: number[]) => km.map((d) => ({ distanceKm: d }) as SearchResult);

test('the count sentence names the radius and what was widened, in both languages', () => {
  assert.equal(outcomeSentence('fr', { total: 12, results: [], radius: { requestedKm: 30, usedKm: 30, within: 12 } }, 'Lherm'), '12 lieux à moins de 30 km de Lherm');
  assert.equal(outcomeSentence('en', { total: 12, results: [], radius: { requestedKm: 30, usedKm: 30, within: 12 } }, 'Lherm'), '12 places within 30 km of Lherm');
  assert.equal(
    outcomeSentence('fr', { total: 3, results: at(41.6, 50, 58.2), radius: { requestedKm: 30, usedKm: null, within: 0 } }, 'Lherm'),
    'Aucun lieu à moins de 30 km de Lherm ; voici les 3 plus proches, de 42 à 58 km',
  );
  assert.equal(
    outcomeSentence('en', { total: 3, results: at(41.6, 50, 58.2), radius: { requestedKm: 30, usedKm: null, within: 0 } }, 'Lherm'),
    'No place within 30 km of Lherm; here are the 3 nearest, 42 to 58 km away',
  );
  assert.equal(
    outcomeSentence('fr', { total: 5, results: [], radius: { requestedKm: 30, usedKm: 60, within: 1 } }, 'Figeac'),
    '1 seul lieu à moins de 30 km de Figeac ; voici les 5 lieux à moins de 60 km',
  );
  assert.equal(outcomeSentence('fr', { total: 1, results: [] }), '1 lieu trouvé');
  assert.equal(outcomeSentence('fr', { total: 0, results: [] }), 'Aucun lieu trouvé');
  assert.equal(outcomeSentence('fr', { total: 157, results: [] }, 'Cahors'), '157 lieux, du plus proche au plus loin de Cahors');
  assert.match(outcomeSentence('fr', { total: 100000, results: [] }), /^100\s000 lieux trouvés$/);
});

test('unknown hours are counted in words', () => {
  assert.equal(hoursUnknownSentence('fr', 16), '16 autres lieux n’indiquent pas leurs horaires');
  assert.equal(hoursUnknownSentence('fr', 1), '1 autre lieu n’indique pas ses horaires');
  assert.equal(hoursUnknownSentence('en', 2), '2 other places do not give their hours');
});
