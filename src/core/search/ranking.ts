/**
 * What a search keeps and in which order, once its candidates are known: the hours filter,
 * the radius rule ("near means near", widening, the nearest few), the sort and the page. One
 * module for the two answerers of the element, so they cannot disagree: the search index
 * (./search-index.ts, every query) and the first list's browse (./browse.ts, the query-less
 * list painted before the index is built).
 *
 * Also the order by name that breaks every tie, computed once per catalogue
 * ({@link nameRankSteps}); the browse computes it before the first paint and hands it to the
 * index, which then does not sort the names again.
 *
 * Owns: ties, the radius outcome, `hoursUnknown`'s count. Does not own: matching, scores,
 * distances (the caller's, per place), hours evaluation (the caller's `openState`).
 */
import { sortStringsSteps, type Steps } from '../slices.js';
import { fold } from '../text/fold.js';
import type { OpenState, RadiusOutcome, SearchQuery } from './types.js';
import type { Place } from '../catalogue/types.js';

/**
 * Each place's rank by folded name (then by position, so equal names keep the file's order):
 * `rank[a] < rank[b]` when `a` comes first. A default string sort of "folded name, NUL, index"
 * (no comparator call per pair): most searches tie thousands of places, and a tie then costs an
 * integer comparison.
 */
export function* nameRankSteps(places: readonly Place[]): Steps<Int32Array> {
  const n = places.length;
  const nameRank = new Int32Array(n);
  const keys = new Array<string>(n);
  for (let id = 0; id < n; id++) {
    if (id % 2048 === 0) yield undefined;
    keys[id] = fold(places[id]!.name) + '\u0000' + String(id).padStart(10, '0');
  }
  yield* sortStringsSteps(keys);
  for (let r = 0; r < n; r++) {
    if (r % 4096 === 0) yield undefined;
    const key = keys[r]!;
    nameRank[Number(key.slice(key.lastIndexOf('\u0000') + 1))] = r;
  }
  return nameRank;
}

/** The candidates of one search, as its answerer computed them. */
export interface Candidates {
  /** Positions of the places that passed every filter but the hours (in any order; reordered). */
  passed: number[];
  /** Score per position (higher first); read for `passed` only. */
  score: ArrayLike<number>;
  /** Distance from the origin per position, for `passed`; null without an origin. */
  dist: ArrayLike<number> | null;
  /** From {@link nameRankSteps}. */
  nameRank: Int32Array;
  /** The sort the search uses (`distance` needs `dist`). */
  sort: 'relevance' | 'distance';
  /** Whether the place is open at `at`; must not throw (an error is `unknown`). */
  openState: (id: number, at: Date) => OpenState;
}

export interface Ranked {
  /** The page: the best `query.limit` (all when no limit), best first. */
  top: number[];
  /** Every result (their count is the outcome's `total`), in no particular order. */
  ids: Int32Array;
  radius?: RadiusOutcome;
  /** With `openAt` in confirmed mode: places left out only because their hours are unknown. */
  hoursUnknown?: number;
}

