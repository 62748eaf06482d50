/**
 * Builds the demo data in data/ from the open data in data/sources (see its README):
 *   data/catalogue.json   the demo catalogue (Lot, Aisne, Isère), validated before writing
 *   data/communes.json    the gazetteer (388 communes: all of the Lot, the Aisne/Isère hosts)
 *   data/outlines/*.geojson  outlines for the map and coverage (coordinates rounded to 5 decimals)
 * Run: `npm run data` (SHARED_DATA overrides the source folder). Deterministic: no clock, no
 * network; the catalogue date is the day the selection was made (BUILT_ON).
 *
 * Category → kind + needs (also in data/README.md):
 * - France services (national ANCT file, departments 46, 02, 38): `france-services`, or `bus`
 *   for Bus_équivalent/Itinérante rows; needs = demarches (the label's core mission, national
 *   charter) + the national partner set (importer);
 * - the Grand Cahors bus (fs-262) gets the 28 stops of places.csv, each at its commune centre
 *   (`precision: "commune"`), hours unknown, Lherm's visit frequency (see LHERM below);
 * - Saint-Quentin Espaces Solidarité 2.0: centres sociaux → `centre-social`, the CCAS →
 *   `ccas`, the others (espace citoyen, Quentinweb, mairie annexe, MEF, médiathèque) →
 *   `espace-numerique`; needs = digital help, demarches ("aide aux démarches en ligne" in
 *   their description) + what their partners cover (sous-préfecture → papiers, DGFiP →
 *   impots, CAF → caf, CPAM → sante, France Travail and MEF → emploi);
 * - centres sociaux (SENACS list) → `centre-social`, needs aide-sociale + numerique (the
 *   usual "accès aux droits" and digital-help missions; the source lists names only, so not
 *   demarches: a resident sent there for a form may find no one to help);
 * - CIAS du Grand-Figeac → `ccas`, needs aide-sociale, demarches (a CCAS/CIAS takes in the
 *   applications for legal social aid, Code de l'action sociale et des familles, L123-5);
 * - Isère maisons du territoire → `solidarites`, needs aide-sociale, logement, handicap (the
 *   Département's social services, housing aid and autonomy);
 * - structures hosting conseillers numériques (ANCT 2021) → `espace-numerique`, needs
 *   numerique, demarches (helping people do their procedures online is one of the three
 *   missions of the ANCT's conseillers numériques programme); a host that is a CCAS or a
 *   centre social keeps that kind, with aide-sociale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { importFranceServices, FRANCE_SERVICES_SOURCE } from '../src/core/import/france-services.js';
import { validateCatalogue } from '../src/core/catalogue/validate.js';
import type { Catalogue, NeedId, Place, PlaceKind, Stop } from '../src/core/catalogue/types.js';

const SHARED = process.env['SHARED_DATA'] ?? join(import.meta.dirname, '..', 'data', 'sources');
const OUT = join(import.meta.dirname, '..', 'data');
const BUILT_ON = '2026-11-23';
const FS_DATE = '2024-08-01';
const DEPARTMENTS = ['46', '02', '38'];
const BUS_ID = 'fs-262';

type Row = Record<string, string>;
const rows = parse<Row>(readFileSync(join(SHARED, 'places.csv'), 'utf8'), { columns: true, skip_empty_lines: true });

const precisionOf = (r: Row): 'exact' | 'commune' =>
  r['coord_precision']!.startsWith('approx_commune_centroid') ? 'commune' : 'exact';

/** Street from places.csv, without the compiler's English remarks ("(no number in source)"). */
const street = (s: string | undefined): string | undefined => {
  const t = (s ?? '').replace(/\s*\((no|not) [^)]*\)\s*/gi, '').trim();
  return t || undefined;
};

function base(r: Row, kind: PlaceKind, needs: NeedId[], name = r['name']!): Place {
  const st = street(r['address']);
  const p: Place = {
    id: r['place_id']!,
    name,
    kind,
    needs,
    address: { ...(st ? { street: st } : {}), postcode: r['postcode']!, city: r['commune']!, insee: r['insee']! },
    location: { lat: Number(r['lat']), lon: Number(r['lon']), precision: precisionOf(r) },
  };
  if (r['phone']) p.contact = { phone: r['phone'] };
  p.free = true;
  return p;
}

// --- France services of the three departments, from the national file -----------------
const fs = importFranceServices(readFileSync(join(SHARED, 'france-services-2024-08-01.csv'), 'utf8'), {
  updated: FS_DATE,
  departments: DEPARTMENTS,
});
if (fs.skipped.length) throw new Error(`France services rows skipped: ${JSON.stringify(fs.skipped)}`);
const places: Place[] = [...fs.catalogue.places];

