import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importDataInclusion, listField } from '../../../src/core/import/data-inclusion.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import type { Place } from '../../../src/core/catalogue/types.js';
import { isNeedId } from '../../../src/core/needs/vocabulary.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)), 'utf8');
const DEMARCHES = isNeedId('demarches') ? 'demarches' : 'ecrivain-public';
const result = importDataInclusion(fixture('di-structures.json'), fixture('di-services.json'));
const byId = (id: string): Place => {
  const p = result.catalogue.places.find((x) => x.id === id);
  assert.ok(p, `place ${id}`);
  return p;
};
const issuesOf = (record: string) => result.issues.filter((i) => i.record === record || i.record?.startsWith(`${record} ›`));

test('the fixture: 10 structures read, 4 places kept, the output validates with no problem at all', () => {
  assert.equal(result.read, 10);
  assert.deepEqual(result.catalogue.places.map((p) => p.id), ['di-dora--42', 'di-emplois-de-linclusion--17', 'di-solidagregateur--c3d15659', 'di-dora--valeurs']);
  const v = validateCatalogue(JSON.parse(JSON.stringify(result.catalogue)));
  assert.deepEqual(v.problems, []);
  assert.equal(result.catalogue.updated, '2025-03-01', 'latest date_maj read');
  assert.equal(result.catalogue.territory, 'Cahors, Figeac, Robinboeuf CEDEX');
});

