import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NEED_IDS, NEED_LABELS, KIND_LABELS, PLACE_KINDS, isNeedId } from '../../src/core/needs/vocabulary.js';

test('every need and kind has French and English labels', () => {
  for (const id of NEED_IDS) assert.ok(NEED_LABELS[id].fr && NEED_LABELS[id].en, id);
  for (const id of PLACE_KINDS) assert.ok(KIND_LABELS[id].fr && KIND_LABELS[id].en, id);
});

test('demarches (help with procedures) is a need of format v1, accepted by the validator', async () => {
  assert.ok(isNeedId('demarches'));
  assert.equal(NEED_LABELS.demarches.fr, 'Aide aux démarches administratives');
  const { validateCatalogue } = await import('../../src/core/catalogue/validate.js');
  const r = validateCatalogue({
    version: 1, name: 'Test', territory: 'Lot', updated: '2026-01-01', licence: 'LO 2.0', attribution: 'Test',
    places: [{
      id: 'a', name: 'Mairie', kind: 'ccas', needs: ['demarches', 'aide-sociale'],
      address: { city: 'Cahors', postcode: '46000' }, location: { lat: 44.45, lon: 1.44, precision: 'exact' },
    }],
  });
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.places[0]!.needs, ['demarches', 'aide-sociale']);
});

test('fewer than 31 needs: the search index keeps a place\'s needs in one 32-bit mask (1 << i)', () => {
  assert.ok(NEED_IDS.length < 31, String(NEED_IDS.length));
});
