import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MEDIATION_SERVICE_ROWS, importMediationNumerique, lieuToPlace } from '../../../src/core/import/mediation-numerique.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import type { Place } from '../../../src/core/catalogue/types.js';
import { isNeedId } from '../../../src/core/needs/vocabulary.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)), 'utf8');
const DEMARCHES = isNeedId('demarches') ? 'demarches' : 'ecrivain-public';
const result = importMediationNumerique(fixture('mednum.csv'));
const byId = (id: string): Place => {
  const p = result.catalogue.places.find((x) => x.id === id);
  assert.ok(p, id);
  return p;
};
const base = { id: 'x', nom: 'Lieu', commune: 'Cahors', code_postal: '46000', adresse: 'Rue', latitude: '44.45', longitude: '1.44', date_maj: '2024-01-01' };

for (const row of MEDIATION_SERVICE_ROWS)
  test(`service « ${row.service} » → ${row.needs.join(', ')}${row.equipment.length ? `; ${row.equipment.join(', ')}` : ''}`, () => {
    const r = lieuToPlace({ ...base, services: row.service }, 'lieu x');
    assert.ok('place' in r);
    const expected = row.needs.map((n) => (n === 'demarches' ? DEMARCHES : n));
    for (const n of expected) assert.ok(r.place.needs.includes(n), n);
    assert.deepEqual(r.place.equipment ?? [], [...row.equipment]);
    assert.deepEqual(r.issues, []);
  });

test('the fixture: 8 records, 4 places, the output validates with no problem at all', () => {
  assert.equal(result.read, 8);
  assert.deepEqual(result.catalogue.places.map((p) => p.id), ['mednum-structure-1', 'mednum-structure-2', 'mednum-structure-3', 'mednum-structure-7']);
  assert.deepEqual(validateCatalogue(JSON.parse(JSON.stringify(result.catalogue))).problems, []);
});

test('the documented example, field by field: equipment and accessibility reach our fields', () => {
  const p = byId('mednum-structure-1');
  assert.equal(p.name, 'Anonymal');
  assert.equal(p.kind, 'espace-numerique', 'TIERS_LIEUX');
  assert.deepEqual(p.needs, ['caf', 'numerique', DEMARCHES].sort((a, b) => p.needs.indexOf(a as never) - p.needs.indexOf(b as never)));
  assert.deepEqual(p.address, { street: "Le patio du bois de l'Aulne, 12 BIS RUE DE LECLERCQ", postcode: '51100', city: 'Reims', insee: '51454' });
  assert.equal(p.hours, 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00');
  assert.deepEqual(p.contact, { phone: '01 80 05 98 80', email: 'contact@laquincaillerie.tl', website: 'https://www.laquincaillerie.tl/' });
  assert.equal(p.appointment, 'both');
  assert.deepEqual(p.equipment, ['computer', 'printer', 'wifi'], 'service row + words of the presentation');
  assert.equal(p.accessibility?.wheelchair, 'yes', 'Handicaps moteurs');
  assert.match(p.accessibility.note!, /^Accompagnement adapté : Surdité, Handicaps moteurs, Langues étrangères \(anglais\)\. Fiche Acceslibre : https:/);
  assert.equal(p.free, true);
  assert.deepEqual(p.partners, ['Aidants Connect', 'Conseillers numériques', 'Caf']);
  assert.match(p.description!, /Pour : jeunes, femmes\./);
  assert.match(p.description!, /Prendre rendez-vous : https:\/\/www\.rdv-solidarites\.fr\//);
  assert.equal(p.source, 'Lieux de médiation numérique (Hubik)');
  assert.equal(p.updated, '2024-04-02');
  const extra = result.issues.filter((i) => i.record === 'lieu structure-1').map((i) => i.field);
  assert.deepEqual(extra, ['courriels', 'site_web'], 'second e-mail and link are named');
});

test('itinerant only is a bus; France Services programme is a France services place; Payant is not free', () => {
  const bus = byId('mednum-structure-2');
  assert.equal(bus.kind, 'bus');
  assert.equal(bus.appointment, 'appointment');
  assert.equal(bus.free, undefined);
  assert.match(bus.description!, /Gratuit sous condition/);
  const fs = byId('mednum-structure-3');
  assert.equal(fs.kind, 'france-services');
  assert.ok(fs.needs.includes('impots'));
  assert.equal(fs.appointment, 'walk-in');
  assert.equal(fs.free, false);
});

test('bad values are dropped and named; records that cannot be places are skipped with their reason', () => {
  const p = byId('mednum-structure-7');
  assert.deepEqual(p.needs, ['numerique']);
  assert.equal(p.contact, undefined);
  assert.equal(p.hours, undefined);
  assert.equal(p.updated, undefined);
  assert.deepEqual(p.address, { street: 'Rue du Château', city: 'Cahors' });
  const fields = result.issues.filter((i) => i.record === 'lieu structure-7').map((i) => i.field).sort();
  assert.deepEqual(fields, ['code_insee', 'code_postal', 'courriels', 'date_maj', 'fiche_acces_libre', 'horaires', 'services', 'site_web', 'telephone']);
  const skipped = result.issues.filter((i) => i.severity === 'skipped');
  assert.deepEqual(skipped.map((i) => i.line), [5, 6, 7, 9]);
  assert.match(skipped[0]!.message.fr, /à distance seulement/);
  assert.match(skipped[1]!.message.fr, /n’accueille pas de public/);
  assert.match(skipped[2]!.message.fr, /pas de coordonnées/);
  assert.match(skipped[3]!.message.fr, /pas d’identifiant/);
});

test('0.x files (`;` lists, labels with explanations) and the JSON form are read too', () => {
  const old = importMediationNumerique(fixture('mednum-0x.csv'));
  const p = old.catalogue.places[0]!;
  assert.equal(p.free, true);
  assert.deepEqual(p.equipment, ['computer']);
  assert.equal(p.appointment, 'walk-in');
  assert.ok(p.needs.includes(DEMARCHES));
  const json = importMediationNumerique(JSON.stringify([{ ...base, services: ['Accès internet et matériel informatique'], latitude: 44.45, longitude: 1.44 }]));
  assert.deepEqual(json.catalogue.places[0]!.equipment, ['computer']);
  assert.equal(importMediationNumerique('nom,commune\nx,y\n').unreadable, true);
  assert.equal(importMediationNumerique('[').unreadable, true);
});
