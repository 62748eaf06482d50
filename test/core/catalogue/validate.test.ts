import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCatalogueText, validateCatalogue, isSafeUrl } from '../../../src/core/catalogue/validate.js';
import { messages } from '../../../src/core/catalogue/messages.js';
import { LIMITS } from '../../../src/core/catalogue/limits.js';
import { NEED_IDS, PLACE_KINDS } from '../../../src/core/needs/vocabulary.js';
import type { ProblemCode, ValidationProblem, ValidationResult } from '../../../src/core/catalogue/problems.js';
import { catalogueOf, validPlace } from './fixtures.js';

const one = (place: unknown, options = {}): ValidationResult => validateCatalogue(catalogueOf([place]), options);
const only = (r: ValidationResult, code: ProblemCode): ValidationProblem => {
  const found = r.problems.filter((p) => p.code === code);
  assert.equal(found.length, 1, `one ${code} expected, got ${JSON.stringify(r.problems, null, 1)}`);
  return found[0]!;
};

test('a clean catalogue has no problem and keeps its places as given', () => {
  const r = one(validPlace());
  assert.deepEqual(r.problems, []);
  assert.equal(r.usable, true);
  assert.deepEqual(r.places, [validPlace()]);
  assert.equal(r.meta.name, 'Test');
});

test('missing required field: error naming place, path, and the place is skipped; the others kept', () => {
  const { name: _n, ...noName } = validPlace({ id: 'b' });
  const r = validateCatalogue(catalogueOf([validPlace({ id: 'a' }), noName, validPlace({ id: 'c' })]));
  const p = only(r, 'missing');
  assert.equal(p.severity, 'error');
  assert.equal(p.path, 'places[1].name');
  assert.equal(p.placeIndex, 1);
  assert.equal(p.placeId, 'b');
  assert.deepEqual(p.message, messages.missing('places[1].name'));
  assert.deepEqual(r.places.map((x) => x.id), ['a', 'c']);
});

test('missing nested required fields (address.city, location.precision) are errors too', () => {
  const r1 = one(validPlace({ address: { street: '1 rue X' } }));
  assert.equal(only(r1, 'missing').path, 'places[0].address.city');
  assert.equal(r1.places.length, 0);
  const r2 = one(validPlace({ location: { lat: 44.4, lon: 1.4 } }));
  assert.equal(only(r2, 'missing').path, 'places[0].location.precision');
  assert.equal(r2.places.length, 0);
});

test('wrong type: error on a required field, warning (value dropped) on an optional one', () => {
  const r1 = one(validPlace({ name: 42 }));
  const p1 = only(r1, 'wrong-type');
  assert.equal(p1.severity, 'error');
  assert.deepEqual(p1.message, messages.wrongType('places[0].name', 'string', 42));
  assert.equal(r1.places.length, 0);
  const r2 = one(validPlace({ free: 'oui' }));
  assert.equal(only(r2, 'wrong-type').severity, 'warning');
  assert.equal(r2.places.length, 1);
  assert.equal(r2.places[0]!.free, undefined);
  const r3 = one(validPlace({ location: { lat: '44.4', lon: 1.4, precision: 'exact' } }));
  assert.equal(only(r3, 'wrong-type').path, 'places[0].location.lat');
});

test('NaN and Infinity coordinates are refused', () => {
  for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
    const r = one(validPlace({ location: { lat: bad, lon: 1.4, precision: 'exact' } }));
    const p = only(r, 'wrong-type');
    assert.deepEqual(p.message, messages.notFinite('places[0].location.lat', bad));
    assert.equal(r.places.length, 0);
  }
});

test('duplicate id: the second place is skipped, the first kept', () => {
  const r = validateCatalogue(catalogueOf([validPlace({ id: 'x', name: 'First' }), validPlace({ id: 'x', name: 'Second' })]));
  const p = only(r, 'duplicate-id');
  assert.equal(p.severity, 'error');
  assert.equal(p.path, 'places[1].id');
  assert.deepEqual(p.message, messages.duplicateId('x', 0));
  assert.deepEqual(r.places.map((x) => x.name), ['First']);
});

