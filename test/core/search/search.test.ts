import { test } from 'node:test';
import assert from 'node:assert/strict';
import { haversineKm } from '../../../src/core/geo/distance.js';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { place } from './place-fixture.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';

const { places } = loadDemoPlaces();
const gazetteer = loadGazetteer();
const index = createSearchIndex(places, { gazetteer });


test('case, accents and apostrophes do not matter', () => {
  const ids = (t: string): string[] => index.search({ text: t, limit: 20 }).results.map((r) => r.place.id);
  assert.deepEqual(ids('IMPÔTS'), ids('impots'));
  assert.deepEqual(ids("carte d'identité"), ids('carte d identite'));
  assert.deepEqual(ids('Chèque Énergie'), ids('cheque energie'));
});

test('distance sort: from a point, nondecreasing, to the nearest stop for a bus', () => {
  const bus = place('bus', {
    kind: 'bus',
    location: { lat: 44.4475, lon: 1.4419, precision: 'exact' },
    stops: [
      { id: 's-far', name: 'Loin', address: { city: 'Figeac' }, location: { lat: 44.6086, lon: 2.0317, precision: 'commune' } },
      { id: 's-lherm', name: 'Lherm', address: { city: 'Lherm', insee: '46171' }, location: { lat: 44.5699, lon: 1.2407, precision: 'commune' } },
    ],
  });
  const idx = createSearchIndex([place('a'), place('b', { location: { lat: 44.9, lon: 1.3, precision: 'exact' } }), bus]);
  const near = { lat: 44.57, lon: 1.24 };
  const out = idx.search({ near, sort: 'distance' });
  assert.deepEqual(out.results.map((r) => r.place.id), ['bus', 'a', 'b']);
  assert.equal(out.results[0]!.stopId, 's-lherm');
  assert.ok(Math.abs(out.results[0]!.distanceKm! - haversineKm(44.57, 1.24, 44.5699, 1.2407)) < 1e-9);
  // No text and an origin: distance by default.
  assert.deepEqual(idx.search({ near }).results.map((r) => r.place.id), ['bus', 'a', 'b']);
  assert.equal(idx.search({ near, radiusKm: 5 }).total, 1);
});

test('need + commune: the commune becomes the origin and ranking is by distance', () => {
  const out = index.search({ text: 'carte grise lherm', limit: 10 });
  assert.equal(out.commune?.name, 'Lherm');
  assert.deepEqual(out.needs, ['papiers']);
  const lherm = out.commune;
  for (const r of out.results) assert.ok(r.place.needs.includes('papiers'));
  const d = out.results.map((r) => r.distanceKm!);
  assert.deepEqual(d, [...d].sort((a, b) => a - b));
  // The nearest papiers place in the whole catalogue comes first.
  const best = Math.min(
    ...places
      .filter((p) => p.needs.includes('papiers'))
      .map((p) => Math.min(...(p.stops?.length ? p.stops.map((s) => s.location) : [p.location]).map((l) => haversineKm(lherm.lat, lherm.lon, l.lat, l.lon)))),
  );
  assert.ok(Math.abs(d[0]! - best) < 1e-9);
});

test('why it matched: need term, name, kind, commune', () => {
  const r = index.search({ text: 'impots', limit: 1 }).results[0]!;
  assert.deepEqual(r.matches[0], { field: 'need', query: 'impots', term: 'impôts', need: 'impots' });
  const typo = index.search({ text: 'carte grisse', limit: 1 }).results[0]!;
  assert.equal(typo.matches[0]!.term, 'carte grise');
  assert.equal(typo.matches[0]!.need, 'papiers');
  const kind = index.search({ text: 'centre social', limit: 1 }).results[0]!;
  assert.equal(kind.matches[0]!.field, 'kind');
  const idx = createSearchIndex([place('m', { name: 'Médiathèque Guy-de-Maupassant', kind: 'espace-numerique', needs: ['numerique'] })]);
  const named = idx.search({ text: 'maupassant' }).results[0]!;
  assert.deepEqual(named.matches, [{ field: 'name', query: 'maupassant', term: 'Médiathèque Guy-de-Maupassant' }]);
  const near = index.search({ text: 'caf cahors', limit: 3 });
  assert.ok(near.results.some((x) => x.matches.some((m) => m.field === 'commune' && m.term === 'Cahors')));
});

