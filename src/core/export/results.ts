/**
 * Exports of the current results (what the resident or the social worker is looking at) as a
 * CSV table and as a GeoJSON FeatureCollection. Owns the columns and properties and how a
 * bus is written (one row, or one feature per stop). Pure: strings in, strings out. Nothing is
 * written as HTML: properties are plain text with any markup removed, links only http(s).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../catalogue/types.js';
import { KIND_LABELS, NEED_LABELS } from '../needs/vocabulary.js';
import { toCsv, type CsvCell, type CsvOptions } from './csv.js';
import { attempt, guardPlace } from '../catalogue/place-guard.js';
import type { Lang } from '../lang.js';

/** One exported result: a place, with what the search knows about it (a SearchResult fits). */
export interface ExportItem {
  place: Place;
  distanceKm?: number;
  /** The bus stop the result is about, if any. */
  stopId?: string;
}


/**
 * Each place is exported inside a guard: one that throws is written as its name, its id and
 * "informations incomplètes", never an export that fails as a whole; `onError` hears of it.
 */
export interface ExportGuardOptions {
  onError?: (placeId: string, error: unknown) => void;
}

/** What a place exported incomplete says, beside its name. */
export const INCOMPLETE: Record<Lang, string> = { fr: 'informations incomplètes', en: 'incomplete information' };

