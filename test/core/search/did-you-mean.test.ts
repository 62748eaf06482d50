import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Place } from '../../../src/core/catalogue/types.js';
import { buildDidYouMeanEntries, createDidYouMean } from '../../../src/core/search/did-you-mean.js';
import type { GazetteerEntry } from '../../../src/core/search/types.js';

const gazetteer: GazetteerEntry[] = [
  { name: 'Lherm', insee: '46172', postcodes: ['46150'], lat: 44.57, lon: 1.25 },
  { name: 'Cahors', insee: '46042', postcodes: ['46000'], lat: 44.45, lon: 1.44 },
  { name: 'Figeac', insee: '46102', postcodes: ['46100'], lat: 44.61, lon: 2.03 },
];
const places: Place[] = [
  {
    id: 'fs-gourdon',
    name: 'France services de Gourdon',
    kind: 'france-services',
    needs: ['caf'],
    address: { city: 'Gourdon', postcode: '46300' },
    location: { lat: 44.74, lon: 1.38, precision: 'exact' },
  },
];
const dym = createDidYouMean(buildDidYouMeanEntries(places, gazetteer));
const top = (text: string, n = 3) => dym.suggest(text).slice(0, n).map((s) => s.label);

test('a typo in the first letter finds the word the index cannot', () => {
  assert.equal(top('mpots')[0], 'impôts');
  assert.deepEqual(top('kaf'), ['CAF']);
  assert.equal(top('lerm')[0], 'Lherm');
  assert.equal(dym.suggest('lerm')[0]!.kind, 'commune');
});

test('other typos: doubled letter, missing letter, swapped letters, place names', () => {
  assert.ok(top('retrraite').includes('retraite'));
  assert.ok(top('alocation').includes('allocation'));
  assert.equal(top('figaec')[0], 'Figeac');
  assert.ok(top('carte grize').includes('carte grise'));
  assert.ok(top('gordon').includes('Gourdon'));
  assert.ok(top('france service gourdn').includes('France services de Gourdon'));
});

test('each word of a phrase is corrected on its own when the whole is too far', () => {
  assert.deepEqual(top('mpots cahor'), ['impôts Cahors']);
});

test('nothing for gibberish, short text or a word already known', () => {
  assert.deepEqual(dym.suggest('zzzzqx'), []);
  assert.deepEqual(dym.suggest('xq'), []);
  assert.deepEqual(dym.suggest(''), []);
  assert.deepEqual(dym.suggest('CAF'), []);
  assert.deepEqual(dym.suggest('Lherm'), []);
});

test('the limit holds and suggestions never repeat a value', () => {
  assert.equal(dym.suggest('retrraite', 1).length, 1);
  assert.deepEqual(dym.suggest('retrraite', 0), []);
  const values = dym.suggest('alocation', 10).map((s) => s.value);
  assert.equal(new Set(values).size, values.length);
});

test('English terms only for the English entries', () => {
  const en = createDidYouMean(buildDidYouMeanEntries([], [], 'en'));
  assert.ok(en.suggest('helth insurance').some((s) => s.label === 'health insurance'));
  assert.ok(!dym.suggest('helth insurance').some((s) => s.label === 'health insurance'));
});

test('the reported score stays within the bound after fuse.js joins the ranking', () => {
  // Found by the property below: "wfi" → "wi fi" is 2 edits in 5 (0.4), 0.43 once blended.
  const out = dym.suggest('WFI', 2);
  assert.deepEqual(out.map((s) => s.label), ['wifi', 'wi fi']);
  for (const s of out) assert.ok(s.score <= 0.4, `${s.label}: ${s.score}`);
});

test('never throws on arbitrary text, limits or entries', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.oneof(fc.integer(), fc.double()), (text, limit) => {
      const out = dym.suggest(text, limit);
      assert.ok(Array.isArray(out));
      for (const s of out) assert.ok(s.score >= 0 && s.score <= 0.4);
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.array(fc.record({ label: fc.string(), value: fc.string(), kind: fc.constantFrom<'need' | 'commune' | 'place'>('need', 'commune', 'place') })), fc.string(), (entries, text) => {
      assert.ok(Array.isArray(createDidYouMean(entries).suggest(text)));
    }),
    { numRuns: 100 },
  );
  assert.deepEqual(dym.suggest(undefined as unknown as string), []);
  assert.ok(Array.isArray(createDidYouMean([null, { label: 1 }] as unknown as []).suggest('abc')));
  assert.ok(Array.isArray(dym.suggest('\u0000'.repeat(5000) + 'é\uD800')));
});
