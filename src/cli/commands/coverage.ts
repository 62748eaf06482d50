/**
 * `service-locator coverage <catalogue> --communes FILE …`: the share of a territory's
 * population within N minutes by car of a place that qualifies, and the communes beyond, for
 * planners. Reads files and the clock (for bus visits), then runs the DOM-free core
 * (src/core/coverage). The precise mode is the only network use, and only on request.
 */
import type { CliIO } from '../main.js';
import { parseCatalogueText } from '../../core/catalogue/validate.js';
import { checkHoursSyntax, nextVisits } from '../../core/hours/index.js';
import { isNeedId, isPlaceKind, NEED_IDS, PLACE_KINDS } from '../../core/needs/vocabulary.js';
import {
  analyseCoverage,
  applyIsochrones,
  coverageCsv,
  coverageGeoJson,
  coverageMarkdown,
  fetchIsochrones,
  outlinesByInsee,
  parseCoverageCommunes,
  relevantPoints,
  servicePoints,
  DEFAULT_THRESHOLD_MINUTES,
  type CoverageTarget,
  type FetchLike,
  type IsochroneCache,
  type PreciseCoverage,
  type TravelModel,
} from '../../core/coverage/index.js';

export const HELP = `Usage: service-locator coverage <catalogue.json> --communes FILE [options]

Part de la population à moins de N minutes en voiture (estimation) d'un lieu, et communes au-delà.
Share of the population within N minutes by car (estimate) of a place, and the communes beyond.

  --communes FILE      communes : insee, nom/name, lat, lon, population (obligatoire / required)
  --outlines GEOJSON   contours des communes (propriété code/insee) pour --format geojson
  --dep CODE           ne garder que les communes de ce département (ex. 46) / keep one département
  --minutes N          seuil en minutes (défaut ${DEFAULT_THRESHOLD_MINUTES}) / threshold
  --need ID            lieux qui répondent à ce besoin / places offering this need
  --kind KIND          lieux de ce type / places of this kind
                       (sans --need ni --kind : premier accueil social inconditionnel)
  --format md|csv|geojson   rapport (défaut md), une ligne par commune, ou carte / report, table, map
  --lang fr|en         langue du rapport (défaut fr)
  --at ISO             instant des passages de bus (défaut maintenant) / instant for bus visits
  --speed KMH --detour F --access MIN   paramètres de l'estimation (défauts 60, 1.3, 0)
  --limit N            (md) nombre maximal de communes listées / max communes listed
  --precise            isochrones routières de la Géoplateforme IGN (réseau ; 5 requêtes/s max)
  --isochrone-cache FILE   réutilise les isochrones d'une sortie geojson précédente / reuse a previous geojson output's isochrones
`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Args {
  catalogue?: string;
  communes?: string;
  outlines?: string;
  dep?: string;
  minutes: number;
  target: CoverageTarget;
  format: 'md' | 'csv' | 'geojson';
  lang: 'fr' | 'en';
  at?: Date;
  model: Partial<TravelModel>;
  limit?: number;
  precise: boolean;
  cacheFile?: string;
}

function parseArgs(args: string[]): Args | string {
  const a: Args = { minutes: DEFAULT_THRESHOLD_MINUTES, target: {}, format: 'md', lang: 'fr', model: {}, precise: false };
  const positive = (name: string, v: string | undefined): number | string => {
    const n = Number(v);
    return v !== undefined && v.trim() !== '' && Number.isFinite(n) && n > 0 ? n : `${name}: un nombre positif / a positive number`;
  };
  for (let i = 0; i < args.length; i++) {
    const k = args[i]!;
    const v = (): string | undefined => args[++i];
    switch (k) {
      case '--communes': a.communes = v(); if (!a.communes) return '--communes: fichier manquant / missing file'; break;
      case '--outlines': a.outlines = v(); if (!a.outlines) return '--outlines: fichier manquant / missing file'; break;
      case '--isochrone-cache': a.cacheFile = v(); if (!a.cacheFile) return '--isochrone-cache: fichier manquant / missing file'; break;
      case '--dep': a.dep = v(); if (!a.dep) return '--dep: code manquant / missing code'; break;
      case '--minutes': case '--speed': case '--detour': case '--access': case '--limit': {
        const n = k === '--access' ? Number(args[i + 1]) : positive(k, args[i + 1]);
        i++;
        if (typeof n === 'string') return n;
        if (!Number.isFinite(n) || n < 0) return `${k}: un nombre / a number`;
        if (k === '--minutes') a.minutes = n;
        else if (k === '--speed') a.model.speedKmh = n;
        else if (k === '--detour') a.model.detourFactor = n;
        else if (k === '--access') a.model.accessMinutes = n;
        else a.limit = Math.floor(n);
        break;
      }
      case '--need': {
        const n = v();
        if (!isNeedId(n)) return `--need: un de / one of ${NEED_IDS.join(', ')}`;
        a.target.need = n;
        break;
      }
      case '--kind': {
        const n = v();
        if (!isPlaceKind(n)) return `--kind: un de / one of ${PLACE_KINDS.join(', ')}`;
        a.target.kind = n;
        break;
      }
      case '--format': {
        const f = v();
        if (f !== 'md' && f !== 'csv' && f !== 'geojson') return '--format: md, csv ou/or geojson';
        a.format = f;
        break;
      }
      case '--lang': {
        const l = v();
        if (l !== 'fr' && l !== 'en') return '--lang: fr ou/or en';
        a.lang = l;
        break;
      }
      case '--at': {
        const d = new Date(v() ?? '');
        if (Number.isNaN(d.getTime())) return '--at: une date ISO 8601 / an ISO 8601 date';
        a.at = d;
        break;
      }
      case '--precise': a.precise = true; break;
      default:
        if (k.startsWith('-')) return `Option inconnue / unknown option: ${k}`;
        if (a.catalogue) return `Un seul catalogue / one catalogue only: ${k}`;
        a.catalogue = k;
    }
  }
  if (a.target.need && a.target.kind) return '--need et --kind ne vont pas ensemble / --need and --kind exclude each other';
  if (!a.catalogue) return 'Catalogue manquant / missing catalogue';
  if (!a.communes) return '--communes est obligatoire / --communes is required';
  return a;
}

