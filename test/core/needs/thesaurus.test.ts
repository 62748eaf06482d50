import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND_THESAURUS, NEED_THESAURUS } from '../../../src/core/needs/thesaurus.js';
import { NEED_DESCRIPTIONS } from '../../../src/core/needs/descriptions.js';
import { NEED_IDS, PLACE_KINDS } from '../../../src/core/needs/vocabulary.js';
import { fold, tokenize } from '../../../src/core/text/normalise.js';

test('every need has labels, descriptions and terms in both languages', () => {
  assert.deepEqual(Object.keys(NEED_THESAURUS).sort(), [...NEED_IDS].sort());
  assert.deepEqual(Object.keys(NEED_DESCRIPTIONS).sort(), [...NEED_IDS].sort());
  for (const id of NEED_IDS) {
    const e = NEED_THESAURUS[id];
    const d = NEED_DESCRIPTIONS[id];
    for (const l of [e.label.fr, e.label.en, d.fr, d.en]) assert.ok(l.trim().length > 2, id);
    assert.ok(e.terms.length >= 15, `${id}: ${e.terms.length} terms`);
    assert.ok(e.termsEn.length >= 3, id);
    for (const t of [...e.terms, ...e.termsEn]) assert.ok(tokenize(t).length > 0, `${id}: "${t}" is only stop words`);
  }
  assert.deepEqual(Object.keys(KIND_THESAURUS).sort(), [...PLACE_KINDS].sort());
});

test('at least 300 distinct French terms', () => {
  const all = new Set(NEED_IDS.flatMap((id) => NEED_THESAURUS[id].terms.map(fold)));
  assert.ok(all.size >= 300, String(all.size));
});

test('the words residents use are there', () => {
  const has = (id: keyof typeof NEED_THESAURUS, term: string): boolean => NEED_THESAURUS[id].terms.map(fold).includes(fold(term));
  for (const [id, terms] of Object.entries({
    caf: ['CAF', 'APL', 'RSA', 'alloc', "prime d'activité"],
    sante: ['CPAM', 'secu', 'ameli', 'carte Vitale', 'CMU', 'C2S'],
    emploi: ['Pôle emploi', 'France Travail', 'chomage'],
    impots: ['impots', 'DGFiP', 'déclaration de revenus'],
    retraite: ['CARSAT', 'retraite'],
    msa: ['MSA'],
    papiers: ['ANTS', 'carte grise', 'permis de conduire', 'passeport'],
    handicap: ['MDPH', 'AAH'],
    energie: ['chèque énergie'],
    numerique: ['imprimer', 'scanner', 'mot de passe', 'FranceConnect'],
    'aide-sociale': ['domiciliation'],
    demarches: ['aide administrative', 'démarches', 'remplir un dossier', 'formulaire', 'courrier', 'écrivain public', 'paperasse'],
  }) as [keyof typeof NEED_THESAURUS, string[]][])
    for (const t of terms) assert.ok(has(id, t), `${id}: ${t}`);
  for (const [kind, word] of [['france-services', 'france services'], ['ccas', 'ccas'], ['ccas', 'cias'], ['ccas', 'mairie'], ['centre-social', 'centre social'], ['bus', 'bus'], ['solidarites', 'maison des solidarités']] as const)
    assert.ok(KIND_THESAURUS[kind].map(fold).includes(fold(word)), word);
});
