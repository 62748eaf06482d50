import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLEUR_COLUMNS, columnLetter, importTableur, needsFromWords, tableurTemplate } from '../../../src/core/import/tableur.js';
import { decodeSpreadsheetBytes } from '../../../src/core/import/common.js';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';

const TEMPLATE = fileURLToPath(new URL('../../../data/templates/lieux-modele.csv', import.meta.url));
const HEADER = TABLEUR_COLUMNS.map((c) => c.header).join(';');
const row = (values: Record<string, string>): string => TABLEUR_COLUMNS.map((c) => values[c.key] ?? '').join(';');
const OK = { name: 'Mairie de Leyme', kind: 'permanence', city: 'Leyme', lat: '44.7867', lon: '1.8983', needs: 'CAF, impôts, aide administrative', h_mardi: '9h-12h', updated: '02/09/2024' };

/** Windows-1252 bytes of a text (the characters the tests use). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, 'œ': 0x9c, '€': 0x80, '…': 0x85 };
  return Uint8Array.from([...text].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

test('the committed template is the generated one (UTF-8 with BOM), and it imports with no problem', () => {
  const file = readFileSync(TEMPLATE, 'utf8');
  assert.equal(file, '\uFEFF' + tableurTemplate());
  const r = importTableur(file);
  assert.deepEqual(r.issues, []);
  assert.equal(r.catalogue.places.length, 2);
  const [ccas, bus] = r.catalogue.places;
  assert.equal(ccas!.id, 'ccas-de-figeac-figeac');
  assert.deepEqual(ccas!.needs, ['caf', 'logement', 'aide-sociale', 'ecrivain-public']);
  assert.equal(ccas!.hours, 'Mo-Fr 09:00-12:00,13:30-17:00');
  assert.equal(ccas!.appointment, 'both');
  assert.deepEqual(ccas!.equipment, ['printer']);
  assert.deepEqual(ccas!.accessibility, { wheelchair: 'yes', note: 'Boucle magnétique à l’accueil' });
  assert.equal(ccas!.free, true);
  assert.equal(ccas!.updated, '2024-09-02');
  assert.equal(bus!.kind, 'bus');
  assert.equal(bus!.stops?.length, 1);
  assert.deepEqual(bus!.stops[0], {
    id: 'place-de-la-mairie',
    name: 'Place de la mairie',
    address: { street: 'Place de la mairie', postcode: '46120', city: 'Leyme', insee: '46170' },
    location: { lat: 44.7867, lon: 1.8983, precision: 'exact' },
    hours: 'Th 09:00-12:00',
    hoursNote: 'Le jeudi des semaines paires',
  });
  assert.deepEqual(validateCatalogue(JSON.parse(JSON.stringify(r.catalogue))).problems, []);
});

test('the Windows-1252 form French spreadsheet software writes is read like UTF-8', () => {
  const text = tableurTemplate();
  const decoded = decodeSpreadsheetBytes(cp1252(text));
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, text);
  assert.deepEqual(importTableur(decoded.text).catalogue, importTableur(text).catalogue);
  assert.equal(decodeSpreadsheetBytes(new TextEncoder().encode(text)).encoding, 'utf-8');
});

test('comma-separated files, headers in any order, case and accents and hints ignored', () => {
  const csv = 'commune,NOM,type de lieu,latitude,longitude,Besoins,mardi\nLeyme,Mairie de Leyme,permanence,"44,7867","1,8983","CAF; impots",09:00 - 12:00\n';
  const r = importTableur(csv);
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.catalogue.places[0]!.needs, ['caf', 'impots']);
  assert.equal(r.catalogue.places[0]!.hours, 'Tu 09:00-12:00');
});

test('every problem names its line, its column (header and letter) and the fix; valid rows are kept', () => {
  const csv = [
    HEADER,
    row(OK),
    row({ ...OK, name: '' }),
    row({ ...OK, name: 'Sans type', kind: 'mairie annexe bis' }),
    row({ ...OK, name: 'Sans point', lat: '', lon: '' }),
    row({ ...OK, name: 'Inversé', lat: '1.8983', lon: '44.7867' }),
    row({ ...OK, name: 'Sans besoin', needs: 'cuisine' }),
    row({ ...OK, name: 'Valeurs', h_lundi: '9h-25h', walkIn: 'peut-être', email: 'pas-un-mail', phone: '12', postcode: '4612A', wheelchair: 'bof', updated: '31/02/2024', needs: 'CAF, imots' }),
    row({ name: 'Arrêt perdu', bus: 'Bus fantôme', city: 'Leyme', lat: '44.78', lon: '1.89' }),
  ].join('\n');
  const r = importTableur(csv);
  assert.deepEqual(r.catalogue.places.map((p) => p.name), ['Mairie de Leyme', 'Valeurs']);
  const at = (line: number) => r.issues.filter((i) => i.line === line);
  const col = (key: string): string => {
    const i = TABLEUR_COLUMNS.findIndex((c) => c.key === key);
    return `« ${TABLEUR_COLUMNS[i]!.header} » (colonne ${columnLetter(i)})`;
  };
  assert.deepEqual(at(2), []);
  assert.deepEqual(at(3).map((i) => [i.severity, i.field]), [['skipped', col('name')]]);
  assert.match(at(3)[0]!.message.fr, /le nom est vide\. À faire : écrivez le nom/);
  assert.match(at(4)[0]!.message.fr, /type de lieu inconnu « mairie annexe bis »\. À faire : écrivez l’un de : France services, CCAS/);
  assert.equal(at(5)[0]!.field, col('lat'));
  assert.match(at(5)[0]!.message.fr, /aucune liste de communes fournie/);
  assert.match(at(6)[0]!.message.fr, /inversées/);
  assert.match(at(7).find((i) => i.severity === 'skipped')!.message.fr, /aucun besoin reconnu/);
  const notes = at(8);
  assert.ok(notes.every((i) => i.severity === 'note'));
  assert.deepEqual(notes.map((i) => i.field).sort(), [col('h_lundi'), col('walkIn'), col('email'), col('phone'), col('postcode'), col('wheelchair'), col('updated'), col('needs')].sort());
  assert.match(notes.find((i) => i.field === col('needs'))!.message.fr, /mot inconnu « imots » \(vouliez-vous dire « impots » \?\)/);
  assert.match(notes.find((i) => i.field === col('h_lundi'))!.message.fr, /À faire : écrivez les plages comme 09:00 - 12:00 \/ 13:30 - 17:00/);
  const kept = r.catalogue.places[1]!;
  assert.deepEqual(kept.needs, ['caf']);
  assert.equal(kept.hours, undefined);
  assert.equal(kept.contact, undefined);
  assert.equal(kept.appointment, undefined);
  assert.match(at(9)[0]!.message.fr, /aucune ligne de type « bus » ne s’appelle « Bus fantôme »/);
  assert.deepEqual(validateCatalogue(JSON.parse(JSON.stringify(r.catalogue))).problems, []);
});

test('without coordinates, the commune centre from a commune list (by INSEE code, else by name and postcode)', () => {
  const communes = [
    { name: 'Leyme', insee: '46170', postcodes: ['46120'], lat: 44.78, lon: 1.9 },
    { name: 'Saint-Cirq', insee: '46257', postcodes: ['46300'], lat: 44.6, lon: 1.4 },
    { name: 'Saint-Cirq', insee: '82160', postcodes: ['82300'], lat: 44.1, lon: 1.7 },
  ];
  const csv = [HEADER, row({ ...OK, lat: '', lon: '' }), row({ ...OK, name: 'B', city: 'Saint-Cirq', postcode: '82300', lat: '', lon: '' }), row({ ...OK, name: 'C', city: 'Saint-Cirq', lat: '', lon: '' })].join('\n');
  const r = importTableur(csv, { communes });
  assert.deepEqual(r.catalogue.places.map((p) => p.location), [
    { lat: 44.78, lon: 1.9, precision: 'commune' },
    { lat: 44.1, lon: 1.7, precision: 'commune' },
  ]);
  assert.equal(r.issues.length, 1, 'two Saint-Cirq and no postcode: not guessed');
});

test('ids: the Identifiant column wins, else name and commune; duplicates get a suffix; Sunday column', () => {
  const csv = [HEADER, row({ ...OK, id: 'mon-id' }), row(OK), row({ ...OK, h_dimanche: '10:00 - 12:00' })].join('\n');
  const r = importTableur(csv);
  assert.deepEqual(r.catalogue.places.map((p) => p.id), ['mon-id', 'mairie-de-leyme-leyme', 'mairie-de-leyme-leyme-2']);
  assert.equal(r.catalogue.places[2]!.hours, 'Tu 09:00-12:00; Su 10:00-12:00');
});

test('needs from plain words; a header without Nom or Commune is refused; unknown columns are named', () => {
  assert.deepEqual(needsFromWords('CAF, impôts, carte grise et retraite').needs, ['caf', 'impots', 'retraite', 'papiers']);
  assert.equal(importTableur('a;b\n1;2\n').unreadable, true);
  const r = importTableur(`${HEADER};Couleur\n${row(OK)};bleu\n`);
  assert.equal(r.catalogue.places.length, 1);
  assert.equal(r.issues[0]!.field, `« Couleur » (colonne ${columnLetter(TABLEUR_COLUMNS.length)})`);
  assert.equal(columnLetter(0), 'A');
  assert.equal(columnLetter(27), 'AB');
});
