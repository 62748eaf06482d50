import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departementOf, departementOfInsee, departementOfPostcode } from '../../../src/core/catalogue/departement.js';
import {
  distanceToBoundsKm,
  isShardFileReference,
  parseShardIndex,
  resultFinality,
  shardLoadingOrder,
  type ShardEntry,
} from '../../../src/core/catalogue/shards.js';
import { haversineKm } from '../../../src/core/geo/distance.js';

test('département: INSEE first (Corsica 2A/2B, overseas 97x/98x), postcode as fallback, none for Monaco and foreign codes', () => {
  assert.equal(departementOfInsee('46042'), '46');
  assert.equal(departementOfInsee('2a004'), '2A');
  assert.equal(departementOfInsee('2B033'), '2B');
  assert.equal(departementOfInsee('97411'), '974');
  assert.equal(departementOfInsee('97502'), '975');
  assert.equal(departementOfInsee('97701'), '977');
  assert.equal(departementOfInsee('98735'), '987');
  assert.equal(departementOfInsee('98818'), '988');
  assert.equal(departementOfInsee('99138'), undefined, 'Monaco as a foreign country');
  assert.equal(departementOfInsee('20004'), undefined, 'no commune code starts with 20');
  assert.equal(departementOfInsee('4604'), undefined);
  assert.equal(departementOfPostcode('20000'), '2A');
  assert.equal(departementOfPostcode('20167'), '2A');
  assert.equal(departementOfPostcode('20200'), '2B');
  assert.equal(departementOfPostcode('97133'), '977', 'Saint-Barthélemy delivers under 971');
  assert.equal(departementOfPostcode('97150'), '978', 'Saint-Martin delivers under 971');
  assert.equal(departementOfPostcode('97110'), '971');
  assert.equal(departementOfPostcode('98000'), undefined, 'Monaco');
  assert.equal(departementOfPostcode('00100'), undefined);
  assert.equal(departementOf({ insee: '2A004', postcode: '20200' }), '2A', 'INSEE wins over the postcode');
  assert.equal(departementOf({ insee: '20004', postcode: '20200' }), '2B', 'an unusable INSEE code falls back to the postcode');
  assert.equal(departementOf({}), undefined);
});

const shard = (id: string, bounds: [number, number, number, number], places = 10, over: Record<string, unknown> = {}) => ({
  id,
  file: `${id}.json`,
  bounds,
  places,
  bytes: 100,
  sha256: 'a'.repeat(64),
  kinds: { ccas: places },
  needs: { 'aide-sociale': places },
  ...over,
});
const index = (shards: unknown[]) => ({
  format: 'service-locator-shards',
  version: 1,
  catalogue: { name: 'T', territory: 'France', updated: '2026-11-23', licence: 'LO 2.0', attribution: 'T' },
  places: 0,
  shards,
});

// Rough boxes: the Lot, the Aveyron (east of it), the Aisne (far north), Guadeloupe.
const LOT = shard('46', [0.98, 44.2, 2.21, 45.05], 30);
const AVEYRON = shard('12', [1.84, 43.69, 3.45, 44.94], 20);
const AISNE = shard('02', [2.96, 48.84, 4.25, 50.07], 40);
const GUADELOUPE = shard('971', [-61.81, 15.83, -61.0, 16.52], 5);
const CAHORS = { lat: 44.4475, lon: 1.4412 };

test('shard index: a valid index reads back; bad shards are left out with messages naming the shard and field', () => {
  const ok = parseShardIndex(index([LOT, AISNE]));
  assert.ok(ok.ok);
  assert.equal(ok.index.places, 70);
  assert.deepEqual(ok.problems, []);
  const mixed = parseShardIndex(
    index([
      LOT,
      shard('x1', [0, 0, 1, 1], 1, { file: 'javascript:alert(1)' }),
      shard('x2', [0, 0, 1, 1], 1, { file: '//evil.example/x.json' }),
      shard('x3', [2, 0, 1, 1], 1),
      shard('x4', [0, 0, 1, 1], 1, { sha256: 'ABC' }),
      shard('x5', [0, 0, 1, 1], -1),
      shard('46', [0, 0, 1, 1], 1, { file: 'other.json' }),
      shard('x6', [0, 0, 1, 1], 1, { file: '46.json' }),
      shard('x7', [0, 0, 1, 1], 1, { needs: { caf: 'many' } }),
      { file: 'a.json' },
      'nope',
    ]),
  );
  assert.ok(mixed.ok);
  assert.deepEqual(
    mixed.index.shards.map((s) => s.id),
    ['46'],
  );
  const said = mixed.problems.map((p) => `${p.path} ${p.shard ?? '-'} ${p.message.en}`);
  assert.deepEqual(said, [
    'shards[1].file x1 shard x1: "file" must be a path relative to the index or an http(s) URL',
    'shards[2].file x2 shard x2: "file" must be a path relative to the index or an http(s) URL',
    'shards[3].bounds x3 shard x3: "bounds" must be [west, south, east, north] in degrees',
    'shards[4].sha256 x4 shard x4: "sha256" must be 64 lower-case hex digits',
    'shards[5].places x5 shard x5: "places" must be a non-negative integer',
    'shards[6].id 46 shard 46: duplicate id',
    'shards[7].file x6 shard x6: file already listed by another shard',
    'shards[8].needs x7 shard x7: "needs" must map each need to a count of places',
    'shards[9].id - missing or invalid shard id (letters, digits, - and _)',
    'shards[10] - shard: object expected',
  ]);
  assert.match(mixed.problems[0]!.message.fr, /^fragment x1 : /);
  for (const bad of [null, [], {}, { format: 'service-locator-shards', version: 2 }, index([]), { ...index([LOT]), catalogue: { name: 1 } }, index(['x'])])
    assert.equal(parseShardIndex(bad).ok, false, JSON.stringify(bad));
});

