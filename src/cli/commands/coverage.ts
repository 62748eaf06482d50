/**
 * `service-locator coverage <catalogue> --communes FILE …`: the share of a territory's
 * population within N minutes by car of a place that qualifies, and the communes beyond, for
 * planners. Reads files and the clock (for bus visits), then runs the DOM-free core
 * (src/core/coverage). The precise mode is the only network use, and only on request.
 */
import type { CliIO } from '../main.js';
import { isRecord } from '../../core/is-record.js';
import { both, EXIT, printable, printableText, readArgs, readLang } from '../args.js';
import { loadCatalogueFile, readTextFile } from '../catalogue-file.js';
import { nextVisits } from '../../core/hours/index.js';
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
import type { Lang } from '../../core/lang.js';

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


interface Args {
  catalogue?: string;
  communes?: string;
  outlines?: string;
  dep?: string;
  minutes: number;
  target: CoverageTarget;
  format: 'md' | 'csv' | 'geojson';
  lang: Lang;
  at?: Date;
  model: Partial<TravelModel>;
  limit?: number;
  precise: boolean;
  cacheFile?: string;
}

/** The options, `'help'`, or an error message. */
function parseOptions(args: string[]): Args | string {
  const read = readArgs(args, {
    communes: { type: 'string' },
    outlines: { type: 'string' },
    'isochrone-cache': { type: 'string' },
    dep: { type: 'string' },
    minutes: { type: 'string' },
    speed: { type: 'string' },
    detour: { type: 'string' },
    access: { type: 'string' },
    limit: { type: 'string' },
    need: { type: 'string' },
    kind: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    at: { type: 'string' },
    precise: { type: 'boolean' },
  });
  if (!read.ok) return read.message;
  const { values: v, positionals } = read.parsed;
  if (v.help) return 'help';
  const a: Args = { minutes: DEFAULT_THRESHOLD_MINUTES, target: {}, format: 'md', lang: 'fr', model: {}, precise: v.precise ?? false };
  for (const [key, name] of [['communes', 'communes'], ['outlines', 'outlines'], ['isochrone-cache', 'cacheFile']] as const) {
    const f = v[key];
    if (f === undefined) continue;
    if (!f) return both(`--${key} : fichier manquant`, `--${key}: missing file`);
    a[name] = f;
  }
  if (v.dep !== undefined) {
    if (!v.dep) return both('--dep : code manquant', '--dep: missing code');
    a.dep = v.dep;
  }
  for (const key of ['minutes', 'speed', 'detour', 'access', 'limit'] as const) {
    const raw = v[key];
    if (raw === undefined) continue;
    const n = Number(raw);
    // --access may be 0 (no time to reach the car or the stop); the others must be positive.
    const ok = raw.trim() !== '' && Number.isFinite(n) && (key === 'access' ? n >= 0 : n > 0);
    if (!ok) return key === 'access' ? both(`--${key} : un nombre`, `--${key}: a number`) : both(`--${key} : un nombre positif`, `--${key}: a positive number`);
    if (key === 'minutes') a.minutes = n;
    else if (key === 'speed') a.model.speedKmh = n;
    else if (key === 'detour') a.model.detourFactor = n;
    else if (key === 'access') a.model.accessMinutes = n;
    else a.limit = Math.floor(n);
  }
  if (v.need !== undefined) {
    if (!isNeedId(v.need)) return both(`--need : un de ${NEED_IDS.join(', ')}`, `--need: one of ${NEED_IDS.join(', ')}`);
    a.target.need = v.need;
  }
  if (v.kind !== undefined) {
    if (!isPlaceKind(v.kind)) return both(`--kind : un de ${PLACE_KINDS.join(', ')}`, `--kind: one of ${PLACE_KINDS.join(', ')}`);
    a.target.kind = v.kind;
  }
  if (v.format !== undefined) {
    if (v.format !== 'md' && v.format !== 'csv' && v.format !== 'geojson') return both('--format : md, csv ou geojson', '--format: md, csv or geojson');
    a.format = v.format;
  }
  const lang = readLang(v.lang);
  if (typeof lang !== 'string') return lang.message;
  a.lang = lang;
  if (v.at !== undefined) {
    const d = new Date(v.at);
    if (Number.isNaN(d.getTime())) return both('--at : une date ISO 8601', '--at: an ISO 8601 date');
    a.at = d;
  }
  if (positionals.length > 1) return both(`un seul catalogue : ${positionals[1]}`, `one catalogue only: ${positionals[1]}`);
  a.catalogue = positionals[0];
  if (a.target.need && a.target.kind) return both('--need et --kind ne vont pas ensemble', '--need and --kind exclude each other');
  if (!a.catalogue) return both('catalogue manquant', 'missing catalogue');
  if (!a.communes) return both('--communes est obligatoire', '--communes is required');
  return a;
}

