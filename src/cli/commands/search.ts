/**
 * `service-locator search <catalogue> "<query>" …`: runs the same search index as the element
 * on a catalogue file, so a webmaster can check what residents will find ("caf cahors",
 * "carte grise lherm") and script it (`--json`).
 */
import type { CliIO } from '../main.js';
import type { GeoPoint } from '../../core/catalogue/types.js';
import { both, EXIT, printable, printableLines, readArgs, readLang } from '../args.js';
import { loadCatalogueFile } from '../catalogue-file.js';
import { placeOpenState } from '../../core/hours/index.js';
import { parseGazetteer } from '../../core/geo/gazetteer.js';
import { isNeedId, isPlaceKind, KIND_LABELS, NEED_LABELS, type NeedId, type PlaceKind } from '../../core/needs/vocabulary.js';
import { createSearchIndex } from '../../core/search/search-index.js';
import type { GazetteerEntry, OpenState, SearchQuery, SearchResult } from '../../core/search/types.js';
import { DEFAULT_RADIUS_KM, radiusQuery } from '../../core/search/state.js';
import { hoursUnknownSentence, outcomeSentence } from '../../i18n/strings-search.js';
import type { Lang } from '../../core/lang.js';

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
  radius: 'all' | number;
  needs: NeedId[];
  kinds: PlaceKind[];
  openAt?: Date;
  includeUnknown: boolean;
  sort?: 'relevance' | 'distance';
  limit: number;
  communes?: string;
  json: boolean;
  lang: Lang;
}

type Parsed = { ok: true; options: Options } | { ok: false; message: string };

const OPTIONS = {
  near: { type: 'string' },
  'near-commune': { type: 'string' },
  radius: { type: 'string' },
  need: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  'open-at': { type: 'string' },
  'include-unknown': { type: 'boolean' },
  // The default since open means open; kept so existing scripts still run.
  'confirmed-open': { type: 'boolean' },
  sort: { type: 'string' },
  limit: { type: 'string' },
  communes: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

function parseOptions(args: string[]): Parsed | 'help' {
  const read = readArgs(args, OPTIONS);
  if (!read.ok) return read;
  const { values: v, positionals } = read.parsed;
  if (v.help) return 'help';
  const fail = (fr: string, en: string): Parsed => ({ ok: false, message: both(fr, en) });
  const lang = readLang(v.lang);
  if (typeof lang !== 'string') return { ok: false, message: lang.message };
  const o: Options = {
    files: positionals,
    needs: [],
    kinds: [],
    radius: DEFAULT_RADIUS_KM,
    includeUnknown: v['include-unknown'] ?? false,
    limit: 10,
    json: v.json ?? false,
    lang,
  };
  if (v.near !== undefined) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(v.near);
    const lat = m ? Number(m[1]) : NaN;
    const lon = m ? Number(m[2]) : NaN;
    if (!m || Math.abs(lat) > 90 || Math.abs(lon) > 180) return fail('--near : LAT,LON attendu (ex. 44.45,1.44)', '--near: LAT,LON expected (e.g. 44.45,1.44)');
    o.near = { lat, lon };
  }
  if (v['near-commune'] !== undefined) {
    if (!v['near-commune'].trim()) return fail('--near-commune : nom de commune attendu', '--near-commune: commune name expected');
    o.nearCommune = v['near-commune'];
  }
  if (v.radius !== undefined) {
    const r = Number(v.radius);
    if (v.radius === 'all') o.radius = 'all';
    else if (!v.radius.trim() || !Number.isFinite(r) || r < 0) return fail('--radius : nombre de km ou « all » attendu', '--radius: km or "all" expected');
    else o.radius = r;
  }
  for (const id of (v.need ?? []).flatMap((x) => x.split(','))) {
    if (!isNeedId(id)) return fail(`--need : besoin inconnu « ${id} »`, `--need: unknown need "${id}"`);
    o.needs.push(id);
  }
  for (const k of (v.kind ?? []).flatMap((x) => x.split(','))) {
    if (!isPlaceKind(k)) return fail(`--kind : type inconnu « ${k} »`, `--kind: unknown kind "${k}"`);
    o.kinds.push(k);
  }
  if (v['open-at'] !== undefined) {
    const d = new Date(v['open-at']);
    if (!/^\d{4}-\d{2}-\d{2}/.test(v['open-at']) || Number.isNaN(d.getTime())) return fail('--open-at : date ISO attendue', '--open-at: ISO date-time expected');
    o.openAt = d;
  }
  if (v.sort !== undefined) {
    if (v.sort !== 'relevance' && v.sort !== 'distance') return fail('--sort : relevance ou distance', '--sort: relevance or distance');
    o.sort = v.sort;
  }
  if (v.limit !== undefined) {
    const n = Number(v.limit);
    if (!v.limit.trim() || !Number.isInteger(n) || n < 0) return fail('--limit : entier positif attendu', '--limit: non-negative integer expected');
    o.limit = n;
  }
  if (v.communes !== undefined) {
    if (!v.communes) return fail('--communes : fichier attendu', '--communes: file expected');
    o.communes = v.communes;
  }
  if (o.files.length < 1 || o.files.length > 2) return fail('un catalogue et une recherche', 'a catalogue and a query');
  if (o.near && o.nearCommune) return fail('--near ou --near-commune, pas les deux', '--near or --near-commune, not both');
  return { ok: true, options: o };
}

