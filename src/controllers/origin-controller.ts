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
import { isPostcode } from '../core/catalogue/commune-codes.js';
import type { Lang, UiStrings } from '../i18n/index.js';
import type { OriginStrings } from '../i18n/strings-origin.js';
import { lazy } from './lazy.js';

/**
 * The words of answers (not found, several communes, the geocoder's and the browser's failures):
 * a chunk of their own, fetched at the first request while the look-up or the position is under
 * way, so the first list paint never waits for them (issue 15, item 3).
 */
const originWords = lazy(() => import('../i18n/strings-origin.js'));

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
  /** The element's language: the words of answers ({@link OriginStrings}) come in both. */
  lang: () => Lang;
  /** What a text designates among the communes (may wait for the national list to load). */
  lookup: (text: string) => Promise<CommuneLookup>;
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
    const r = await this.options.lookup(name);
    if (generation !== this.generation) return;
    // "Nom (46150)", as the URL keeps a commune chosen among namesakes, picks that one.
    const pick = m ? [r.found, ...r.choices, ...r.suggestions].find((c) => c && exactCommunes(name, [c]).length && c.postcodes.includes(m[2]!.toUpperCase())) : r.found;
    if (pick) this.set({ ...communeOrigin(pick), source: near }, '', false);
  }

  /** The "Où ?" form: coordinates, a commune, a postcode, or an address (with a geocoder). */
  async submit(): Promise<void> {
    const text = this.text.trim();
    if (!text) return;
    const t = this.options.strings();
    const generation = ++this.generation;
    this.choices = [];
    const point = parseCoordinates(text);
    if (point) {
      this.set({ point, label: text, source: text, precise: true });
      return;
    }
    this.message = t.communeLookingUp;
    this.setBusy('looking-up');
    const words = this.words();
    const r = await this.options.lookup(text);
    const w = await words;
    this.message = '';
    this.setBusy(null);
    if (generation !== this.generation) return;
    if (r.found) {
      this.set(communeOrigin(r.found));
      return;
    }
    const exact = r.choices.length ? r.choices : exactCommunes(text, r.suggestions);
    if (exact.length === 1) {
      this.set(communeOrigin(exact[0]!));
      return;
    }
    if (exact.length > 1) {
      this.offer(exact, isPostcode(text.trim()) && w ? w.postcodeChoose(text.trim()) : t.communeChoose);
      return;
    }
    const found = r.suggestions;
    const endpoint = geocoderEndpoint(this.options.geocoder());
    // An address (digits and words) goes to the geocoder when one is configured.
    if (endpoint && (found.length === 0 || /\d/.test(text))) {
      this.message = w?.geocoding ?? '';
      const r = await this.geocode(endpoint, text, this.options.geocoderTimeoutMs());
      if (generation !== this.generation) return;
      if (!r.ok) {
        this.message = !w ? '' : r.reason === 'rate-limited' ? w.geocodeRateLimited : r.reason === 'timeout' ? w.geocodeTimeout : w.geocodeFailed;
        this.host.requestUpdate();
        return;
      }
      if (r.hits.length === 1) {
        const h = r.hits[0]!;
        this.set({ point: { lat: h.lat, lon: h.lon }, label: h.label, source: `${h.lat.toFixed(5)},${h.lon.toFixed(5)}`, precise: true });
      } else {
        this.offer(r.hits.map((h) => ({ name: h.label, postcodes: [], lat: h.lat, lon: h.lon })), t.communeChoose);
      }
      return;
    }
    if (found.length === 0) {
      this.message = w?.communeNotFound(text) ?? '';
      this.host.requestUpdate();
      return;
    }
    // Begun or misspelt: the resident chooses (one suggestion is still a choice to confirm).
    this.offer(found, t.communeChoose);
  }

  /** The resident chose one of `choices`. */
  choose(c: GazetteerEntry): void {
    this.text = c.name;
    if (c.postcodes.length || c.insee) this.set(communeOrigin(c));
    else this.set({ point: { lat: c.lat, lon: c.lon }, label: c.name, source: `${c.lat.toFixed(5)},${c.lon.toFixed(5)}`, precise: true });
  }

  /** "Autour de moi". */
  async locate(): Promise<void> {
    const t = this.options.strings();
    this.generation++;
    this.message = t.locating;
    this.choices = [];
    const words = this.words();
    const r = await this.position();
    const w = await words;
    if (r.ok) {
      const source = `${r.point.lat.toFixed(4)},${r.point.lon.toFixed(4)}`;
      // Without its words (see words()), the position is named by its coordinates: never an empty label.
      this.set({ point: r.point, label: w?.myPosition ?? source, source, precise: true }, w?.located ?? '');
      return;
    }
    this.message = !w
      ? ''
      : r.reason === 'denied'
        ? w.geoDenied
        : r.reason === 'timeout'
          ? w.geoTimeout
          : r.reason === 'unsupported'
            ? w.geoUnsupported
            : w.geoUnavailable;
    this.host.requestUpdate();
  }

  /** Communes to choose from, with the message that asks (also for a postcode in the search text). */
  offer(choices: GazetteerEntry[], message: string): void {
    this.choices = choices;
    this.active = 0;
    this.message = message;
    this.host.requestUpdate();
  }

  /** Asks the browser for the position; call only from a user action. */
  position(timeoutMs = 15000): Promise<GeolocationOutcome> {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      return Promise.resolve({ ok: false, reason: 'unsupported' });
    }
    this.setBusy('locating');
    return new Promise<GeolocationOutcome>((resolve) => {
      let done = false;
      const finish = (o: GeolocationOutcome) => {
        if (done) return;
        done = true;
        clearTimeout(guard);
        this.setBusy(null);
        resolve(o);
      };
      // The browser's own timeout does not run while a permission prompt is open: guard it.
      const guard = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs + 1000);
      try {
        navigator.geolocation.getCurrentPosition(
          (pos) => finish({ ok: true, point: { lat: pos.coords.latitude, lon: pos.coords.longitude } }),
          (err) =>
            finish({
              ok: false,
              reason: err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable',
            }),
          { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 300000 },
        );
      } catch {
        finish({ ok: false, reason: 'unavailable' });
      }
    });
  }

  /** Geocodes an address through `endpoint`; the request code loads only when a geocoder is used. */
  async geocode(endpoint: string, text: string, timeoutMs = 8000): Promise<GeocodeOutcome> {
    this.geocodeAbort?.abort();
    const abort = new AbortController();
    this.geocodeAbort = abort;
    this.setBusy('geocoding');
    try {
      const { requestGeocode } = await import('./geocode.js');
      return await requestGeocode(endpoint, text, timeoutMs, abort);
    } catch {
      return { ok: false, reason: 'failed' };
    } finally {
      if (this.geocodeAbort === abort) this.setBusy(null);
    }
  }

  /**
   * The words of answers in the element's language; undefined when their chunk could not be
   * fetched (a broken deployment): the answer itself still comes (origin set, communes offered),
   * only its sentence is left out, and the next request tries the chunk again.
   */
  private words(): Promise<OriginStrings | undefined> {
    return originWords().then(
      (m) => m.ORIGIN_STRINGS[this.options.lang()],
      () => undefined,
    );
  }

  private setBusy(b: OriginController['busy']): void {
    this.busy = b;
    this.host.requestUpdate();
  }
}
