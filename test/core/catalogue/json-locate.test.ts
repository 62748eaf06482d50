// Where a broken JSON file goes wrong (issue 12, point 8): a truncated, deeply nested file is
// reported as truncated at its end, not as "nesting too deep" at line 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateJsonError } from '../../../src/core/catalogue/json-locate.js';
import { parseCatalogueText } from '../../../src/core/catalogue/validate.js';

test('a truncated file nested 200,000 deep ends too early, at its end', () => {
  const text = '{"places":' + '['.repeat(200000);
  const found = locateJsonError(text);
  assert.ok(found);
  assert.equal(found.offset, text.length);
  assert.match(found.detail.fr, /se termine trop tôt/);
  assert.match(found.detail.en, /ends too early/);
  const r = parseCatalogueText(text);
  assert.equal(r.problems[0]!.code, 'not-json');
  assert.match(r.problems[0]!.message.fr, /colonne 200011/);
  assert.doesNotMatch(r.problems[0]!.message.fr, /imbrication/);
});

test('a pretty-printed deep file cut short is reported on its last line', () => {
  const depth = 30000;
  const lines = ['{', '  "places": ['];
  for (let i = 0; i < depth; i++) lines.push('    {"a": [');
  const text = lines.join('\n');
  const r = parseCatalogueText(text);
  assert.match(r.problems[0]!.message.fr, new RegExp(`ligne ${depth + 2}, colonne 12\\) : le fichier se termine trop tôt`));
});

test('deep nesting with a wrong character finds the character; valid deep JSON is valid', () => {
  const text = '['.repeat(100000) + 'x';
  const found = locateJsonError(text);
  assert.equal(found?.offset, 100000);
  assert.match(found.detail.fr, /caractère inattendu "x"/);
  assert.equal(locateJsonError('['.repeat(100000) + ']'.repeat(100000)), null);
  assert.equal(locateJsonError('{"a":[1,{"b":"c"},[],{}],"d":null}'), null);
  for (const [bad, at] of [['{"a":1,}', 7], ['[1 2]', 3], ['{"a" 1}', 5], ['{"a":1', 6], ['[1,]', 3], ['{"a":1}x', 7], ['', 0]] as const)
    assert.equal(locateJsonError(bad)?.offset, at, bad);
});
