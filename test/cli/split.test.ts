import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../../src/cli/main.js';
import { parseCatalogueText } from '../../src/core/catalogue/validate.js';
import { parseShardIndex, type ShardIndex } from '../../src/core/catalogue/shards.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A CLI io reading real files (or the given texts) and writing into a map, never the disk. */
function io(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const written = new Map<string, Uint8Array>();
  const cli: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) => (p in files ? files[p]! : (await readFile(p, 'utf8')).replace(/^\uFEFF/, '')),
    writeFile: async (p, bytes) => void written.set(p, bytes),
  };
  return { cli, out, written };
}

const place = (id: string, address: Record<string, unknown>, lat: number, lon: number, over: Record<string, unknown> = {}) => ({
  id,
  name: `Lieu ${id}`,
  kind: 'ccas',
  needs: ['aide-sociale'],
  address: { city: 'X', ...address },
  location: { lat, lon, precision: 'commune' },
  ...over,
});
const doc = (places: unknown[]) =>
  JSON.stringify({ version: 1, name: 'T', territory: 'France', updated: '2026-11-23', licence: 'LO 2.0', attribution: 'T', places });

const EDGES = doc([
  place('cahors', { insee: '46042', postcode: '46000' }, 44.4475, 1.4412),
  place('ajaccio', { insee: '2A004', postcode: '20000' }, 41.9192, 8.7386),
  place('bastia-by-postcode', { postcode: '20200' }, 42.6973, 9.4509, { kind: 'france-services', needs: ['caf', 'emploi'] }),
  place('pointe-a-pitre', { insee: '97120', postcode: '97110' }, 16.2411, -61.5331),
  place('mamoudzou', { insee: '97611', postcode: '97600' }, -12.7806, 45.2279),
  place('nowhere', {}, 44.5, 1.5),
  place('old-corsica-insee', { insee: '20004', postcode: '20000' }, 41.92, 8.74),
  place('bus', { insee: '46042' }, 44.4475, 1.4412, {
    kind: 'bus',
    stops: [{ id: 's1', name: 'Arrêt', address: { city: 'Figeac' }, location: { lat: 44.6086, lon: 2.0317, precision: 'commune' } }],
  }),
]);

async function split(text: string) {
  const t = io({ 'in.json': text });
  const code = await main(['split', 'in.json', '--out', 'out/'], t.cli);
  return { code, ...t };
}

const indexOf = (written: Map<string, Uint8Array>) => JSON.parse(new TextDecoder().decode(written.get('out/index.json'))) as ShardIndex;

test('split: one shard per département (Corsica by INSEE or postcode, overseas on three digits), the rest in autres', async () => {
  const { code, out, written } = await split(EDGES);
  assert.equal(code, 0, out.stderr);
  const index = indexOf(written);
  assert.deepEqual(
    index.shards.map((s) => s.id),
    ['2A', '2B', '46', '971', '976', 'autres'],
  );
  const ids = (shard: string) => (JSON.parse(new TextDecoder().decode(written.get(`out/${shard}.json`))) as { places: { id: string }[] }).places.map((p) => p.id);
  assert.deepEqual(ids('2A'), ['ajaccio', 'old-corsica-insee']);
  assert.deepEqual(ids('2B'), ['bastia-by-postcode']);
  assert.deepEqual(ids('46'), ['cahors', 'bus']);
  assert.deepEqual(ids('autres'), ['nowhere']);
  assert.match(out.stdout, /8 lieu\(x\) → 6 fragment\(s\)/);
});

