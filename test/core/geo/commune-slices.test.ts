/**
 * Issue 15: `near="Nom (CP)"` is resolved from a postcode slice of the national gazetteer
 * (scripts/commune-slices.mjs, src/core/geo/commune-slice.ts) instead of every commune of
 * France. The slices must hold every commune the national look-up could pick, with the same
 * numbers, and the origin picked from them must be the national look-up's, exactly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ReactiveControllerHost } from 'lit';
import { decodeGazetteer, type CommuneEntry } from '../../../src/core/geo/gazetteer-format.js';
import { slicePrefix } from '../../../src/core/geo/gazetteer-url.js';
import { communeInSlice } from '../../../src/core/geo/commune-slice.js';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import type { GazetteerEntry } from '../../../src/core/search/types.js';
import type { Place } from '../../../src/core/catalogue/types.js';
import { GazetteerController } from '../../../src/controllers/gazetteer-controller.js';
import { OriginController, type Origin } from '../../../src/controllers/origin-controller.js';
import { FR_STRINGS } from '../../../src/i18n/index.js';
// @ts-expect-error: a plain JavaScript build script, without declarations
import { communeSlices } from '../../../scripts/commune-slices.mjs';
import { loadDemoPlaces } from '../search/demo-catalogue.js';

const nationalJson = JSON.parse(readFileSync(new URL('../../../data/communes-france.json', import.meta.url), 'utf8')) as unknown;
const decoded = decodeGazetteer(nationalJson);
assert.ok(decoded.ok);
const national: CommuneEntry[] = decoded.entries;
const slices = communeSlices(nationalJson) as Map<string, unknown>;
const sliceEntries = new Map<string, CommuneEntry[]>();
for (const [prefix, json] of slices) {
  // Through JSON, as the element reads them.
  const r = decodeGazetteer(JSON.parse(JSON.stringify(json)) as unknown);
  assert.ok(r.ok, prefix);
  sliceEntries.set(prefix, r.entries);
}

test('each slice is exactly the national entries having a postcode of its prefix, in national order', () => {
  const expected = new Map<string, CommuneEntry[]>();
  for (const e of national)
    for (const p of new Set(e.postcodes.map((pc) => slicePrefix(pc)))) {
      const l = expected.get(p) ?? [];
      l.push(e);
      expected.set(p, l);
    }
  assert.deepEqual([...sliceEntries.keys()].sort(), [...expected.keys()].sort());
  for (const [p, entries] of sliceEntries) assert.deepEqual(entries, expected.get(p), `slice ${p}`);
  // Corsica's 20xxx are both 2A's and 2B's, the overseas départements' 97xxx are one slice, and a
  // commune may have a neighbour département's postcode (Saint-Martin and Saint-Barthélemy are
  // not in the national list).
  const deps = (p: string): Set<string> => new Set(sliceEntries.get(p)!.map((e) => e.dep));
  assert.ok(deps('20').has('2A') && deps('20').has('2B'));
  assert.deepEqual([...deps('97')].sort(), ['971', '972', '973', '974', '976']);
  assert.ok([...sliceEntries.keys()].some((p) => deps(p).size > 1 && p !== '20' && p !== '97'), 'a slice with a neighbour département');
});

// The build cuts with the element's own slicePrefix (scripts/commune-slices.mjs imports it), so
// the two cannot disagree; what is checked is the rule the slices' test above relies on.
test("a postcode's slice is its first two characters", () => {
  assert.equal(slicePrefix('46000'), '46');
  assert.equal(slicePrefix('20169'), '20');
  assert.equal(slicePrefix('97133'), '97');
});

const host = { addController: () => undefined, requestUpdate: () => undefined } as unknown as ReactiveControllerHost;

/** `near` resolved by the origin controller, the way the element wires it. */
async function resolveNear(near: string, gazetteer: GazetteerController, withPostcode: boolean): Promise<Origin | null> {
  const origin = new OriginController(host, {
    strings: () => FR_STRINGS,
    lang: () => 'fr',
    lookup: (text) => gazetteer.resolve(text),
    ...(withPostcode ? { communeWithPostcode: (name: string, postcode: string) => gazetteer.communeWithPostcode(name, postcode) } : {}),
    geocoder: () => null,
    geocoderTimeoutMs: () => 1000,
    onChange: () => undefined,
  });
  await origin.resolve(near);
  return origin.origin;
}

interface Counts {
  /** Answers from the communes already known, without the national list or a slice. */
  known: number;
  /** Answers from a slice. */
  slice: number;
  /** National lists "downloaded". */
  national: number;
}

/**
 * A gazetteer controller as the element has it before the national list: the index of the
 * catalogue's communes, then, once the list is "downloaded" (everything but the network),
 * rebuilt in a later task with every commune of France, as the element's index is in slices.
 */
