import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NATIONAL_CSV as NATIONAL } from '../../helpers/sources.js';
import { importFranceServices, franceServicesRowToPlace, FRANCE_SERVICES_PARTNERS } from '../../../src/core/import/france-services.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { FRANCE_SERVICES_NEEDS } from '../../../src/core/needs/vocabulary.js';


const HEADER =
  'id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs';

test('the national file: at least 99% of its 2,845 rows kept, the output validates with zero errors', () => {
  const r = importFranceServices(readFileSync(NATIONAL, 'utf8'), { updated: '2024-08-01' });
  assert.equal(r.rows, 2845);
  assert.ok(r.catalogue.places.length >= Math.ceil(2845 * 0.99), `${r.catalogue.places.length} kept`);
  assert.equal(r.catalogue.places.length + r.skipped.length, r.rows);
  const v = validateCatalogue(JSON.parse(JSON.stringify(r.catalogue)));
  assert.deepEqual(v.problems.filter((p) => p.severity === 'error'), []);
  assert.equal(v.places.length, r.catalogue.places.length);
  const buses = r.catalogue.places.filter((p) => p.kind === 'bus').length;
  assert.equal(buses, 134 + 29); // Bus_équivalent + Itinérante
  // Help with procedures is the label's core mission: every row, fixed site or bus.
  for (const p of r.catalogue.places) assert.ok(p.needs.includes('demarches'), `${p.id} ${p.name}`);
});

test('a row becomes a place: kind, needs, partners, hours, appointment, address, precision', () => {
  const csv = `${HEADER}
262,46,"Bus France services Grand Cahors",72 Rue du Président Wilson,Hôtel Wilson,46042,46000,Cahors,44.44622,1.439927,bus@grandcahors.fr,07 62 60 96 94,09:00 - 12:00 / 14:00 - 17:15,09:00 - 12:00 / 14:00 - 17:15,09:00 - 12:00,09:00 - 12:00 / 14:00 - 17:15,09:00 - 12:00 / 14:00 - 17:15,,Oui,Sur rendez-vous le mercredi,Principal,Bus_équivalent,,Espace labellisé
7,2,"France services Guise",6 rue Godin,,2361,2120,Guise,49.90147,3.626688,a@x.fr - b@x.fr,03 23 00 00 00,,,,,,,Non,,Antenne,Fixe,,`;
  const r = importFranceServices(csv, { updated: '2024-08-01' });
  assert.deepEqual(r.skipped, []);
  const [bus, fixe] = r.catalogue.places;
  assert.deepEqual(bus, {
    id: 'fs-262',
    name: 'Bus France services Grand Cahors',
    kind: 'bus',
    needs: ['demarches', ...FRANCE_SERVICES_NEEDS],
    address: { street: 'Hôtel Wilson, 72 Rue du Président Wilson', postcode: '46000', city: 'Cahors', insee: '46042' },
    location: { lat: 44.44622, lon: 1.439927, precision: 'exact' },
    hours: 'Mo,Tu,Th,Fr 09:00-12:00,14:00-17:15; We 09:00-12:00',
    hoursNote: 'Sur rendez-vous le mercredi',
    contact: { phone: '07 62 60 96 94', email: 'bus@grandcahors.fr' },
    appointment: 'both',
    free: true,
    partners: [...FRANCE_SERVICES_PARTNERS],
    description: 'France services (bus équivalent).',
    source: 'ANCT, Liste des structures France services (2024-08-01)',
    updated: '2024-08-01',
  });
  assert.equal(fixe!.kind, 'france-services');
  assert.deepEqual(fixe!.needs, ['demarches', ...FRANCE_SERVICES_NEEDS]);
  assert.equal(fixe!.hours, undefined, 'all days empty: unknown, not closed');
  assert.equal(fixe!.appointment, 'walk-in');
  assert.deepEqual(fixe!.address, { street: '6 rue Godin', postcode: '02120', city: 'Guise', insee: '02361' });
  assert.equal(fixe!.contact!.email, 'a@x.fr');
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0]!.message.en, /several e-mails/);
});

test('rows without a usable point, name or commune are skipped with line, id_fs and reason', () => {
  const csv = `${HEADER}
1,46,Sans point,,,46042,46000,Cahors,,,,,,,,,,,Non,,Principal,Fixe,,
2,46,Inversé,,,46042,46000,Cahors,1.43,44.44,,,,,,,,,Non,,Principal,Fixe,,
3,46,Berlin,,,46042,46000,Cahors,52.5,13.4,,,,,,,,,Non,,Principal,Fixe,,
4,46,,,,46042,46000,Cahors,44.4,1.4,,,,,,,,,Non,,Principal,Fixe,,
5,46,Bonnes heures mauvaises,,,46042,46000,Cahors,44.4,1.4,,,fermé,,,,,,Non,,Principal,Itinérante,,
5,46,Doublon,,,46042,46000,Cahors,44.4,1.4,,,,,,,,,Non,,Principal,Fixe,,`;
  const r = importFranceServices(csv);
  assert.deepEqual(r.skipped.map((s) => [s.line, s.idFs]), [[2, '1'], [3, '2'], [4, '3'], [5, '4'], [7, '5']]);
  assert.match(r.skipped[0]!.reason.en, /missing or unreadable coordinates/);
  assert.match(r.skipped[1]!.reason.fr, /inversées/);
  assert.match(r.skipped[2]!.reason.en, /outside France/);
  assert.match(r.skipped[3]!.reason.en, /no name/);
  assert.match(r.skipped[4]!.reason.en, /already seen/);
  // Unreadable hours keep the row, without hours, with a note.
  assert.equal(r.catalogue.places.length, 1);
  assert.equal(r.catalogue.places[0]!.kind, 'bus');
  assert.equal(r.catalogue.places[0]!.hours, undefined);
  assert.match(r.notes[0]!.message.fr, /horaires ignorés, h_lundi/);
});

test('a file that is not the France services CSV gives an empty catalogue and a reason, never throws', () => {
  const r = importFranceServices('a,b\n1,2\n');
  assert.equal(r.catalogue.places.length, 0);
  assert.match(r.skipped[0]!.reason.en, /unexpected header/);
  const r2 = importFranceServices('"unclosed\n');
  assert.equal(r2.catalogue.places.length, 0);
  assert.match(r2.skipped[0]!.reason.en, /Unreadable CSV/);
  assert.ok('skip' in franceServicesRowToPlace({}));
});
