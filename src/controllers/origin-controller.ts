/**
 * Where the resident is searching from: the browser's position (asked only when they press
 * "Autour de moi"), and optional address geocoding through the Géoplateforme service
 * (GeoCodeJSON), off unless the deployer sets `geocoder`. Owns the requests, their timeouts
 * and the turn of every failure into a reason the element words plainly. Commune names are
 * resolved offline by the search index, not here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GeoPoint } from '../core/catalogue/types.js';

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

/** Reads a GeoCodeJSON FeatureCollection; anything unreadable is skipped. */
export function parseGeocodeJson(json: unknown): GeocodeHit[] {
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) return [];
  const hits: GeocodeHit[] = [];
  for (const f of features as unknown[]) {
    const coords = (f as { geometry?: { coordinates?: unknown } })?.geometry?.coordinates;
    const props = (f as { properties?: Record<string, unknown> })?.properties ?? {};
    if (!Array.isArray(coords) || coords.length < 2) continue;
    const [lon, lat] = coords as unknown[];
    if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const label = typeof props['label'] === 'string' ? props['label'] : typeof props['name'] === 'string' ? props['name'] : '';
    if (!label) continue;
    hits.push({ lat, lon, label: label.slice(0, 200) });
  }
  return hits;
}

export class LocationController implements ReactiveController {
  busy: 'locating' | 'geocoding' | null = null;
  private geocodeAbort?: AbortController;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.geocodeAbort?.abort();
  }

  /** Asks the browser for the position; call only from a user action. */
  locate(timeoutMs = 15000): Promise<GeolocationOutcome> {
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

  /** Geocodes an address through `endpoint` (`?q=…&limit=5`, GeoCodeJSON). */
  async geocode(endpoint: string, text: string, timeoutMs = 8000): Promise<GeocodeOutcome> {
    this.geocodeAbort?.abort();
    const abort = new AbortController();
    this.geocodeAbort = abort;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    this.setBusy('geocoding');
    try {
      const url = new URL(endpoint, location.href);
      url.searchParams.set('q', text.slice(0, 200));
      url.searchParams.set('limit', '5');
      const response = await fetch(url.href, { signal: abort.signal, credentials: 'omit' });
      if (response.status === 429) return { ok: false, reason: 'rate-limited' };
      if (!response.ok) return { ok: false, reason: 'failed' };
      const hits = parseGeocodeJson(await response.json());
      return hits.length > 0 ? { ok: true, hits } : { ok: false, reason: 'failed' };
    } catch {
      return { ok: false, reason: timedOut ? 'timeout' : 'failed' };
    } finally {
      clearTimeout(timer);
      if (this.geocodeAbort === abort) this.setBusy(null);
    }
  }

  private setBusy(b: LocationController['busy']): void {
    this.busy = b;
    this.host.requestUpdate();
  }
}