test('unknown kind: error, place skipped; unknown need: warning, need dropped', () => {
  const r1 = one(validPlace({ kind: 'mairie' }));
  assert.deepEqual(only(r1, 'unknown-kind').message, messages.unknownKind('mairie', PLACE_KINDS));
  assert.equal(r1.places.length, 0);
  const r2 = one(validPlace({ needs: ['caf', 'cafe', 'caf'] }));
  const p = only(r2, 'unknown-need');
  assert.equal(p.severity, 'warning');
  assert.equal(p.path, 'places[0].needs[1]');
  assert.deepEqual(p.message, messages.unknownNeed('cafe', NEED_IDS));
  assert.deepEqual(r2.places[0]!.needs, ['caf']);
});

test('coordinates out of range', () => {
  const r = one(validPlace({ location: { lat: 144.4, lon: 1.4, precision: 'exact' } }));
  assert.deepEqual(only(r, 'coordinates-out-of-range').message, messages.outOfRange(144.4, 1.4));
  assert.equal(r.places.length, 0);
});

test('coordinates outside France: a point in Germany is refused, overseas points are accepted', () => {
  const r = one(validPlace({ location: { lat: 52.52, lon: 13.4, precision: 'exact' } }));
  assert.deepEqual(only(r, 'coordinates-outside-france').message, messages.outsideFrance(52.52, 13.4));
  const overseas = [
    [16.24, -61.53], // Guadeloupe
    [14.6, -61.07], // Martinique
    [4.93, -52.33], // Guyane
    [-20.88, 55.45], // La Réunion
    [-12.78, 45.23], // Mayotte
    [46.78, -56.17], // Saint-Pierre-et-Miquelon
    [-22.27, 166.45], // Nouméa
    [-17.53, -149.57], // Papeete
    [41.93, 8.74], // Ajaccio, Corsica
  ];
  const places = overseas.map(([lat, lon], i) => validPlace({ id: `o${i}`, location: { lat, lon, precision: 'exact' } }));
  const r2 = validateCatalogue(catalogueOf(places));
  assert.deepEqual(r2.problems, []);
  assert.equal(r2.places.length, overseas.length);
});

test('likely swapped latitude and longitude are named as such', () => {
  const r = one(validPlace({ location: { lat: 1.439927, lon: 44.44622, precision: 'exact' } }));
  const p = only(r, 'coordinates-swapped');
  assert.equal(p.severity, 'error');
  assert.deepEqual(p.message, messages.swapped(1.439927, 44.44622, 'France métropolitaine'));
  assert.match(p.message.fr, /inversées/);
  assert.match(p.message.en, /swapped/);
  // Réunion swapped gives |lat| > 90: still recognised as swapped, not just "out of range".
  const r2 = one(validPlace({ location: { lat: 55.45, lon: -20.88, precision: 'exact' } }));
  assert.equal(only(r2, 'coordinates-swapped').severity, 'error');
});

test('malformed hours: a warning, hours dropped (unknown), the place kept', () => {
  const check = (s: string) => (s.startsWith('Mo') ? null : { message: { fr: 'jour attendu', en: 'day expected' }, position: 0 });
  const r = one(validPlace({ hours: 'lundi 9h' }), { checkHours: check });
  const p = only(r, 'hours-syntax');
  assert.equal(p.severity, 'warning');
  assert.equal(p.path, 'places[0].hours');
  assert.deepEqual(p.message, messages.hoursSyntax('lundi 9h', { fr: 'jour attendu', en: 'day expected' }, 0));
  assert.equal(r.places.length, 1);
  assert.equal(r.places[0]!.hours, undefined);
  // With checkHours: null, any text is accepted; a non-text is a type warning.
  assert.equal(one(validPlace({ hours: 'lundi 9h' }), { checkHours: null }).places[0]!.hours, 'lundi 9h');
  const r3 = one(validPlace({ hours: 9 }));
  assert.equal(only(r3, 'wrong-type').severity, 'warning');
  assert.equal(r3.places.length, 1);
  // A checker that throws does not make validation throw.
  const r4 = one(validPlace(), { checkHours: () => { throw new Error('boom'); } });
  assert.equal(only(r4, 'hours-syntax').severity, 'warning');
});