function element(places: Place[], counts: Counts): (withPostcode: boolean) => GazetteerController {
  const before = createSearchIndex(places, { gazetteer: [] });
  const after = createSearchIndex(places, { gazetteer: national });
  return () => {
    let current = before;
    let indexed: Promise<void> = Promise.resolve();
    const gazetteer = new GazetteerController(host, {
      index: () => current,
      indexReady: async () => undefined,
      onChange: () => {
        indexed = new Promise((done) => setImmediate(() => ((current = after), done())));
      },
      whenIndexed: () => indexed,
    });
    const g = gazetteer as unknown as { rebuild(): void; fromSlice(name: string, postcode: string): Promise<GazetteerEntry | undefined> };
    gazetteer.loadNational = async () => {
      counts.national++;
      gazetteer.national = national;
      g.rebuild();
      return true;
    };
    // The data core's loader needs a browser; the rule is the one it runs (core/data-core.ts).
    g.fromSlice = async (name, postcode) => {
      counts.slice++;
      const slice = sliceEntries.get(slicePrefix(postcode));
      return slice && communeInSlice(slice, name, postcode, current.findCommunes(name, 50));
    };
    return gazetteer;
  };
}

/** Resolves `near` both ways, each on a fresh element; counts what the postcode path used. */
async function bothWays(places: Place[], nears: readonly string[]): Promise<{ mismatches: string[]; counts: Counts }> {
  const ignored: Counts = { known: 0, slice: 0, national: 0 };
  const counts: Counts = { known: 0, slice: 0, national: 0 };
  const viaNational = element(places, ignored);
  const viaPostcode = element(places, counts);
  const mismatches: string[] = [];
  for (const near of nears) {
    const a = await resolveNear(near, viaNational(false), false);
    const before = { ...counts };
    const b = await resolveNear(near, viaPostcode(true), true);
    if (counts.slice === before.slice && counts.national === before.national) counts.known++;
    if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${near}: national ${JSON.stringify(a)}, postcode ${JSON.stringify(b)}`);
  }
  return { mismatches, counts };
}

const { places } = loadDemoPlaces();
const FULL = process.env.SLICE_DIFF === 'full';

test(`"Nom (CP)" picks the same origin from its slice as from the national list (${FULL ? 'every commune and postcode' : 'a sample'})`, async () => {
  // Namesakes, shared postcodes, Corsica, overseas, the arrondissements of Paris, Lyon and
  // Marseille, the Lot of the demo catalogue, then every 7th commune (every one with SLICE_DIFF=full).
  const byName = new Map<string, number>();
  const byCode = new Map<string, number>();
  for (const e of national) {
    byName.set(e.name, (byName.get(e.name) ?? 0) + 1);
    for (const pc of e.postcodes) byCode.set(pc, (byCode.get(pc) ?? 0) + 1);
  }
  const chosen = national.filter(
    (e, i) =>
      FULL ||
      i % 7 === 0 ||
      byName.get(e.name)! > 1 ||
      e.postcodes.some((pc) => byCode.get(pc)! > 1 && i % 2 === 0) ||
      ['2A', '2B', '46', '75', '13'].includes(e.dep) ||
      e.dep.length === 3 ||
      e.insee.startsWith('6938'),
  );
  const nears: string[] = [];
  for (const e of chosen) for (const pc of FULL ? e.postcodes : e.postcodes.slice(0, 1)) nears.push(`${e.name} (${pc})`);
  // What a resident may write too: another case, no accents, "St" for "Saint".
  nears.push('cahors (46000)', 'Saint-Cere (46400)', 'St-Céré (46400)', 'Marseille 1er Arrondissement (13001)', 'Ajaccio (20000)', 'Mamoudzou (97600)', 'Lyon 3e Arrondissement (69003)');
  const { mismatches, counts } = await bothWays(places, nears);
  assert.deepEqual(mismatches.slice(0, 5), []);
  // Nearly always without the national list (2026-12, demo catalogue: every one of them), and
  // the communes the catalogue knows without even a slice.
  assert.ok(counts.national < 0.01 * nears.length, `${counts.national} national look-ups of ${nears.length}`);
  assert.ok(counts.known > 0 && counts.slice > 0.9 * nears.length, JSON.stringify(counts));
});

/** A place of the demo catalogue moved to another address (what an address without INSEE code does). */
function withAddress(place: Place, city: string, postcode: string): Place {
  const address = { ...place.address, city, postcode };
  delete address.insee;
  return { ...place, id: `${place.id}-moved`, address };
}

test('a commune the catalogue knows by that name is taken as the national look-up takes it: from the index, without a download', async () => {
  // "St-Cirq-Lapopie" without INSEE code stays a commune of its own beside the national
  // Saint-Cirq-Lapopie (by folded name and postcode they differ); the national look-up answers
  // from the index as it is when the element knows the whole name (GazetteerController.find),
  // with the catalogue's commune.
  const moved = [...places, withAddress(places[0]!, 'St-Cirq-Lapopie', '46330')];
  const known = await bothWays(moved, ['Saint-Cirq-Lapopie (46330)', 'St-Cirq-Lapopie (46330)', 'Cahors (46000)', 'Cahors (46090)']);
  assert.deepEqual(known.mismatches, []);
  assert.deepEqual(known.counts, { known: 4, slice: 0, national: 0 });
  const lapopie = national.find((e) => e.name === 'Saint-Cirq-Lapopie')!;
  const viaPostcode = element(moved, { known: 0, slice: 0, national: 0 });
  assert.equal((await resolveNear('Saint-Cirq-Lapopie (46330)', viaPostcode(true), true))?.label, 'St-Cirq-Lapopie');
  assert.equal(await resolveNear('Cahors (46090)', viaPostcode(true), true), null, 'not its postcode: no origin rather than a wrong one');
  // Not known to the demo catalogue: the slice answers, with the national commune.
  const sliced = await bothWays(places, ['Saint-Cirq-Lapopie (46330)']);
  assert.deepEqual(sliced.mismatches, []);
  assert.deepEqual(sliced.counts, { known: 0, slice: 1, national: 0 });
  assert.equal((await resolveNear('Saint-Cirq-Lapopie (46330)', element(places, { known: 0, slice: 0, national: 0 })(true), true))?.insee, lapopie.insee);
});

test('no slice (a bundler that did not copy the folder), or one the answer is not in: the national look-up, same origin', async () => {
  const counts: Counts = { known: 0, slice: 0, national: 0 };
  const make = element(places, counts);
  const missing = (): GazetteerController => {
    const g = make(true);
    (g as unknown as { fromSlice(name: string, postcode: string): Promise<undefined> }).fromSlice = async () => {
      counts.slice++;
      return undefined;
    };
    return g;
  };
  const lapopie = await resolveNear('Saint-Cirq-Lapopie (46330)', missing(), true);
  assert.deepEqual(counts, { known: 0, slice: 1, national: 1 });
  assert.deepEqual(lapopie, await resolveNear('Saint-Cirq-Lapopie (46330)', make(false), false));
  assert.equal(lapopie?.label, 'Saint-Cirq-Lapopie');
  // A postcode the commune does not have: the slice has no answer, the national look-up none either.
  assert.equal(await resolveNear('Saint-Cirq-Lapopie (46000)', make(true), true), null);
  assert.equal(counts.national, 3);
});

test('the slice rule: one commune by name and postcode, else undefined', () => {
  const lot = sliceEntries.get('46')!;
  assert.equal(communeInSlice(lot, 'Cahors', '46000', [])?.insee, '46042');
  assert.equal(communeInSlice(lot, 'ST CIRQ LAPOPIE', '46330', [])?.name, 'Saint-Cirq-Lapopie', 'the search\'s key: case, accents, saints');
  assert.equal(communeInSlice(lot, 'Cahors', '46100', []), undefined, 'not its postcode');
  assert.equal(communeInSlice(lot, 'Cahor', '46000', []), undefined, 'a typo is the national look-up\'s (it may suggest)');
  assert.equal(communeInSlice(lot, '46000', '46000', []), undefined, 'a postcode for a name');
  assert.equal(communeInSlice([], 'Cahors', '46000', []), undefined, 'an empty slice');
  // Namesakes sharing the postcode: which one is first depends on the catalogue.
  const cahors = lot.find((e) => e.name === 'Cahors')!;
  const twin = { ...cahors, insee: '46999', lat: 44 };
  assert.equal(communeInSlice([cahors, twin], 'Cahors', '46000', []), undefined);
  // The element's own record of the same commune (same INSEE code) is no conflict; another one is.
  assert.equal(communeInSlice(lot, 'Cahors', '46000', [{ ...cahors }])?.insee, '46042');
  assert.equal(communeInSlice(lot, 'Cahors', '46000', [{ name: 'CAHORS', postcodes: ['46000'], lat: 44, lon: 1 }])?.insee, '46042', 'merged by folded name');
  assert.equal(communeInSlice(lot, 'Cahors', '46000', [{ name: 'Cahors', postcodes: ['46000'], insee: '46999', lat: 44, lon: 1 }])?.insee, '46042', 'merged by folded name despite its code');
  assert.equal(communeInSlice(lot, 'Saint-Céré', '46400', [{ name: 'St Céré', postcodes: ['46400'], lat: 44, lon: 1 }]), undefined);
  // A copy: the caller may not change the slice's entry.
  const got = communeInSlice(lot, 'Cahors', '46000', [])!;
  got.postcodes.push('x');
  assert.ok(!cahors.postcodes.includes('x'));
});
