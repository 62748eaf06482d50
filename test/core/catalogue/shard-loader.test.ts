/**
 * The shard loader (src/controllers/shard-loader.ts) end to end in Node, which has fetch and
 * crypto.subtle: shards written by the core's split, served by a real HTTP server on the
 * loopback, loaded through the data core the element uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import * as dataCore from '../../../src/core/data-core.js';
import * as validator from '../../../src/core/catalogue/validate.js';
import { splitCatalogue } from '../../../src/core/catalogue/split.js';
import { parseShardIndex, type ShardEntry, type ShardIndex } from '../../../src/core/catalogue/shards.js';
import { hintedShard, loadShards, type ShardStatus } from '../../../src/controllers/shard-loader.js';
import type { ValidationResult } from '../../../src/core/catalogue/problems.js';

/** What the element hands the loader: the data core with the validator (loadFullCore). */
const core = { ...dataCore, ...validator };
const meta = { name: 'T', territory: 'France', updated: '2026-11-23', licence: 'LO 2.0', attribution: 'T' };
const place = (id: string, insee: string, lat: number, lon: number) => ({
  id,
  name: `Lieu ${id}`,
  kind: 'ccas' as const,
  needs: ['aide-sociale' as const],
  address: { city: 'X', insee },
  location: { lat, lon, precision: 'commune' as const },
});
const PLACES = [
  place('cahors', '46042', 44.4475, 1.4412),
  place('figeac', '46102', 44.6086, 2.0317),
  place('montauban', '82121', 44.0176, 1.355),
  place('laon', '02408', 49.5641, 3.6199),
  place('grenoble', '38185', 45.1885, 5.7245),
];

/**
 * Serves `files` (path → bytes); `requests` are the paths in the order the loader asked for them
 * (read from fetch itself: six connections may reach the server in another order).
 */
async function serve(files: Map<string, Uint8Array>) {
  const requests: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    requests.push(new URL(input instanceof Request ? input.url : input).pathname);
    return original(input, init);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = files.get(path);
    if (!body) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => {
    globalThis.fetch = original;
    return new Promise<void>((r) => server.close(() => r()));
  };
  return { base, requests, close };
}

function shardsOf(places: ReturnType<typeof place>[]): { index: ShardIndex; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const entries: ShardEntry[] = splitCatalogue(meta, places).map((s) => {
    files.set(`/${s.file}`, s.bytes);
    return { ...s.entry, sha256: createHash('sha256').update(s.bytes).digest('hex') };
  });
  const parsed = parseShardIndex({ format: 'service-locator-shards', version: 1, catalogue: meta, places: places.length, shards: entries });
  assert.ok(parsed.ok);
  return { index: parsed.index, files };
}

async function load(index: ShardIndex, base: string, origin: { lat: number; lon: number } | null = null, near = '') {
  const updates: { result: ValidationResult; status: ShardStatus }[] = [];
  await loadShards(index, [], {
    url: `${base}/index.json`,
    core,
    signal: new AbortController().signal,
    timeoutMs: 5000,
    origin: () => origin,
    near: () => near,
    onUpdate: (result, status) => updates.push({ result, status }),
  });
  return updates;
}

test('shard loader: nearest shard first around an origin, every place merged once, done on the last update', async () => {
  const { index, files } = shardsOf(PLACES);
  const server = await serve(files);
  try {
    const updates = await load(index, server.base, { lat: 44.4475, lon: 1.4412 });
    // Six at a time: all four start at once, in the loader's order.
    assert.deepEqual(server.requests, ['/46.json', '/82.json', '/38.json', '/02.json']);
    const last = updates.at(-1)!;
    assert.equal(last.status.done, true);
    assert.equal(updates.filter((u) => u.status.done).length, 1);
    assert.deepEqual(last.result.places.map((p) => p.id).sort(), PLACES.map((p) => p.id).sort());
    assert.deepEqual(last.result.problems, []);
    assert.deepEqual(last.status.finality(undefined, Infinity), { final: true });
  } finally {
    await server.close();
  }
});

test('shard loader: a postcode in near names the first shard; without an origin the largest come first', async () => {
  const { index, files } = shardsOf(PLACES);
  const server = await serve(files);
  try {
    await load(index, server.base, null, 'Grenoble (38000)');
    assert.equal(server.requests[0], '/38.json');
    server.requests.length = 0;
    await load(index, server.base);
    assert.equal(server.requests[0], '/46.json', 'the Lot has two places, the others one');
  } finally {
    await server.close();
  }
});

