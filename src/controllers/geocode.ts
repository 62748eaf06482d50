/**
 * Address geocoding through a GeoCodeJSON endpoint (IGN Géoplateforme by default): the request,
 * its timeout and the defensive reading of the answer. Loaded by the origin controller only when
 * a deployer turned a geocoder on and a resident typed an address, so other pages never
 * download it.
 */
import type { GeocodeHit, GeocodeOutcome } from './origin-controller.js';

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


/** `?q=…&limit=5` on `endpoint`; every failure becomes a reason, never an exception. */
export async function requestGeocode(endpoint: string, text: string, timeoutMs: number, abort: AbortController): Promise<GeocodeOutcome> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
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
  }
}
