/**
 * Coverage results written for people and tools: a Markdown report (the figures, the communes
 * beyond the threshold, the method and its limits), a CSV table with one row per commune, and
 * GeoJSON (the commune outlines when given, else centre points) with minutes, population and
 * covered in the properties. Pure: results in, text or objects out.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { KIND_LABELS, NEED_LABELS } from '../needs/vocabulary.js';
import { toCsv, type CsvCell } from '../export/csv.js';
import { isRecord } from '../is-record.js';
import { plainText } from '../export/results.js';
import { displayMinutes, type CommuneCoverage, type CoverageResult } from './analyse.js';
import type { IsochroneCache, PreciseCoverage } from './isochrone.js';
import { describeMethod, type CoverageTarget } from './method.js';
import type { Lang } from '../lang.js';



/** "87,3 %" / "87.3%". */
export function formatShare(share: number, lang: Lang = 'fr'): string {
  const pct = (Math.round(share * 1000) / 10).toFixed(1);
  return lang === 'fr' ? pct.replace('.', ',') + '\u00a0%' : pct + '%';
}

/** "12 345" with a narrow no-break space in French, "12,345" in English. */
export function formatCount(n: number, lang: Lang = 'fr'): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 }).format(n);
}

/** The target in words: "premier accueil social", a kind's label or a need's label. */
export function describeTarget(target: CoverageTarget, lang: Lang = 'fr'): string {
  if (target.need) return (lang === 'fr' ? 'lieux qui répondent à : ' : 'places helping with: ') + (NEED_LABELS[target.need]?.[lang] ?? target.need);
  if (target.kind) return (lang === 'fr' ? 'lieux de type : ' : 'places of kind: ') + (KIND_LABELS[target.kind]?.[lang] ?? target.kind);
  return lang === 'fr'
    ? 'premier accueil social inconditionnel (CCAS/CIAS, service social du département, France services, centres sociaux, bus itinérants à leurs arrêts)'
    : 'first unconditional social welcome (CCAS/CIAS, departmental social services, France services, community centres, mobile buses at their stops)';
}

const mdCell = (s: string): string => plainText(s).replace(/\|/g, '\\|');

/**
 * A readable Markdown report. `limit` caps the table of communes beyond the threshold (all by
 * default); the CSV has every commune.
 */