test('shard loader: a wrong hash, a missing file and an id already seen are reported by shard and skipped; the rest loads', async () => {
  const { index, files } = shardsOf(PLACES);
  // The Isère's file now holds a place whose id the Lot already has: its hash must change too.
  const dup = splitCatalogue(meta, [place('cahors', '38185', 45.1885, 5.7245), place('grenoble', '38185', 45.1885, 5.7245)])[0]!;
  files.set('/38.json', dup.bytes);
  const isere = index.shards.find((s) => s.id === '38')!;
  isere.sha256 = createHash('sha256').update(dup.bytes).digest('hex');
  isere.bytes = dup.bytes.length;
  index.shards.find((s) => s.id === '82')!.sha256 = '0'.repeat(64);
  files.delete('/02.json');
  const server = await serve(files);
  try {
    const updates = await load(index, server.base, { lat: 44.4475, lon: 1.4412 });
    const last = updates.at(-1)!;
    assert.deepEqual(last.result.places.map((p) => p.id).sort(), ['cahors', 'figeac', 'grenoble']);
    assert.deepEqual([...last.status.failed.keys()].sort(), ['02', '82']);
    const said = last.result.problems.map((p) => `${p.code} ${p.message.en}`);
    assert.ok(said.some((m) => m.startsWith('shard-unavailable Shard 82 (82.json): its SHA-256 does not match the index')), said.join('\n'));
    assert.ok(said.some((m) => m.startsWith('shard-unavailable Shard 02 (02.json): the server answered 404')), said.join('\n'));
    assert.ok(said.some((m) => m === 'duplicate-id Id "cahors" already in another shard: place skipped.'), said.join('\n'));
    // Montauban (82) is 48 km from Cahors: a list within 30 km is final without it, one within 60 km is not.
    assert.deepEqual(last.status.finality({ lat: 44.4475, lon: 1.4412 }, 30), { final: true });
    assert.deepEqual(last.status.finality({ lat: 44.4475, lon: 1.4412 }, 60), { final: false, waiting: [], missing: ['82'] });
  } finally {
    await server.close();
  }
});

test('shard loader: the shard a near text names by its code, never from digits inside coordinates', () => {
  assert.equal(hintedShard('Cahors (46000)'), '46');
  assert.equal(hintedShard('Ajaccio (2a004)'), '2A');
  assert.equal(hintedShard('97133'), '977');
  assert.equal(hintedShard('Gustavia (97133)'), '977');
  assert.equal(hintedShard('45.18851,5.72451'), undefined, '18851 is not a postcode here');
  assert.equal(hintedShard('Cahors'), undefined);
  assert.equal(hintedShard('Monaco (98000)'), undefined);
  assert.equal(hintedShard(''), undefined);
});

test('shard loader: near as coordinates orders by distance even when its digits look like a postcode', async () => {
  const { index, files } = shardsOf([...PLACES, place('bourges', '18033', 47.081, 2.3988)]);
  const server = await serve(files);
  try {
    // Grenoble; "18851" would be the Cher (18) if read as a postcode.
    await load(index, server.base, { lat: 45.18851, lon: 5.72451 }, '45.18851,5.72451');
    assert.equal(server.requests[0], '/38.json');
  } finally {
    await server.close();
  }
});

test('shard loader: a shard on another origin than its index is refused by name, not fetched', async () => {
  // The embed page lets `src` come from allowed origins only: an index must not lead elsewhere.
  const { index, files } = shardsOf(PLACES);
  index.shards.find((s) => s.id === '38')!.file = 'https://elsewhere.example/38.json';
  const server = await serve(files);
  try {
    const updates = await load(index, server.base, { lat: 44.4475, lon: 1.4412 });
    const last = updates.at(-1)!;
    assert.ok(!server.requests.includes('/38.json'));
    assert.deepEqual([...last.status.failed.keys()], ['38']);
    const said = last.result.problems.map((p) => p.message.en);
    assert.ok(said.some((m) => m.startsWith('Shard 38 (https://elsewhere.example/38.json): not on the index’s origin')), said.join('\n'));
    assert.deepEqual(last.result.places.map((p) => p.id).sort(), ['cahors', 'figeac', 'laon', 'montauban']);
  } finally {
    await server.close();
  }
});
