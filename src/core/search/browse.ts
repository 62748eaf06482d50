/**
 * The first list without the search index (issue 15, item 3): what a resident sees before they
 * search — every place, or those near the origin, with the filters that need no vocabulary —
 * answered from the places themselves, so that the element paints it before the index, the
 * thesaurus and the gazetteer have even downloaded. At 100,000 places the index takes about a
 * second to build; this takes the order by name (./ranking.ts, a fraction of that), then one pass
 * over the places per search.
 *
 * It must be the index's answer, not a look-alike: the same candidates (a query-less search
 * starts from every place), the same filters, distances and stops, and the hours, radius,
 * order and page of ./ranking.ts, which the index uses too. test/core/search/browse.test.ts
 * compares the two on realistic catalogues for every query {@link browsable} accepts.
 *
 * Owns: which queries it answers. Does not own: hours evaluation (injected `openState`).
 */
import { EQUIPMENT, type Place } from '../catalogue/types.js';
import { haversineKm } from '../geo/distance.js';
import type { Steps } from '../slices.js';
import { nameRankSteps, rankCandidates } from './ranking.js';
import type { OpenState, SearchOutcome, SearchQuery, SearchResult } from './types.js';

export interface Browse {
  /** The places it answers for (the array given). */
  places: Place[];
  /** Their order by name, for the index built next (`SearchIndexOptions.nameRank`). */
  nameRank: Int32Array;
  /** The index's outcome for a query {@link browsable} accepts; throws for any other. */
  search(query: SearchQuery): SearchOutcome;
}

export interface BrowseOptions {
  /** As the index's: whether a place is open at an instant. */
  openState?: (place: Place, at: Date) => OpenState;
}

/**
 * Whether a query needs no vocabulary: no text (blank is none, as for the index), no need, no
 * kind. The origin, the radius, the sort, "open now", walk-in, equipment, step-free access and
 * the page are all answered.
 */
export function browsable(query: SearchQuery): boolean {
  return !query.text?.trim() && !query.needs?.length && !query.kinds?.length;
}

/** The browse over `places`, in steps (core/slices.ts): the order by name is the long part. */
export function* browseSteps(places: Place[], options: BrowseOptions = {}): Steps<Browse> {
  const nameRank = yield* nameRankSteps(places);
  const n = places.length;
  const ones = new Float64Array(n).fill(1);
  let dist: Float64Array | undefined;
  let nearestStop: Int32Array | undefined;
  const openState = options.openState;
  const safeOpenState = (id: number, at: Date): OpenState => {
    if (!openState) return 'unknown';
    try {
      return openState(places[id]!, at);
    } catch {
      return 'unknown';
    }
  };

  function search(query: SearchQuery): SearchOutcome {
    if (!browsable(query)) throw new Error('browse: a query with text, needs or kinds needs the search index');
    const origin = query.near;
    const sort = query.sort ?? (origin ? 'distance' : 'relevance');
    // The index's filters, read off the places (it reads the same off its columns).
    const equipment = (query.equipment ?? []).filter((e) => (EQUIPMENT as readonly string[]).includes(e));
    // Only the two the index knows (a page's script may pass anything): any other is no filter.
    const appt = query.appointment === 'walk-in' || query.appointment === 'appointment' ? query.appointment : undefined;
    if (origin) {
      dist ??= new Float64Array(n);
      nearestStop ??= new Int32Array(n);
    }
    const passed: number[] = [];
    for (let id = 0; id < n; id++) {
      const p = places[id]!;
      if (equipment.length && !equipment.every((e) => p.equipment?.includes(e))) continue;
      if (appt && p.appointment !== appt && p.appointment !== 'both') continue;
      if (query.wheelchair && p.accessibility?.wheelchair !== 'yes') continue;
      if (origin) dist![id] = distanceTo(p, id, origin.lat, origin.lon);
      passed.push(id);
    }
    const ranked = rankCandidates(query, { passed, score: ones, dist: origin ? dist! : null, nameRank, sort, openState: safeOpenState });
    const results = ranked.top.map((id): SearchResult => {
      const place = places[id]!;
      // No words, no need chosen: nothing to explain ("Répond à" stays empty), as the index says.
      const r: SearchResult = { place, score: 1, matches: [] };
      if (origin) {
        r.distanceKm = dist![id]!;
        const s = nearestStop![id]!;
        if (s >= 0 && place.stops?.[s]) r.stopId = place.stops[s].id;
      }
      return r;
    });
    const outcome: SearchOutcome = { results, total: ranked.ids.length, needs: [], ids: ranked.ids };
    if (ranked.radius) outcome.radius = ranked.radius;
    if (ranked.hoursUnknown !== undefined) outcome.hoursUnknown = ranked.hoursUnknown;
    return outcome;
  }

  /** To the place, or for a bus to its nearest stop (the first of equals), as the index measures. */
  function distanceTo(p: Place, id: number, oLat: number, oLon: number): number {
    const stops = p.stops ?? [];
    if (stops.length === 0) {
      nearestStop![id] = -1;
      return haversineKm(oLat, oLon, p.location.lat, p.location.lon);
    }
    let best = Infinity;
    let bestStop = -1;
    for (let s = 0; s < stops.length; s++) {
      const d = haversineKm(oLat, oLon, stops[s]!.location.lat, stops[s]!.location.lon);
      if (d < best) {
        best = d;
        bestStop = s;
      }
    }
    nearestStop![id] = bestStop;
    return best;
  }

  return { places, nameRank, search };
}
