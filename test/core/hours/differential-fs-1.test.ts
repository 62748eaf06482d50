/**
 * Differential test, France services corpus (half 1 of 2, split so the two halves run on both
 * cores): every distinct opening_hours value the importer's converter produces from the national
 * CSV, evaluated by this engine and by the reference package at 3,000 seeded random instants over
 * 2026–2027 (plus both 2026 daylight-saving days every 15 minutes). Same state, same next change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CSV, disagreements, franceServicesCorpus, instants, INSTANTS_PER_STRING } from './differential-helper.js';

process.env.TZ = 'Europe/Paris';

test('France services corpus (1/2): same open/closed state and next change as the reference', { skip: !existsSync(CSV) && 'national CSV not on this machine' }, () => {
  const all = franceServicesCorpus();
  assert.ok(all.length > 2000, 'the national file gives over 2,000 distinct values');
  const corpus = all.filter((_, i) => i % 2 === 1 - 1);
  const at = instants(2026 + 1);
  assert.ok(at.length >= INSTANTS_PER_STRING);
  const failures: string[] = [];
  let count = 0;
  for (const source of corpus) {
    const r = disagreements(source, at);
    count += r.count;
    if (failures.length < 10) failures.push(...r.samples);
  }
  assert.equal(count, 0, failures.join('\n'));
});
