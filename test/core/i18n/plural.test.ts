import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSingular, plural } from '../../../src/i18n/plural.js';
import { UI_STRINGS } from '../../../src/i18n/strings-all.js';
import { MAP_STRINGS } from '../../../src/i18n/strings-map.js';
import { PRINT_STRINGS } from '../../../src/components/service-locator-results-actions/print-strings.js';
import { COVERAGE_STRINGS } from '../../../src/components/service-locator-coverage/strings.js';

test('one plural rule: zero is singular in French, plural in English', () => {
  assert.equal(isSingular('fr', 0), true);
  assert.equal(isSingular('fr', 1), true);
  assert.equal(isSingular('fr', 2), false);
  assert.equal(isSingular('en', 0), false);
  assert.equal(isSingular('en', 1), true);
  assert.equal(plural('fr', 0, 'lieu', 'lieux'), 'lieu');
  assert.equal(plural('en', 0, 'place', 'places'), 'places');
});

test('every string table follows it (element, map, print, coverage)', () => {
  assert.equal(UI_STRINGS.fr.otherStops(0), '0 autre arrêt');
  assert.equal(UI_STRINGS.en.otherStops(0), '0 other stops');
  assert.equal(UI_STRINGS.en.otherStops(1), '1 other stop');
  assert.match(MAP_STRINGS.fr.visibleMore(1), /1 autre lieu :/);
  assert.match(MAP_STRINGS.en.visibleMore(0), /0 more places/);
  assert.equal(PRINT_STRINGS.fr.printCount(0), '0 lieu');
  assert.equal(PRINT_STRINGS.en.printCount(0), '0 places');
  // The coverage view counted with n > 1 (French) and n === 1 (English): the same answers.
  assert.match(COVERAGE_STRINGS.fr.counts(0, 3, 30), /^0 commune à 30/);
  assert.match(COVERAGE_STRINGS.en.counts(0, 3, 30), /^0 communes within 30/);
  assert.match(COVERAGE_STRINGS.en.tableCaption(1, 30), /^1 commune beyond/);
});