// --- The Grand Cahors bus and its stops ------------------------------------------------
const bus = places.find((p) => p.id === BUS_ID);
if (!bus || bus.kind !== 'bus') throw new Error(`${BUS_ID} (Grand Cahors bus) missing from the France services file`);
const stopRows = rows.filter((r) => r['type']!.startsWith('Arrêt du bus'));
bus.stops = stopRows.map((r): Stop => {
  const name = r['name']!.replace(/^Bus France services Grand Cahors – /, '');
  const s: Stop = {
    id: r['place_id']!,
    name,
    address: { postcode: r['postcode']!, city: r['commune']!, insee: r['insee']! },
    location: { lat: Number(r['lat']), lon: Number(r['lon']), precision: precisionOf(r) },
  };
  if (r['commune'] === 'Lherm') {
    // LHERM: the sources say "Thursday 14:00–17:15, twice a month" without saying which
    // Thursdays. `Th[1,3] 14:00-17:15` would invent the 1st and 3rd, and `Th … unknown` made
    // every Thursday a "passage possible" (5 in December). `frequency` says exactly what is
    // known, and the views say it in words ("Deux jeudis par mois, de 14 h à 17 h 15 · dates
    // au 07 62 60 96 94"), never as dates.
    s.frequency = { timesPerMonth: 2, weekday: 'Th', from: '14:00', to: '17:15', datesNote: 'dates au 07 62 60 96 94' };
  } else {
    s.hoursNote = 'Jours et heures de passage non connus : demandez-les au 07 62 60 96 94.';
  }
  return s;
});
bus.name = 'Bus France services du Grand Cahors';
bus.hoursNote =
  "Horaires du service. Le bus s'arrête dans environ 26 communes du Grand Cahors, deux fois par mois dans chacune ; " +
  "les emplacements des arrêts sont approximatifs (centre de la commune). Base : Hôtel Wilson, Cahors.";
bus.description =
  "Bus France services de la communauté d'agglomération du Grand Cahors (ancien CSPI) : les mêmes services qu'une France services, " +
  'au plus près des habitants des communes rurales.';

// --- Other categories ------------------------------------------------------------------
const SQ_PARTNERS = [
  'Sous-préfecture de Saint-Quentin',
  'Finances publiques (DGFiP)',
  'Caf',
  'CPAM (Assurance maladie)',
  'France Travail (ex-Pôle emploi)',
  "Maison de l'Emploi et de la Formation",
];
// demarches: the network's own description (SQ_DESCRIPTION) says "aide aux démarches en ligne".
const SQ_NEEDS: NeedId[] = ['numerique', 'demarches', 'papiers', 'impots', 'caf', 'sante', 'emploi'];
const SQ_DESCRIPTION =
  "Espace Solidarité 2.0 de la Ville de Saint-Quentin : aide aux démarches en ligne, avec les partenaires du réseau " +
  '(sous-préfecture, impôts, CAF, CPAM, France Travail, Maison de l’Emploi et de la Formation).';
const SOURCES_NOTE: Record<string, string> = {
  cnfs: 'ANCT, structures accueillant des conseillers numériques France services (2021)',
  senacs: 'SENACS, liste des centres sociaux (via Data For Good, 2020)',
  culture: 'Ministère de la Culture, adresses des bibliothèques publiques',
  docs: 'Documents du projet (Grand Cahors, Saint-Quentin) et pages web publiques',
};

