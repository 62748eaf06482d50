/**
 * Offline coverage analysis: for each commune of a territory, the estimated car time to the
 * nearest place that qualifies, the share of the population within a threshold, and the
 * communes beyond it. Owns reading commune lists for coverage, choosing the service points
 * (places and bus stops) and the nearest-point computation. Pure and DOM-free: the instant
 * (for bus visits) is an argument, bad input is reported, never thrown.
 */
import type { Place, Stop } from '../catalogue/types.js';
import { haversineKm } from '../geo/distance.js';
import { isRecord } from '../is-record.js';
import type { Visit } from '../hours/types.js';
import { isNeedId, isPlaceKind } from '../needs/vocabulary.js';
import {
  BUS_VISIT_WINDOW_DAYS,
  DEFAULT_THRESHOLD_MINUTES,
  DEFAULT_TRAVEL_MODEL,
  WELCOME_KINDS,
  estimateMinutes,
  type CoverageTarget,
  type TravelModel,
} from './method.js';

/** A commune as coverage needs it: a centre and a population. */
export interface CoverageCommune {
  /** INSEE code; the key that links a commune to its outline. */
  insee: string;
  name: string;
  lat: number;
  lon: number;
  /** Residents (INSEE municipal population); 0 when unknown (reported). */
  population: number;
  /** Département code, from the entry or the INSEE code. */
  dep: string;
}

/** Where a resident can go: a place, or one stop of a bus. */
export interface ServicePoint {
  placeId: string;
  stopId?: string;
  /** The place's name, with the stop's after a dash for a bus stop. */
  name: string;
  lat: number;
  lon: number;
}

export interface CommuneCoverage extends CoverageCommune {
  /** Great-circle distance to the nearest point, km; null when no place qualifies. */
  distanceKm: number | null;
  /** Estimated car minutes (unrounded); null when no place qualifies. */
  minutes: number | null;
  nearest: ServicePoint | null;
  covered: boolean;
}

export interface CoverageCounts {
  communes: number;
  within: number;
  beyond: number;
  /** Communes counted with population 0 because theirs is unknown. */
  withoutPopulation: number;
}

export interface PointCounts {
  /** Service points used (places + bus stops). */
  points: number;
  places: number;
  busStops: number;
  /** Bus stops counted although their hours are unknown. */
  busStopsUnknownHours: number;
  /** Bus stops left out: known hours, no visit in the window. */
  busStopsNotVisited: number;
  /** Bus stops with hours counted without checking them (no hours engine given). */
  busStopsUnchecked: number;
}

export interface CoverageResult {
  thresholdMinutes: number;
  target: CoverageTarget;
  model: TravelModel;
  /** Every commune, in input order. */
  communes: CommuneCoverage[];
  /** Communes beyond the threshold, largest population first (then name). */
  beyond: CommuneCoverage[];
  population: { total: number; within: number; beyond: number; /** within ÷ total, 0..1 (0 when total is 0). */ share: number };
  counts: CoverageCounts;
  points: PointCounts;
}

/** The hours engine's `nextVisits`, injected so coverage does not depend on how hours are read. */
export type NextVisits = (place: Place, from: Date, options: { days: number }) => Visit[];

export interface CoverageOptions {
  thresholdMinutes?: number;
  target?: CoverageTarget;
  model?: Partial<TravelModel>;
  /**
   * For bus stops with known hours: the instant from which visits are looked for and the hours
   * engine. Without them every listed stop counts (stated in the report through `points`).
   */
  busVisits?: { from: Date; nextVisits: NextVisits; days?: number };
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export interface ParsedCommunes {
  communes: CoverageCommune[];
  /** Entries skipped or completed, in words (English; for the CLI's stderr). */
  problems: string[];
}

/**
 * Reads a commune list: an array (or `{ communes: [...] }`) of objects with `insee` (or
 * `code`), `name` (or `nom`), `lat`, `lon`, `population`, and optionally `dep` (or
 * `departement`). The project's `data/communes.json` and the shared open-data file both fit.
 * Entries without an INSEE code or valid coordinates are skipped; a missing population counts 0.
 */
export function parseCoverageCommunes(json: unknown): ParsedCommunes {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json['communes']) ? json['communes'] : null;
  const problems: string[] = [];
  if (!list) return { communes: [], problems: ['The commune list is not an array (nor an object with a "communes" array).'] };
  const communes: CoverageCommune[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, i: number) => {
    if (!isRecord(item)) return void problems.push(`communes[${i}]: not an object, skipped.`);
    const insee = str(item['insee']) ?? str(item['code']);
    const name = str(item['name']) ?? str(item['nom']) ?? insee;
    const lat = num(item['lat']);
    const lon = num(item['lon']);
    if (!insee || !name) return void problems.push(`communes[${i}]: no INSEE code, skipped.`);
    if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180)
      return void problems.push(`communes[${i}] (${name}): no valid lat/lon, skipped.`);
    if (seen.has(insee)) return void problems.push(`communes[${i}] (${name}): INSEE ${insee} repeated, skipped.`);
    seen.add(insee);
    let population = num(item['population']);
    if (population === undefined || population < 0) {
      problems.push(`communes[${i}] (${name}): no population, counted as 0.`);
      population = 0;
    }
    const dep = str(item['dep']) ?? str(item['departement']) ?? (insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2));
    communes.push({ insee, name, lat, lon, population, dep });
  });
  return { communes, problems };
}

