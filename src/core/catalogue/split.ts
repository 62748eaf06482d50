/**
 * Splits a validated catalogue into one catalogue per département (the shards of
 * `service-locator split`) and writes their index (format in ./shards.ts). Pure and
 * deterministic: the same places give the same bytes, so a re-run changes no file and no hash,
 * and a CDN keeps its caches. Hashing is the caller's (node:crypto in the CLI).
 */
import { departementOf } from './departement.js';
import { SHARD_INDEX_FORMAT, SHARD_INDEX_VERSION, type ShardBounds, type ShardEntry, type ShardIndex } from './shards.js';
import type { Catalogue, CatalogueMeta, Place } from './types.js';

/** The shard of places whose address names no département (foreign, Monaco, no code). */
export const OTHER_SHARD = 'autres';

/** One shard ready to write: `bytes` are the file, `entry` its index line without the hash. */
export interface SplitShard {
  id: string;
  file: string;
  bytes: Uint8Array;
  entry: Omit<ShardEntry, 'sha256'>;
}

/** Département codes in the order people read them (01…19, 2A, 2B, 21…95, 971…), then `autres`. */
function compareIds(a: string, b: string): number {
  const rank = (id: string) => (id === OTHER_SHARD ? 'z' : id.length === 2 ? `0${id}` : id);
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}

function sortedCounts(counts: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...counts.keys()].sort()) out[k] = counts.get(k)!;
  return out;
}

/** The box of every place and bus stop (a bus serves its stops, and is found near them). */
function boundsOfPlaces(places: readonly Place[]): ShardBounds {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const add = (lat: number, lon: number) => {
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  };
  for (const p of places) {
    add(p.location.lat, p.location.lon);
    for (const stop of p.stops ?? []) add(stop.location.lat, stop.location.lon);
  }
  return [w, s, e, n];
}

/**
 * The shards of `places` (already validated: ids unique), one per département of the place's
 * own address (a bus goes with its base), places keeping their catalogue order in each. Each
 * shard is a whole catalogue of format v1 with the same metadata, written compact.
 */
export function splitCatalogue(meta: CatalogueMeta, places: readonly Place[]): SplitShard[] {
  const groups = new Map<string, Place[]>();
  for (const p of places) {
    const id = departementOf(p.address) ?? OTHER_SHARD;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = []));
    group.push(p);
  }
  const encoder = new TextEncoder();
  return [...groups.keys()].sort(compareIds).map((id) => {
    const group = groups.get(id)!;
    const catalogue: Catalogue = { version: 1, ...meta, places: group };
    const bytes = encoder.encode(JSON.stringify(catalogue) + '\n');
    const kinds = new Map<string, number>();
    const needs = new Map<string, number>();
    for (const p of group) {
      kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
      for (const need of new Set(p.needs)) needs.set(need, (needs.get(need) ?? 0) + 1);
    }
    const file = `${id}.json`;
    return {
      id,
      file,
      bytes,
      entry: { id, file, bounds: boundsOfPlaces(group), places: group.length, bytes: bytes.length, kinds: sortedCounts(kinds), needs: sortedCounts(needs) },
    };
  });
}

/**
 * The index of shards whose hashes are known, as the text to write: one line per shard, so it
 * reads and diffs by département yet stays small (38 KB, 11 KB gzip, for the 102 shards of the
 * national France services list, against 64 KB indented).
 */
export function shardIndexText(meta: CatalogueMeta, shards: readonly ShardEntry[]): string {
  const index: Omit<ShardIndex, 'shards'> = {
    format: SHARD_INDEX_FORMAT,
    version: SHARD_INDEX_VERSION,
    catalogue: meta,
    places: shards.reduce((sum, s) => sum + s.places, 0),
  };
  const head = JSON.stringify(index);
  return `${head.slice(0, -1)},"shards":[\n${shards.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
}