export function coverageMarkdown(
  result: CoverageResult,
  options: { lang?: Lang; title?: string; precise?: PreciseCoverage; limit?: number } = {},
): string {
  const lang = options.lang ?? 'fr';
  const fr = lang === 'fr';
  const t = result.thresholdMinutes;
  const p = result.population;
  const c = result.counts;
  const pts = result.points;
  const lines: string[] = [];
  lines.push(`# ${options.title ?? (fr ? `Couverture à moins de ${t} minutes` : `Coverage within ${t} minutes`)}`, '');
  lines.push(`${fr ? 'Cible\u00a0:' : 'Target:'} ${describeTarget(result.target, lang)}.`, '');
  lines.push(
    fr
      ? `**${formatShare(p.share, lang)} de la population** (${formatCount(p.within, lang)} habitants sur ${formatCount(p.total, lang)}) vit dans une commune dont le centre est à ${t} minutes ou moins en voiture (estimation) d'un lieu.`
      : `**${formatShare(p.share, lang)} of the population** (${formatCount(p.within, lang)} residents out of ${formatCount(p.total, lang)}) live in a commune whose centre is within ${t} minutes by car (estimate) of a place.`,
    '',
  );
  lines.push(
    fr
      ? `- Communes : ${c.communes} ; à ${t} min ou moins : ${c.within} ; au-delà : ${c.beyond} (${formatCount(p.beyond, lang)} habitants).`
      : `- Communes: ${c.communes}; within ${t} min: ${c.within}; beyond: ${c.beyond} (${formatCount(p.beyond, lang)} residents).`,
  );
  lines.push(
    fr
      ? `- Lieux pris en compte : ${pts.points} (${pts.places} lieux fixes, ${pts.busStops} arrêts de bus dont ${pts.busStopsUnknownHours} aux horaires inconnus ; ${pts.busStopsNotVisited} arrêts écartés faute de passage dans les 30 jours).`
      : `- Places counted: ${pts.points} (${pts.places} fixed places, ${pts.busStops} bus stops of which ${pts.busStopsUnknownHours} with unknown hours; ${pts.busStopsNotVisited} stops left out, no visit within 30 days).`,
  );
  if (pts.busStopsUnchecked)
    lines.push(
      fr
        ? `- ${pts.busStopsUnchecked} arrêts ont des horaires mais leurs passages n'ont pas été vérifiés : ils sont comptés.`
        : `- ${pts.busStopsUnchecked} stops have hours but their visits were not checked: they are counted.`,
    );
  if (c.withoutPopulation)
    lines.push(fr ? `- ${c.withoutPopulation} communes sans population connue (comptées 0).` : `- ${c.withoutPopulation} communes without a known population (counted as 0).`);
  if (pts.points === 0) lines.push(fr ? '- Aucun lieu ne correspond : aucune commune n\'est couverte.' : '- No place qualifies: no commune is covered.');
  const precise = options.precise;
  if (precise) {
    lines.push('');
    lines.push(
      fr
        ? `Mode précis (isochrones routières de la Géoplateforme IGN, ${precise.minutes} min, arrivée au lieu) : **${formatShare(precise.population.share, lang)}** de la population couverte ; ${formatCount(precise.population.unknown, lang)} habitants dans des communes indéterminées ; ${precise.requests} requêtes, ${precise.failures.length} échecs.`
        : `Precise mode (IGN Géoplateforme road isochrones, ${precise.minutes} min, arriving at the place): **${formatShare(precise.population.share, lang)}** of the population covered; ${formatCount(precise.population.unknown, lang)} residents in undetermined communes; ${precise.requests} requests, ${precise.failures.length} failures.`,
    );
  }
  lines.push('', fr ? `## Communes au-delà de ${t} minutes` : `## Communes beyond ${t} minutes`, '');
  if (result.beyond.length === 0) lines.push(fr ? 'Aucune.' : 'None.');
  else {
    const preciseBy = new Map(precise?.communes.map((x) => [x.insee, x.covered]) ?? []);
    const head = fr ? ['Commune', 'INSEE', 'Population', 'Minutes (estimation)', 'Lieu le plus proche'] : ['Commune', 'INSEE', 'Population', 'Minutes (estimate)', 'Nearest place'];
    if (precise) head.push(fr ? 'Isochrone' : 'Isochrone');
    lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 2 || i === 3 ? ' ---: ' : ' --- ')).join('|')}|`);
    const rows = options.limit ? result.beyond.slice(0, options.limit) : result.beyond;
    for (const x of rows) {
      const cells = [mdCell(x.name), x.insee, formatCount(x.population, lang), minutesText(x, lang), x.nearest ? mdCell(x.nearest.name) : '—'];
      if (precise) {
        const v = preciseBy.get(x.insee);
        cells.push(v === true ? (fr ? 'couverte' : 'covered') : v === false ? (fr ? 'non couverte' : 'not covered') : fr ? 'indéterminé' : 'unknown');
      }
      lines.push(`| ${cells.join(' | ')} |`);
    }
    if (rows.length < result.beyond.length)
      lines.push('', fr ? `… et ${result.beyond.length - rows.length} autres (voir le CSV).` : `… and ${result.beyond.length - rows.length} more (see the CSV).`);
  }
  lines.push('', fr ? '## Méthode et limites' : '## Method and limits', '');
  for (const l of describeMethod(result.model, lang)) lines.push(`- ${l}`);
  return lines.join('\n') + '\n';
}

function minutesText(x: CommuneCoverage, lang: Lang): string {
  const m = displayMinutes(x.minutes);
  return m === null ? (lang === 'fr' ? 'aucun lieu' : 'no place') : String(m);
}

/** One row per commune, input order. */
export function coverageCsv(result: CoverageResult, options: { lang?: Lang; precise?: PreciseCoverage } = {}): string {
  const fr = (options.lang ?? 'fr') === 'fr';
  const head = fr
    ? ['insee', 'commune', 'population', 'distance_km', 'minutes_estimees', 'couverte', 'lieu_le_plus_proche', 'id_lieu', 'id_arret']
    : ['insee', 'commune', 'population', 'distance_km', 'estimated_minutes', 'covered', 'nearest_place', 'place_id', 'stop_id'];
  if (options.precise) head.push(fr ? 'couverte_isochrone' : 'covered_isochrone');
  const preciseBy = new Map(options.precise?.communes.map((x) => [x.insee, x.covered]) ?? []);
  const rows: CsvCell[][] = [head];
  for (const x of result.communes) {
    const row: CsvCell[] = [
      x.insee,
      x.name,
      x.population,
      x.distanceKm === null ? null : Math.round(x.distanceKm * 100) / 100,
      x.minutes === null ? null : Math.round(x.minutes * 10) / 10,
      x.covered,
      x.nearest?.name,
      x.nearest?.placeId,
      x.nearest?.stopId,
    ];
    if (options.precise) row.push(preciseBy.get(x.insee) ?? null);
    rows.push(row);
  }
  return toCsv(rows);
}

/** Outline geometries by INSEE code, from a FeatureCollection whose properties carry `code`, `insee` or `INSEE_COM`. */
export function outlinesByInsee(json: unknown): Map<string, Polygon | MultiPolygon> {
  const out = new Map<string, Polygon | MultiPolygon>();
  const features = isRecord(json) && Array.isArray(json['features']) ? json['features'] : [];
  for (const f of features as unknown[]) {
    if (!isRecord(f) || !isRecord(f['properties']) || !isRecord(f['geometry'])) continue;
    const props = f['properties'];
    const code = [props['code'], props['insee'], props['INSEE_COM'], props['insee_com']].find((v): v is string => typeof v === 'string');
    const g = f['geometry'];
    if (code && (g['type'] === 'Polygon' || g['type'] === 'MultiPolygon') && Array.isArray(g['coordinates']))
      out.set(code, g as unknown as Polygon | MultiPolygon);
  }
  return out;
}

export interface CoverageFeatureProperties {
  insee: string;
  name: string;
  population: number;
  /** Estimated minutes rounded up; null when no place qualifies. */
  minutes: number | null;
  covered: boolean;
  distanceKm: number | null;
  nearestPlaceId: string | null;
  nearestStopId: string | null;
  nearestName: string | null;
  /** Only in precise mode. */
  coveredIsochrone?: boolean | null;
}

export interface CoverageFeatureCollection extends FeatureCollection<Geometry, CoverageFeatureProperties> {
  /** Foreign members (RFC 7946 §6.1): the parameters and the isochrone cache for a second run. */
  coverage: { thresholdMinutes: number; target: CoverageTarget; share: number; model: CoverageResult['model'] };
  isochrones?: IsochroneCache;
}

/** Communes as GeoJSON: their outline when `outlines` has it, else their centre point. */
export function coverageGeoJson(
  result: CoverageResult,
  options: { outlines?: Map<string, Polygon | MultiPolygon>; precise?: PreciseCoverage } = {},
): CoverageFeatureCollection {
  const preciseBy = new Map(options.precise?.communes.map((x) => [x.insee, x.covered]) ?? []);
  const features: Feature<Geometry, CoverageFeatureProperties>[] = result.communes.map((x) => {
    const point: Point = { type: 'Point', coordinates: [x.lon, x.lat] };
    const properties: CoverageFeatureProperties = {
      insee: x.insee,
      name: plainText(x.name),
      population: x.population,
      minutes: displayMinutes(x.minutes),
      covered: x.covered,
      distanceKm: x.distanceKm === null ? null : Math.round(x.distanceKm * 100) / 100,
      nearestPlaceId: x.nearest?.placeId ?? null,
      nearestStopId: x.nearest?.stopId ?? null,
      nearestName: x.nearest ? plainText(x.nearest.name) : null,
    };
    if (options.precise) properties.coveredIsochrone = preciseBy.get(x.insee) ?? null;
    return { type: 'Feature', id: x.insee, geometry: options.outlines?.get(x.insee) ?? point, properties };
  });
  const fc: CoverageFeatureCollection = {
    type: 'FeatureCollection',
    coverage: { thresholdMinutes: result.thresholdMinutes, target: result.target, share: result.population.share, model: result.model },
    features,
  };
  if (options.precise) fc.isochrones = options.precise.cache;
  return fc;
}