test('by default the hours engine checks the syntax, of places and of stops', () => {
  const stop = { id: 's1', name: 'Lherm', address: { city: 'Lherm' }, location: { lat: 44.57, lon: 1.24, precision: 'commune' } };
  const good = one(validPlace({ kind: 'bus', hours: 'Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00', stops: [{ ...stop, hours: 'Th[1,3] 14:00-17:15' }] }));
  assert.deepEqual(good.problems, []);
  assert.equal(good.places[0]!.stops![0]!.hours, 'Th[1,3] 14:00-17:15');
  const bad = one(validPlace({ kind: 'bus', hours: 'Mo-Fr 09:00-25:99', stops: [{ ...stop, hours: 'jeudi 14h' }] }));
  assert.deepEqual(bad.problems.map((p) => `${p.code}/${p.severity}@${p.path}`), [
    'hours-syntax/warning@places[0].hours',
    'hours-syntax/warning@places[0].stops[0].hours',
  ]);
  assert.equal(bad.places.length, 1);
  assert.equal(bad.places[0]!.hours, undefined);
  assert.equal(bad.places[0]!.stops![0]!.hours, undefined);
  assert.deepEqual(bad.places[0]!.stops![0]!.id, 's1');
});

test('bad URL scheme: the website is dropped with a warning, the place kept', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'www.cahors.fr', 'ftp://x.fr', '/relative']) {
    const r = one(validPlace({ contact: { phone: '05 65 20 88 70', website: url } }));
    const p = only(r, 'bad-url');
    assert.equal(p.severity, 'warning');
    assert.deepEqual(p.message, messages.badUrl('places[0].contact.website', url));
    assert.deepEqual(r.places[0]!.contact, { phone: '05 65 20 88 70' });
  }
  for (const url of ['https://www.cahors.fr/', 'http://x.fr', 'tel:+33565208870', 'mailto:accueil@cahors.fr']) assert.ok(isSafeUrl(url), url);
});

test('absurdly long strings: too-long, error on the name, warning on the description', () => {
  const r1 = one(validPlace({ name: 'x'.repeat(LIMITS.name + 1) }));
  assert.deepEqual(only(r1, 'too-long').message, messages.tooLong('places[0].name', LIMITS.name + 1, LIMITS.name));
  assert.equal(r1.places.length, 0);
  const r2 = one(validPlace({ description: 'y'.repeat(LIMITS.description + 1) }));
  assert.equal(only(r2, 'too-long').severity, 'warning');
  assert.equal(r2.places.length, 1);
  assert.equal(r2.places[0]!.description, undefined);
});

test('too many partners are cut to the limit with a warning', () => {
  const many = Array.from({ length: LIMITS.partners + 5 }, (_, i) => `P${i}`);
  const r = one(validPlace({ partners: many }));
  assert.equal(only(r, 'too-many').severity, 'warning');
  assert.equal(r.places[0]!.partners!.length, LIMITS.partners);
});

test('unknown extra fields: warning, ignored (not copied)', () => {
  const r = one(validPlace({ couleur: 'bleu', address: { city: 'Cahors', etage: 2 } }));
  const paths = r.problems.filter((p) => p.code === 'unknown-field').map((p) => p.path);
  assert.deepEqual(paths, ['places[0].couleur', 'places[0].address.etage']);
  assert.ok(r.problems.every((p) => p.severity === 'warning'));
  assert.equal('couleur' in r.places[0]!, false);
  assert.deepEqual(r.places[0]!.address, { city: 'Cahors' });
  const r2 = validateCatalogue(catalogueOf([], { theme: 'dark' }));
  assert.equal(only(r2, 'unknown-field').path, 'theme');
});

test('stops only for a bus: on another kind they are dropped with a warning', () => {
  const stop = { id: 's1', name: 'Lherm', address: { city: 'Lherm' }, location: { lat: 44.57, lon: 1.24, precision: 'commune' } };
  const r = one(validPlace({ stops: [stop] }));
  const p = only(r, 'unknown-field');
  assert.equal(p.path, 'places[0].stops');
  assert.deepEqual(p.message, messages.stopsNotBus('france-services'));
  assert.equal(r.places[0]!.stops, undefined);
  const r2 = one(validPlace({ kind: 'bus', stops: [stop] }));
  assert.deepEqual(r2.problems, []);
  assert.deepEqual(r2.places[0]!.stops, [stop]);
});

