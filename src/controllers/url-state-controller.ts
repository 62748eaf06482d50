/**
 * Keeps the element's shareable state in the page's location hash (`url-state`), so a social
 * worker can send a link that opens on the same search, and so the back button steps back
 * through searches. Owns the hash format and the popstate/hashchange listening; the element
 * decides what the state is and when a change is worth a history entry. Keys the element does
 * not own are left in the hash untouched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNeedId, isPlaceKind, type NeedId, type PlaceKind } from '../core/needs/vocabulary.js';
import { EQUIPMENT, type Equipment } from '../core/catalogue/types.js';

export type ViewMode = 'list' | 'map' | 'both';

export interface UrlState {
  query: string;
  needs: NeedId[];
  kinds: PlaceKind[];
  openNow: boolean;
  walkIn: boolean;
  equipment: Equipment[];
  wheelchair: boolean;
  selected: string | null;
  view: ViewMode | null;
  /** `LAT,LON` or a commune name, as the `near` attribute takes it. */
  near: string | null;
}

const KEYS = ['q', 'needs', 'kinds', 'open', 'walkin', 'eq', 'access', 'place', 'view', 'near'] as const;

const list = (v: string | null): string[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const isEquipment = (v: string): v is Equipment => (EQUIPMENT as readonly string[]).includes(v);
const isView = (v: string | null): v is ViewMode => v === 'list' || v === 'map' || v === 'both';

/** Parses the element's keys from a hash ("#q=caf&needs=caf"); null when none is there. */
export function parseHash(hash: string): UrlState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!KEYS.some((k) => params.has(k))) return null;
  const view = params.get('view');
  return {
    query: params.get('q') ?? '',
    needs: list(params.get('needs')).filter(isNeedId),
    kinds: list(params.get('kinds')).filter(isPlaceKind),
    openNow: params.get('open') === '1',
    walkIn: params.get('walkin') === '1',
    equipment: list(params.get('eq')).filter(isEquipment),
    wheelchair: params.get('access') === '1',
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
  set('q', state.query.trim());
  set('needs', state.needs.join(','));
  set('kinds', state.kinds.join(','));
  set('open', state.openNow ? '1' : '');
  set('walkin', state.walkIn ? '1' : '');
  set('eq', state.equipment.join(','));
  set('access', state.wheelchair ? '1' : '');
  set('near', state.near);
  set('place', state.selected);
  set('view', state.view);
  const s = params.toString().replace(/%2C/g, ',');
  if (!s) return isParams ? '' : hash;
  return `#${s}`;
}

export class UrlStateController implements ReactiveController {
  enabled = false;
  private readonly onChange: (state: UrlState | null) => void;
  private readonly listener = () => {
    if (this.enabled) this.onChange(parseHash(location.hash));
  };

  constructor(host: ReactiveControllerHost, onChange: (state: UrlState | null) => void) {
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.listener);
    window.addEventListener('hashchange', this.listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.listener);
    window.removeEventListener('hashchange', this.listener);
  }

  read(): UrlState | null {
    return this.enabled ? parseHash(location.hash) : null;
  }

  /** Records the state: a new history entry when `push`, else replaces the current one. */
  write(state: UrlState, push: boolean): void {
    if (!this.enabled) return;
    const hash = formatHash(location.hash, state);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash || ''}`;
    try {
      if (push) history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // Sandboxed iframes may refuse history changes: the element keeps working without them.
    }
  }
}
