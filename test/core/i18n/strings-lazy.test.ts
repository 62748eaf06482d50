// The English words load on demand (issue 15, item 3): French pages never fetch them before the
// first list paint, and an element waits for uiStringsReady before it renders in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { uiStrings, uiStringsReady } from '../../../src/i18n/strings.js';
import { actionsStrings } from '../../../src/i18n/strings-actions.js';

test('strings: French is there at once; English answers French until it has come, then English', async () => {
  assert.equal(uiStringsReady('fr'), null);
  assert.equal(uiStrings('fr').loading, 'Chargement des lieux…');
  const ready = uiStringsReady('en');
  assert.ok(ready instanceof Promise, 'English is fetched on demand');
  // Before it has come, nothing breaks: the French words stand in.
  assert.equal(uiStrings('en').loading, 'Chargement des lieux…');
  assert.equal(actionsStrings('en').print, 'Imprimer la liste');
  // A second caller waits for the same fetch.
  assert.equal(uiStringsReady('en'), ready);
  await ready;
  assert.equal(uiStrings('en').loading, 'Loading places…');
  assert.equal(actionsStrings('en').print, 'Print the list');
  assert.equal(actionsStrings('fr').print, 'Imprimer la liste');
  assert.equal(uiStringsReady('en'), null);
});

test('strings: the French module does not import the English words statically (they would be in the initial chunk)', () => {
  const source = readFileSync('src/i18n/strings.ts', 'utf8');
  assert.doesNotMatch(source, /^\s*import\s[^(]*['"]\.\/strings-en\.js['"]/m);
  assert.match(source, /import\(['"]\.\/strings-en\.js['"]\)/);
  // Nor do the modules the standalone entry exports.
  assert.doesNotMatch(readFileSync('src/public-api.ts', 'utf8'), /strings-(en|all)/);
  assert.doesNotMatch(readFileSync('src/standalone.ts', 'utf8'), /from '\.\/index\.js'/);
});
