/**
 * Loads a sharded catalogue (`src` pointing at the index `service-locator split` writes) for
 * the catalogue controller: the shards around the resident's origin first, the others in the
 * background, a few at a time. Owns the fetch of each shard, its check against the index
 * (SHA-256 of the exact bytes, by crypto.subtle), its validation by the core, and the merge
 * (ids unique across shards: a later duplicate is skipped and reported). A shard that fails
 * (HTTP, network, hash, invalid) is reported as a problem naming it and skipped; the others
 * still load. It renders nothing; the element says where loading stands from `ShardStatus`
 * (with core/catalogue/shards.ts's finality rule).
 *
 * Loaded by dynamic import from the catalogue controller, only when a fetched document is not a
 * catalogue: residents of a one-file catalogue never download it.
 */
import type { CatalogueMeta, GeoPoint, Place } from '../core/catalogue/types.js';
import type { ValidationProblem, ValidationResult } from '../core/catalogue/problems.js';
import { isShardIndexDocument, parseShardIndex, resultFinality, shardLoadingOrder, type Finality, type ShardEntry, type ShardIndex } from '../core/catalogue/shards.js';
import { departementOfPostcode, departementOfInsee } from '../core/catalogue/departement.js';
import { isPostcode } from '../core/catalogue/commune-codes.js';
import type { DataCore } from './data-core-loader.js';
import { fetchBytes } from './fetch-json.js';
import { withWords } from './problem-words-loader.js';
import { runSteps } from '../core/slices.js';
import { shardStrings, type ShardStrings } from '../i18n/strings-shards.js';
import type { Lang } from '../core/lang.js';

/** Shards fetched at once: a browser's connections to one HTTP/1.1 host (HTTP/2 multiplexes them anyway). */
export const SHARD_CONCURRENCY = 6;
/** After the first merge, at most one merge (and index rebuild) per this many ms while loading. */
export const MERGE_INTERVAL_MS = 300;

/** Where a sharded load stands: what the element words ("résultats de N départements sur M"). */
export interface ShardStatus {
  index: ShardIndex;
  /** Ids of the shards merged into the places given with this status. */
  loaded: ReadonlySet<string>;
  /** Ids of the shards that will not load, with why (in words, for the problems list). */
  failed: ReadonlyMap<string, string>;
  /** Nothing more will be fetched: every shard is loaded or failed. */
  done: boolean;
  /**
   * Whether a list around `origin` that depends on places within `horizonKm` is final
   * (core/catalogue/shards.ts's `resultFinality` on this status). A function here, not an import
   * in the view, so the rule and the index reader stay in this lazily loaded chunk.
   */
  finality: (origin: GeoPoint | undefined, horizonKm: number) => Finality;
  /** The words of this state (../i18n/strings-shards.ts), here for the same reason: only a sharded catalogue says them. */
  words: (lang: Lang) => ShardStrings;
}

export interface ShardLoadOptions {
  /** The index's URL (shard files are relative to it). */
  url: string;
  core: DataCore;
  signal: AbortSignal;
  /** Milliseconds before one shard's fetch is given up. */
  timeoutMs: number;
  /** The resident's origin now (read before each fetch: it may become known meanwhile). */
  origin: () => GeoPoint | null;
  /** The `near` text: a postcode or INSEE code in it ("Cahors (46000)") names a shard to take first. */
  near: () => string | null | undefined;
  /** Each merge: the places so far and where loading stands (the last call has `done`). */
  onUpdate: (result: ValidationResult, status: ShardStatus) => void;
}

/** The shard index in a fetched text that is not a catalogue, or undefined (then it is just invalid). */
export function shardIndexIn(text: string): ReturnType<typeof parseShardIndex> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isShardIndexDocument(json) ? parseShardIndex(json) : undefined;
}

/** What a fetched document that is not a catalogue turned out to be, when it is a shard index. */
export type ShardedDocument =
  /** An index that cannot be used: its problems, as a validation result the element reports. */
  | { ok: false; result: ValidationResult }
  | { ok: true; index: ShardIndex; problems: ValidationProblem[] };

