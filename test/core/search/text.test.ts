import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, Vocabulary, wordQuality } from '../../../src/core/text/fuzzy.js';
import { endsInWord, fold, tokenize } from '../../../src/core/text/normalise.js';
import { runSteps } from '../../../src/core/slices.js';

test('fold: case, accents, ligatures, apostrophes, hyphens', () => {
  assert.equal(fold("  Carte grise à l'ANTS – Saint-Céré  "), 'carte grise a l ants saint cere');
  assert.equal(fold('Œuvre CŒUR'), 'oeuvre coeur');
  assert.equal(fold('Pôle’emploi'), 'pole emploi');
});

test('tokenize drops stop words, expands st, stems plurals', () => {
  assert.deepEqual(tokenize("Ma déclaration d'impôts"), ['declaration', 'impot']);
  assert.deepEqual(tokenize('St-Quentin'), ['saint', 'quentin']);
  assert.deepEqual(tokenize('bus'), ['bus']);
  assert.ok(endsInWord('imp') && !endsInWord('imp '));
});

test('edit distance with transpositions and an early exit', () => {
  assert.equal(editDistance('grisse', 'grise', 2), 1);
  assert.equal(editDistance('impto', 'impot', 2), 1);
  assert.equal(editDistance('retraitte', 'retraite', 2), 1);
  assert.equal(editDistance('abc', 'xyz', 1), 2);
  assert.equal(editDistance('chomage', 'chomage', 0), 0);
});

test('vocabulary: exact, prefix while typing, typos from 4 letters', () => {
  const v = new Vocabulary(['impot', 'imprimer', 'caf', 'cafe', 'grise', 'retraite']);
  assert.deepEqual(v.lookup('caf', false).map((m) => m.word), ['caf']);
  assert.deepEqual(v.lookup('imp', true).map((m) => m.word).sort(), ['impot', 'imprimer']);
  assert.deepEqual(v.lookup('grisse', false).map((m) => m.word), ['grise']);
  assert.deepEqual(v.lookup('cas', false), []);
  assert.ok(wordQuality('imp', 'impot', true) > wordQuality('imp', 'imprimer', true));
  assert.equal(wordQuality('imp', 'impot', false), 0);
  assert.ok(wordQuality('retrai', 'retraite', true) > 0);
  assert.ok(wordQuality('alocat', 'allocation', true) > 0, 'a typo in an unfinished word');
});

test('a vocabulary built in steps answers as one built at once', () => {
  // Enough words for several steps (4,096 a step), several first letters, near misses.
  const words = [...new Set(Array.from({ length: 12000 }, (_, i) => `${'abcdefgh'[i % 8]}${(i * 7919).toString(36)}`))].sort();
  const whole = new Vocabulary(words, true);
  const steps = Vocabulary.sortedSteps(words);
  let yields = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) yields++;
  assert.ok(yields >= 2, `yielded ${yields} times`);
  const stepped = r.value;
  assert.equal(stepped.size, whole.size);
  for (const typed of ['a1', 'bzz', words[5]!, words[9000]!, `${words[100]!}x`, 'q']) {
    for (const typing of [true, false]) assert.deepEqual(stepped.lookup(typed, typing), whole.lookup(typed, typing), typed);
  }
  assert.deepEqual(runSteps(Vocabulary.sortedSteps([])).size, 0);
});
