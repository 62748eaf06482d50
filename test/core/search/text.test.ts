import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, Vocabulary, wordQuality } from '../../../src/core/text/fuzzy.js';
import { endsInWord, fold, tokenize } from '../../../src/core/text/normalise.js';

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
