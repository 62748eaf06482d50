import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueToTableur, needWord } from '../../../src/core/import/tableur-write.js';
import { importTableur, needsFromWords } from '../../../src/core/import/tableur.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { NEED_IDS } from '../../../src/core/needs/vocabulary.js';
import type { Catalogue } from '../../../src/core/catalogue/types.js';
import { toCatalogue } from '../../../src/core/catalogue/problems.js';

const CATALOGUE: Catalogue = {
  version: 1, name: 'Test', territory: 'Lot', updated: '2024-09-02', licence: 'Licence Ouverte 2.0', attribution: 'Test',
  places: [
    {
      id: 'ccas-figeac', name: 'CCAS de Figeac', kind: 'ccas', needs: ['caf', 'aide-sociale', 'ecrivain-public'],
      address: { street: 'Place Vival', postcode: '46100', city: 'Figeac', insee: '46102' },
      location: { lat: 44.6086, lon: 2.0317, precision: 'exact' },
      hours: 'Mo-Fr 09:00-12:00,13:30-17:00', hoursNote: 'Fermé en août',
      contact: { phone: '05 65 50 05 40', email: 'ccas@ville-figeac.fr', website: 'https://www.ville-figeac.fr/' },
      appointment: 'both', equipment: ['printer'], accessibility: { wheelchair: 'limited', note: 'Boucle magnétique' },
      free: true, partners: ['Caf', 'Département'], description: '=1+1 ; pas une formule', updated: '2024-09-02',
    },
    {
      id: 'bus-segala', name: 'Bus du Ségala', kind: 'bus', needs: ['impots', 'papiers'],
      address: { city: 'Lacapelle-Marival' }, location: { lat: 44.7275, lon: 1.9261, precision: 'exact' },
      stops: [
        { id: 'leyme', name: 'Place de la mairie', address: { city: 'Leyme', insee: '46170' }, location: { lat: 44.7867, lon: 1.8983, precision: 'commune' }, hours: 'Th[1,3] 09:00-12:00' },
        { id: 'brest', name: 'Ouest', address: { city: 'Brest' }, location: { lat: 48.39, lon: -4.49, precision: 'exact' }, hours: 'Tu 14:00-17:00' },
      ],
    },
  ],
};

test('every need has a word the importer reads back as that need alone', () => {
  for (const id of NEED_IDS) assert.deepEqual(needsFromWords(needWord(id)).needs, [id], id);
});

test('a catalogue written as the spreadsheet imports back to the same places, and what is lost is named', () => {
  const out = catalogueToTableur(validateCatalogue(CATALOGUE));
  assert.ok(out.text.startsWith('\uFEFFIdentifiant'));
  assert.equal(out.rows, 4);
  assert.match(out.text, /"'=1\+1 ; pas une formule"/, 'formula guarded and quoted');
  assert.match(out.text, /;-4\.49;/, 'a negative longitude is written as a number');
  const back = importTableur(out.text, { communes: [{ name: 'Leyme', insee: '46170', postcodes: ['46120'], lat: 44.7867, lon: 1.8983 }] });
  assert.deepEqual(back.issues.filter((i) => i.severity === 'skipped'), []);
  const v = validateCatalogue(back.catalogue);
  assert.deepEqual(v.problems.filter((p) => p.severity === 'error'), []);
  const [ccas, bus] = toCatalogue(v).places;
  // The formula guard's apostrophe stays in the cell (a spreadsheet shows it as text): the only change.
  assert.deepEqual(ccas, { ...CATALOGUE.places[0]!, description: "'=1+1 ; pas une formule" });
  assert.equal(bus!.stops!.length, 2);
  assert.deepEqual(bus!.stops![0]!.location, { lat: 44.7867, lon: 1.8983, precision: 'commune' });
  assert.equal(bus!.stops![1]!.location.lon, -4.49);
  assert.deepEqual(out.notes.map((n) => [n.placeId, n.stopId]), [['bus-segala', 'leyme']]);
  assert.match(out.notes[0]!.message.fr, /horaires avancés « Th\[1,3\] 09:00-12:00 »/);
});

test('the template round-trips: its rows written back read the same', () => {
  const template = readFileSync(fileURLToPath(new URL('../../../data/templates/lieux-modele.csv', import.meta.url)), 'utf8');
  const first = importTableur(template);
  const again = importTableur(catalogueToTableur(first.catalogue).text);
  assert.deepEqual(again.catalogue.places, first.catalogue.places);
});