/** Keeps, counts and orders the candidates of `query` (see the module comment). */
export function rankCandidates(query: SearchQuery, c: Candidates): Ranked {
  const { passed, score, dist, nameRank } = c;
  // The radius applies to any origin: `near`, or a commune named in the text.
  const radius = dist && query.radiusKm !== undefined && query.radiusKm >= 0 ? query.radiusKm : undefined;
  const openAt = query.openAt && !Number.isNaN(query.openAt.getTime()) ? query.openAt : undefined;
  // "Ouvert maintenant" means open: unknown hours are left out (and counted) unless asked for.
  const confirmedOnly = query.openMode !== 'include-unknown';
  const byName = (a: number, b: number): number => nameRank[a]! - nameRank[b]!;
  const d = dist ?? [];

  let kept: number[] = [];
  /** Places left out only because their hours are unknown (with `openAt`, confirmed mode). */
  let unknownHours: number[] = [];
  /**
   * Hours are the costly filter: with a radius they are read only for the places within the
   * widest radius the search may use; the farther ones only if it has to fall back to "the
   * nearest few" (`far` holds them until then).
   */
  const far: number[] = [];
  const readHours = (ids: number[]): void => {
    if (!openAt) {
      if (kept.length === 0) kept = ids;
      else for (const id of ids) kept.push(id);
      return;
    }
    for (const id of ids) {
      const state = c.openState(id, openAt);
      if (state === 'closed') continue;
      if (state === 'unknown' && confirmedOnly) unknownHours.push(id);
      else kept.push(id);
    }
  };
  if (openAt && radius !== undefined) {
    let widest = radius;
    for (const step of query.widenKm ?? []) if (step > widest) widest = step;
    const near: number[] = [];
    for (const id of passed) (d[id]! <= widest ? near : far).push(id);
    readHours(near);
  } else readHours(passed);

  // Near means near: keep what is within the radius; when fewer than `minResults` are, widen
  // through the steps, then fall back to the nearest few, and say which (outcome.radius).
  let radiusOutcome: RadiusOutcome | undefined;
  if (radius !== undefined) {
    const within = (r: number): number => {
      let n = 0;
      for (const id of kept) if (d[id]! <= r) n++;
      return n;
    };
    const min = Math.max(0, Math.floor(query.minResults ?? 0));
    const withinRequested = within(radius);
    let used: number | null = radius;
    if (withinRequested < min) {
      used = null;
      for (const step of query.widenKm ?? []) {
        if (step > radius && within(step) >= min) {
          used = step;
          break;
        }
      }
      if (used === null) {
        // No step has enough: the nearest few, wherever they are, so the far ones count now.
        readHours(far);
        if (kept.length <= withinRequested) used = radius;
      }
    }
    if (used !== null) {
      const r = used;
      kept = kept.filter((id) => d[id]! <= r);
      unknownHours = unknownHours.filter((id) => d[id]! <= r);
    } else {
      kept = topK(kept, (a, b) => d[a]! - d[b]! || byName(a, b), min);
      const farthest = kept.length ? d[kept[kept.length - 1]!]! : 0;
      unknownHours = unknownHours.filter((id) => d[id]! <= farthest);
    }
    radiusOutcome = { requestedKm: radius, usedKm: used, within: withinRequested };
  }

  const byRelevance = (a: number, b: number): number => score[b]! - score[a]! || (dist ? d[a]! - d[b]! : 0) || byName(a, b);
  // Equal distances are common (places known only by their commune centre): then the better
  // match, then by name, so the order means something rather than following the file.
  const byDistance = (a: number, b: number): number => d[a]! - d[b]! || score[b]! - score[a]! || byName(a, b);
  const cmp = c.sort === 'distance' && dist ? byDistance : byRelevance;
  const limit = query.limit !== undefined && query.limit >= 0 ? Math.floor(query.limit) : undefined;
  // Taken before topK, which may sort `kept` in place.
  const ids = Int32Array.from(kept);
  const top = topK(kept, cmp, limit);
  const out: Ranked = { top, ids };
  if (radiusOutcome) out.radius = radiusOutcome;
  if (openAt && confirmedOnly) out.hoursUnknown = unknownHours.length;
  return out;
}

/** The best `k` items by `cmp` without sorting everything (k small); all, sorted, when k is absent. */
function topK(items: number[], cmp: (a: number, b: number) => number, k: number | undefined): number[] {
  if (k === undefined || k >= items.length / 4) {
    items.sort(cmp);
    return k === undefined ? items : items.slice(0, k);
  }
  if (k === 0) return [];
  const heap: number[] = [];
  for (const it of items) {
    if (heap.length === k && cmp(it, heap[k - 1]!) >= 0) continue;
    // Binary insertion into the sorted best-so-far list.
    let lo = 0;
    let hi = heap.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(heap[mid]!, it) <= 0) lo = mid + 1;
      else hi = mid;
    }
    heap.splice(lo, 0, it);
    if (heap.length > k) heap.pop();
  }
  return heap;
}