/** Text without markup: tags removed, stray angle brackets dropped, whitespace collapsed. */
export function plainText(value: string): string {
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An http(s) link, serialised by the URL parser, which percent-encodes `<`, `>`, `"` and
 * spaces in the path, query and fragment: the link still works and carries no markup.
 */
export function safeWeb(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  try {
    const href = new URL(url).href;
    // The parser leaves an apostrophe or a backtick in a query; neither is markup, but `<>"` must be gone.
    return /[<>"\s]/.test(href) ? undefined : href;
  } catch {
    return undefined;
  }
}

const HEADERS: Record<Lang, string[]> = {
  fr: ['Nom', 'Type', 'Arrêt', 'Adresse', 'Code postal', 'Commune', 'Code INSEE', 'Latitude', 'Longitude', 'Position', 'Téléphone', 'Courriel', 'Site web', 'Horaires', 'Précision sur les horaires', 'Répond à', 'Distance (km)', 'Identifiant'],
  en: ['Name', 'Kind', 'Stop', 'Address', 'Postcode', 'Commune', 'INSEE code', 'Latitude', 'Longitude', 'Position', 'Phone', 'Email', 'Website', 'Hours', 'Hours note', 'Helps with', 'Distance (km)', 'Id'],
};

const precisionWord = (p: 'exact' | 'commune', lang: Lang): string =>
  p === 'exact' ? (lang === 'fr' ? 'exacte' : 'exact') : lang === 'fr' ? 'approximative (centre de la commune)' : 'approximate (commune centre)';

/**
 * The results as CSV, one row per result (a bus result about one stop gives that stop's
 * address and hours). Distances are rounded to 0.1 km. UTF-8 with BOM by default.
 */
export function resultsToCsv(items: readonly ExportItem[], lang: Lang = 'fr', options: CsvOptions & ExportGuardOptions = {}): string {
  const rows: CsvCell[][] = [HEADERS[lang]];
  // An incomplete row: name, the note in the kind column (what the row is), the id last.
  const incomplete = (name: string, id: string): CsvCell[] => [name, INCOMPLETE[lang], ...HEADERS[lang].slice(2, -1).map(() => ''), id];
  for (const item of items) rows.push(guardPlace(item.place, () => csvRow(item, lang), incomplete, options.onError));
  return toCsv(rows, options);
}

function csvRow({ place, distanceKm, stopId }: ExportItem, lang: Lang): CsvCell[] {
  const stop = stopId ? place.stops?.find((s) => s.id === stopId) : undefined;
  const addr = stop?.address ?? place.address;
  const loc = stop?.location ?? place.location;
  return [
    place.name,
    KIND_LABELS[place.kind]?.[lang] ?? place.kind,
    stop?.name,
    addr.street,
    addr.postcode,
    addr.city,
    addr.insee,
    loc.lat,
    loc.lon,
    precisionWord(loc.precision, lang),
    place.contact?.phone,
    place.contact?.email,
    safeWeb(place.contact?.website),
    stop ? stop.hours : place.hours,
    stop ? stop.hoursNote : place.hoursNote,
    place.needs.map((n) => NEED_LABELS[n]?.[lang] ?? n).join(' ; '),
    distanceKm === undefined ? undefined : Math.round(distanceKm * 10) / 10,
    place.id,
  ];
}

/** Properties of an exported feature: plain text and numbers only. */
export interface ResultProperties {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  needs: string[];
  street?: string;
  postcode?: string;
  city: string;
  insee?: string;
  precision: 'exact' | 'commune';
  phone?: string;
  email?: string;
  website?: string;
  hours?: string;
  hoursNote?: string;
  stopId?: string;
  stopName?: string;
  distanceKm?: number;
  /** Set when the place could not be exported whole: "informations incomplètes". */
  note?: string;
}

/**
 * The results as a GeoJSON FeatureCollection of points (RFC 7946, lon/lat order). A bus result
 * gives one feature per stop (or only the stop the result is about); a bus without stops, one.
 */
export function resultsToGeoJson(items: readonly ExportItem[], lang: Lang = 'fr', options: ExportGuardOptions = {}): FeatureCollection<Point, ResultProperties> {
  const features: Feature<Point, ResultProperties>[] = [];
  for (const item of items) features.push(...guardPlace(item.place, () => placeFeatures(item, lang), (name, id) => incompleteFeature(item.place, name, id, lang), options.onError));
  return { type: 'FeatureCollection', features };
}

/**
 * A place that could not be exported whole: its name, id and "informations incomplètes" at its
 * position, each value read on its own; none when even the position cannot be read (a point
 * format needs one).
 */
function incompleteFeature(place: Place, name: string, id: string, lang: Lang): Feature<Point, ResultProperties>[] {
  const loc = attempt(() => ({ lat: place.location.lat, lon: place.location.lon, precision: place.location.precision }), null);
  if (!loc || !Number.isFinite(loc.lat) || !Number.isFinite(loc.lon)) return [];
  const kind = attempt(() => place.kind, '' as Place['kind']);
  const properties: ResultProperties = {
    id: plainText(id),
    name: plainText(name),
    kind,
    kindLabel: attempt(() => KIND_LABELS[kind]?.[lang] ?? kind, kind),
    needs: [],
    city: attempt(() => plainText(place.address.city), ''),
    precision: loc.precision === 'commune' ? 'commune' : 'exact',
    note: INCOMPLETE[lang],
  };
  return [{ type: 'Feature', geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties }];
}

function placeFeatures({ place, distanceKm, stopId }: ExportItem, lang: Lang): Feature<Point, ResultProperties>[] {
  const features: Feature<Point, ResultProperties>[] = [];
  const clean = (v: string | undefined): string | undefined => (v === undefined ? undefined : plainText(v));
  const stops = place.stops?.length ? (stopId ? place.stops.filter((s) => s.id === stopId) : place.stops) : [];
  const targets = stops.length ? stops.map((s) => ({ stop: s, addr: s.address, loc: s.location })) : [{ stop: undefined, addr: place.address, loc: place.location }];
  for (const { stop, addr, loc } of targets) {
    const props: ResultProperties = {
      id: plainText(place.id),
      name: plainText(place.name),
      kind: place.kind,
      kindLabel: KIND_LABELS[place.kind]?.[lang] ?? place.kind,
      needs: [...place.needs],
      city: plainText(addr.city),
      precision: loc.precision,
    };
    const set = <K extends keyof ResultProperties>(k: K, v: ResultProperties[K] | undefined): void => {
      if (v !== undefined && v !== '') props[k] = v;
    };
    set('street', clean(addr.street));
    set('postcode', addr.postcode);
    set('insee', addr.insee);
    set('phone', clean(place.contact?.phone));
    set('email', clean(place.contact?.email));
    set('website', safeWeb(place.contact?.website));
    set('hours', clean(stop ? stop.hours : place.hours));
    set('hoursNote', clean(stop ? stop.hoursNote : place.hoursNote));
    if (stop) {
      props.stopId = plainText(stop.id);
      props.stopName = plainText(stop.name);
    }
    if (distanceKm !== undefined) props.distanceKm = Math.round(distanceKm * 10) / 10;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties: props });
  }
  return features;
}
