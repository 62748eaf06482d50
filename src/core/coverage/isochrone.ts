/**
 * The optional precise mode of coverage: car isochrones from the IGN Géoplateforme
 * (`bdtopo-valhalla`, real road network) instead of the straight-line estimate. Owns the
 * request URL, the rate limiter (the service allows 5 requests per second per IP), the cache
 * that is written into the output so a second run needs no network, and the point-in-polygon
 * test. Off by default; `fetch`, the clock and `sleep` are injected, so tests use no network
 * and no real time. Failures are returned as data, never thrown.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { haversineKm } from '../geo/distance.js';
import { isRecord } from '../is-record.js';
import type { CommuneCoverage, CoverageResult, ServicePoint } from './analyse.js';

export const ISOCHRONE_ENDPOINT = 'https://data.geopf.fr/navigation/isochrone';
/** The Géoplateforme's published limit for the navigation services, per IP. */
export const ISOCHRONE_MAX_PER_SECOND = 5;
/**
 * A point further than this (great circle) from every commune centre cannot reach one within
 * the threshold: no car averages more than 110 km/h as the crow flies on these roads. Such
 * points are not requested, which keeps the number of requests down.
 */
export const MAX_CROW_FLY_KMH = 110;

/** The part of `fetch` this module uses (the global `fetch` fits). */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface IsochroneEntry {
  geometry: Polygon | MultiPolygon;
  /** ISO 8601 instant of the request. */
  fetchedAt: string;
}

/** Isochrones by request key (`lon,lat,minutes,direction`); JSON-serialisable, kept in outputs. */
export type IsochroneCache = Record<string, IsochroneEntry>;

export interface IsochroneFailure {
  key: string;
  placeId: string;
  stopId?: string;
  reason: string;
}

/**
 * At most `perSecond` starts in any 1-second window, in call order. `now` and `sleep` are
 * injected (milliseconds) so the limit can be tested with a fake clock.
 */
