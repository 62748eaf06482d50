/**
 * What "Où ?" does once the resident asks something of it: a submitted commune, postcode or
 * address looked up (and geocoded when the deployer set `geocoder`), the browser's position, and
 * the words of their answers (../i18n/strings-origin.ts). A chunk of its own that the origin
 * controller (./origin-controller.ts) fetches at the first such request, while the look-up or
 * the position is under way: the first list paint never waits for it (issue 15, item 3). Owns
 * none of the state: it acts through {@link OriginRequestContext}.
 */
import type { GazetteerEntry } from '../core/search/types.js';
import { isPostcode } from '../core/catalogue/commune-codes.js';
import { ORIGIN_STRINGS } from '../i18n/strings-origin.js';
import type { CommuneLookup } from './gazetteer-controller.js';
import {
  communeOrigin,
  exactCommunes,
  geocoderEndpoint,
  type GeocodeOutcome,
  type GeolocationOutcome,
  type Origin,
  type OriginController,
  type OriginControllerOptions,
} from './origin-controller.js';

/** What a request may do with the controller's state. */
export interface OriginRequestContext {
  readonly options: OriginControllerOptions;
  /** Whether the request numbered `generation` is still the newest. */
  current(generation: number): boolean;
  /** Sets the status message (a polite live region). */
  say(message: string): void;
  busy(b: OriginController['busy']): void;
  set(origin: Origin | null, message?: string): void;
  offer(choices: GazetteerEntry[], message: string): void;
  /** A geocoding request's abort, aborting the one before (and on disconnection). */
  newGeocode(): AbortController;
  /** Whether `abort` is still the newest geocoding request's. */
  latestGeocode(abort: AbortController): boolean;
}

/** The rest of a submit the controller began: `lookup` is under way for `text`. */
export async function submitText(c: OriginRequestContext, text: string, generation: number, lookup: Promise<CommuneLookup>): Promise<void> {
  const t = c.options.strings();
  const w = ORIGIN_STRINGS[c.options.lang()];
  const r = await lookup;
  c.busy(null);
  if (!c.current(generation)) return;
  if (r.found) {
    c.set(communeOrigin(r.found));
    return;
  }
  const exact = r.choices.length ? r.choices : exactCommunes(text, r.suggestions);
  if (exact.length === 1) {
    c.set(communeOrigin(exact[0]!));
    return;
  }
  if (exact.length > 1) {
    c.offer(exact, isPostcode(text.trim()) ? w.postcodeChoose(text.trim()) : t.communeChoose);
    return;
  }
  const found = r.suggestions;
  const endpoint = geocoderEndpoint(c.options.geocoder());
  // An address (digits and words) goes to the geocoder when one is configured.
  if (endpoint && (found.length === 0 || /\d/.test(text))) {
    c.say(w.geocoding);
    const g = await geocode(c, endpoint, text, c.options.geocoderTimeoutMs());
    if (!c.current(generation)) return;
    if (!g.ok) {
      c.say(g.reason === 'rate-limited' ? w.geocodeRateLimited : g.reason === 'timeout' ? w.geocodeTimeout : w.geocodeFailed);
      return;
    }
    if (g.hits.length === 1) {
      const h = g.hits[0]!;
      c.set({ point: { lat: h.lat, lon: h.lon }, label: h.label, source: `${h.lat.toFixed(5)},${h.lon.toFixed(5)}`, precise: true });
    } else {
      c.offer(
        g.hits.map((h) => ({ name: h.label, postcodes: [], lat: h.lat, lon: h.lon })),
        t.communeChoose,
      );
    }
    return;
  }
  if (found.length === 0) {
    c.say(w.communeNotFound(text));
    return;
  }
  // Begun or misspelt: the resident chooses (one suggestion is still a choice to confirm).
  c.offer(found, t.communeChoose);
}

/** "Autour de moi", once the controller has said it is locating. */
export async function locate(c: OriginRequestContext): Promise<void> {
  const w = ORIGIN_STRINGS[c.options.lang()];
  const r = await position(c);
  if (r.ok) {
    c.set({ point: r.point, label: w.myPosition, source: `${r.point.lat.toFixed(4)},${r.point.lon.toFixed(4)}`, precise: true }, w.located);
    return;
  }
  c.say(r.reason === 'denied' ? w.geoDenied : r.reason === 'timeout' ? w.geoTimeout : r.reason === 'unsupported' ? w.geoUnsupported : w.geoUnavailable);
}

/** Asks the browser for the position (from a user action only). */
function position(c: OriginRequestContext, timeoutMs = 15000): Promise<GeolocationOutcome> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) {
    c.busy(null);
    return Promise.resolve({ ok: false, reason: 'unsupported' });
  }
  return new Promise<GeolocationOutcome>((resolve) => {
    let done = false;
    const finish = (o: GeolocationOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(guard);
      c.busy(null);
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

/** Geocodes an address through `endpoint`; the request code (./geocode.ts) loads only then. */
async function geocode(c: OriginRequestContext, endpoint: string, text: string, timeoutMs: number): Promise<GeocodeOutcome> {
  const abort = c.newGeocode();
  c.busy('geocoding');
  try {
    const { requestGeocode } = await import('./geocode.js');
    return await requestGeocode(endpoint, text, timeoutMs, abort);
  } catch {
    return { ok: false, reason: 'failed' };
  } finally {
    if (c.latestGeocode(abort)) c.busy(null);
  }
}