/** Injectable network and clock for the precise mode (tests pass fakes; the CLI the real ones). */
export interface CoverageRuntime {
  fetch?: FetchLike;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export async function run(args: string[], io: CliIO, runtime: CoverageRuntime = {}): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`service-locator coverage: ${parsed}\n\n${HELP}`);
    return 2;
  }
  const read = io.readFile;
  if (!read) {
    io.stderr('service-locator coverage: no file access in this environment.\n');
    return 2;
  }
  const readJson = async (file: string, what: string): Promise<unknown> => {
    let text: string;
    try {
      text = await read(file);
    } catch (e) {
      throw new Error(`${what} ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new Error(`${what} ${file}: JSON illisible / not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  };
  let catalogueText: string;
  let communesJson: unknown;
  let outlinesJson: unknown;
  let cacheJson: unknown;
  try {
    catalogueText = await read(parsed.catalogue!);
    communesJson = await readJson(parsed.communes!, 'communes');
    if (parsed.outlines) outlinesJson = await readJson(parsed.outlines, 'outlines');
    if (parsed.cacheFile) cacheJson = await readJson(parsed.cacheFile, 'isochrone cache');
  } catch (e) {
    io.stderr(`service-locator coverage: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const validation = parseCatalogueText(catalogueText, { checkHours: checkHoursSyntax });
  if (!validation.usable) {
    io.stderr(`service-locator coverage: catalogue inutilisable / unusable catalogue (${parsed.catalogue}); see "service-locator validate".\n`);
    return 2;
  }
  const { communes: all, problems } = parseCoverageCommunes(communesJson);
  const communes = parsed.dep ? all.filter((c) => c.dep === parsed.dep) : all;
  for (const p of problems) io.stderr(`communes: ${p}\n`);
  if (communes.length === 0) {
    io.stderr(`service-locator coverage: aucune commune / no commune${parsed.dep ? ` in département ${parsed.dep}` : ''}.\n`);
    return 2;
  }
  const outlines = outlinesJson === undefined ? undefined : outlinesByInsee(outlinesJson);
  if (outlines) {
    const missing = communes.filter((c) => !outlines.has(c.insee)).length;
    if (missing) io.stderr(`outlines: ${missing} communes sans contour, écrites en points / without outline, written as points.\n`);
  }
  // The CLI, not the core, reads the clock: bus visits are looked for from now unless --at says otherwise.
  const from = parsed.at ?? new Date();
  const options = {
    thresholdMinutes: parsed.minutes,
    target: parsed.target,
    model: parsed.model,
    busVisits: { from, nextVisits },
  };
  const result = analyseCoverage(validation.places, communes, options);

  let precise: PreciseCoverage | undefined;
  if (parsed.precise || cacheJson !== undefined) {
    const cache: IsochroneCache = isRecord(cacheJson) && isRecord(cacheJson['isochrones'])
      ? (cacheJson['isochrones'] as IsochroneCache)
      : isRecord(cacheJson) ? (cacheJson as IsochroneCache) : {};
    const { points } = servicePoints(validation.places, parsed.target, options.busVisits);
    const wanted = relevantPoints(points, result.communes, parsed.minutes);
    const globalFetch: FetchLike | undefined = typeof fetch === 'function' ? (url) => fetch(url) : undefined;
    const offline: FetchLike = () => Promise.reject(new Error('offline: not requested without --precise'));
    const fetchFn = parsed.precise ? (runtime.fetch ?? globalFetch ?? offline) : offline;
    if (parsed.precise) io.stderr(`precise: ${wanted.length} isochrones needed (≤ 5 requests/s)…\n`);
    const runResult = await fetchIsochrones(wanted, {
      minutes: parsed.minutes,
      fetch: fetchFn,
      now: runtime.now ?? (() => Date.now()),
      sleep: runtime.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      cache,
      retries: parsed.precise ? 2 : 0,
    });
    precise = applyIsochrones(result, wanted, runResult);
    if (precise.failures.length) io.stderr(`precise: ${precise.failures.length} isochrones missing (first: ${precise.failures[0]!.reason}).\n`);
  }

  if (parsed.format === 'csv') io.stdout(coverageCsv(result, { lang: parsed.lang, ...(precise ? { precise } : {}) }));
  else if (parsed.format === 'geojson')
    io.stdout(JSON.stringify(coverageGeoJson(result, { ...(outlines ? { outlines } : {}), ...(precise ? { precise } : {}) })) + '\n');
  else
    io.stdout(
      coverageMarkdown(result, {
        lang: parsed.lang,
        ...(precise ? { precise } : {}),
        ...(parsed.limit ? { limit: parsed.limit } : {}),
      }),
    );
  return 0;
}