test('partners and postcodes match', () => {
  const idx = createSearchIndex([place('p', { partners: ['UDAF du Lot'], needs: [] }), place('q', { needs: [], address: { city: 'Figeac', postcode: '46100' } })]);
  assert.equal(idx.search({ text: 'udaf' }).results[0]?.matches[0]?.field, 'partner');
  assert.deepEqual(idx.search({ text: '46100' }).results.map((r) => r.place.id)[0], 'q');
});

test('a word matching nothing gives nothing, and bad input never throws', () => {
  assert.equal(index.search({ text: 'xqzw' }).total, 0);
  for (const text of ['', '   ', "''--", '\u0000\uFFFF', 'é'.repeat(5000), '12', 'a b c d e f g h i j k l m n o p']) {
    assert.doesNotThrow(() => index.search({ text, limit: -3, openAt: new Date(NaN), radiusKm: -1 }));
    assert.doesNotThrow(() => index.suggestNeeds(text, 'fr'));
    assert.doesNotThrow(() => index.findCommunes(text));
  }
  assert.equal(index.search({ text: 'caf', limit: 0 }).results.length, 0);
});

test('typing letter by letter reaches the need early', () => {
  for (const [typed, need] of [['imp', 'impots'], ['chom', 'emploi'], ['retr', 'retraite'], ['carte g', 'papiers'], ['secu', 'sante']] as const)
    assert.ok(index.search({ text: typed, limit: 5 }).results.every((r) => r.place.needs.includes(need)), typed);
});

test('suggestNeeds: "imp" → impôts first, "carte gri" → papiers, English labels', () => {
  assert.equal(index.suggestNeeds('imp', 'fr')[0]!.need, 'impots');
  const cg = index.suggestNeeds('carte gri', 'fr');
  assert.equal(cg[0]!.need, 'papiers');
  assert.equal(cg[0]!.term, 'carte grise');
  assert.equal(index.suggestNeeds('chomag', 'en')[0]!.label, 'Jobs (France Travail)');
  assert.equal(index.suggestNeeds('pole emploi', 'fr')[0]!.need, 'emploi');
  assert.equal(index.suggestNeeds('taxes', 'en')[0]!.need, 'impots');
  assert.equal(index.suggestNeeds('carte', 'fr', 2).length, 2);
  assert.deepEqual(index.suggestNeeds('', 'fr'), []);
});

test('findCommunes: by name, prefix, typo and postcode, offline', () => {
  assert.equal(index.findCommunes('lherm')[0]!.name, 'Lherm');
  assert.equal(index.findCommunes('LHE')[0]!.name, 'Lherm');
  assert.equal(index.findCommunes('saint quent')[0]!.name, 'Saint-Quentin');
  assert.equal(index.findCommunes('figaec')[0]?.name, 'Figeac');
  const pc = index.findCommunes('46090', 50);
  assert.ok(pc.length > 0 && pc.every((c) => c.postcodes.includes('46090')));
  assert.ok(pc.length >= 2, 'several communes share 46090');
  assert.ok(index.findCommunes('460').every((c) => c.postcodes.some((p) => p.startsWith('460'))));
});

test('the catalogue alone is a gazetteer: its places\' communes are found without a commune list', () => {
  const idx = createSearchIndex([place('x', { address: { city: 'Saint-Cirq-Lapopie', postcode: '46330' } })]);
  assert.equal(idx.findCommunes('saint cirq')[0]!.name, 'Saint-Cirq-Lapopie');
  assert.equal(idx.search({ text: 'caf saint cirq lapopie' }).commune?.name, 'Saint-Cirq-Lapopie');
});

test('a single letter after a word continues a phrase ("carte g" → carte grise)', () => {
  const out = index.search({ text: 'carte g', limit: 5 });
  assert.deepEqual(out.needs, ['papiers']);
  assert.ok(out.results.length > 0 && out.results.every((r) => r.place.needs.includes('papiers')));
  // A word being typed is not taken for a typo of a shorter word ("mair" → mairie, not mail).
  assert.deepEqual(index.suggestNeeds('mair', 'fr'), []);
  assert.equal(index.search({ text: 'mair', limit: 3 }).results[0]?.matches[0]?.term, 'mairie');
});

test('text made only of stop words or a lone letter does not select places by itself', () => {
  assert.equal(index.search({ text: 'de la ' }).total, places.length);
  // A lone letter being typed is the start of a word, not a search that found nothing.
  assert.equal(index.search({ text: 'c' }).total, places.length);
});
