import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NEED_IDS, NEED_LABELS, KIND_LABELS, PLACE_KINDS } from '../../src/core/needs/vocabulary.js';

test('every need and kind has French and English labels', () => {
  for (const id of NEED_IDS) assert.ok(NEED_LABELS[id].fr && NEED_LABELS[id].en, id);
  for (const id of PLACE_KINDS) assert.ok(KIND_LABELS[id].fr && KIND_LABELS[id].en, id);
});