/** Reads `text` as a shard index, or undefined when it is not one (then it is an invalid catalogue). */
export function readShardedDocument(text: string): ShardedDocument | undefined {
  const parsed = shardIndexIn(text);
  if (!parsed) return undefined;
  const problems = parsed.problems.map((p) => problem(`index.${p.path}`, p.message.fr, p.message.en));
  if (!parsed.ok) {
    const meta: CatalogueMeta = { name: '', territory: '', updated: '', licence: '', attribution: '' };
    return { ok: false, result: { meta, places: [], problems, usable: false } };
  }
  return { ok: true, index: parsed.index, problems };
}

const problem = (path: string, fr: string, en: string): ValidationProblem => ({ code: 'shard-unavailable', severity: 'error', path, message: { fr, en } });

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  // crypto.subtle exists only in secure contexts (https, localhost).
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The département a `near` text names by its code: "Cahors (46000)" as the URL keeps a commune,
 * or a bare postcode or INSEE code ("46000", "2A004"); never digits inside coordinates.
 */
export function hintedShard(near: string | null | undefined): string | undefined {
  const m = near ? /^\s*(\d[\dAB]\d{3})\s*$|\((\d[\dAB]\d{3})\)\s*$/i.exec(near) : null;
  const code = m ? (m[1] ?? m[2])?.toUpperCase() : undefined;
  if (!code) return undefined;
  return isPostcode(code) ? departementOfPostcode(code) : departementOfInsee(code);
}

/**
 * Loads every shard of `index`, nearest first, calling `onUpdate` as they merge, and resolves
 * with the last update's arguments (or undefined when aborted).
 */
