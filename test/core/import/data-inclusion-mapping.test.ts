import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NETWORK_ROWS, THEMATIQUE_ROWS, TYPE_ROWS, networkRow, resolveNeeds, thematiqueRow, typeRow,
} from '../../../src/core/import/data-inclusion-mapping.js';
import { NEED_IDS, PLACE_KINDS, isNeedId } from '../../../src/core/needs/vocabulary.js';

// `demarches` is read as `ecrivain-public` until the vocabulary has it: either is a need of ours.
const known = (n: string): boolean => isNeedId(n) || n === 'demarches';

for (const row of THEMATIQUE_ROWS)
  test(`thematique ${row.code} → ${row.needs.join(', ') || '(none of ours)'}`, () => {
    assert.ok(row.needs.every(known), row.needs.join());
    assert.deepEqual(thematiqueRow(row.code), row);
    // A category row also answers for its sub-thematiques that have no row of their own.
    if (!row.code.includes('--')) assert.equal(thematiqueRow(`${row.code}--une-sous-thematique-future`), row);
    assert.deepEqual(resolveNeeds(row.needs, NEED_IDS).length > 0, row.needs.length > 0);
  });

for (const row of TYPE_ROWS)
  test(`service type ${row.code} → ${row.needs.join(', ') || '(none of ours)'}`, () => {
    assert.ok(row.needs.every(known));
    assert.equal(typeRow(row.code.toUpperCase()), row, 'case does not matter');
  });

for (const row of NETWORK_ROWS)
  test(`network ${row.code} → ${row.kind ?? 'no kind'}; ${row.needs.join(', ') || 'no need'}${row.partner ? `; partner ${row.partner}` : ''}`, () => {
    assert.ok(row.needs.every(known));
    if (row.kind) assert.ok((PLACE_KINDS as readonly string[]).includes(row.kind));
    assert.equal(networkRow(row.code), row);
  });

test('codes are unique within each table; unknown codes map to nothing', () => {
  for (const rows of [THEMATIQUE_ROWS, TYPE_ROWS, NETWORK_ROWS]) assert.equal(new Set(rows.map((r) => r.code)).size, rows.length);
  assert.equal(thematiqueRow('cuisine--patisserie'), undefined);
  assert.equal(typeRow('inconnu'), undefined);
  assert.equal(networkRow('inconnu'), undefined);
});

test('resolveNeeds: deduplicated, in vocabulary order, demarches kept or read as ecrivain-public', () => {
  const r = resolveNeeds(['numerique', 'caf', 'numerique', 'demarches'], NEED_IDS);
  assert.deepEqual(r.slice(0, 2), ['caf', 'numerique']);
  assert.ok(r.includes(isNeedId('demarches') ? ('demarches') : 'ecrivain-public'));
});
