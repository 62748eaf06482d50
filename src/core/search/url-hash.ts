/**
 * The search state's form in the page's location hash (`url-state`): the element's keys read
 * from and written into the hash, other keys kept. Apart from ./state.ts because only a page
 * that sets `url-state` needs it: the element loads it with the URL controller, in a chunk of its
 * own (issue 15, item 3: the code before the first list paint is budgeted). DOM-free.
 */
import { EQUIPMENT, type Equipment } from '../catalogue/types.js';
import { isNeedId, isPlaceKind } from '../needs/vocabulary.js';
import { DEFAULT_RADIUS_KM, isRadiusChoice, isView, type RadiusChoice, type SearchState, type ViewMode } from './state.js';

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