test('shard file references: relative paths and http(s) only', () => {
  for (const ok of ['46.json', 'shards/46.json', '/data/46.json', '../46.json', 'https://cdn.example/46.json', 'HTTP://x/46.json', '46.json?v=2'])
    assert.equal(isShardFileReference(ok), true, ok);
  for (const bad of ['', 'javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', '//evil.example/46.json', 'a\\b.json', 'a\nb.json', 'blob:x'])
    assert.equal(isShardFileReference(bad), false, JSON.stringify(bad));
});

test('distance to bounds: 0 inside, never more than the distance to any point of the box', () => {
  assert.equal(distanceToBoundsKm(CAHORS, LOT.bounds), 0);
  const cases: { lat: number; lon: number }[] = [CAHORS, { lat: 47, lon: -3 }, { lat: 43, lon: 9 }, { lat: 51, lon: 2 }, { lat: 16, lon: -61.5 }];
  for (const p of cases)
    for (const b of [LOT.bounds, AVEYRON.bounds, AISNE.bounds, GUADELOUPE.bounds]) {
      const d = distanceToBoundsKm(p, b);
      const [w, s, e, n] = b;
      let min = Infinity;
      for (let i = 0; i <= 40; i++)
        for (let j = 0; j <= 40; j++) {
          const lat = s + ((n - s) * i) / 40;
          const lon = w + ((e - w) * j) / 40;
          min = Math.min(min, haversineKm(p.lat, p.lon, lat, lon));
        }
      assert.ok(d <= min + 1e-6, `${JSON.stringify(p)} ${JSON.stringify(b)}: ${d} > ${min}`);
      assert.ok(d >= min - 2, `${JSON.stringify(p)} ${JSON.stringify(b)}: ${d} far below ${min}`);
    }
});

const entries = (): ShardEntry[] => {
  const r = parseShardIndex(index([AISNE, GUADELOUPE, AVEYRON, LOT]));
  assert.ok(r.ok);
  return r.index.shards;
};

test('loading order: the shard holding the origin, then the nearest; without an origin the largest first', () => {
  assert.deepEqual(
    shardLoadingOrder(entries(), CAHORS).map((s) => s.id),
    ['46', '12', '02', '971'],
  );
  assert.deepEqual(
    shardLoadingOrder(entries()).map((s) => s.id),
    ['02', '46', '12', '971'],
  );
});

test('finality: with an origin, final once every shard nearer than the k-th shown place is loaded', () => {
  const shards = entries();
  const progress = (loaded: string[], failed: Record<string, string> = {}) => ({ total: shards.length, loaded: new Set(loaded), failed: new Map(Object.entries(failed)) });
  // Nothing loaded: everything may hold the answer.
  assert.deepEqual(resultFinality(shards, progress([]), CAHORS, 5), { final: false, waiting: ['46'], missing: [] });
  // The Lot loaded and its 10th place 5 km away: the Aveyron (about 30 km east) cannot come nearer.
  assert.deepEqual(resultFinality(shards, progress(['46']), CAHORS, 5), { final: true });
  // The 10th place 60 km away: the Aveyron could hold nearer ones.
  assert.deepEqual(resultFinality(shards, progress(['46']), CAHORS, 60), { final: false, waiting: ['12'], missing: [] });
  // Fewer than k places shown: any shard could add one.
  assert.deepEqual(resultFinality(shards, progress(['46', '12']), CAHORS), { final: false, waiting: ['02', '971'], missing: [] });
  // A failed shard within the horizon: never final, and said as missing.
  assert.deepEqual(resultFinality(shards, progress(['46'], { '12': 'hash' }), CAHORS, 60), { final: false, waiting: [], missing: ['12'] });
  // A tie at exactly the horizon still waits (ties break by name).
  const d = distanceToBoundsKm(CAHORS, AVEYRON.bounds);
  assert.equal(resultFinality(shards, progress(['46']), CAHORS, d).final, false);
});

test('finality: without an origin, every shard is needed before counts are final', () => {
  const shards = entries();
  const progress = (loaded: string[]) => ({ total: shards.length, loaded: new Set(loaded), failed: new Map<string, string>() });
  assert.deepEqual(resultFinality(shards, progress(['02', '46', '12'])), { final: false, waiting: ['971'], missing: [] });
  assert.deepEqual(resultFinality(shards, progress(['02', '46', '12', '971'])), { final: true });
});
