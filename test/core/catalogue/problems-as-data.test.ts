// Problems as data (issue 15, item 3): the validator finds problems as a message's name and
// values, and words them only where they are shown, so that the catalogue worker and a clean
// catalogue's page carry no messages. Checked here: the outcome of validation (places, meta,
// problems and their words) is the one of the validator that worded problems as it found them,
// on realistic places and on the same places broken in every way this file knows; and the data,
// cloned as the worker's postMessage clones it, gives the same words on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseCatalogueText, parseCatalogueTextDataSteps, validateCatalogue, validateCatalogueDataSteps } from '../../../src/core/catalogue/validate.js';
import { wordProblems } from '../../../src/core/catalogue/problem-words.js';
import { notJsonMessage } from '../../../src/core/catalogue/json-error.js';
import { runSteps } from '../../../src/core/slices.js';
import { generateRealisticCatalogue, rng } from '../../../bench/generate-catalogue.js';
import { catalogueOf } from './fixtures.js';

/** Values a hand-edited or tool-made catalogue may hold where another was expected (JSON only). */
const JSON_HOSTILE: unknown[] = [
  null, '', '   ', 0, -1, 1.5, 1e308, true, false, [], {}, [1, 'a'], { a: 1 }, 'x'.repeat(5000),
  '\ud83d', 'a\udc00b', '  Bus ', 'FRANCE-SERVICES', 'caf ', 'CAF', 'mairie\u00a0', 'javascript:alert(1)',
  'www.example.fr', 'https://exa mple.fr', 'mailto:a@b.fr?bcc=c@d.fr', 'a@b.fr?cc=x', 'not an e-mail', 'tel:+33 5 65 20 88 70',
  'Mo-Fr 09:00-12:00', 'Mo-Fr 25:00-26:00', 'lundi 9h', '2026-13-01', '2026-11-01', '46000', '2A004', '2a004', '4600', 'ABCDE',
  'Mo', 'mo', 'Xx', '14:00', '24:00', '9:00', 3, 5, 2.5,
];

/** A realistic place broken at one field, deterministically from `r`. */
function breakPlace(p: Record<string, unknown>, r: () => number): Record<string, unknown> {
  const q = structuredClone(p);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const value = (): unknown => structuredClone(pick(JSON_HOSTILE));
  const at = (o: unknown, key: string): void => {
    if (o && typeof o === 'object' && !Array.isArray(o)) (o as Record<string, unknown>)[key] = value();
  };
  switch (Math.floor(r() * 16)) {
    case 0: return q;
    case 1: at(q, pick(['id', 'name', 'kind', 'needs', 'address', 'location', 'hours', 'hoursNote', 'contact', 'appointment', 'equipment', 'accessibility', 'free', 'partners', 'description', 'source', 'updated', 'stops']));
      break;
    case 2: at(q['address'], pick(['street', 'postcode', 'city', 'insee', 'country']));
      break;
    case 3: at(q['location'], pick(['lat', 'lon', 'precision', 'alt']));
      break;
    case 4: {
      const loc = q['location'] as Record<string, unknown> | undefined;
      // Swapped, out of range, abroad, at sea, overseas.
      const spots = [[2.35, 48.85], [48.85, 2.35], [95, 2], [50.85, 4.35], [46.2, 6.14], [47.0, -3.2], [16.2, -61.5], [-21.1, 55.5], [0, 0], [-61.5, 16.2]] as const;
      if (loc) [loc['lat'], loc['lon']] = pick(spots);
      break;
    }
    case 5: q['contact'] = { phone: value(), email: value(), website: value(), fax: value() };
      break;
    case 6: q['needs'] = [value(), 'caf', value(), 'caf'];
      break;
    case 7: q['equipment'] = [value(), 'wifi', value()];
      break;
    case 8: q['accessibility'] = { wheelchair: value(), note: value() };
      break;
    case 9: q['partners'] = Array.from({ length: 1 + Math.floor(r() * 40) }, value);
      break;
    case 10: {
      q['kind'] = pick(['bus', 'mairie']);
      const stop = { id: value(), name: 'Place', address: { city: 'Cahors' }, location: { lat: 44.45, lon: 1.44, precision: 'exact' }, hours: value(), frequency: { timesPerMonth: value(), weekday: value(), from: value(), to: value() } };
      q['stops'] = [stop, structuredClone(stop), value(), { ...stop, id: 's2', hours: undefined, frequency: value() }, { ...stop, id: 's3', address: value(), location: value() }];
      break;
    }
    case 11: q[pick(['Nom', 'horaires', '__proto__x', '\ud800k', 'x'.repeat(200)])] = value();
      break;
    case 12: q['id'] = 'dup';
      break;
    case 13: return value() as Record<string, unknown>;
    case 14: q['hours'] = pick(['Mo-Fr 09:00-12:00; PH off', 'Mo-Fr 9-12', 'Mo-Fr 08:00-12:00 "sur rendez-vous"', 'week 1-53/2 Mo 10:00-12:00', 'Mo-Su 24/7', 'Mo-Fr 12:00-09:00', '\ud83d Mo']);
      break;
    default: at(q, pick(['name', 'description', 'hoursNote', 'source']));
  }
  return q;
}

