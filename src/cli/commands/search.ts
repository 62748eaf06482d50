/**
 * `service-locator search <catalogue> "<query>" …`: runs the same search index as the element
 * on a catalogue file, so a webmaster can check what residents will find ("caf cahors",
 * "carte grise lherm") and script it (`--json`).
 */
import type { CliIO } from '../main.js';
import type { GeoPoint, Place } from '../../core/catalogue/types.js';
import { parseGazetteer } from '../../core/geo/gazetteer.js';
import { isNeedId, isPlaceKind, KIND_LABELS, NEED_LABELS, type NeedId, type PlaceKind } from '../../core/needs/vocabulary.js';
import { createSearchIndex } from '../../core/search/search-index.js';
import type { GazetteerEntry, OpenState, SearchQuery, SearchResult } from '../../core/search/types.js';
import { DEFAULT_RADIUS_KM, radiusQuery, type RadiusChoice } from '../../core/search/state.js';
import { hoursUnknownSentence, outcomeSentence } from '../../i18n/strings-search.js';

export const HELP = `Usage: service-locator search <catalogue.json> "<recherche>" [options]

Cherche dans un catalogue comme le ferait un habitant / Searches a catalogue as a resident would.

  --near LAT,LON          origine des distances / origin for distances
  --near-commune NOM      origine = centre de la commune, toute la France (hors ligne) ; nom, code postal,
                          « Nom (46) » ; ambiguë : liste les communes, code 2 /
                          origin = commune centre, all of France (offline); name, postcode, "Name (46)";
                          ambiguous: lists the communes, exit code 2
  --radius KM|all         rayon autour de l'origine (30 par défaut, élargi à 60 puis 100 km
                          s'il y a moins de 3 lieux, puis les 3 plus proches) / radius around the
                          origin (default 30, widened to 60 then 100 km below 3 places, then the
                          3 nearest); all = toute la zone / whole area
  --need ID               besoin exigé (répétable, ou ID,ID) / required need (repeatable or comma list)
  --kind KIND             type de lieu (répétable) / kind of place (repeatable)
  --open-at ISO           ouverts à cet instant ; les horaires inconnus sont écartés et comptés /
                          open at that instant; unknown hours are left out and counted
  --include-unknown       avec --open-at, garde les horaires inconnus / with --open-at, keeps unknown hours
  --sort relevance|distance
  --limit N               10 par défaut / default 10
  --communes FILE         liste de communes (défaut : data/communes.json) / commune list
  --json                  tableau JSON de résultats / JSON array of results
  --lang fr|en

Code de sortie / exit code: 0 résultats / results, 1 aucun résultat / none, 2 mauvais usage / bad usage.
`;

interface Options {
  files: string[];
  near?: GeoPoint;
  nearCommune?: string;
  radius: RadiusChoice | number;
  needs: NeedId[];
  kinds: PlaceKind[];
  openAt?: Date;
  includeUnknown: boolean;
  sort?: 'relevance' | 'distance';
  limit: number;
  communes?: string;
  json: boolean;
  lang: 'fr' | 'en';
}

type Parsed = { ok: true; options: Options } | { ok: false; message: string };

function parseArgs(args: string[]): Parsed | 'help' {
  const o: Options = { files: [], needs: [], kinds: [], radius: DEFAULT_RADIUS_KM, includeUnknown: false, limit: 10, json: false, lang: 'fr' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => args[++i];
    switch (a) {
      case '--help':
      case '-h':
        return 'help';
      case '--json':
        o.json = true;
        break;
      case '--confirmed-open':
        // The default since open means open; kept so existing scripts still run.
        o.includeUnknown = false;
        break;
      case '--include-unknown':
        o.includeUnknown = true;
        break;
      case '--near': {
        const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value() ?? '');
        const lat = m ? Number(m[1]) : NaN;
        const lon = m ? Number(m[2]) : NaN;
        if (!m || Math.abs(lat) > 90 || Math.abs(lon) > 180) return { ok: false, message: '--near: LAT,LON attendu / expected (e.g. 44.45,1.44)' };
        o.near = { lat, lon };
        break;
      }
      case '--near-commune': {
        const v = value();
        if (!v) return { ok: false, message: '--near-commune: nom de commune attendu / commune name expected' };
        o.nearCommune = v;
        break;
      }
      case '--radius': {
        const v = value();
        if (v === 'all') {
          o.radius = 'all';
          break;
        }
        const r = Number(v);
        if (!v || !Number.isFinite(r) || r < 0) return { ok: false, message: '--radius: nombre de km ou « all » attendu / km or "all" expected' };
        o.radius = r;
        break;
      }
      case '--need':
        for (const id of (value() ?? '').split(',')) {
          if (!isNeedId(id)) return { ok: false, message: `--need: besoin inconnu / unknown need "${id}"` };
          o.needs.push(id);
        }
        break;
      case '--kind':
        for (const k of (value() ?? '').split(',')) {
          if (!isPlaceKind(k)) return { ok: false, message: `--kind: type inconnu / unknown kind "${k}"` };
          o.kinds.push(k);
        }
        break;
      case '--open-at': {
        const v = value() ?? '';
        const d = new Date(v);
        if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime())) return { ok: false, message: '--open-at: date ISO attendue / ISO date-time expected' };
        o.openAt = d;
        break;
      }
      case '--sort': {
        const v = value();
        if (v !== 'relevance' && v !== 'distance') return { ok: false, message: '--sort: relevance ou/or distance' };
        o.sort = v;
        break;
      }
      case '--limit': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 0) return { ok: false, message: '--limit: entier positif attendu / non-negative integer expected' };
        o.limit = v;
        break;
      }
      case '--communes': {
        const v = value();
        if (!v) return { ok: false, message: '--communes: fichier attendu / file expected' };
        o.communes = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'fr' && v !== 'en') return { ok: false, message: '--lang: fr ou/or en' };
        o.lang = v;
        break;
      }
      default:
        if (a.startsWith('--')) return { ok: false, message: `option inconnue / unknown option ${a}` };
        o.files.push(a);
    }
  }
  if (o.files.length < 1 || o.files.length > 2) return { ok: false, message: 'un catalogue et une recherche / a catalogue and a query' };
  if (o.near && o.nearCommune) return { ok: false, message: '--near ou/or --near-commune, pas les deux / not both' };
  return { ok: true, options: o };
}

