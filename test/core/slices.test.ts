/**
 * Work in slices (issue 15, "off the main thread"): the validator and the search index run as
 * generators (src/core/slices.ts) so that a page builds them without long tasks. Run in slices,
 * they must give exactly what they give in one go; the sliced string sort must order as
 * `Array.prototype.sort()` does; a superseded build stops at its next pause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runInSlices, runSteps, sortStringsSteps, type Progress } from '../../src/core/slices.js';
import { createSearchIndex, searchIndexSteps } from '../../src/core/search/search-index.js';
import { validateCatalogue, validateCatalogueSteps } from '../../src/core/catalogue/validate.js';
import { placeOpenState } from '../../src/core/hours/index.js';
import { generateRealisticCatalogue } from '../../bench/generate-catalogue.js';

const pauseNow = (): Promise<void> => Promise.resolve();

test('the sliced sort orders strings as the default sort does (code units, stable, duplicates)', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 2000 }), (keys) => {
      const expected = [...keys].sort();
      assert.deepEqual(runSteps(sortStringsSteps([...keys])), expected);
    }),
    { numRuns: 30 },
  );
  // Several merge passes (runs of 1,024).
  const many = Array.from({ length: 9000 }, (_, i) => `k${(i * 7919) % 9001}é${i % 3}`);
  assert.deepEqual(runSteps(sortStringsSteps([...many])), [...many].sort());
});

test('validating in slices gives the same result as in one go, with progress up to the last place', async () => {
  const { places } = generateRealisticCatalogue(1200, 7);
  const doc = { version: 1, name: 'T', territory: 'France', updated: '2026-11-01', licence: 'x', attribution: 'y', places: [...places, { id: 'broken' }] };
  const seen: Progress[] = [];
  let pauses = 0;
  const sliced = await runInSlices(validateCatalogueSteps(doc), {
    budgetMs: 0,
    pause: () => (pauses++, pauseNow()),
    onProgress: (p) => seen.push(p),
  });
  assert.deepEqual(sliced, validateCatalogue(doc));
  assert.ok(pauses > 3, `paused ${pauses} times`);
  assert.ok(seen.length > 3 && seen.every((p, i) => p.total === 1201 && (i === 0 || p.done >= seen[i - 1]!.done)));
});

test('a search index built in slices answers exactly as one built in one go', async () => {
  const { places, communes } = generateRealisticCatalogue(3000, 11);
  const options = { gazetteer: communes.slice(0, 200), openState: placeOpenState };
  const whole = createSearchIndex(places, options);
  const sliced = await runInSlices(searchIndexSteps(places, options), { budgetMs: 0, pause: pauseNow });
  const at = new Date('2026-11-24T10:30:00+01:00');
  for (const text of ['', 'caf', 'france services', 'impots', 'a', 'numerique cahors', 'zzzz']) {
    const q = { text, at, limit: 40 };
    const a = whole.search(q);
    const b = sliced.search(q);
    assert.equal(b.total, a.total, text);
    assert.deepEqual(b.results.map((r) => r.place.id), a.results.map((r) => r.place.id), text);
  }
});

test('an aborted build stops at its next pause', async () => {
  const { places } = generateRealisticCatalogue(2000, 3);
  const abort = new AbortController();
  let pauses = 0;
  const build = runInSlices(searchIndexSteps(places), {
    budgetMs: 0,
    signal: abort.signal,
    pause: () => {
      if (++pauses === 2) abort.abort(new Error('superseded'));
      return pauseNow();
    },
  });
  await assert.rejects(build, /superseded/);
  assert.equal(pauses, 2);
});

test('no slice runs in the task that starts the work, nor the caller\'s continuation in the last slice', async () => {
  // Each pause is a new task in the browser; here a counter tells which "task" a step ran in.
  let task = 0;
  const ranIn: number[] = [];
  function* steps(): Generator<undefined, string, void> {
    ranIn.push(task);
    yield undefined;
    ranIn.push(task);
    return 'done';
  }
  const result = runInSlices(steps(), { pause: async () => void task++ });
  assert.deepEqual(ranIn, [], 'a step ran before the first pause');
  assert.equal(await result, 'done');
  assert.ok(ranIn.every((t) => t > 0), `steps ran in tasks ${ranIn.join(', ')}`);
  // The work fit one slice: one pause before it, one after it.
  assert.equal(task, 2);
});

test('a build aborted after its last step does not hand back its result', async () => {
  const abort = new AbortController();
  function* steps(): Generator<undefined, string, void> {
    yield undefined;
    abort.abort(new Error('superseded'));
    return 'stale';
  }
  await assert.rejects(runInSlices(steps(), { signal: abort.signal, pause: pauseNow }), /superseded/);
});