/** Whether a place qualifies for the target (a need, a kind, or the first social welcome). */
export function qualifies(place: Place, target: CoverageTarget): boolean {
  if (target.need && isNeedId(target.need)) return place.needs.includes(target.need);
  if (target.kind && isPlaceKind(target.kind)) return place.kind === target.kind;
  return WELCOME_KINDS.includes(place.kind);
}

/**
 * The points a resident can go to. A bus with stops counts at its stops (its base is where the
 * bus is parked, not where residents meet it); a bus without stops counts at its location.
 * A stop with hours counts when `busVisits` finds a visit to it in the window (default 30 days);
 * a stop without hours counts (the operator lists it as served; reported in the counts).
 */
export function servicePoints(
  places: readonly Place[],
  target: CoverageTarget = {},
  busVisits?: CoverageOptions['busVisits'],
): { points: ServicePoint[]; counts: PointCounts } {
  const points: ServicePoint[] = [];
  const counts: PointCounts = { points: 0, places: 0, busStops: 0, busStopsUnknownHours: 0, busStopsNotVisited: 0, busStopsUnchecked: 0 };
  for (const place of places) {
    if (!qualifies(place, target)) continue;
    const stops: readonly Stop[] = place.kind === 'bus' ? (place.stops ?? []) : [];
    if (stops.length === 0) {
      points.push({ placeId: place.id, name: place.name, lat: place.location.lat, lon: place.location.lon });
      counts.places++;
      continue;
    }
    let visited: Set<string> | undefined;
    if (busVisits && stops.some((s) => s.hours !== undefined)) {
      visited = new Set<string>();
      let visits: Visit[] = [];
      try {
        visits = busVisits.nextVisits(place, busVisits.from, { days: busVisits.days ?? BUS_VISIT_WINDOW_DAYS });
      } catch {
        // The hours engine never throws by contract; if one does, treat the hours as unknown.
        visited = undefined;
      }
      for (const v of visits) visited?.add(v.stopId);
    }
    for (const stop of stops) {
      if (stop.hours === undefined) counts.busStopsUnknownHours++;
      else if (!visited) counts.busStopsUnchecked++;
      else if (!visited.has(stop.id)) {
        counts.busStopsNotVisited++;
        continue;
      }
      points.push({
        placeId: place.id,
        stopId: stop.id,
        name: `${place.name} – ${stop.name}`,
        lat: stop.location.lat,
        lon: stop.location.lon,
      });
      counts.busStops++;
    }
  }
  counts.points = points.length;
  return { points, counts };
}

/** Larger population first, then name (French collation), then INSEE for a stable order. */
export function byPopulationDesc(a: CoverageCommune, b: CoverageCommune): number {
  return b.population - a.population || a.name.localeCompare(b.name, 'fr') || a.insee.localeCompare(b.insee);
}

/** Computes the estimated coverage of `communes` by the qualifying `places`. Never throws. */
export function analyseCoverage(
  places: readonly Place[],
  communes: readonly CoverageCommune[],
  options: CoverageOptions = {},
): CoverageResult {
  const threshold =
    typeof options.thresholdMinutes === 'number' && options.thresholdMinutes > 0
      ? options.thresholdMinutes
      : DEFAULT_THRESHOLD_MINUTES;
  const target = options.target ?? {};
  const model: TravelModel = { ...DEFAULT_TRAVEL_MODEL, ...options.model };
  const { points, counts: pointCounts } = servicePoints(places, target, options.busVisits);
  const out: CommuneCoverage[] = [];
  const counts: CoverageCounts = { communes: 0, within: 0, beyond: 0, withoutPopulation: 0 };
  const population = { total: 0, within: 0, beyond: 0, share: 0 };
  for (const c of communes) {
    let best: ServicePoint | null = null;
    let bestKm = Infinity;
    for (const p of points) {
      const d = haversineKm(c.lat, c.lon, p.lat, p.lon);
      if (d < bestKm) {
        bestKm = d;
        best = p;
      }
    }
    const minutes = best ? estimateMinutes(bestKm, model) : null;
    const covered = minutes !== null && minutes <= threshold;
    out.push({ ...c, distanceKm: best ? bestKm : null, minutes, nearest: best, covered });
    counts.communes++;
    if (c.population === 0) counts.withoutPopulation++;
    population.total += c.population;
    if (covered) {
      counts.within++;
      population.within += c.population;
    } else {
      counts.beyond++;
      population.beyond += c.population;
    }
  }
  population.share = population.total > 0 ? population.within / population.total : 0;
  const beyond = out.filter((c) => !c.covered).sort(byPopulationDesc);
  return { thresholdMinutes: threshold, target, model, communes: out, beyond, population, counts, points: pointCounts };
}

/** Minutes as shown to people: whole minutes rounded up, so "30 min" is always within 30. */
export function displayMinutes(minutes: number | null): number | null {
  return minutes === null ? null : Math.ceil(minutes - 1e-9);
}
