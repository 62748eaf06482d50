/**
 * Help with procedures is a need (issue 11, point 5): the words residents use for "help me with
 * my paperwork" find places near Cahors, Saint-Quentin and Grenoble, with the element's radius
 * rule, on the demo catalogue; and the words that already meant something else still do.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { radiusQuery, DEFAULT_RADIUS_KM } from '../../../src/core/search/state.js';
import type { NeedId } from '../../../src/core/catalogue/types.js';
import { loadDemoPlaces, loadGazetteer } from './demo-catalogue.js';

const { places } = loadDemoPlaces();
const gazetteer = loadGazetteer();
const index = createSearchIndex(places, { gazetteer });
const DEMARCHES = 'demarches' as NeedId;

const COMMUNES = ['Cahors', 'Saint-Quentin', 'Grenoble'] as const;
const origin = (name: string): { lat: number; lon: number } => {
  const c = gazetteer.find((g) => g.name === name);
  assert.ok(c, `${name} is in the gazetteer`);
  return { lat: c.lat, lon: c.lon };
};

/** What residents type when they need help with a procedure, in French and English. */
export const DEMARCHES_PHRASINGS: readonly string[] = [
  'aide administrative',
  'remplir un dossier',
  'formulaire',
  'courrier',
  'faire mes papiers',
  'démarche en ligne',
  'écrivain public',
  'lire un courrier',
  'aide pour internet',
  'dossier',
  'démarches',
  'paperasse',
  'lettre',
  'remplir',
  'administration',
  'aide aux démarches',
  'comprendre un courrier',
  'remplir un formulaire',
  'aide pour mes papiers',
  'demarche administrative',
  'paperwork',
  'help with forms',
  'official letter',
];

for (const q of DEMARCHES_PHRASINGS)
  for (const commune of COMMUNES)
    test(`"${q}" near ${commune}: places that help with procedures, within the radius`, () => {
      const out = index.search({ text: q, near: origin(commune), ...radiusQuery(DEFAULT_RADIUS_KM), limit: 10 });
      assert.ok(out.needs.includes(DEMARCHES), `understood as ${out.needs.join(',') || 'nothing'}`);
      assert.ok(out.results.length > 0, 'no place found');
      assert.equal(out.radius?.usedKm, DEFAULT_RADIUS_KM, `found within ${DEFAULT_RADIUS_KM} km, not by widening`);
      // Words that meant another need before keep it ("démarche en ligne" is digital help too),
      // so a result may answer that need; but places helping with procedures must be there.
      for (const r of out.results)
        assert.ok(out.needs.some((n) => r.place.needs.includes(n)), `${r.place.name} answers none of ${out.needs.join(',')}`);
      assert.ok(out.results.some((r) => r.place.needs.includes(DEMARCHES)), 'no place helping with procedures');
    });

test('"papiers" still means identity papers, not paperwork in general', () => {
  for (const q of ['papiers', "carte d'identité", 'mes papiers']) {
    for (const commune of COMMUNES) {
      const out = index.search({ text: q, near: origin(commune), ...radiusQuery(DEFAULT_RADIUS_KM), limit: 10 });
      assert.deepEqual(out.needs, ['papiers'], `${q} near ${commune}`);
      assert.ok(out.results.length > 0);
      for (const r of out.results) assert.ok(r.place.needs.includes('papiers'), `${q}: ${r.place.name}`);
    }
  }
});

test('"faire" no longer a stop word: it still frames other requests without changing them', () => {
  for (const [q, need] of [
    ['faire ses impôts', 'impots'],
    ['faire ma carte grise', 'papiers'],
    ['faire une demande de logement', 'logement'],
    ['faire un cv', 'emploi'],
  ] as const) {
    const out = index.search({ text: q, limit: 5 });
    assert.deepEqual(out.needs, [need], q);
    for (const r of out.results) assert.ok(r.place.needs.includes(need), `${q}: ${r.place.name}`);
  }
});

test('the demo catalogue: France services, buses, CCAS, Espaces Solidarité and conseillers numériques help with procedures', () => {
  for (const p of places) {
    const why =
      p.kind === 'france-services' || p.kind === 'bus' ? 'France services charter'
      : p.kind === 'ccas' ? 'CCAS and CIAS: access to rights'
      : p.id.startsWith('sq-') ? 'Espace Solidarité: "aide aux démarches"'
      : p.source?.startsWith('ANCT, structures accueillant des conseillers') ? 'conseillers numériques: online procedures'
      : undefined;
    if (why) assert.ok(p.needs.includes(DEMARCHES), `${p.name} (${why})`);
  }
  // A list that only gives a centre social's name says nothing of help with procedures.
  const senacs = places.filter((p) => p.source?.startsWith('SENACS'));
  assert.ok(senacs.length > 0);
  for (const p of senacs) assert.ok(!p.needs.includes(DEMARCHES), p.name);
});
