/**
 * Sharded catalogues (issue 15, item 4): the index `service-locator split` writes beside one
 * catalogue file per département, read here for the element. Owns the index format (its
 * reading, with problems as data naming the shard and field), the order in which shards are
 * fetched around a resident's origin, and the rule that says when a result list may be shown
 * as final. It does not fetch, hash or merge (src/controllers/shard-loader.ts does); DOM-free.
 *
 * The rule, from "never list as near what is not": a shard not yet loaded may hold places
 * nearer than those shown, or matches that change a count. So a list with an origin is final
 * only once every shard whose bounds come closer to the origin than the farthest distance the
 * answer depends on (the k-th place shown, or the radius whose count is said) is loaded; without
 * an origin (text search alone), only once every shard is. A shard that failed (HTTP error, hash
 * mismatch, invalid) is never loaded, so an answer that needed it is never final: the element
 * says which départements are missing rather than pass the rest off as complete.
 */
import { haversineKm } from '../geo/distance.js';
import { isRecord } from '../is-record.js';
import type { CatalogueMeta, GeoPoint } from './types.js';

/** The value of `format` in every shard index. */
export const SHARD_INDEX_FORMAT = 'service-locator-shards';
/** The index format's version this code reads and writes. */
export const SHARD_INDEX_VERSION = 1;
/** Most shards an index may list (France has 101 départements and 8 overseas collectivities). */
export const MAX_SHARDS = 1000;

/** `[west, south, east, north]` in degrees (GeoJSON's bbox order). */
export type ShardBounds = [number, number, number, number];

/** One shard as the index describes it. */
export interface ShardEntry {
  /** The département code (`46`, `2A`, `971`) or `autres` for places without one. */
  id: string;
  /** The shard's catalogue file, relative to the index (or an absolute http(s) URL on the index's origin: the loader refuses others). */
  file: string;
  /** The box holding every place and bus stop of the shard. */
  bounds: ShardBounds;
  /** Places in the shard. */
  places: number;
  /** Size of the file in bytes, as written. */
  bytes: number;
  /** SHA-256 of the file's exact bytes, lower-case hex. */
  sha256: string;
  /** Places per kind. */
  kinds: Record<string, number>;
  /** Places per need. */
  needs: Record<string, number>;
}

export interface ShardIndex {
  format: typeof SHARD_INDEX_FORMAT;
  version: typeof SHARD_INDEX_VERSION;
  /** The catalogue's metadata, the same in every shard. */
  catalogue: CatalogueMeta;
  /** Places in all shards together. */
  places: number;
  shards: ShardEntry[];
}

/** Something wrong in an index: `path` names the field, `shard` the shard when there is one. */
export interface ShardIndexProblem {
  path: string;
  shard?: string;
  message: { fr: string; en: string };
}

export type ShardIndexResult =
  | { ok: true; index: ShardIndex; problems: ShardIndexProblem[] }
  | { ok: false; problems: ShardIndexProblem[] };

/** Whether a parsed JSON document claims to be a shard index (before validating it). */
export function isShardIndexDocument(json: unknown): boolean {
  return isRecord(json) && json['format'] === SHARD_INDEX_FORMAT;
}

/**
 * A shard file reference: a path relative to the index (`46.json`, `/data/46.json`, never
 * `//host/…`) or an absolute http(s) URL. Anything else (`javascript:`, `data:`, `file:`,
 * backslashes, control characters) is refused.
 */
export function isShardFileReference(file: string): boolean {
  if (file === '' || file.length > 2000 || /[\u0000-\u001f\u007f\\]/.test(file) || file.startsWith('//')) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(file);
  if (!scheme) return true;
  const s = scheme[1]!.toLowerCase();
  return s === 'http' || s === 'https';
}

const problem = (path: string, fr: string, en: string, shard?: string): ShardIndexProblem => ({
  path,
  ...(shard !== undefined ? { shard } : {}),
  message: { fr, en },
});

const META_TEXT = ['name', 'territory', 'updated', 'licence', 'attribution'] as const;

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function readCounts(v: unknown): Record<string, number> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v)) {
    if (!isCount(n)) return undefined;
    out[k] = n;
  }
  return out;
}

function readBounds(v: unknown): ShardBounds | undefined {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) return undefined;
  const [w, s, e, n] = v as number[] as ShardBounds;
  if (s < -90 || n > 90 || s > n || w < -180 || e > 180 || w > e) return undefined;
  return [w, s, e, n];
}

