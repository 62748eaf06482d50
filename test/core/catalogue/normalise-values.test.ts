// Kinds, needs and enum values are trimmed and normalised like text (issue 12, point 8): a
// stray space or no-break space from a spreadsheet must not cost the place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { catalogueOf, validPlace } from './fixtures.js';

test('a kind with spaces, a no-break space or capitals keeps the place', () => {
  for (const [kind, want] of [[' bus ', 'bus'], ['ccas\u00a0', 'ccas'], ['\tFrance-Services\n', 'france-services'], ['\u202fcentre-social', 'centre-social']] as const) {
    const r = validateCatalogue(catalogueOf([validPlace({ kind })]));
    assert.equal(r.places.length, 1, JSON.stringify(kind));
    assert.equal(r.places[0]!.kind, want);
    assert.deepEqual(r.problems.filter((p) => p.severity === 'error'), []);
  }
});

test('needs, equipment, appointment, wheelchair and precision are normalised the same way', () => {
  const r = validateCatalogue(
    catalogueOf([
      validPlace({
        needs: [' caf', 'impots\u00a0', 'CAF'],
        equipment: [' wifi ', 'Printer'],
        appointment: 'walk-in\u00a0',
        accessibility: { wheelchair: ' yes' },
        location: { lat: 44.44622, lon: 1.439927, precision: 'exact ' },
      }),
    ]),
  );
  assert.deepEqual(r.problems, []);
  const p = r.places[0]!;
  assert.deepEqual(p.needs, ['caf', 'impots']);
  assert.deepEqual(p.equipment, ['wifi', 'printer']);
  assert.equal(p.appointment, 'walk-in');
  assert.equal(p.accessibility?.wheelchair, 'yes');
  assert.equal(p.location.precision, 'exact');
});

test('a value that is still unknown after normalising is reported as written', () => {
  const r = validateCatalogue(catalogueOf([validPlace({ kind: ' navette ' })]));
  assert.equal(r.places.length, 0);
  assert.equal(r.problems[0]!.code, 'unknown-kind');
  assert.match(r.problems[0]!.message.fr, /« navette »/);
});