/** The shipped commune list, next to the sources (checkout) or the built CLI. */
const DEFAULT_COMMUNES = [new URL('../../../data/communes.json', import.meta.url), new URL('../../data/communes.json', import.meta.url)];

/** A commune list: the element's format or the compact national one (core/geo/commune-list.ts). */
async function parseCommuneList(doc: unknown): Promise<GazetteerEntry[]> {
  const { readCommuneList } = await import('../../core/geo/commune-list.js');
  const list = readCommuneList(doc);
  if (!list.ok) throw new Error(list.message);
  return list.entries;
}

async function loadGazetteer(io: CliIO, file: string | undefined): Promise<GazetteerEntry[] | string> {
  const read = io.readFile!;
  if (file) {
    try {
      return await parseCommuneList(JSON.parse(await read(file)) as unknown);
    } catch (err) {
      return printable(`--communes: ${file}: ${err instanceof Error ? err.message : String(err)}`);
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

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseOptions(args);
  if (parsed === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (!parsed.ok) {
    io.stderr(`service-locator search: ${parsed.message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const o = parsed.options;
  const loaded = await loadCatalogueFile(io, o.files[0]!);
  if (!loaded.ok) {
    io.stderr(`service-locator search: ${loaded.message}\n`);
    return loaded.code;
  }
  const places = loaded.result.places;
  const gazetteer = await loadGazetteer(io, o.communes);
  if (typeof gazetteer === 'string') {
    io.stderr(`service-locator search: ${gazetteer}\n`);
    return EXIT.usage;
  }
  const openState = o.openAt ? placeOpenState : undefined;
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
    const national = await readNationalGazetteer(io.readFile!);
    const r = national ? resolveNearCommune(national.matcher, o.nearCommune, places) : undefined;
    if (r?.status === 'ambiguous') {
      io.stderr(
        printable(`service-locator search: --near-commune: ${both(`« ${o.nearCommune} » désigne plusieurs communes, précisez`, `"${o.nearCommune}" names several communes, say which`)}:`) +
          `\n${describeChoices(r.choices, r.reason === 'postcode' ? o.nearCommune.trim() : undefined)}\n`,
      );
      return EXIT.usage;
    }
    const c = r?.status === 'found' ? r.entry : index.findCommunes(o.nearCommune, 1)[0];
    if (!c) {
      // Without the national list (an installation without dist/communes-france.json), only the
      // catalogue's communes and a --communes file are known: say so, and name the option.
      const why =
        national || o.communes
          ? ''
          : '\n' +
            both(
              'La liste nationale des communes (communes-france.json) n’est pas installée ici : donnez une liste avec --communes FICHIER',
              'the national commune list (communes-france.json) is not installed here: give one with --communes FILE',
            );
      io.stderr(printable(`service-locator search: --near-commune: ${both(`commune inconnue « ${o.nearCommune} »`, `unknown commune "${o.nearCommune}"`)}`) + `${why}\n`);
      return EXIT.usage;
    }
    query.near = { lat: c.lat, lon: c.lon };
    nearLabel = c.name;
    if (!o.json) io.stdout(printable(`Autour de / near ${c.name}${c.postcodes[0] ? ' (' + c.postcodes[0] + ')' : ''}`) + '\n');
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
    return outcome.results.length > 0 ? EXIT.ok : EXIT.data;
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
  // Names, communes and stop names come from the catalogue: escaped, one line each.
  io.stdout(printableLines(lines));
  return outcome.results.length > 0 ? EXIT.ok : EXIT.data;
}