function corpus(): { realistic: unknown; hostile: unknown } {
  const places = generateRealisticCatalogue(1500, 7).places as unknown as Record<string, unknown>[];
  const r = rng(20261201);
  return {
    realistic: { version: 1, name: 'Réaliste', updated: '2026-11-01', places: places.slice(0, 500) },
    hostile: catalogueOf(places.slice(500).map((p) => breakPlace(p, r)), { version: 2, licence: '', sources: [{ name: 'x' }, 3, { name: 'y', licence: 'z', url: 'ftp://x' }], extra: 1 }),
  };
}

const digest = (v: unknown): string => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

test('validation outcome is the one of the validator that worded problems as it found them', () => {
  const { realistic, hostile } = corpus();
  const a = validateCatalogue(realistic);
  const b = validateCatalogue(hostile);
  // Recorded with the validator of 67d82b9 (before problems as data) on this very corpus.
  assert.deepEqual(
    { realistic: [a.places.length, a.problems.length, digest(a)], hostile: [b.places.length, b.problems.length, digest(b)] },
    { realistic: [499, 4, '0d94ae91825b560d'], hostile: [735, 2018, '557d10f53ecb3f5e'] },
  );
});

test('problems as data, cloned as a worker posts them, give the same words on the page', () => {
  const { realistic, hostile } = corpus();
  for (const doc of [realistic, hostile]) {
    const text = JSON.stringify(doc);
    const data = structuredClone(runSteps(parseCatalogueTextDataSteps(text)));
    assert.deepEqual({ ...data, problems: wordProblems(data.problems) }, parseCatalogueText(text));
  }
});

test('values only a script can give (a catalogue property) are worded as before, and the data clones', () => {
  const odd: unknown[] = [NaN, Infinity, -Infinity, undefined, () => 1, Symbol('s'), BigInt(7), new Date(0), new Map(), [[]], -0];
  const places = odd.flatMap((v) => [v, { id: v, name: v, kind: v, needs: v, address: { city: v }, location: { lat: v, lon: 2, precision: v }, hours: v, contact: v, stops: v, free: v }]);
  const doc = catalogueOf(places, { version: NaN, name: Infinity, sources: odd });
  const worded = validateCatalogue(doc);
  const data = runSteps(validateCatalogueDataSteps(doc));
  // Every value that reached a problem is data: the clone does not throw on a function or a symbol.
  assert.deepEqual(wordProblems(structuredClone(data.problems)), worded.problems);
  assert.deepEqual(
    [worded.problems.length, digest(worded.problems)],
    // Recorded with the validator of 67d82b9, as above.
    [151, '9ba1e955c5284041'],
  );
});

test('a JSON syntax error is located where it is worded, with or without a byte-order mark', () => {
  for (const text of ['{"version": 1, "places": [', '\ufeff{"a": tru}', '{\n  "places": [\n    {"id": "x",}\n  ]\n}', '', '\ufeff\ufeff{}']) {
    const data = runSteps(parseCatalogueTextDataSteps(text));
    assert.equal(data.problems.length, 1);
    const [p] = data.problems;
    assert.equal(p!.say.m, 'notJson');
    assert.deepEqual(wordProblems(data.problems, (error) => notJsonMessage(text, error)), parseCatalogueText(text).problems);
  }
});

test('a clean catalogue has no problems to word', () => {
  const data = runSteps(validateCatalogueDataSteps(catalogueOf([])));
  assert.deepEqual(data.problems, []);
});
