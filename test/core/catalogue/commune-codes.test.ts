// One postcode rule and one INSEE code rule (issue 17, point 2): 2A/2B are Corsica's commune
// codes, never postcodes, and every reader of commune lists says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isInseeCode, isPostcode } from '../../../src/core/catalogue/commune-codes.js';
import { parseGazetteer } from '../../../src/core/geo/gazetteer.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { catalogueOf, validPlace } from './fixtures.js';

test('a postcode is five digits; an INSEE code may start with 2A or 2B', () => {
  for (const ok of ['46150', '20000', '97400', '01000']) assert.ok(isPostcode(ok), ok);
  for (const bad of ['2A004', '4615', '461500', ' 46150', '46 150', '']) assert.ok(!isPostcode(bad), bad);
  for (const ok of ['46042', '2A004', '2B033', '97101']) assert.ok(isInseeCode(ok), ok);
  for (const bad of ['3A004', '2C004', '2a004', '4604', '']) assert.ok(!isInseeCode(bad), bad);
});

test('a commune list does not take a Corsican commune code for a postcode', () => {
  const [ajaccio] = parseGazetteer([{ name: 'Ajaccio', codes_postaux: ['20000', '2A004', '20090'], code: '2A004', lat: 41.92, lon: 8.74 }]);
  assert.deepEqual(ajaccio?.postcodes, ['20000', '20090']);
  assert.equal(ajaccio?.insee, '2A004');
});

test('the validator applies the same two rules to addresses', () => {
  const r = validateCatalogue(catalogueOf([validPlace({ address: { street: '1 cours Napoléon', postcode: '2A004', city: 'Ajaccio', insee: '2A004' } })]));
  const got = r.places[0]!.address;
  assert.equal(got.postcode, undefined);
  assert.equal(got.insee, '2A004');
  assert.ok(r.problems.some((p) => p.path.endsWith('postcode')));
});