test('1.0 structure, field by field: id, name, kind and partner from reseaux_porteurs, address, point, hours, contacts, accessibility, source, date', () => {
  const p = byId('di-dora--42');
  assert.equal(p.name, 'Centre social Le Tournesol');
  assert.equal(p.kind, 'centre-social', 'fcsf');
  assert.deepEqual(p.partners, ['Caf']);
  assert.deepEqual(p.address, { street: 'Bâtiment B, 12 rue Wilson', postcode: '46000', city: 'Cahors', insee: '46042' });
  assert.deepEqual(p.location, { lat: 44.4475, lon: 1.4419, precision: 'exact' });
  assert.equal(p.hours, 'Mo-Fr 08:30-12:30; PH off');
  assert.deepEqual(p.contact, { phone: '01 23 45 67 89', email: 'exemple@inclusion.gouv.fr', website: 'https://www.tournesol.example.fr/' });
  assert.match(p.accessibility!.note!, /^Fiche Acceslibre : https:\/\/acceslibre\.beta\.gouv\.fr\//);
  assert.equal(p.accessibility!.wheelchair, undefined, 'never guessed from a link');
  assert.equal(p.source, 'data·inclusion (dora)');
  assert.equal(p.updated, '2025-03-01', 'the latest of the structure and its in-person services');
});

test('1.0 services: thematiques and network give needs; remote-only services count for nothing; modes, frais, publics', () => {
  const p = byId('di-dora--42');
  for (const n of ['caf', 'numerique', DEMARCHES]) assert.ok(p.needs.includes(n as never), n);
  assert.ok(!p.needs.includes('sante'), 'sante came only from the a-distance service');
  assert.equal(p.appointment, 'both', 'se-presenter + telephoner');
  assert.equal(p.free, true, 'the payant service is remote-only');
  assert.match(p.description!, /Services : Accompagnement aux démarches en ligne\./);
  assert.doesNotMatch(p.description!, /Téléconsultation/);
  assert.match(p.description!, /Pour : familles, seniors\./);
  assert.ok(issuesOf('structure dora--42').some((i) => i.field === 'modes_accueil'));
});

test('a CCAS without hours takes its service hours; telephoner only is an appointment; professionals only is said', () => {
  const p = byId('di-emplois-de-linclusion--17');
  assert.equal(p.kind, 'ccas');
  assert.deepEqual(p.needs, ['justice', 'logement', 'aide-sociale']);
  assert.equal(p.hours, 'Tu,Th 14:00-17:00');
  assert.equal(p.appointment, 'appointment');
  assert.match(p.description!, /Sur orientation d’un professionnel\./);
  assert.doesNotMatch(p.description!, /Pour :/, 'tous-publics alone says nothing');
  assert.ok(issuesOf('structure emplois-de-linclusion--17').some((i) => i.field === 'publics' && /tous-publics/.test(i.message.fr)));
});

test('0.x names are read: typologie, thematiques on the structure, horaires_ouverture, accessibilite, types, profils, frais list, frais_autres, recurrence, modes_orientation_beneficiaire, timestamp date_maj', () => {
  const p = byId('di-solidagregateur--c3d15659');
  assert.equal(p.kind, 'permanence', 'ASSO has no kind of ours and the needs are not only digital');
  assert.deepEqual(p.needs, ['numerique', 'aide-sociale']);
  assert.equal(p.hours, 'Mo-Fr 09:00-12:00');
  assert.equal(p.contact?.phone, '01 02 03 04 05');
  assert.equal(p.accessibility?.note, 'Fiche Acceslibre : https://acceslibre.beta.gouv.fr/app/erp/mobilette/');
  assert.equal(p.appointment, 'walk-in');
  assert.equal(p.free, undefined, 'gratuit-sous-conditions is neither');
  assert.match(p.description!, /Pour : seniors\./);
  assert.match(p.description!, /Frais : gratuit sous conditions ; Adhésion de 5 €\./);
  assert.equal(p.updated, '2022-04-28');
  assert.ok(issuesOf('structure solidagregateur--c3d15659').some((i) => i.field === 'thematiques' && /thematique-inexistante/.test(i.message.fr)));
});

test('bad values of a kept structure are dropped and named by field', () => {
  const p = byId('di-dora--valeurs');
  assert.equal(p.name, 'Point justice du Lot', 'final full stop removed');
  assert.deepEqual(p.needs, ['justice']);
  assert.equal(p.hours, undefined);
  assert.equal(p.contact, undefined);
  assert.equal(p.accessibility, undefined);
  assert.equal(p.updated, undefined);
  assert.equal(p.address.postcode, undefined);
  const fields = issuesOf('structure dora--valeurs').map((i) => i.field);
  for (const f of ['nom', 'code_postal', 'horaires_accueil', 'telephone', 'courriel', 'site_web', 'accessibilite_lieu', 'date_maj']) assert.ok(fields.includes(f), f);
  assert.ok(issuesOf('structure dora--valeurs').every((i) => i.severity === 'note'));
});

test('structures skipped, each with its reason', () => {
  const skipped = Object.fromEntries(result.issues.filter((i) => i.severity === 'skipped').map((i) => [i.record, i.message.fr]));
  assert.match(skipped['structure dora--sans-point'], /pas de coordonnées/);
  assert.match(skipped['structure dora--inverse'], /inversées/);
  assert.match(skipped['structure dora--sans-nom'], /pas de nom/);
  assert.match(skipped['structure dora--distance'], /aucun service en présentiel/);
  assert.match(skipped['structure dora--entreprise'], /aucun besoin/);
  assert.match(skipped['structure dora--42'], /déjà vu/);
  assert.ok(result.issues.some((i) => i.record === 'service dora--svc-7' && i.field === 'structure_id'));
});

test('the CSV forms: Postgres and JSON lists in cells, French decimal commas, France services network', () => {
  const r = importDataInclusion(fixture('di-structures.csv'), fixture('di-services.csv'));
  assert.equal(r.unreadable, false);
  assert.deepEqual(r.catalogue.places.map((p) => p.id), ['di-dora--42', 'di-dora--43']);
  const [a, b] = r.catalogue.places;
  assert.equal(a!.kind, 'centre-social');
  assert.deepEqual(a!.partners, ['Caf']);
  assert.equal(a!.appointment, 'both');
  assert.equal(b!.kind, 'france-services');
  assert.deepEqual(b!.location, { lat: 44.7809, lon: 1.7262, precision: 'exact' });
  assert.ok(b!.needs.includes('impots'));
  assert.deepEqual(validateCatalogue(JSON.parse(JSON.stringify(r.catalogue))).problems, []);
});

test('structures alone (no services file) are read; unreadable and unexpected files are refused, never thrown', () => {
  const alone = importDataInclusion(fixture('di-structures.json'));
  assert.ok(alone.catalogue.places.some((p) => p.id === 'di-dora--42'));
  assert.equal(importDataInclusion('{ pas du json').unreadable, true);
  assert.equal(importDataInclusion('a,b\n1,2\n').unreadable, true);
  assert.equal(importDataInclusion('[{"id":"x","nom":"y"}]', '{"autre":1}').unreadable, true);
  assert.equal(importDataInclusion('[]').catalogue.places.length, 0);
  assert.equal(importDataInclusion('[null, 3, "x"]').catalogue.places.length, 0);
});

test('listField reads every list form the CSV exports use', () => {
  assert.deepEqual(listField(['a', ' b ', '']), ['a', 'b']);
  assert.deepEqual(listField('{a,b}'), ['a', 'b']);
  assert.deepEqual(listField('["a","b"]'), ['a', 'b']);
  assert.deepEqual(listField("['a', 'b']"), ['a', 'b']);
  assert.deepEqual(listField('a|b;c'), ['a', 'b', 'c']);
  assert.deepEqual(listField(undefined), []);
});
