// The detail dialog's words load with the dialog, the answers of "Où ?" when first asked (issue
// 15, item 3): both languages in src/i18n/strings-detail.ts and strings-origin.ts, none left in
// the page's tables, none empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DETAIL_STRINGS, detailStrings } from '../../../src/i18n/strings-detail.js';
import { ORIGIN_STRINGS } from '../../../src/i18n/strings-origin.js';
import { UI_STRINGS } from '../../../src/i18n/strings-all.js';

/** Every word of a table as text: functions called with a sample argument, records flattened. */
function words(table: object): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') out.set(key, value);
    else if (typeof value === 'function') out.set(key, String((value as (a: unknown, b?: unknown) => unknown)('Gramat', 2)));
    else for (const [k, v] of Object.entries(value as Record<string, string>)) out.set(`${key}.${k}`, v);
  }
  return out;
}

test('detail words: the same keys in French and English, none empty', () => {
  const fr = words(DETAIL_STRINGS.fr);
  const en = words(DETAIL_STRINGS.en);
  assert.deepEqual([...en.keys()].sort(), [...fr.keys()].sort());
  for (const [lang, table] of [['fr', fr], ['en', en]] as const) {
    for (const [key, text] of table) {
      assert.ok(text.trim().length > 0, `${lang}.${key} is empty`);
    }
  }
  assert.equal(detailStrings('fr').close, 'Fermer');
  assert.equal(detailStrings('en').close, 'Close');
});

test('detail words: in the library export UI_STRINGS, not in the tables the initial chunk holds', () => {
  assert.equal(UI_STRINGS.fr.closeLabel('Gramat'), 'Fermer la fiche de Gramat');
  assert.equal(UI_STRINGS.en.stops, 'Stops and next visits');
  assert.equal(UI_STRINGS.fr.loading, 'Chargement des lieux…');
  for (const file of ['src/i18n/strings.ts', 'src/i18n/strings-en.ts']) {
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /Fermer la fiche|Close the details|Arrêts et prochains passages|Stops and next visits/, file);
  }
});

test('answers of "Où ?": the same keys in French and English, none empty, in UI_STRINGS, not in the initial tables', () => {
  const fr = words(ORIGIN_STRINGS.fr);
  const en = words(ORIGIN_STRINGS.en);
  assert.deepEqual([...en.keys()].sort(), [...fr.keys()].sort());
  for (const table of [fr, en]) for (const [key, text] of table) assert.ok(text.trim().length > 0, `${key} is empty`);
  assert.equal(UI_STRINGS.en.geoDenied, ORIGIN_STRINGS.en.geoDenied);
  for (const file of ['src/i18n/strings.ts', 'src/i18n/strings-en.ts']) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /Votre position n’a pas été partagée|Your position was not shared|Aucune commune connue/, file);
  }
});
