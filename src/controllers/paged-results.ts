/**
 * What the element asks of the index for one search: the page the list shows, the counts, and
 * the rest only when something reads it. A keystroke on a national catalogue then costs the
 * visible page (sorted, explained, with distances) and the counts (`total`, `radius`,
 * `hoursUnknown`, counted by the index over every match), not a result object per match.
 *
 * The views keep their shape: `outcome.results` is still an array of `total` results. Past the
 * first page it is a view (a `Proxy` over a sparse array) that asks the index for more the first
 * time an index beyond what it holds is read ("Afficher plus", print, downloads), doubling the
 * page each time, so showing page after page costs a few searches, not one per page.
 * `resultPlaces` gives the map every matching place from `outcome.ids` without building results.
 *
 * Owns: the page size and the on-demand growth. Does not own: the search (the index) or when to
 * search (../controllers/search-controller.ts).
 */
import type { Place } from '../core/catalogue/types.js';
import type { SearchIndex, SearchOutcome, SearchQuery, SearchResult } from '../core/search/types.js';

/** The results built per search: the list's first page (20) with room for a second. */
export const FIRST_PAGE = 40;

/**
 * Searches for the first page; `results` reads further pages from the index on demand (or from
 * the first list's browse, ../core/search/browse.ts, which answers as the index does).
 */
export function pagedSearch(index: Pick<SearchIndex, 'search'>, query: SearchQuery, first = FIRST_PAGE): SearchOutcome {
  // A limit the caller set (the CLI, a test) is theirs; the page applies only to "all".
  if (query.limit !== undefined) return index.search(query);
  const outcome = index.search({ ...query, limit: first });
  if (outcome.total <= outcome.results.length) return outcome;
  return { ...outcome, results: onDemand(outcome.results, outcome.total, (limit) => index.search({ ...query, limit }).results) };
}

const arrayIndex = (key: string | symbol): number => {
  if (typeof key !== 'string') return -1;
  const i = Number(key);
  return Number.isInteger(i) && i >= 0 && String(i) === key ? i : -1;
};

function onDemand(page: readonly SearchResult[], total: number, more: (limit: number) => SearchResult[]): SearchResult[] {
  const store: SearchResult[] = page.slice();
  store.length = total;
  let have = page.length;
  const reach = (i: number): void => {
    if (i < have || i >= total) return;
    const want = Math.min(total, Math.max(i + 1, have * 2));
    let next: SearchResult[];
    try {
      next = more(want);
    } catch (e) {
      console.error('service-locator:', e);
      return;
    }
    // The results already handed out stay the same objects.
    for (let k = have; k < next.length; k++) store[k] = next[k]!;
    have = Math.max(have, Math.min(next.length, total));
  };
  return new Proxy(store, {
    get(target, key, receiver) {
      reach(arrayIndex(key));
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      const i = arrayIndex(key);
      return i >= 0 ? i < total : Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      reach(arrayIndex(key));
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

/**
 * Every matching place, for the map: the page first (in the list's order), then the others in
 * catalogue order, taken from `outcome.ids` (no result object each).
 */
export function matchingPlaces(outcome: SearchOutcome | null, places: readonly Place[] | null): Place[] {
  if (!outcome) return [];
  const ids = outcome.ids;
  if (!ids || !places) return outcome.results.map((r) => r.place);
  const out: Place[] = [];
  const first = new Set<Place>();
  const shown = Math.min(outcome.results.length, FIRST_PAGE);
  for (let k = 0; k < shown; k++) {
    const p = outcome.results[k]!.place;
    first.add(p);
    out.push(p);
  }
  const sorted = Int32Array.from(ids).sort();
  for (const id of sorted) {
    const p = places[id];
    if (p && !first.has(p)) out.push(p);
  }
  return out;
}