/**
 * Reads a shard index. The document is unusable (`ok: false`) when it is not an index of this
 * version or lists no usable shard; a shard with a wrong field is left out and reported by id
 * and field, and the others stay usable.
 */
export function parseShardIndex(json: unknown): ShardIndexResult {
  const problems: ShardIndexProblem[] = [];
  if (!isRecord(json) || json['format'] !== SHARD_INDEX_FORMAT)
    return { ok: false, problems: [problem('format', `pas un index de fragments (« format » doit valoir « ${SHARD_INDEX_FORMAT} »)`, `not a shard index ("format" must be "${SHARD_INDEX_FORMAT}")`)] };
  if (json['version'] !== SHARD_INDEX_VERSION)
    return { ok: false, problems: [problem('version', `version d’index non prise en charge (attendue : ${SHARD_INDEX_VERSION})`, `unsupported index version (expected ${SHARD_INDEX_VERSION})`)] };
  const meta = json['catalogue'];
  if (!isRecord(meta) || !META_TEXT.every((k) => typeof meta[k] === 'string'))
    return { ok: false, problems: [problem('catalogue', '« catalogue » doit donner name, territory, updated, licence et attribution', '"catalogue" must give name, territory, updated, licence and attribution')] };
  const catalogue: CatalogueMeta = {
    name: meta['name'] as string,
    territory: meta['territory'] as string,
    updated: meta['updated'] as string,
    licence: meta['licence'] as string,
    attribution: meta['attribution'] as string,
    ...(Array.isArray(meta['sources']) ? { sources: meta['sources'] as CatalogueMeta['sources'] & object } : {}),
  };
  const list = json['shards'];
  if (!Array.isArray(list) || list.length === 0)
    return { ok: false, problems: [problem('shards', '« shards » doit être une liste non vide', '"shards" must be a non-empty list')] };
  if (list.length > MAX_SHARDS)
    return { ok: false, problems: [problem('shards', `plus de ${MAX_SHARDS} fragments`, `more than ${MAX_SHARDS} shards`)] };
  const shards: ShardEntry[] = [];
  const ids = new Set<string>();
  const files = new Set<string>();
  list.forEach((raw: unknown, i) => {
    const at = `shards[${i}]`;
    if (!isRecord(raw)) return void problems.push(problem(at, 'fragment : objet attendu', 'shard: object expected'));
    const id = raw['id'];
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(id))
      return void problems.push(problem(`${at}.id`, 'identifiant de fragment manquant ou invalide (lettres, chiffres, - et _)', 'missing or invalid shard id (letters, digits, - and _)'));
    const bad = (field: string, fr: string, en: string) => void problems.push(problem(`${at}.${field}`, `fragment ${id} : ${fr}`, `shard ${id}: ${en}`, id));
    if (ids.has(id)) return bad('id', 'identifiant en double', 'duplicate id');
    const file = raw['file'];
    if (typeof file !== 'string' || !isShardFileReference(file))
      return bad('file', '« file » doit être un chemin relatif à l’index ou une adresse http(s)', '"file" must be a path relative to the index or an http(s) URL');
    if (files.has(file)) return bad('file', 'fichier déjà listé par un autre fragment', 'file already listed by another shard');
    const bounds = readBounds(raw['bounds']);
    if (!bounds) return bad('bounds', '« bounds » doit être [ouest, sud, est, nord] en degrés', '"bounds" must be [west, south, east, north] in degrees');
    if (!isCount(raw['places'])) return bad('places', '« places » doit être un entier positif ou nul', '"places" must be a non-negative integer');
    if (!isCount(raw['bytes'])) return bad('bytes', '« bytes » doit être un entier positif ou nul', '"bytes" must be a non-negative integer');
    const sha256 = raw['sha256'];
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
      return bad('sha256', '« sha256 » doit être 64 chiffres hexadécimaux en minuscules', '"sha256" must be 64 lower-case hex digits');
    const kinds = readCounts(raw['kinds']);
    if (!kinds) return bad('kinds', '« kinds » doit associer chaque type à un nombre de lieux', '"kinds" must map each kind to a count of places');
    const needs = readCounts(raw['needs']);
    if (!needs) return bad('needs', '« needs » doit associer chaque besoin à un nombre de lieux', '"needs" must map each need to a count of places');
    ids.add(id);
    files.add(file);
    shards.push({ id, file, bounds, places: raw['places'], bytes: raw['bytes'], sha256, kinds, needs });
  });
  if (shards.length === 0) return { ok: false, problems: [...problems, problem('shards', 'aucun fragment utilisable', 'no usable shard')] };
  const places = shards.reduce((sum, s) => sum + s.places, 0);
  return { ok: true, index: { format: SHARD_INDEX_FORMAT, version: SHARD_INDEX_VERSION, catalogue, places, shards }, problems };
}

