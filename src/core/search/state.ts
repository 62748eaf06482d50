/**
 * The resident's search, in one shape: what they typed, the needs and filters they chose, the
 * radius and sort, and where from (`near`). Owns its defaults, its translation into a core
 * {@link SearchQuery} (the rules of "near means near" and "open means open" live here and in
 * the index, nowhere in the element); its form in the page's location hash (`url-state`) is
 * ./url-hash.ts, apart, since only a page with `url-state` needs it. DOM-free: the element, the
 * URL controller and the CLI all use it.
 */
import type { Equipment, GeoPoint, NeedId, PlaceKind } from '../catalogue/types.js';
import type { SearchQuery } from './types.js';

/** The radius a search near an origin starts with (km). */
export const DEFAULT_RADIUS_KM = 30;
/** Radii tried in turn when fewer than {@link MIN_NEAR_RESULTS} places are within the chosen one. */
export const RADIUS_STEPS_KM: readonly number[] = [30, 60, 100];
/** Below this many places near the origin, the search widens (then shows the nearest few). */
export const MIN_NEAR_RESULTS = 3;
/** What the radius control offers; `all` is "toute la zone". */
export const RADIUS_CHOICES = [10, 30, 60, 'all'] as const;
export type RadiusChoice = (typeof RADIUS_CHOICES)[number];

export const isRadiusChoice = (v: unknown): v is RadiusChoice => (RADIUS_CHOICES as readonly unknown[]).includes(v);

/** The filters of the search box. */
export interface SearchFilters {
  kinds: PlaceKind[];
  openNow: boolean;
  walkIn: boolean;
  equipment: Equipment[];
  wheelchair: boolean;
}

export const NO_FILTERS: SearchFilters = { kinds: [], openNow: false, walkIn: false, equipment: [], wheelchair: false };

export type SortMode = 'auto' | 'relevance' | 'distance';
export type ViewMode = 'list' | 'map' | 'both';

export interface SearchState {
  text: string;
  needs: NeedId[];
  filters: SearchFilters;
  /** With "Ouvert maintenant": also list places whose hours are unknown (the resident asked). */
  includeUnknownHours: boolean;
  radius: RadiusChoice;
  sort: SortMode;
}

export const DEFAULT_SEARCH_STATE: SearchState = {
  text: '',
  needs: [],
  filters: NO_FILTERS,
  includeUnknownHours: false,
  radius: DEFAULT_RADIUS_KM,
  sort: 'auto',
};

/** The core query for a state, an origin (or none) and the instant "open now" refers to. */
export function toSearchQuery(state: SearchState, origin: GeoPoint | null, at: Date): SearchQuery {
  const f = state.filters;
  const q: SearchQuery = {};
  const text = state.text.trim();
  if (text) q.text = text;
  if (state.needs.length) q.needs = [...state.needs];
  if (f.kinds.length) q.kinds = [...f.kinds];
  if (f.openNow) {
    q.openAt = at;
    q.openMode = state.includeUnknownHours ? 'include-unknown' : 'confirmed';
  }
  if (f.walkIn) q.appointment = 'walk-in';
  if (f.equipment.length) q.equipment = [...f.equipment];
  if (f.wheelchair) q.wheelchair = true;
  if (origin) q.near = { lat: origin.lat, lon: origin.lon };
  // The radius also applies to a commune named in the text ("caf lherm"), so it is always set.
  Object.assign(q, radiusQuery(state.radius));
  if (state.sort !== 'auto') q.sort = state.sort;
  return q;
}

/** The radius part of a query: the chosen radius, the wider steps, the minimum. */
export function radiusQuery(radius: 'all' | number): Pick<SearchQuery, 'radiusKm' | 'widenKm' | 'minResults'> {
  if (radius === 'all') return {};
  return { radiusKm: radius, widenKm: RADIUS_STEPS_KM.filter((s) => s > radius), minResults: MIN_NEAR_RESULTS };
}

/** One of the views the resident can switch between. */
export const isView = (v: unknown): v is ViewMode => v === 'list' || v === 'map' || v === 'both';