export async function loadShards(index: ShardIndex, indexProblems: ValidationProblem[], options: ShardLoadOptions): Promise<void> {
  const { core, signal } = options;
  const meta: CatalogueMeta = index.catalogue;
  const places: Place[] = [];
  const ids = new Set<string>();
  const problems: ValidationProblem[] = [...indexProblems];
  const loaded = new Set<string>();
  const failed = new Map<string, string>();
  const remaining = new Map(index.shards.map((s) => [s.id, s]));
  /** Entries read so far: each shard's place indexes are offset by it, so they stay distinct. */
  let entriesBefore = 0;
  let lastMerge = 0;
  let emitted = false;
  // `near` names a commune with its code: show nothing before its shard, so that the name
  // resolves among its own communes (the origin is looked up once places are in).
  const firstShard = options.origin() ? undefined : hintedShard(options.near());
  let mergeTimer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  const status = (done: boolean): ShardStatus => {
    const progress = { total: index.shards.length, loaded: new Set(loaded), failed: new Map(failed) };
    return { index, loaded: progress.loaded, failed: progress.failed, done, finality: (origin, horizonKm) => resultFinality(index.shards, progress, origin, horizonKm), words: shardStrings };
  };
  const emit = (done: boolean) => {
    clearTimeout(mergeTimer);
    mergeTimer = undefined;
    dirty = false;
    emitted = true;
    lastMerge = Date.now();
    if (signal.aborted) return;
    options.onUpdate({ meta, places: [...places], problems: [...problems], usable: true }, status(done));
  };
  // The first places paint at once; later ones are merged in batches (each merge rebuilds the index).
  const scheduleMerge = () => {
    dirty = true;
    if (mergeTimer !== undefined) return;
    if (!emitted && firstShard && (remaining.has(firstShard) || inFlight.has(firstShard))) return;
    const wait = !emitted ? 0 : Math.max(0, lastMerge + MERGE_INTERVAL_MS - Date.now());
    mergeTimer = setTimeout(() => {
      mergeTimer = undefined;
      if (dirty) emit(false);
    }, wait);
  };

  const next = (): ShardEntry | undefined => {
    // An origin says more than a code; a code stands in until a commune name resolves.
    const origin = options.origin();
    const hint = origin ? undefined : hintedShard(options.near());
    if (hint && remaining.has(hint)) return take(remaining.get(hint)!);
    // Until a commune name resolves (it needs places), the named département's centre stands in.
    const hinted = hint ? index.shards.find((s) => s.id === hint) : undefined;
    const around = origin ?? (hinted ? { lat: (hinted.bounds[1] + hinted.bounds[3]) / 2, lon: (hinted.bounds[0] + hinted.bounds[2]) / 2 } : undefined);
    const first = shardLoadingOrder([...remaining.values()], around)[0];
    return first ? take(first) : undefined;
  };
  const take = (s: ShardEntry) => {
    remaining.delete(s.id);
    return s;
  };

  const fail = (shard: ShardEntry, fr: string, en: string) => {
    failed.set(shard.id, en);
    problems.push(problem(`shards.${shard.id}`, `Fragment ${shard.id} (${shard.file}) : ${fr} ; ses lieux ne sont pas affichés.`, `Shard ${shard.id} (${shard.file}): ${en}; its places are not shown.`));
  };

  const loadOne = async (shard: ShardEntry): Promise<void> => {
    let url: string;
    try {
      url = new URL(shard.file, options.url).href;
    } catch {
      return fail(shard, 'adresse invalide', 'invalid address');
    }
    // Shards live beside their index: an index on an allowed origin (the embed page's list, a
    // page's connect-src) must not lead the widget to another host.
    if (new URL(url).origin !== new URL(options.url).origin) return fail(shard, 'pas sur l’origine de l’index', 'not on the index’s origin');
    const fetched = await fetchBytes(url, { signal, timeoutMs: options.timeoutMs });
    if (!fetched.ok) {
      if (fetched.reason === 'aborted') return;
      if (fetched.reason === 'http') return fail(shard, `le serveur a répondu ${fetched.status}`, `the server answered ${fetched.status}`);
      return fetched.reason === 'timeout' ? fail(shard, 'pas de réponse à temps', 'no answer in time') : fail(shard, 'chargement impossible', 'could not be loaded');
    }
    const bytes = new Uint8Array(fetched.bytes);
    const hash = await sha256Hex(bytes);
    if (hash === undefined) console.warn(`service-locator: shard ${shard.id} not verified (crypto.subtle needs https) / fragment non vérifié (https requis)`);
    else if (hash !== shard.sha256) return fail(shard, 'son empreinte SHA-256 ne correspond pas à l’index (fichier modifié ou corrompu)', 'its SHA-256 does not match the index (file changed or corrupted)');
    const data = runSteps(core.parseCatalogueTextDataSteps(core.decodeCatalogueBytes(bytes)));
    if (!data.usable) return fail(shard, 'ce n’est pas un catalogue utilisable', 'not a usable catalogue');
    // Words only for a shard with problems (a chunk of its own, loaded once).
    const result = await withWords(data);
    const base = entriesBefore;
    const skipped = new Set<number>();
    for (const p of result.problems) {
      if (p.placeIndex !== undefined && p.severity === 'error') skipped.add(p.placeIndex);
      problems.push({ ...p, path: `${shard.file}: ${p.path}`, ...(p.placeIndex !== undefined ? { placeIndex: base + p.placeIndex } : {}) });
    }
    entriesBefore += result.places.length + skipped.size;
    result.places.forEach((place, i) => {
      if (ids.has(place.id)) {
        problems.push({
          code: 'duplicate-id',
          severity: 'error',
          path: `${shard.file}: places`,
          placeId: place.id,
          // Not the place's own index (unknown after validation), but distinct from every other.
          placeIndex: entriesBefore + i,
          message: { fr: `Identifiant « ${place.id} » déjà présent dans un autre fragment : lieu ignoré.`, en: `Id "${place.id}" already in another shard: place skipped.` },
        });
        return;
      }
      ids.add(place.id);
      places.push(place);
    });
    entriesBefore += result.places.length;
    loaded.add(shard.id);
  };

  const inFlight = new Set<string>();
  const worker = async (): Promise<void> => {
    for (let shard = next(); shard && !signal.aborted; shard = next()) {
      inFlight.add(shard.id);
      await loadOne(shard);
      inFlight.delete(shard.id);
      if (!signal.aborted) scheduleMerge();
    }
  };
  await Promise.all(Array.from({ length: Math.min(SHARD_CONCURRENCY, index.shards.length) }, worker));
  if (!signal.aborted) emit(true);
  else clearTimeout(mergeTimer);
}
