/**
 * The hours engine parses with the full parser (grammar.ts) until something registers the fast
 * path (parse.ts, `useFastParser`): the first list's chunk goes without it (issue 15, item 3),
 * the data core, the catalogue worker, the worded validator and hours/index.ts register it. The
 * two read the same rules (fast-parse.test.ts); this checks that registering takes effect, and
 * that the engine answers the same before and after, on the demo catalogue and the hand corpus.
 * One process per test file: nothing here is registered before the test does it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRules } from '../../../src/core/hours/grammar.js';
import { stateAtMinute, compile, isCompiled, type Compiled } from '../../../src/core/hours/engine.js';
import { HAND_CORPUS } from './hand-corpus.js';

/** Every hours value of the demo catalogue (places and stops). */
function demoValues(): string[] {
  const doc = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')) as {
    places: { hours?: string; stops?: { hours?: string }[] }[];
  };
  const out: string[] = [];
  for (const p of doc.places) for (const h of [p.hours, ...(p.stops ?? []).map((s) => s.hours)]) if (typeof h === 'string') out.push(h);
  return out;
}

/** The state at every hour of a fortnight with a holiday (Christmas 2026), national days. */
function states(c: Compiled): number[] {
  const out: number[] = [];
  // Day 20808 is 2026-12-21 (a Monday).
  for (let n = 20_808; n < 20_822; n++) for (let m = 0; m < 1440; m += 60) out.push(stateAtMinute(c, n, m, ''));
  return out;
}

test('the fast path is used only once registered, and the engine answers the same', async () => {
  // `PH off` is one of the fast path's shared rules: the same object from one value to the next.
  const before = [parseRules('PH off'), parseRules('PH off')] as const;
  assert.ok(Array.isArray(before[0]) && Array.isArray(before[1]));
  assert.notEqual(before[0][0], before[1][0], 'without the fast path, each value has its own rules');

  const values = [...new Set([...demoValues(), ...HAND_CORPUS])];
  const full = values.map((v) => compile(v));
  const answers = full.map((c) => (isCompiled(c) ? states(c) : c));

  // The data core registers it (as the worker, the worded validator and hours/index.ts do).
  await import('../../../src/core/data-core.js');
  const after = [parseRules('PH off'), parseRules('PH off')] as const;
  assert.ok(Array.isArray(after[0]) && Array.isArray(after[1]));
  assert.equal(after[0][0], after[1][0], 'with the fast path, the shared rule');

  for (const [i, v] of values.entries()) {
    const rules = parseRules(v);
    const again = parseRules(v, null);
    assert.deepStrictEqual(rules, again, `fast path and full parser differ on ${JSON.stringify(v)}`);
    const c = full[i]!;
    if (!isCompiled(c)) continue;
    // A fresh compile of the same rules (the cache keeps the first): the same states.
    assert.deepStrictEqual(states({ ...c, rules: Array.isArray(rules) ? rules : [], week: undefined, days: undefined, always: undefined }), answers[i], v);
  }
});