const ABBREVIATIONS: Record<string, string> = {
  bd: 'boulevard', pl: 'place', av: 'avenue', rte: 'route', all: 'allée', gen: 'général', ld: 'lieu-dit', ctre: 'centre',
};
/** Accents the upper-case source lost, for the words that occur in it. */
const ACCENTS: Record<string, string> = {
  departement: 'département', communaute: 'communauté', vallee: 'vallée', intermediaire: 'intermédiaire',
  adequation: 'adéquation', personnalisees: 'personnalisées', thierache: 'thiérache', general: 'général',
  eglise: 'église', hotel: 'hôtel', liberte: 'liberté', isere: 'isère', dauphine: 'dauphiné', fere: 'fère',
  andre: 'andré', jaures: 'jaurès', etrier: 'étrier', heres: 'hères', barbeniere: 'barbenière',
};
/** Upper-cases the first letter of `w`, or keeps `w`'s own case pattern when given. */
function cap(w: string, like?: string): string {
  if (like !== undefined && like[0] === like[0]!.toLowerCase()) return w;
  return w.charAt(0).toUpperCase() + w.slice(1);
}
const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'en', 'sur', 'sous', 'aux', 'au']);
/** "COMMUNE D ECHIROLLES" → "Commune d'Echirolles" (accents the source lost stay lost). */
function pretty(s: string, expand: boolean): string {
  const words = s.toLowerCase().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    if (expand && ABBREVIATIONS[w]) w = ABBREVIATIONS[w]!;
    if ((w === 'd' || w === 'l') && i + 1 < words.length) {
      words[i + 1] = `${w}'${words[i + 1]}`;
      continue;
    }
    const keepSmall = i > 0 && (SMALL.has(w) || /^[dl]'/.test(w));
    out.push(keepSmall ? w : w.replace(/(^|[-'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()));
  }
  return out
    .map((w) => {
      const m = /^([dl]')(.+)$/.exec(w);
      const fix = (x: string): string => ACCENTS[x.toLowerCase()] ?? x;
      return m ? m[1]! + cap(fix(m[2]!)) : fix(w) === w ? w : cap(fix(w), w);
    })
    .join(' ')
    .replace(/\bCcas\b/g, 'CCAS').replace(/\bMjc\b/g, 'MJC').replace(/\bPimms\b/g, 'PIMMS').replace(/\bCc\b/g, 'CC').replace(/\bCa\b/g, 'CA');
}

for (const r of rows) {
  const type = r['type']!;
  const sub = r['subtype'] ?? '';
  let p: Place | undefined;
  if (type === 'France services' || type.startsWith('Arrêt du bus')) continue;
  if (type.startsWith('Espace Solidarité 2.0')) {
    const kind: PlaceKind = sub.startsWith('centre social') ? 'centre-social' : sub === 'CCAS' ? 'ccas' : 'espace-numerique';
    const name = r['name']!.replace(/ \(dataset label: [^)]*\)/, '');
    p = base(r, kind, kind === 'ccas' || kind === 'centre-social' ? [...SQ_NEEDS, 'aide-sociale'] : [...SQ_NEEDS], name);
    p.partners = [...SQ_PARTNERS];
    p.description = SQ_DESCRIPTION + (sub === "maison de l'emploi" ? " Accueil emploi et formation." : '');
    p.source = r['place_id'] === 'sq-mediatheque' ? SOURCES_NOTE['culture'] : SOURCES_NOTE['docs'];
  } else if (type === 'Centre social / espace social') {
    p = base(r, 'centre-social', ['aide-sociale', 'numerique']);
    p.source = SOURCES_NOTE['senacs'];
  } else if (type === 'CIAS') {
    // demarches: a CIAS, like a CCAS, takes in and helps put together applications for social
    // aid and gives access to rights (CASF L123-5), which is help with procedures.
    p = base(r, 'ccas', ['aide-sociale', 'demarches']);
    p.hoursNote = 'Commandes de portage de repas : du lundi au vendredi, de 10 h à 17 h. Accueil du CIAS : horaires non connus.';
    p.description = "Centre intercommunal d'action sociale du Grand-Figeac, Maison des séniors Henri Molinié.";
    p.source = 'grand-figeac.fr (page du CIAS)';
  } else if (type === 'Maison du territoire (Isère)') {
    p = base(r, 'solidarites', ['aide-sociale', 'logement', 'handicap']);
    p.description = "Services sociaux du Département de l'Isère pour ce territoire. Adresse exacte non connue : position approximative.";
    p.source = 'Pages web publiques (Département de l’Isère)';
  } else if (type.startsWith('Structure accueillant des conseillers numériques')) {
    const raw = r['name']!;
    const kind: PlaceKind = /CENTRE COMMUNAL D.ACTION SOCIALE/.test(raw) ? 'ccas' : /CENTRE SOCIAL/.test(raw) ? 'centre-social' : 'espace-numerique';
    const commune = r['commune']!;
    let name: string;
    if (kind === 'ccas') name = `CCAS – ${commune}`;
    else if (/^COMMUNE (DE |D |D')/.test(raw)) name = `Commune ${/^[AEIOUYÉÈ]/i.test(commune) ? "d'" : 'de '}${commune}`;
    else {
      name = pretty(raw, false);
      if (!name.toLowerCase().includes(commune.toLowerCase().split(/[-\s]/)[0]!)) name += ` – ${commune}`;
    }
    const addr = (r['address'] ?? '').replace(new RegExp(`\\s*${r['postcode']}\\s.*$`), '');
    // demarches: "accompagner dans la réalisation de démarches administratives en ligne" is one
    // of the three missions of every conseiller numérique (ANCT programme), hence the host's.
    p = base(r, kind, kind === 'espace-numerique' ? ['numerique', 'demarches'] : ['numerique', 'demarches', 'aide-sociale'], name);
    p.address = { ...(addr ? { street: pretty(addr, true) } : {}), postcode: r['postcode']!, city: r['commune']!, insee: r['insee']! };
    p.description = 'Structure qui accueillait des conseillers numériques France services (liste ANCT de 2021) : aide aux outils et démarches en ligne. À vérifier sur place.';
    p.source = SOURCES_NOTE['cnfs'];
  } else {
    throw new Error(`Unmapped category "${type}" (${r['place_id']})`);
  }
  if (r['source_date'] && /^\d{4}-\d{2}-\d{2}$/.test(r['source_date'])) p.updated = r['source_date'];
  places.push(p);
}

const catalogue: Catalogue = {
  $schema: './catalogue.schema.json',
  version: 1,
  name: "Lieux d'aide aux démarches – démonstration (Lot, Aisne, Isère)",
  territory: 'Lot (46), Aisne (02) et Isère (38)',
  updated: BUILT_ON,
  licence: 'Licence Ouverte 2.0 (Etalab) ; voir chaque source',
  attribution:
    'ANCT (France services, conseillers numériques), Ministère de la Culture (bibliothèques), SENACS via Data For Good (centres sociaux), ' +
    'Grand Cahors, Ville de Saint-Quentin, Département de l’Isère, Grand-Figeac ; positions des communes : IGN Admin Express, INSEE',
  sources: [
    { ...FRANCE_SERVICES_SOURCE, name: `${FRANCE_SERVICES_SOURCE.name} (${FS_DATE})` },
    { name: SOURCES_NOTE['cnfs']!, licence: 'Licence Ouverte 2.0 présumée (licence non indiquée par le dépôt ANCT)' },
    { name: SOURCES_NOTE['senacs']!, licence: 'Licence non indiquée (noms et communes seulement)' },
    { name: SOURCES_NOTE['culture']!, url: 'https://data.culture.gouv.fr/', licence: 'Licence Ouverte' },
    { name: 'IGN Admin Express (contours, centres des communes)', licence: 'Licence Ouverte' },
    { name: 'INSEE / Etalab, découpage administratif (communes, populations)', licence: 'Licence Ouverte' },
    { name: SOURCES_NOTE['docs']!, licence: 'Faits publics (non protégés)' },
  ],
  places,
};

const check = validateCatalogue(JSON.parse(JSON.stringify(catalogue)));
const bad = check.problems;
if (bad.length || check.places.length !== places.length)
  throw new Error(`The demo catalogue does not validate:\n${bad.map((p) => `${p.path}: ${p.message.en}`).join('\n')}`);

mkdirSync(join(OUT, 'outlines'), { recursive: true });
writeFileSync(join(OUT, 'catalogue.json'), JSON.stringify(catalogue, null, 1) + '\n');

// --- Gazetteer ---------------------------------------------------------------------------
interface SharedCommune {
  insee: string;
  nom: string;
  departement: string;
  codes_postaux: string[];
  population: number;
  lat: number;
  lon: number;
}
const communes = (JSON.parse(readFileSync(join(SHARED, 'communes.json'), 'utf8')) as SharedCommune[]).map((c) => ({
  insee: c.insee,
  name: c.nom,
  postcodes: c.codes_postaux,
  population: c.population,
  lat: Math.round(c.lat * 1e5) / 1e5,
  lon: Math.round(c.lon * 1e5) / 1e5,
  dep: c.departement,
}));
writeFileSync(join(OUT, 'communes.json'), '[\n' + communes.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');

// --- Outlines ----------------------------------------------------------------------------
const round = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(round) : typeof v === 'number' ? Math.round(v * 1e5) / 1e5 : v;
const OUTLINES = [
  'communes-46-lot-cog2026.geojson',
  'departement-46-lot.geojson',
  'departement-02-aisne.geojson',
  'departement-38-isere.geojson',
  'departements-version-simplifiee.geojson',
];
for (const f of OUTLINES) {
  const g = JSON.parse(readFileSync(join(SHARED, 'contours', f), 'utf8')) as Record<string, unknown>;
  const walk = (o: unknown): unknown => {
    if (Array.isArray(o)) return o.map(walk);
    if (o && typeof o === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) out[k] = k === 'coordinates' ? round(v) : walk(v);
      return out;
    }
    return o;
  };
  writeFileSync(join(OUT, 'outlines', f), JSON.stringify(walk(g)) + '\n');
}

const byKind = new Map<string, number>();
for (const p of places) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
process.stdout.write(
  `data/catalogue.json: ${places.length} places (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
    `${bus.stops.length} bus stops; data/communes.json: ${communes.length} communes; ${OUTLINES.length} outlines.\n`,
);
