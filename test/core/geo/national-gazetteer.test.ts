import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeGazetteer, encodeGazetteer, type CommuneEntry, type CommuneRow } from '../../../src/core/geo/gazetteer-format.js';
import { communeMatcher, createCommuneMatcher } from '../../../src/core/geo/commune-matcher.js';
import { tokenizeWithSource } from '../../../src/core/text/normalise.js';

const FILE = new URL('../../../data/communes-france.json', import.meta.url);
let national: CommuneEntry[] | undefined;
function all(): CommuneEntry[] {
  if (!national) {
    const r = decodeGazetteer(JSON.parse(readFileSync(FILE, 'utf8')) as unknown);
    assert.ok(r.ok);
    national = r.entries;
  }
  return national;
}
const names = (xs: { name: string }[]): string[] => xs.map((x) => x.name);

test('compact format: round trip of awkward rows (Corsica, overseas, shared and missing postcodes)', () => {
  const rows: CommuneRow[] = [
    { code: '01001', name: "L'Abergement-Clémenciat", dep: '01', postcodes: ['01400'], population: 860, lat: 46.15359, lon: 4.92582 },
    { code: '01002', name: "L'Abergement-de-Varey", dep: '01', postcodes: ['01400'], population: 270, lat: 46.00958, lon: 5.42799 },
    { code: '01004', name: 'Sans-Code', dep: '01', postcodes: [], population: 0, lat: 46, lon: 5 },
    { code: '2A004', name: 'Ajaccio', dep: '2A', postcodes: ['20000', '20090'], population: 73822, lat: 41.9, lon: 8.7 },
    { code: '97101', name: 'Les Abymes', dep: '971', postcodes: ['97139'], population: 53000, lat: 16.27, lon: -61.5 },
  ];
  const c = encodeGazetteer(rows, { source: 's', licence: 'l' });
  assert.deepEqual(c.postcodes, ['01400', '', '-', '20000 20090', '97139']);
  const back = decodeGazetteer(JSON.parse(JSON.stringify(c)) as unknown);
  assert.ok(back.ok);
  assert.deepEqual(
    back.entries.map((e) => [e.insee, e.dep, e.name, e.postcodes, e.population]),
    rows.map((r) => [r.code, r.dep, r.name, r.postcodes, r.population]),
  );
  back.entries.forEach((e, i) => assert.ok(Math.abs(e.lat - rows[i]!.lat) < 6e-5 && Math.abs(e.lon - rows[i]!.lon) < 6e-5));
  // Entries do not share postcode arrays: changing one leaves its neighbour alone.
  back.entries[1]!.postcodes.push('x');
  assert.deepEqual(back.entries[0]!.postcodes, ['01400']);
});

test('compact format: bad input is a problem, never an exception', () => {
  const good = encodeGazetteer([{ code: '46171', name: 'Lherm', dep: '46', postcodes: ['46150'], population: 228, lat: 44.57, lon: 1.24 }], { source: '', licence: '' });
  for (const bad of [null, 'x', [], {}, { ...good, version: 2 }, { ...good, count: 2 }, { ...good, lat: ['a'] }, { ...good, dep: [['46', 3]] }, { ...good, name: [1] }, { ...good, lat: [9e9] }]) {
    const r = decodeGazetteer(bad);
    assert.equal(r.ok, false, JSON.stringify(bad).slice(0, 60));
  }
});

test('the shipped file: every commune and arrondissement, with département and postcodes', () => {
  const e = all();
  assert.equal(e.length, 34920);
  const lherm = e.find((x) => x.insee === '46171')!;
  assert.equal(lherm.name, 'Lherm');
  assert.equal(lherm.dep, '46');
  assert.deepEqual(lherm.postcodes, ['46150']);
  assert.ok(Math.abs(lherm.lat - 44.56993) < 1e-4 && Math.abs(lherm.lon - 1.24071) < 1e-4);
  assert.equal(e.find((x) => x.insee === '2A004')?.name, 'Ajaccio');
});

