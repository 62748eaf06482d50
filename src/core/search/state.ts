/**
 * The resident's search, in one shape: what they typed, the needs and filters they chose, the
 * radius and sort, and where from (`near`). Owns its defaults, its translation into a core
 * {@link SearchQuery} (the rules of "near means near" and "open means open" live here and in
 * the index, nowhere in the element), and its form in the page's location hash (`url-state`).
 * DOM-free: the element, the URL controller and the CLI all use it.
 */
import { EQUIPMENT, type Equipment, type GeoPoint, type NeedId, type PlaceKind } from '../catalogue/types.js';
import { isNeedId, isPlaceKind } from '../needs/vocabulary.js';
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

// ---- Location hash ------------------------------------------------------------------------

/** What the hash keeps: the search, where from, the open place and the view. */
export interface UrlState extends SearchState {
  selected: string | null;
  view: ViewMode | null;
  /** `LAT,LON` or a commune name, as the `near` attribute takes it. */
  near: string | null;
}

const KEYS = ['q', 'needs', 'kinds', 'open', 'walkin', 'eq', 'access', 'place', 'view', 'near', 'r', 'sort'] as const;

const list = (v: string | null): string[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const isEquipment = (v: string): v is Equipment => (EQUIPMENT as readonly string[]).includes(v);
export const isView = (v: unknown): v is ViewMode => v === 'list' || v === 'map' || v === 'both';

function parseRadius(v: string | null): RadiusChoice {
  if (v === 'all') return 'all';
  const n = Number(v);
  return isRadiusChoice(n) ? n : DEFAULT_RADIUS_KM;
}

/** Parses the element's keys from a hash ("#q=caf&needs=caf"); null when none is there. */
export function parseHash(hash: string): UrlState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!KEYS.some((k) => params.has(k))) return null;
  const view = params.get('view');
  const open = params.get('open');
  const sort = params.get('sort');
  return {
    text: params.get('q') ?? '',
    needs: list(params.get('needs')).filter(isNeedId),
    filters: {
      kinds: list(params.get('kinds')).filter(isPlaceKind),
      openNow: open === '1' || open === 'all',
      walkIn: params.get('walkin') === '1',
      equipment: list(params.get('eq')).filter(isEquipment),
      wheelchair: params.get('access') === '1',
    },
    includeUnknownHours: open === 'all',
    radius: parseRadius(params.get('r')),
    sort: sort === 'distance' || sort === 'relevance' ? sort : 'auto',
    selected: params.get('place') || null,
    view: isView(view) ? view : null,
    near: params.get('near') || null,
  };
}

/** Writes the state's keys into `hash`, keeping keys the element does not own. */
export function formatHash(hash: string, state: UrlState): string {
  const raw = hash.replace(/^#/, '');
  // A plain page anchor ("#horaires") is not a list of keys: URLSearchParams would turn it into
  // "horaires=". Leave it alone while there is nothing to record; a recorded search replaces it.
  const isParams = raw.includes('=');
  const params = new URLSearchParams(isParams ? raw : '');
  for (const k of KEYS) params.delete(k);
  const set = (k: string, v: string | null | undefined) => {
    if (v) params.set(k, v);
  };
  const f = state.filters;
  set('q', state.text.trim());
  set('needs', state.needs.join(','));
  set('kinds', f.kinds.join(','));
  set('open', f.openNow ? (state.includeUnknownHours ? 'all' : '1') : '');
  set('walkin', f.walkIn ? '1' : '');
  set('eq', f.equipment.join(','));
  set('access', f.wheelchair ? '1' : '');
  set('near', state.near);
  set('r', state.radius === DEFAULT_RADIUS_KM ? '' : String(state.radius));
  set('sort', state.sort === 'auto' ? '' : state.sort);
  set('place', state.selected);
  set('view', state.view);
  const s = params.toString().replace(/%2C/g, ',');
  if (!s) return isParams ? '' : hash;
  return `#${s}`;
}
