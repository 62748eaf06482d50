/**
 * Where the resident searches from. Owns the origin (a point, a label, the commune it is the
 * centre of, and whether it is a real position), the "Où ?" field's text, the commune choices
 * when a name or postcode is ambiguous (never silently picked), the status message, and the
 * requests behind them: the browser's position (asked only when they press "Autour de moi"),
 * and optional address geocoding through the Géoplateforme service (GeoCodeJSON), off unless
 * the deployer sets `geocoder`. Commune names are looked up offline through the function the
 * host gives (the catalogue's communes and the national gazetteer).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GeoPoint } from '../core/catalogue/types.js';
import type { GazetteerEntry } from '../core/search/types.js';
import type { CommuneLookup } from './gazetteer-controller.js';
import { communeKey } from '../core/geo/commune-key.js';
import type { Lang, UiStrings } from '../i18n/index.js';
import { lazy } from './lazy.js';
import type { OriginRequestContext } from './origin-requests.js';

/**
 * What runs once the resident asks (a submitted commune or address, their position) and the
 * words of its answers: a chunk of their own, fetched at the first request while the look-up or
 * the position is under way, so the first list paint never waits for them (issue 15, item 3).
 */
const requests = lazy(() => import('./origin-requests.js'));

/** IGN Géoplateforme geocoding (successor of api-adresse.data.gouv.fr). */
export const DEFAULT_GEOCODER_URL = 'https://data.geopf.fr/geocodage/search';

export type GeolocationFailure = 'denied' | 'timeout' | 'unavailable' | 'unsupported';
export type GeocodeFailure = 'rate-limited' | 'timeout' | 'failed';

export interface GeocodeHit extends GeoPoint {
  label: string;
}

export type GeolocationOutcome = { ok: true; point: GeoPoint } | { ok: false; reason: GeolocationFailure };
export type GeocodeOutcome = { ok: true; hits: GeocodeHit[] } | { ok: false; reason: GeocodeFailure };

/** The `geocoder` attribute's value: a URL (used as the endpoint) or any other value for the default. */
export function geocoderEndpoint(attr: string | null | undefined): string | null {
  if (attr === null || attr === undefined) return null;
  const v = attr.trim();
  if (v === 'off' || v === 'false') return null;
  return /^(https?:\/\/|\/)/.test(v) ? v : DEFAULT_GEOCODER_URL;
}

/** Where from: a point, what to call it, and what it is. */
export interface Origin {
  point: GeoPoint;
  label: string;
  /** What the resident or the deployer gave, kept for the URL (`near`). */
  source: string;
  /** The commune whose centre the point is (a commune was chosen, not a position). */
  insee?: string;
  /** A real position (geolocation, an address, coordinates), not a commune centre. */
  precise: boolean;
}

export interface OriginControllerOptions {
  strings: () => UiStrings;
  /** The element's language: the words of answers (../i18n/strings-origin.ts) come in both. */
  lang: () => Lang;
  /** What a text designates among the communes (may wait for the national list to load). */
  lookup: (text: string) => Promise<CommuneLookup>;
  /**
   * What `near="Nom (CP)"` designates, when that can be told without the national look-up
   * (GazetteerController.communeWithPostcode: the communes already known, a postcode slice of
   * the national list), picked from as `lookup`'s answer; undefined sends `near` to `lookup`.
   * Absent: always `lookup`.
   */
  communeWithPostcode?: (name: string, postcode: string) => Promise<CommuneLookup | undefined>;
  /** The geocoder endpoint, or null when off. */
  geocoder: () => string | null;
  geocoderTimeoutMs: () => number;
  /** Called after each change of origin made by the resident. */
  onChange: (origin: Origin | null) => void;
}

const COORDS = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** A `LAT,LON` text as a point, or null. */
export function parseCoordinates(text: string): GeoPoint | null {
  const m = COORDS.exec(text);
  if (!m) return null;
  const point = { lat: Number(m[1]), lon: Number(m[2]) };
  return Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180 ? point : null;
}

/**
 * The communes a text names without doubt: those whose folded name is the text, or whose
 * postcode it is. One → take it; several (a shared postcode, two communes of the same name) →
 * the resident chooses; none → not a whole name.
 */
export function exactCommunes(text: string, found: readonly GazetteerEntry[]): GazetteerEntry[] {
  const key = communeKey(text);
  const code = text.trim().toUpperCase();
  return found.filter((c) => communeKey(c.name) === key || c.postcodes.includes(code));
}

export const communeOrigin = (c: GazetteerEntry): Origin => {
  // The URL keeps the postcode too, so a link finds the same commune among namesakes.
  const source = c.postcodes[0] ? `${c.name} (${c.postcodes[0]})` : c.name;
  const o: Origin = { point: { lat: c.lat, lon: c.lon }, label: c.name, source, precise: false };
  if (c.insee) o.insee = c.insee;
  return o;
};

