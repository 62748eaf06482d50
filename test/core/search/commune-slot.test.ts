/**
 * Issue 11, point 8: a commune is taken from the search text only when the resident wrote a
 * whole commune name; a postcode shared by several communes asks to choose; the national
 * gazetteer is accepted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeGazetteer } from '../../../src/core/geo/gazetteer-format.js';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';

const { places } = loadDemoPlaces();
const index = createSearchIndex(places, { gazetteer: loadGazetteer() });

let nationalIndex: ReturnType<typeof createSearchIndex> | undefined;
function national(): ReturnType<typeof createSearchIndex> {
  if (!nationalIndex) {
    const r = decodeGazetteer(JSON.parse(readFileSync(new URL('../../../data/communes-france.json', import.meta.url), 'utf8')) as unknown);
    assert.ok(r.ok);
    nationalIndex = createSearchIndex(places, { gazetteer: r.entries });
  }
  return nationalIndex;
}

test('a word being typed is not a commune: "imp", "car", "pa", "po" select by need or name, not by distance', () => {
  for (const idx of [index, national()]) {
    for (const text of ['imp', 'car', 'pa', 'po', 'ca', 'fig', 'cah']) {
      const out = idx.search({ text, limit: 10 });
      assert.equal(out.commune, undefined, `"${text}" became ${out.commune?.name}`);
      assert.ok(out.results.every((r) => r.distanceKm === undefined), text);
    }
    assert.ok(idx.search({ text: 'imp', limit: 5 }).results.every((r) => r.place.needs.includes('impots')));
    // Typing on: "caf figea" is on its way to Figeac, not a typo of it yet.
    assert.equal(idx.search({ text: 'caf figea' }).commune, undefined);
  }
});

test('words of the thesaurus that are also communes keep their meaning (national gazetteer)', () => {
  // Bus (Somme), Job (Puy-de-Dôme), Boulot, Le Titre, Le Sourd are communes; "carte" and "arret"
  // are one letter from Canté and Arlet.
  for (const text of ['bus', 'job', 'boulot', 'titre de sejour', 'sourd', 'carte', 'carte d', 'arret', 'arret de bus', 'ARS', 'titre', 'titre ', 'centres', 'centres ']) {
    const out = national().search({ text, limit: 3 });
    assert.equal(out.commune?.name ?? (out.communeChoices ? 'choices' : undefined), undefined, text);
  }
  assert.equal(national().search({ text: 'bus lherm' }).commune?.insee, '46171');
});

test('single letters and too-short inputs do not empty the list', () => {
  assert.equal(index.search({ text: 'c' }).total, places.length);
  assert.equal(index.search({ text: 'C' }).total, places.length);
  assert.equal(national().search({ text: 'y' }).total, places.length);
  assert.ok(index.search({ text: 'caf c' }).total > 0);
});

test('a whole commune name, exact or with a typo, still sets the origin', () => {
  for (const idx of [index, national()]) {
    assert.equal(idx.search({ text: 'caf lherm' }).commune?.insee, '46171', 'the Lherm of the catalogue, not the bigger one');
    assert.equal(idx.search({ text: 'carte grise figeac' }).commune?.name, 'Figeac');
    assert.equal(idx.search({ text: 'carte grise figaec' }).commune?.name, 'Figeac', 'a typo of the whole name');
    assert.equal(idx.search({ text: 'caf st cere' }).commune?.name, 'Saint-Céré');
    assert.equal(idx.search({ text: 'impots cahors' }).commune?.name, 'Cahors');
  }
});

test('the national gazetteer: communes beyond the catalogue\'s territory', () => {
  const vif = national().search({ text: 'caf vif', limit: 3 });
  assert.equal(vif.commune?.name, 'Vif');
  assert.ok(vif.results.length > 0 && vif.results.every((r) => r.distanceKm !== undefined));
  assert.equal(national().search({ text: 'france services rocamadour' }).commune?.name, 'Rocamadour');
  const found = national().findCommunes('rocamadour', 5);
  assert.equal(found[0]?.name, 'Rocamadour');
  assert.equal(national().findCommunes('vif', 5)[0]?.name, 'Vif');
  // The catalogue's communes come before more populous namesakes and prefixes.
  assert.equal(national().findCommunes('lherm', 5)[0]?.insee, '46171');
  assert.equal(national().findCommunes('caho', 5)[0]?.name, 'Cahors');
});

test('a postcode shared by several communes asks to choose instead of picking one', () => {
  for (const idx of [index, national()]) {
    const out = idx.search({ text: 'caf 46150', limit: 5 });
    assert.equal(out.commune, undefined, `46150 became ${out.commune?.name}`);
    const names = (out.communeChoices ?? []).map((c) => c.name);
    assert.ok(names.includes('Catus') && names.includes('Lherm') && names.length >= 10, names.join());
    assert.ok(out.results.length > 0, 'the need still selects places');
    assert.ok(out.results.every((r) => r.distanceKm === undefined), 'no origin was made up');
  }
  // A postcode of one commune is that commune.
  assert.equal(national().search({ text: 'caf 46000' }).commune?.name, 'Cahors');
  assert.equal(national().search({ text: 'caf 46000' }).communeChoices, undefined);
});