test('find: the communes the issue could not find, in any spelling', () => {
  const m = communeMatcher(all());
  assert.equal(m.find('Vif')[0]?.entry.name, 'Vif');
  assert.equal(m.find('vif')[0]?.kind, 'exact');
  assert.equal(m.find('ROCAMADOUR')[0]?.entry.name, 'Rocamadour');
  assert.equal(m.find('rocamadur')[0]?.entry.name, 'Rocamadour', 'a typo');
  assert.equal(m.find('rocam')[0]?.entry.name, 'Rocamadour', 'a beginning, for suggestions');
  assert.equal(m.find('st cirq lapopie')[0]?.entry.name, 'Saint-Cirq-Lapopie');
  assert.equal(m.find('S. Cirq Lapopie')[0]?.entry.name, 'Saint-Cirq-Lapopie');
  assert.equal(m.find('Ste Foy la Grande')[0]?.entry.name, 'Sainte-Foy-la-Grande');
  assert.equal(m.find('bourg d oisans')[0]?.entry.name, "Le Bourg-d'Oisans", 'the article is optional');
  assert.equal(m.find('chateauneuf du pape')[0]?.entry.name, 'Châteauneuf-du-Pape');
  // Exact full names first, then by population: "Saint-Quentin" is the Aisne city, not a
  // bigger "Saint-Quentin-…".
  const sq = m.find('saint quentin', 5);
  assert.equal(sq[0]!.entry.name, 'Saint-Quentin');
  assert.equal(sq[0]!.entry.insee, '02691');
  assert.ok(sq.slice(1).every((x) => x.kind === 'prefix'));
  // Homonyms: both, the more populous first.
  const lherm = m.find('lherm', 5).filter((x) => x.kind === 'exact');
  assert.deepEqual(lherm.map((x) => x.entry.insee), ['31299', '46171']);
  assert.deepEqual(m.find(''), []);
  assert.deepEqual(m.find('zzzzzz'), []);
});

test('postcodes: all the communes that share one, never one picked', () => {
  const m = communeMatcher(all());
  const pc = m.byPostcode('46150');
  assert.ok(pc.length >= 10, String(pc.length));
  assert.ok(names(pc).includes('Catus') && names(pc).includes('Lherm'));
  assert.ok(pc.every((c) => c.postcodes.includes('46150')));
  const r = m.resolve('46150');
  assert.equal(r.status, 'ambiguous');
  assert.ok(r.status === 'ambiguous' && r.reason === 'postcode' && r.choices.length === pc.length);
  assert.ok(m.find('46150', 50).length === pc.length);
  assert.equal(m.resolve('38450').status === 'found' || m.resolve('38450').status === 'ambiguous', true);
  assert.equal(m.resolve('99999').status, 'unknown');
});

test('resolve: one commune, homonyms to choose between, qualifiers that choose', () => {
  const m = communeMatcher(all());
  const vif = m.resolve('Vif');
  assert.ok(vif.status === 'found' && vif.entry.insee === '38545');
  const lherm = m.resolve('Lherm');
  assert.ok(lherm.status === 'ambiguous' && lherm.reason === 'homonyms' && lherm.choices.length >= 2);
  for (const q of ['Lherm (46)', 'Lherm, 46150', '46150 Lherm', 'Lherm 46']) {
    const r = m.resolve(q);
    assert.ok(r.status === 'found' && r.entry.insee === '46171', q);
  }
  const typo = m.resolve('Rocamadur');
  assert.ok(typo.status === 'found' && typo.entry.name === 'Rocamadour' && typo.corrected);
  assert.equal(m.resolve('roca').status, 'ambiguous');
  assert.equal(m.resolve('qqqqqqq').status, 'unknown');
});

test('whole names in search text: never a beginning', () => {
  const m = communeMatcher(all());
  const at = (text: string, typing = true) => m.wholeNamesAt(tokenizeWithSource(text).map((t) => t.raw), 0, typing);
  for (const t of ['imp', 'car', 'pa', 'po', 'c', 'figea', 'rocama']) assert.deepEqual(at(t), [], t);
  // Words are compared unstemmed: "car" is not "Cars", "impot" not a commune "Impots".
  assert.equal(at('cars')[0]?.term, 'Cars');
  assert.equal(at('imphy')[0]?.term, 'Imphy');
  assert.equal(at('figaec')[0]?.term, 'Figeac', 'a typo as long as the name');
  assert.equal(at('figea', false)[0]?.term, 'Figeac', 'a finished word may be a typo');
  const sq = at('saint quentin');
  assert.ok(sq.some((h) => h.span === 2 && h.quality === 1 && h.term === 'Saint-Quentin'));
  assert.ok(at('st quentin').some((h) => h.span === 2 && h.term === 'Saint-Quentin'));
  assert.ok(at('saint quentn', false).some((h) => h.span === 2 && h.term === 'Saint-Quentin'));
  // Short names need the exact spelling.
  assert.deepEqual(at('vf', false), []);
});

test('a small gazetteer works the same (the catalogue\'s own communes)', () => {
  const m = createCommuneMatcher([
    { name: 'Cahors', postcodes: ['46000'], lat: 44.45, lon: 1.44, population: 19000 },
    { name: 'Catus', postcodes: ['46150'], lat: 44.56, lon: 1.34, population: 900 },
    { name: 'Lherm', postcodes: ['46150'], lat: 44.57, lon: 1.24, population: 228 },
  ]);
  assert.deepEqual(names(m.find('ca').map((x) => x.entry)), ['Cahors', 'Catus']);
  assert.deepEqual(names(m.byPostcode('46150')), ['Catus', 'Lherm']);
  assert.equal(m.resolve('cahrs').status, 'found');
});