export class OriginController implements ReactiveController {
  origin: Origin | null = null;
  /** The "Où ?" field. */
  text = '';
  /** Communes to choose from (an ambiguous name or postcode), or geocoder hits. */
  choices: GazetteerEntry[] = [];
  /** The option of `choices` the keyboard is on. */
  active = 0;
  message = '';
  busy: 'locating' | 'geocoding' | 'looking-up' | null = null;
  private geocodeAbort?: AbortController;
  private generation = 0;
  private readonly host: ReactiveControllerHost;
  private readonly options: OriginControllerOptions;

  constructor(host: ReactiveControllerHost, options: OriginControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.geocodeAbort?.abort();
  }

  /** Sets the origin (null clears it) and says so; `user` when the resident did it. */
  set(origin: Origin | null, message = '', user = true): void {
    this.origin = origin;
    this.message = message;
    this.choices = [];
    this.host.requestUpdate();
    if (user) this.options.onChange(origin);
  }

  /**
   * The deployer's `near` (or the URL's): coordinates, or a commune written in full. An
   * ambiguous or unknown name leaves no origin rather than a wrong one.
   */
  async resolve(near: string): Promise<void> {
    const generation = ++this.generation;
    const point = parseCoordinates(near);
    if (point) {
      this.set({ point, label: this.options.strings().givenPosition, source: near, precise: true }, '', false);
      return;
    }
    const m = /^(.*?)\s*\((\d[\dAB]\d{3})\)\s*$/i.exec(near);
    const name = m ? m[1]! : near;
    // With its postcode, a commune is one of the few having it: their slice of the national list
    // answers without every commune of France (issue 15); a bare name needs them all (namesakes).
    const r = (m && (await this.options.communeWithPostcode?.(name, m[2]!))) || (await this.options.lookup(name));
    if (generation !== this.generation) return;
    // "Nom (46150)", as the URL keeps a commune chosen among namesakes, picks that one.
    const pick = m ? [r.found, ...r.choices, ...r.suggestions].find((c) => c && exactCommunes(name, [c]).length && c.postcodes.includes(m[2]!.toUpperCase())) : r.found;
    if (pick) this.set({ ...communeOrigin(pick), source: near }, '', false);
  }

  /** The "Où ?" form: coordinates, a commune, a postcode, or an address (with a geocoder). */
  async submit(): Promise<void> {
    const text = this.text.trim();
    if (!text) return;
    const generation = ++this.generation;
    this.choices = [];
    const point = parseCoordinates(text);
    if (point) {
      this.set({ point, label: text, source: text, precise: true });
      return;
    }
    this.message = this.options.strings().communeLookingUp;
    this.setBusy('looking-up');
    const lookup = this.options.lookup(text);
    const m = await this.requests();
    if (m) await m.submitText(this.context, text, generation, lookup);
  }

  /** The resident chose one of `choices`. */
  choose(c: GazetteerEntry): void {
    this.text = c.name;
    if (c.postcodes.length || c.insee) this.set(communeOrigin(c));
    else this.set({ point: { lat: c.lat, lon: c.lon }, label: c.name, source: `${c.lat.toFixed(5)},${c.lon.toFixed(5)}`, precise: true });
  }

  /** "Autour de moi". */
  async locate(): Promise<void> {
    this.generation++;
    this.message = this.options.strings().locating;
    this.choices = [];
    this.setBusy('locating');
    const m = await this.requests();
    if (m) await m.locate(this.context);
  }

  /** Communes to choose from, with the message that asks (also for a postcode in the search text). */
  offer(choices: GazetteerEntry[], message: string): void {
    this.choices = choices;
    this.active = 0;
    this.message = message;
    this.host.requestUpdate();
  }

  /**
   * The request code (./origin-requests.ts); undefined when its chunk could not be fetched (a
   * broken deployment): the request ends with words that say so (not a button that does nothing),
   * the field and the list stay usable, and the next request tries the chunk again.
   */
  private requests(): Promise<typeof import('./origin-requests.js') | undefined> {
    return requests().catch(() => {
      this.message = this.options.strings().originUnavailable;
      this.setBusy(null);
      return undefined;
    });
  }

  /** What ./origin-requests.ts may do here (one per request). */
  private get context(): OriginRequestContext {
    return {
      options: this.options,
      current: (generation) => generation === this.generation,
      say: (message) => {
        this.message = message;
        this.host.requestUpdate();
      },
      busy: (b) => this.setBusy(b),
      set: (origin, message) => this.set(origin, message),
      offer: (choices, message) => this.offer(choices, message),
      newGeocode: () => {
        this.geocodeAbort?.abort();
        return (this.geocodeAbort = new AbortController());
      },
      latestGeocode: (abort) => this.geocodeAbort === abort,
    };
  }

  private setBusy(b: OriginController['busy']): void {
    this.busy = b;
    this.host.requestUpdate();
  }
}
