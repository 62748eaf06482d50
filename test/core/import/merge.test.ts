import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeCatalogues, nameKey, phoneKey } from '../../../src/core/import/merge.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import type { Catalogue } from '../../../src/core/catalogue/types.js';

const load = (name: string): { name: string; catalogue: Catalogue } => ({
  name,
  catalogue: JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)), 'utf8')) as Catalogue,
});
const inputs = [load('national.json'), load('departement.json'), load('commune.json')];
const r = mergeCatalogues(inputs);
const place = (id: string) => r.catalogue.places.find((p) => p.id === id)!;

test('same normalised name within 150 m: one place, first id kept, later file wins field by field except empty values', () => {
  const g = place('fs-1');
  assert.equal(g.name, 'Espace France services Gramat', 'the commune file is last');
  assert.deepEqual(g.needs, ['caf', 'impots', 'papiers'], 'the commune left needs empty: the département list stays');
  assert.equal(g.hours, 'Mo-Fr 09:00-12:00,14:00-17:00', 'département overrides national');
  assert.equal(g.address.street, 'Place de la République', 'an empty street does not erase');
  assert.deepEqual(g.contact, { phone: '05 65 10 10 10', email: 'gramat@france-services.example.fr' }, 'an empty phone does not erase');
  assert.equal(g.hoursNote, 'Fermé le 15 août');
  assert.deepEqual(g.accessibility, { wheelchair: 'yes' });
  assert.equal(g.free, true);
  assert.equal(r.catalogue.places.filter((p) => /gramat/i.test(p.name) && p.kind === 'france-services').length, 1);
});

test('same phone (national and E.164 forms): merged; same name 8 km apart: kept apart and reported', () => {
  assert.equal(place('fs-2').name, 'Maison des solidarités de Figeac');
  assert.equal(place('fs-2').kind, 'solidarites');
  assert.ok(place('fs-3') && place('lot-souillac'));
  const apart = r.events.filter((e) => e.kind === 'kept-apart');
  assert.equal(apart.length, 1);
  assert.match(apart[0]!.message.fr, /gardés à part : « France services de Souillac » \(departement\.json\) et « France services de Souillac » \(national\.json\) ont le même nom mais sont à 8,2 km/);
});

test('report: why each merge happened and which fields were overridden; counts; output validates', () => {
  const merged = r.events.filter((e) => e.kind === 'merged').map((e) => e.message.fr);
  assert.equal(merged.length, 3);
  assert.match(merged[0]!, /même nom, à 71 m ; remplacé : name, needs, location, hours/);
  assert.match(merged[1]!, /même téléphone/);
  assert.match(merged[2]!, /même identifiant/);
  assert.deepEqual(r.counts, { inputs: [3, 3, 2], output: 5, merged: 3 });
  assert.deepEqual(r.catalogue.places.map((p) => p.id), ['fs-1', 'fs-2', 'fs-3', 'lot-souillac', 'gramat-ccas']);
  assert.equal(r.catalogue.updated, '2024-09-15');
  assert.equal(r.catalogue.name, 'Catalogue du Lot');
  assert.equal(validateCatalogue(JSON.parse(JSON.stringify(r.catalogue))).problems.filter((p) => p.severity === 'error').length, 0);
});

test('places of one file are never merged together; an id taken by another place gets a suffix', () => {
  const a = load('national.json');
  const twin = structuredClone(a.catalogue.places[0]!);
  twin.id = 'fs-1b';
  const b = { name: 'b.json', catalogue: { ...a.catalogue, places: [{ ...structuredClone(a.catalogue.places[2]!), id: 'fs-1', name: 'Autre lieu', contact: { phone: '05 00 00 00 01' }, location: { lat: 45.5, lon: 2.5, precision: 'exact' as const } }] } };
  const res = mergeCatalogues([{ name: 'a.json', catalogue: { ...a.catalogue, places: [...a.catalogue.places, twin] } }, b]);
  assert.ok(res.catalogue.places.some((p) => p.id === 'fs-1b'), 'same file: kept apart');
  // Same id but the id rule merges them: ids are the sources' record ids, so they are the same record.
  assert.equal(res.counts.merged, 1);
});

test('keys: names fold case, accents and small words; phones compare on their last nine digits', () => {
  assert.equal(nameKey('FRANCE SERVICES DE GRAMAT'), nameKey('France services Gramat'));
  assert.equal(phoneKey('+33 5 65 11 11 11'), phoneKey('05.65.11.11.11'));
  assert.equal(phoneKey('3939'), undefined);
});