const RAD = Math.PI / 180;
const EARTH_KM = 6371.0088;

/**
 * The shortest great-circle distance from `p` to any point of `bounds` (0 inside). Exact, not
 * the distance to the clamped corner: beside a box, the nearest point of its side meridian lies
 * poleward of the origin's latitude, and the rule above needs a distance never overstated.
 */
export function distanceToBoundsKm(p: GeoPoint, bounds: ShardBounds): number {
  const [w, s, e, n] = bounds;
  if (p.lon >= w && p.lon <= e) {
    if (p.lat >= s && p.lat <= n) return 0;
    // Same meridian: the nearest point of a parallel is at the origin's longitude.
    return haversineKm(p.lat, p.lon, p.lat < s ? s : n, p.lon);
  }
  // The nearer side meridian (France does not cross the antimeridian; nor do the boxes).
  const edge = p.lon < w ? w : e;
  const dLon = Math.abs(p.lon - edge) * RAD;
  if (dLon < Math.PI / 2) {
    // Foot of the perpendicular from p on the meridian's great circle.
    const foot = Math.atan(Math.tan(p.lat * RAD) / Math.cos(dLon)) / RAD;
    if (foot >= s && foot <= n) return EARTH_KM * Math.asin(Math.min(1, Math.abs(Math.cos(p.lat * RAD) * Math.sin(dLon))));
  }
  return Math.min(haversineKm(p.lat, p.lon, s, edge), haversineKm(p.lat, p.lon, n, edge));
}

/**
 * The order to fetch shards in: around an origin, nearest bounds first (a shard holding the
 * origin at 0 km), ties by more places; without an origin, the largest first (most answers
 * soonest). Ties end on the id, so the order is stable.
 */
export function shardLoadingOrder(shards: readonly ShardEntry[], origin?: GeoPoint): ShardEntry[] {
  const keyed = shards.map((s) => ({ s, d: origin ? distanceToBoundsKm(origin, s.bounds) : 0 }));
  keyed.sort((a, b) => a.d - b.d || b.s.places - a.s.places || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  return keyed.map((k) => k.s);
}

/** Where loading stands: what the element says ("résultats de N départements sur M"). */
export interface ShardProgress {
  /** Shards in the index. */
  total: number;
  /** Ids of the shards merged so far. */
  loaded: ReadonlySet<string>;
  /** Ids of the shards that will not load (with why, for the problems list). */
  failed: ReadonlyMap<string, string>;
}

export type Finality =
  /** Every shard the answer depends on is loaded. */
  | { final: true }
  /**
   * Not final: `waiting` are shards still loading that could change the answer; `missing` are
   * failed shards that could have. With `waiting` empty and `missing` not, the answer is as
   * complete as it will get and must say what is missing.
   */
  | { final: false; waiting: string[]; missing: string[] };

/**
 * Whether a result list may be shown as final. `horizonKm` is the farthest distance the answer
 * depends on: the k-th place shown when the page is full (Infinity when fewer than k places
 * are shown: any shard could add one), or the radius whose count the list states, whichever is
 * larger. Without an origin every shard matters.
 */
export function resultFinality(shards: readonly ShardEntry[], progress: ShardProgress, origin?: GeoPoint, horizonKm = Infinity): Finality {
  const waiting: string[] = [];
  const missing: string[] = [];
  for (const s of shards) {
    if (progress.loaded.has(s.id)) continue;
    // A place at exactly the k-th distance ties, and ties break by name: it could come before.
    if (origin && distanceToBoundsKm(origin, s.bounds) > horizonKm) continue;
    (progress.failed.has(s.id) ? missing : waiting).push(s.id);
  }
  return waiting.length === 0 && missing.length === 0 ? { final: true } : { final: false, waiting, missing };
}