/** The catalogue's places: through the core validator when the build has it, else plain JSON. */
async function loadPlaces(text: string): Promise<{ places: Place[]; error?: string }> {
  try {
    const mod: Record<string, unknown> = await import('../../core/catalogue/validate.js');
    const parse = mod['parseCatalogueText'];
    if (typeof parse === 'function') {
      const result = (parse as (t: string) => { usable: boolean; places: Place[] })(text);
      return result.usable ? { places: result.places } : { places: [], error: 'catalogue inutilisable / unusable catalogue (service-locator validate)' };
    }
  } catch {
    // Fall through to plain JSON.
  }
  try {
    const json = JSON.parse(text) as { places?: unknown };
    return Array.isArray(json.places) ? { places: json.places as Place[] } : { places: [], error: 'pas de places[] / no places[]' };
  } catch {
    return { places: [], error: 'JSON illisible / not JSON' };
  }
}

/** The shipped commune list, next to the sources (checkout) or the built CLI. */
const DEFAULT_COMMUNES = [new URL('../../../data/communes.json', import.meta.url), new URL('../../data/communes.json', import.meta.url)];

async function loadGazetteer(io: CliIO, file: string | undefined): Promise<GazetteerEntry[] | string> {
  const read = io.readFile!;
  if (file) {
    try {
      return parseGazetteer(JSON.parse(await read(file)) as unknown);
    } catch (err) {
      return `--communes: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  for (const url of DEFAULT_COMMUNES) {
    if (url.protocol !== 'file:') continue;
    try {
      return parseGazetteer(JSON.parse(await read(decodeURIComponent(url.pathname))) as unknown);
    } catch {
      // Not shipped here: the catalogue's own communes remain.
    }
  }
  return [];
}

async function loadOpenState(): Promise<((p: Place, at: Date) => OpenState) | undefined> {
  try {
    const mod: Record<string, unknown> = await import('../../core/hours/index.js');
    const f = mod['placeOpenState'];
    return typeof f === 'function' ? (f as (p: Place, at: Date) => OpenState) : undefined;
  } catch {
    return undefined;
  }
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (!parsed.ok) {
    io.stderr(`service-locator search: ${parsed.message}\n\n${HELP}`);
    return 2;
  }
  const o = parsed.options;
  if (!io.readFile) {
    io.stderr('service-locator search: no file access\n');
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(o.files[0]!);
  } catch (err) {
    io.stderr(`service-locator search: ${o.files[0]}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const { places, error } = await loadPlaces(text);
  if (error) {
    io.stderr(`service-locator search: ${o.files[0]}: ${error}\n`);
    return 2;
  }
  const gazetteer = await loadGazetteer(io, o.communes);
  if (typeof gazetteer === 'string') {
    io.stderr(`service-locator search: ${gazetteer}\n`);
    return 2;
  }
  const openState = o.openAt ? await loadOpenState() : undefined;
  if (o.openAt && !openState) {
    io.stderr('service-locator search: --open-at: pas de moteur d\'horaires dans cette version / no hours engine in this build\n');
    return 2;
  }
  const index = createSearchIndex(places, openState ? { gazetteer, openState } : { gazetteer });

  const query: SearchQuery = { text: o.files[1] ?? '', limit: o.limit };
  let nearLabel: string | undefined;
  if (o.near) {
    query.near = o.near;
    nearLabel = `${o.near.lat},${o.near.lon}`;
  }
  if (o.nearCommune) {
    // The national gazetteer shipped with the package; the catalogue's communes without it.
    const { readNationalGazetteer, resolveNearCommune, describeChoices } = await import('../national-gazetteer.js');
    const national = await readNationalGazetteer(io.readFile);
    const r = national ? resolveNearCommune(national.matcher, o.nearCommune, places) : undefined;
    if (r?.status === 'ambiguous') {
      io.stderr(
        `service-locator search: --near-commune: "${o.nearCommune}" désigne plusieurs communes, précisez / names several communes, say which:\n${describeChoices(r.choices, r.reason === 'postcode' ? o.nearCommune.trim() : undefined)}\n`,
      );
      return 2;
    }
    const c = r?.status === 'found' ? r.entry : index.findCommunes(o.nearCommune, 1)[0];
    if (!c) {
      io.stderr(`service-locator search: --near-commune: commune inconnue / unknown commune "${o.nearCommune}"\n`);
      return 2;
    }
    query.near = { lat: c.lat, lon: c.lon };
    nearLabel = c.name;
    if (!o.json) io.stdout(`Autour de / near ${c.name}${c.postcodes[0] ? ' (' + c.postcodes[0] + ')' : ''}\n`);
  }
  // The element's rule: a radius around any origin, widened in steps, then the nearest few.
  Object.assign(query, radiusQuery(o.radius));
  if (o.needs.length) query.needs = o.needs;
  if (o.kinds.length) query.kinds = o.kinds;
  if (o.openAt) {
    query.openAt = o.openAt;
    query.openMode = o.includeUnknown ? 'include-unknown' : 'confirmed';
  }
  if (o.sort) query.sort = o.sort;

  const outcome = index.search(query);
  const state = (r: SearchResult): OpenState | undefined => (o.openAt && openState ? openState(r.place, o.openAt) : undefined);

  if (o.json) {
    const rows = outcome.results.map((r) => {
      const row: Record<string, unknown> = {
        id: r.place.id,
        name: r.place.name,
        kind: r.place.kind,
        needs: r.place.needs,
        city: r.place.address.city,
      };
      if (r.place.address.postcode) row['postcode'] = r.place.address.postcode;
      if (r.distanceKm !== undefined) row['distance_km'] = round(r.distanceKm, 2);
      if (r.stopId) row['stop_id'] = r.stopId;
      const s = state(r);
      if (s) row['open_state'] = s;
      row['score'] = round(r.score, 4);
      row['matched'] = r.matches;
      return row;
    });
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return outcome.results.length > 0 ? 0 : 1;
  }

  const lang = o.lang;
  const lines: string[] = [];
  const nearName = nearLabel ?? outcome.commune?.name;
  if (outcome.commune && !query.near) lines.push(`${lang === 'fr' ? 'Autour de' : 'Near'} ${outcome.commune.name}`);
  const shown = outcome.total > outcome.results.length ? (lang === 'fr' ? ` (${outcome.results.length} affichés)` : ` (${outcome.results.length} shown)`) : '';
  lines.push(outcomeSentence(lang, outcome, nearName) + shown);
  if (outcome.hoursUnknown) lines.push(`${hoursUnknownSentence(lang, outcome.hoursUnknown)} (--include-unknown)`);
  outcome.results.forEach((r, i) => {
    const p = r.place;
    const where = [p.address.postcode, p.address.city].filter(Boolean).join(' ');
    const dist = r.distanceKm !== undefined ? ` · ${r.distanceKm.toFixed(1)} km` : '';
    const stop = r.stopId ? ` · ${lang === 'fr' ? 'arrêt' : 'stop'} ${p.stops?.find((s) => s.id === r.stopId)?.name ?? r.stopId}` : '';
    lines.push(`${i + 1}. ${p.name} — ${KIND_LABELS[p.kind]?.[lang] ?? p.kind} — ${where}${dist}${stop}`);
    const why = r.matches
      .map((m) => (m.need ? `${NEED_LABELS[m.need][lang]} (« ${m.term} »)` : `${m.field}: ${m.term}`))
      .join(' ; ');
    if (why) lines.push(`   ${lang === 'fr' ? 'Répond à' : 'Matches'} : ${why}`);
    const s = state(r);
    if (s) lines.push(`   ${lang === 'fr' ? { open: 'ouvert', closed: 'fermé', unknown: 'horaires inconnus' }[s] : s}`);
  });
  io.stdout(lines.join('\n') + '\n');
  return outcome.results.length > 0 ? 0 : 1;
}