export class RateLimiter {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when the caller may start one request. */
  acquire(): Promise<void> {
    const turn = this.queue.then(async () => {
      const limit = Math.max(1, Math.floor(this.perSecond));
      if (this.starts.length >= limit) {
        const oldest = this.starts[this.starts.length - limit]!;
        const wait = oldest + 1000 - this.now();
        if (wait > 0) await this.sleep(wait);
      }
      this.starts.push(this.now());
      if (this.starts.length > limit) this.starts.splice(0, this.starts.length - limit);
    });
    this.queue = turn;
    return turn;
  }
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** The cache key of one request. */
export function isochroneKey(lon: number, lat: number, minutes: number, direction: 'arrival' | 'departure' = 'arrival'): string {
  return `${round5(lon)},${round5(lat)},${minutes},${direction}`;
}

/**
 * The request URL. `direction=arrival`: the area from which one arrives at the point within
 * the time, which is what a resident travelling to a place needs.
 */
export function isochroneUrl(
  lon: number,
  lat: number,
  minutes: number,
  direction: 'arrival' | 'departure' = 'arrival',
  endpoint = ISOCHRONE_ENDPOINT,
): string {
  const q = new URLSearchParams({
    resource: 'bdtopo-valhalla',
    profile: 'car',
    costType: 'time',
    costValue: String(minutes),
    timeUnit: 'minute',
    direction,
    point: `${round5(lon)},${round5(lat)}`,
    geometryFormat: 'geojson',
  });
  return `${endpoint}?${q.toString()}`;
}


/** The polygon of a Géoplateforme answer (`{ geometry: {type, coordinates} }`), if any. */
export function polygonOf(body: unknown): Polygon | MultiPolygon | undefined {
  const g = isRecord(body) ? body['geometry'] : undefined;
  if (!isRecord(g) || !Array.isArray(g['coordinates'])) return undefined;
  if (g['type'] === 'Polygon' || g['type'] === 'MultiPolygon') return g as unknown as Polygon | MultiPolygon;
  return undefined;
}

function inRing(lon: number, lat: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies in a Polygon or MultiPolygon (holes respected); other geometries: false. */
export function pointInGeometry(lon: number, lat: number, g: Geometry): boolean {
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some((rings) => rings.length > 0 && inRing(lon, lat, rings[0]!) && !rings.slice(1).some((h) => inRing(lon, lat, h)));
}

export interface IsochroneOptions {
  minutes: number;
  fetch: FetchLike;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Reused without a request; the returned cache holds these plus the new answers. */
  cache?: IsochroneCache;
  perSecond?: number;
  /** Safety cap on new requests in one run (default 1000). */
  maxRequests?: number;
  /** Retries of an HTTP 429 answer, each after waiting one second (default 2). */
  retries?: number;
  endpoint?: string;
}

export interface IsochroneRun {
  cache: IsochroneCache;
  failures: IsochroneFailure[];
  /** Requests actually sent (retries included). */
  requests: number;
}

/** Points close enough to some commune centre to matter (see MAX_CROW_FLY_KMH). */
export function relevantPoints(points: readonly ServicePoint[], communes: readonly CommuneCoverage[], minutes: number): ServicePoint[] {
  const reach = (minutes / 60) * MAX_CROW_FLY_KMH;
  return points.filter((p) => communes.some((c) => haversineKm(c.lat, c.lon, p.lat, p.lon) <= reach));
}

/** Fetches the isochrones of `points` not yet in the cache, one at a time, within the rate limit. */
export async function fetchIsochrones(points: readonly ServicePoint[], options: IsochroneOptions): Promise<IsochroneRun> {
  const cache: IsochroneCache = { ...(options.cache ?? {}) };
  const failures: IsochroneFailure[] = [];
  const limiter = new RateLimiter(Math.min(options.perSecond ?? ISOCHRONE_MAX_PER_SECOND, ISOCHRONE_MAX_PER_SECOND), options.now, options.sleep);
  const maxRequests = options.maxRequests ?? 1000;
  const retries = options.retries ?? 2;
  let requests = 0;
  const done = new Set<string>();
  for (const p of points) {
    const key = isochroneKey(p.lon, p.lat, options.minutes);
    if (cache[key] || done.has(key)) continue;
    done.add(key);
    const fail = (reason: string): void => {
      const f: IsochroneFailure = { key, placeId: p.placeId, reason };
      if (p.stopId) f.stopId = p.stopId;
      failures.push(f);
    };
    if (requests >= maxRequests) {
      fail(`not requested: more than ${maxRequests} requests`);
      continue;
    }
    const url = isochroneUrl(p.lon, p.lat, options.minutes, 'arrival', options.endpoint);
    for (let attempt = 0; ; attempt++) {
      await limiter.acquire();
      requests++;
      let status: number;
      try {
        const res = await options.fetch(url);
        status = res.status;
        if (res.ok) {
          const geometry = polygonOf(await res.json());
          if (geometry) cache[key] = { geometry, fetchedAt: new Date(options.now()).toISOString() };
          else fail('answer without a polygon');
          break;
        }
      } catch (e) {
        fail(`network error: ${e instanceof Error ? e.message : String(e)}`);
        break;
      }
      if (status === 429 && attempt < retries) {
        await options.sleep(1000);
        continue;
      }
      fail(`HTTP ${status}`);
      break;
    }
  }
  return { cache, failures, requests };
}

export interface PreciseCommune {
  insee: string;
  /** Inside an isochrone; null when not inside any and some nearby isochrone is missing. */
  covered: boolean | null;
}

export interface PreciseCoverage {
  minutes: number;
  communes: PreciseCommune[];
  population: { total: number; within: number; unknown: number; share: number };
  failures: IsochroneFailure[];
  requests: number;
  cache: IsochroneCache;
}

/**
 * Which communes' centres lie within the road isochrone of some point. A commune outside every
 * available isochrone is "unknown" when the isochrone of a point that could reach it is missing.
 */
export function applyIsochrones(result: CoverageResult, points: readonly ServicePoint[], run: IsochroneRun): PreciseCoverage {
  const minutes = result.thresholdMinutes;
  const reach = (minutes / 60) * MAX_CROW_FLY_KMH;
  const shapes = points.map((p) => ({ p, entry: run.cache[isochroneKey(p.lon, p.lat, minutes)] }));
  const communes: PreciseCommune[] = [];
  const population = { total: 0, within: 0, unknown: 0, share: 0 };
  for (const c of result.communes) {
    let covered: boolean | null = false;
    let missing = false;
    for (const { p, entry } of shapes) {
      if (haversineKm(c.lat, c.lon, p.lat, p.lon) > reach) continue;
      if (!entry) missing = true;
      else if (pointInGeometry(c.lon, c.lat, entry.geometry)) {
        covered = true;
        break;
      }
    }
    if (covered === false && missing) covered = null;
    communes.push({ insee: c.insee, covered });
    population.total += c.population;
    if (covered === true) population.within += c.population;
    if (covered === null) population.unknown += c.population;
  }
  population.share = population.total > 0 ? population.within / population.total : 0;
  return { minutes, communes, population, failures: run.failures, requests: run.requests, cache: run.cache };
}