test('split: every shard is a valid catalogue with the input metadata; their union is the input', async () => {
  const input = parseCatalogueText(await readFile(`${ROOT}data/catalogue.json`, 'utf8'));
  const { code, written } = await split(await readFile(`${ROOT}data/catalogue.json`, 'utf8'));
  assert.equal(code, 0);
  const index = indexOf(written);
  const union: unknown[] = [];
  for (const shard of index.shards) {
    const result = parseCatalogueText(new TextDecoder().decode(written.get(`out/${shard.file}`)));
    assert.equal(result.usable, true);
    assert.deepEqual(result.problems, [], shard.id);
    assert.deepEqual(result.meta, input.meta);
    assert.equal(result.places.length, shard.places);
    union.push(...result.places);
  }
  const byId = (a: unknown[]) => [...a].sort((x, y) => ((x as { id: string }).id < (y as { id: string }).id ? -1 : 1));
  assert.deepEqual(byId(union), byId(input.places));
  assert.equal(index.places, input.places.length);
  assert.deepEqual(
    index.shards.map((s) => s.id),
    ['02', '38', '46'],
  );
});

test('split: the index validates, its hashes and sizes are those of the bytes written, its bounds hold every place and stop', async () => {
  const { written } = await split(EDGES);
  const parsed = parseShardIndex(indexOf(written));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.problems, []);
  for (const shard of parsed.index.shards) {
    const bytes = written.get(`out/${shard.file}`)!;
    assert.equal(shard.sha256, createHash('sha256').update(bytes).digest('hex'), shard.id);
    assert.equal(shard.bytes, bytes.length);
    const [w, s, e, n] = shard.bounds;
    const cat = JSON.parse(new TextDecoder().decode(bytes)) as { places: { location: { lat: number; lon: number }; stops?: { location: { lat: number; lon: number } }[] }[] };
    for (const p of cat.places)
      for (const l of [p.location, ...(p.stops ?? []).map((x) => x.location)]) assert.ok(l.lon >= w && l.lon <= e && l.lat >= s && l.lat <= n, `${shard.id} ${l.lat},${l.lon}`);
  }
  const lot = parsed.index.shards.find((s) => s.id === '46')!;
  assert.deepEqual(lot.bounds, [1.4412, 44.4475, 2.0317, 44.6086], 'the bus stop in Figeac widens the box');
  assert.deepEqual(lot.kinds, { bus: 1, ccas: 1 });
  const hauteCorse = parsed.index.shards.find((s) => s.id === '2B')!;
  assert.deepEqual(hauteCorse.needs, { caf: 1, emploi: 1 });
});

test('split: the same input gives the same bytes (no clock, stable order)', async () => {
  const a = (await split(EDGES)).written;
  const b = (await split(EDGES)).written;
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [k, v] of a) assert.deepEqual(b.get(k), v, k);
});

test('split: invalid places are left out and reported (exit 1), an unusable file writes nothing, --out is required', async () => {
  const bad = await split(doc([place('ok', { insee: '46042' }, 44.4475, 1.4412), place('bad', {}, 999, 1)]));
  assert.equal(bad.code, 1);
  assert.match(bad.out.stderr, /1 erreur/);
  assert.equal(indexOf(bad.written).places, 1);
  const unusable = await split('{"places": 3');
  assert.equal(unusable.code, 1);
  assert.equal(unusable.written.size, 0);
  const t = io({ 'in.json': EDGES });
  assert.equal(await main(['split', 'in.json'], t.cli), 2);
  assert.match(t.out.stderr, /--out DIR/);
  assert.equal(t.written.size, 0);
});

test('split: the index written has exactly the fields data/shard-index.schema.json requires', async () => {
  type Schema = { required: string[]; properties: { shards: { items: { required: string[]; properties: Record<string, { pattern?: string }> } } } };
  const schema = JSON.parse(await readFile(`${ROOT}data/shard-index.schema.json`, 'utf8')) as Schema;
  const index = indexOf((await split(EDGES)).written);
  assert.deepEqual(Object.keys(index).sort(), [...schema.required].sort());
  const item = schema.properties.shards.items;
  for (const s of index.shards) {
    assert.deepEqual(Object.keys(s).sort(), [...item.required].sort());
    for (const field of ['id', 'file', 'sha256'] as const) assert.match(s[field], new RegExp(item.properties[field]!.pattern!, 'u'), `${s.id}.${field}`);
  }
  for (const bad of ['javascript:alert(1)', '//evil.example/a.json', 'a\\b.json']) assert.doesNotMatch(bad, new RegExp(item.properties['file']!.pattern!, 'u'));
});