test('each stop is validated like a place location; a bad stop is dropped, the bus kept', () => {
  const good = { id: 's1', name: 'Lherm', address: { city: 'Lherm' }, location: { lat: 44.57, lon: 1.24, precision: 'commune' } };
  const swapped = { ...good, id: 's2', location: { lat: 1.24, lon: 44.57, precision: 'commune' } };
  const noCity = { ...good, id: 's3', address: {} };
  const dup = { ...good, name: 'Lherm again' };
  const r = one(validPlace({ kind: 'bus', stops: [good, swapped, noCity, 'x', dup] }));
  const codes = r.problems.map((p) => `${p.code}@${p.path}`);
  assert.deepEqual(codes, [
    'coordinates-swapped@places[0].stops[1].location',
    'missing@places[0].stops[2].address.city',
    'not-object@places[0].stops[3]',
    'duplicate-id@places[0].stops[4].id',
  ]);
  assert.ok(r.problems.every((p) => p.severity === 'warning' && p.placeId === 'fs-1'));
  assert.deepEqual(r.places[0]!.stops!.map((s) => s.id), ['s1']);
  assert.match(r.problems[0]!.message.fr, /Cet arrêt est ignoré/);
});

test('unknown values in closed lists (appointment, equipment, precision, postcode) are reported', () => {
  const r = one(validPlace({ appointment: 'sometimes', equipment: ['computer', 'fax'], address: { city: 'Cahors', postcode: '4600' } }));
  const codes = r.problems.map((p) => `${p.code}@${p.path}`);
  assert.deepEqual(codes, [
    'unknown-value@places[0].address.postcode',
    'unknown-value@places[0].appointment',
    'unknown-value@places[0].equipment[1]',
  ]);
  assert.deepEqual(r.places[0]!.equipment, ['computer']);
  const r2 = one(validPlace({ location: { lat: 44.4, lon: 1.4, precision: 'approx' } }));
  assert.equal(only(r2, 'unknown-value').severity, 'error');
});

test('missing metadata is filled with defaults and reported', () => {
  const r = validateCatalogue({ places: [validPlace()] });
  assert.equal(r.usable, true);
  assert.equal(r.places.length, 1);
  const missing = r.problems.filter((p) => p.code === 'missing').map((p) => p.path);
  assert.deepEqual(missing, ['name', 'territory', 'updated', 'licence', 'attribution', 'version']);
  assert.ok(r.problems.every((p) => p.severity === 'warning'));
  assert.equal(r.meta.name, 'Catalogue');
  assert.deepEqual(r.problems[0]!.message, messages.missingMeta('name', 'Catalogue'));
});

test('not an object, no places array: unusable, reported', () => {
  for (const input of [null, 42, 'x', [1, 2]]) {
    const r = validateCatalogue(input);
    assert.equal(r.usable, false);
    assert.equal(only(r, 'not-object').path, '$');
  }
  const r = validateCatalogue(catalogueOf([], { places: { a: 1 } }));
  assert.equal(r.usable, false);
  assert.equal(only(r, 'wrong-type').path, 'places');
  const r2 = validateCatalogue(catalogueOf([validPlace(), 7]));
  assert.equal(only(r2, 'not-object').path, 'places[1]');
  assert.equal(r2.places.length, 1);
});

test('parseCatalogueText: BOM stripped, JSON syntax errors located by line and column in both languages', () => {
  const ok = parseCatalogueText('\uFEFF' + JSON.stringify(catalogueOf([validPlace()])));
  assert.deepEqual(ok.problems, []);
  assert.equal(ok.places.length, 1);
  const r = parseCatalogueText('{\n  "name": "x",\n  "places": [,]\n}');
  const p = only(r, 'not-json');
  assert.equal(r.usable, false);
  assert.match(p.message.fr, /ligne 3, colonne 14/);
  assert.match(p.message.en, /line 3, column 14/);
  const cut = parseCatalogueText('{"places": [');
  assert.match(only(cut, 'not-json').message.en, /line 1, column 13.*ends too early/);
  assert.match(parseCatalogueText('').problems[0]!.message.fr, /ligne 1, colonne 1/);
  assert.match(parseCatalogueText('{"a": tru}').problems[0]!.message.en, /column 7/);
  assert.match(parseCatalogueText('{"a": 1} x').problems[0]!.message.en, /column 10/);
});