/** Injectable network and clock for the precise mode (tests pass fakes; the CLI the real ones). */
export interface CoverageRuntime {
  fetch?: FetchLike;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export async function run(args: string[], io: CliIO, runtime: CoverageRuntime = {}): Promise<number> {
  const parsed = parseOptions(args);
  if (parsed === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (typeof parsed === 'string') {
    io.stderr(`service-locator coverage: ${parsed}\n\n${HELP}`);
    return EXIT.usage;
  }
  const readJson = async (file: string): Promise<{ ok: true; json: unknown } | { ok: false; message: string }> => {
    const read = await readTextFile(io, file);
    if (!read.ok) return read;
    try {
      return { ok: true, json: JSON.parse(read.text.replace(/^\uFEFF/, '')) };
    } catch (e) {
      return { ok: false, message: printable(`${file}: ${both('JSON illisible', 'not JSON')} (${e instanceof Error ? e.message : String(e)})`) };
    }
  };
  const loaded = await loadCatalogueFile(io, parsed.catalogue!);
  if (!loaded.ok) {
    io.stderr(`service-locator coverage: ${loaded.message}\n`);
    return loaded.code;
  }
  const validation = loaded.result;
  const inputs: unknown[] = [];
  for (const [file, what] of [
    [parsed.communes, 'communes'],
    [parsed.outlines, 'outlines'],
    [parsed.cacheFile, 'isochrone cache'],
  ] as const) {
    if (!file) {
      inputs.push(undefined);
      continue;
    }
    const r = await readJson(file);
    if (!r.ok) {
      io.stderr(`service-locator coverage: ${what}: ${r.message}\n`);
      return EXIT.usage;
    }
    inputs.push(r.json);
  }
  const [communesJson, outlinesJson, cacheJson] = inputs;
  const { communes: all, problems } = parseCoverageCommunes(communesJson);
  const communes = parsed.dep ? all.filter((c) => c.dep === parsed.dep) : all;
  for (const p of problems) io.stderr(printable(`communes: ${p}`) + '\n');
  if (communes.length === 0) {
    io.stderr(printable(`service-locator coverage: ${both(`aucune commune${parsed.dep ? ` dans le département ${parsed.dep}` : ''}`, `no commune${parsed.dep ? ` in département ${parsed.dep}` : ''}`)}.`) + '\n');
    return EXIT.usage;
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

  // Place and commune names come from the files: control characters escaped (GeoJSON is
  // escaped by JSON itself).
  if (parsed.format === 'csv') io.stdout(printableText(coverageCsv(result, { lang: parsed.lang, ...(precise ? { precise } : {}) })));
  else if (parsed.format === 'geojson')
    io.stdout(JSON.stringify(coverageGeoJson(result, { ...(outlines ? { outlines } : {}), ...(precise ? { precise } : {}) })) + '\n');
  else
    io.stdout(
      printableText(
        coverageMarkdown(result, {
          lang: parsed.lang,
          ...(precise ? { precise } : {}),
          ...(parsed.limit ? { limit: parsed.limit } : {}),
        }),
      ),
    );
  return EXIT.ok;
}
