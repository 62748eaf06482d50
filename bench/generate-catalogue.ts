/**
 * Synthetic catalogues for the search benchmark: realistic French place names, communes,
 * kinds and needs, in any size, reproducible from a seed.
 *
 * Communes: the 388 real communes of the shared open data (names, postcodes, centres), plus,
 * for large sizes, made-up communes built from real name parts ("Saint-Martin-sur-Célé") spread
 * over metropolitan France, so that the commune and name vocabularies grow with the catalogue
 * roughly as a national one would (France has ~35,000 communes). A catalogue of n places has
 * about n / 3 communes, at most 35,000.
 */
import { readFileSync } from 'node:fs';
import type { NeedId, Place, PlaceKind, Stop } from '../src/core/catalogue/types.js';
import { parseGazetteer } from '../src/core/geo/gazetteer.js';
import { decodeGazetteer, type CommuneEntry } from '../src/core/geo/gazetteer-format.js';
import { parseFranceServicesCsv } from '../src/core/import/france-services.js';
import { dayColumnsToOsm, FS_DAY_COLUMNS } from '../src/core/import/france-services-hours.js';
import type { GazetteerEntry } from '../src/core/search/types.js';
import { FRANCE_SERVICES_NEEDS } from '../src/core/needs/vocabulary.js';
import { fileURLToPath } from 'node:url';

export const SHARED_COMMUNES = fileURLToPath(new URL('../data/sources/communes.json', import.meta.url));

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['Saint', 'Sainte', 'Le', 'La', 'Les', 'Villeneuve', 'Mont', 'Castel', 'Fontaine', 'Bourg', 'Roche', 'Val', 'Neuville', 'Beau', 'Château'];
const SUFFIXES = ['sur-Lot', 'en-Quercy', 'sur-Oise', 'en-Isère', 'la-Rivière', 'les-Bains', 'du-Causse', 'sur-Célé', 'le-Haut', 'le-Bas', 'en-Thiérache', 'de-Bretagne', 'sur-Loire', 'en-Provence', 'sur-Mer', 'la-Forêt'];
const PEOPLE = ['Jean Jaurès', 'Victor Hugo', 'Louise Michel', 'Jules Verne', 'Guy de Maupassant', 'Simone Veil', 'Jean Moulin', 'Marie Curie', 'Léon Blum', 'George Sand', 'Albert Camus', 'Colette', 'Jacques Prévert', 'Aimé Césaire', 'Olympe de Gouges'];
const QUARTERS = ['Europe', 'Bellevue', 'Les Églantiers', 'Centre', 'Saint-Martin', 'Les Mûriers', 'La Croix-Rouge', 'Le Moulin', 'Les Hauts', 'La Gare', 'Terre Rouge', 'Les Tilleuls', 'Le Vieux Bourg', 'Les Acacias', 'Neuville'];
const PERMANENCE_ORGS: Array<[string, NeedId[]]> = [
  ['CAF', ['caf']],
  ['CPAM', ['sante']],
  ['Mission locale', ['emploi']],
  ['ADIL', ['logement']],
  ['Point justice', ['justice']],
  ['CIDFF', ['justice', 'aide-sociale']],
  ['UDAF', ['aide-sociale', 'ecrivain-public']],
  ['MDPH', ['handicap']],
  ['Conciliateur de justice', ['justice']],
  ['Écrivain public', ['ecrivain-public']],
];
const KIND_SHARES: Array<[PlaceKind, number]> = [
  ['france-services', 0.1],
  ['ccas', 0.25],
  ['centre-social', 0.15],
  ['espace-numerique', 0.25],
  ['solidarites', 0.08],
  ['permanence', 0.15],
  ['bus', 0.02],
];

export function loadRealCommunes(path = SHARED_COMMUNES): GazetteerEntry[] {
  return parseGazetteer(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}

/** Real communes first, then made-up ones, `count` in all. */
export function makeCommunes(count: number, seed: number, real: GazetteerEntry[] = loadRealCommunes()): GazetteerEntry[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const out = real.slice(0, count).map((c) => ({ ...c, postcodes: [...c.postcodes] }));
  const stems = real.map((c) => c.name.split(/[- ]/).filter((w) => w.length > 3 && !PREFIXES.includes(w))).flat();
  const seen = new Set(out.map((c) => c.name));
  const invent = (): string => {
    const stem = pick(stems);
    const form = r();
    return form < 0.3 ? `${pick(PREFIXES)}-${stem}` : form < 0.6 ? `${stem}-${pick(SUFFIXES)}` : form < 0.8 ? `${pick(PREFIXES)}-${stem}-${pick(SUFFIXES)}` : stem + pick(['ac', 'ville', 'court', 'heim', 'y', 'argues', 'ens']);
  };
  while (out.length < count) {
    // Homonyms exist in France (hundreds of Saint-Martin); a few tries keep them rare.
    let name = invent();
    for (let t = 0; t < 10 && seen.has(name); t++) name = invent();
    seen.add(name);
    const dep = String(1 + Math.floor(r() * 95)).padStart(2, '0');
    out.push({
      name,
      insee: `${dep}${String(500 + out.length).slice(-3)}`,
      postcodes: [`${dep}${String(Math.floor(r() * 1000)).padStart(3, '0')}`],
      lat: 42.5 + r() * 8.5,
      lon: -4.5 + r() * 12.5,
      population: Math.floor(50 + r() * r() * 20000),
    });
  }
  return out;
}

/** A catalogue of `n` places (seeded) and the communes it uses. */
export function generateCatalogue(n: number, seed = 46): { places: Place[]; communes: GazetteerEntry[] } {
  const communes = makeCommunes(Math.min(35000, Math.max(388, Math.ceil(n / 3))), seed);
  const r = rng(seed * 7919);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const some = <T>(a: readonly T[], p: number): T[] => a.filter(() => r() < p);
  const places: Place[] = [];
  for (let i = 0; i < n; i++) {
    let u = r();
    let kind: PlaceKind = 'ccas';
    for (const [k, share] of KIND_SHARES) {
      if (u < share) {
        kind = k;
        break;
      }
      u -= share;
    }
    const c = pick(communes);
    const city = c.name;
    let name: string;
    let needs: NeedId[];
    const partners: string[] = [];
    switch (kind) {
      case 'france-services':
        name = pick([`France services ${city}`, `France services La Poste de ${city}`, `Maison France services de ${city}`, `France services du Pays de ${pick(communes).name}`]);
        needs = [...FRANCE_SERVICES_NEEDS];
        partners.push('CAF', 'Assurance maladie', 'Assurance retraite', 'MSA', 'France Travail', 'Finances publiques (DGFiP)', 'ANTS', 'La Poste');
        break;
      case 'ccas':
        name = pick([`CCAS de ${city}`, `CIAS du Grand ${city}`, `Mairie de ${city}`, `Centre communal d'action sociale de ${city}`]);
        needs = ['aide-sociale', 'logement', ...some(['energie', 'handicap', 'ecrivain-public'] as NeedId[], 0.4)];
        break;
      case 'centre-social':
        name = pick([`Centre social ${pick(QUARTERS)}`, `Centre socioculturel ${pick(PEOPLE)}`, `Espace de vie sociale de ${city}`, `Maison de quartier ${pick(QUARTERS)}`]);
        needs = ['aide-sociale', 'numerique', ...some(['ecrivain-public', 'caf', 'emploi'] as NeedId[], 0.4)];
        break;
      case 'espace-numerique':
        name = pick([`Médiathèque ${pick(PEOPLE)}`, `Espace public numérique de ${city}`, `Cyber-base ${city}`, `Tiers-lieu ${pick(QUARTERS)}`, `Bibliothèque municipale de ${city}`]);
        needs = ['numerique', ...some(['ecrivain-public'] as NeedId[], 0.3)];
        break;
      case 'solidarites':
        name = pick([`Maison des solidarités de ${city}`, `Maison du territoire ${pick(communes).name}`, `Centre médico-social de ${city}`]);
        needs = ['aide-sociale', 'handicap', 'logement', ...some(['caf', 'sante'] as NeedId[], 0.5)];
        break;
      case 'permanence': {
        const [org, orgNeeds] = pick(PERMANENCE_ORGS);
        name = `Permanence ${org} – ${city}`;
        needs = [...orgNeeds];
        partners.push(org);
        break;
      }
      case 'bus':
        name = `Bus France services ${pick(['du Pays de ', 'du Grand ', 'de la vallée de '])}${city}`;
        needs = [...FRANCE_SERVICES_NEEDS];
        break;
    }
    const place: Place = {
      id: `p${i}`,
      name,
      kind,
      needs,
      address: { street: `${1 + Math.floor(r() * 80)} rue ${pick(PEOPLE)}`, postcode: c.postcodes[0], city, insee: c.insee },
      location: { lat: c.lat + (r() - 0.5) * 0.04, lon: c.lon + (r() - 0.5) * 0.06, precision: 'exact' },
      appointment: pick(['walk-in', 'appointment', 'both'] as const),
      equipment: some(['computer', 'printer', 'scanner', 'wifi', 'phone'] as const, 0.5),
      accessibility: { wheelchair: pick(['yes', 'limited', 'no'] as const) },
    };
    if (partners.length) place.partners = partners;
    if (kind === 'bus') {
      const stops: Stop[] = [];
      const count = 5 + Math.floor(r() * 15);
      for (let s = 0; s < count; s++) {
        const sc = pick(communes);
        stops.push({ id: `p${i}-s${s}`, name: sc.name, address: { city: sc.name, postcode: sc.postcodes[0], insee: sc.insee }, location: { lat: sc.lat, lon: sc.lon, precision: 'commune' } });
      }
      place.stops = stops;
    }
    places.push(place);
  }
  return { places, communes };
}

// ---- Realistic national catalogues (issue 15) ----------------------------------------------

export const FRANCE_SERVICES_CSV = fileURLToPath(new URL('../data/sources/france-services-2024-08-01.csv', import.meta.url));
export const NATIONAL_COMMUNES = fileURLToPath(new URL('../data/communes-france.json', import.meta.url));

interface FsSeed {
  name: string;
  commune: CommuneEntry;
  lat: number;
  lon: number;
  hours: string | undefined;
}

let seedsMemo: { seeds: FsSeed[]; communes: CommuneEntry[] } | undefined;

/** The national France services list (name, commune, position, hours) and every commune of France. */
function nationalSeeds(): { seeds: FsSeed[]; communes: CommuneEntry[] } {
  if (seedsMemo) return seedsMemo;
  const decoded = decodeGazetteer(JSON.parse(readFileSync(NATIONAL_COMMUNES, 'utf8')) as unknown);
  if (!decoded.ok) throw new Error(`communes-france.json: ${decoded.problem.message}`);
  const communes = decoded.entries;
  const byInsee = new Map(communes.map((c) => [c.insee, c] as const));
  const rows = parseFranceServicesCsv(readFileSync(FRANCE_SERVICES_CSV, 'utf8')).rows;
  const seeds: FsSeed[] = [];
  for (const { row } of rows) {
    const r = row as unknown as Record<string, string>;
    const commune = byInsee.get(r['insee_com'] ?? '');
    const lat = Number(r['latitude']);
    const lon = Number(r['longitude']);
    if (!commune || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const days: Record<string, string> = {};
    for (const c of FS_DAY_COLUMNS) days[c] = r[c] ?? '';
    seeds.push({ name: r['lib_fs'] ?? 'France services', commune, lat, lon, hours: dayColumnsToOsm(days).hours });
  }
  return (seedsMemo = { seeds, communes });
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const hhmm = (m: number): string => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;

/**
 * Hours as catalogues write them: a France services value as is (they repeat), or a variant of
 * one (times moved by quarter hours, another weekday group, a Saturday morning, a monthly
 * permanence, holidays closed, a comment): about half of a 100k catalogue's values are distinct.
 */
function variedHours(base: string | undefined, r: () => number): string | undefined {
  const u = r();
  if (u < 0.08) return undefined;
  if (u < 0.4 && base) return base;
  const groups = ['Mo-Fr', 'Mo-Th', 'Tu-Fr', 'Mo,Tu,Th,Fr', 'Mo-We', 'Tu-Sa', 'Mo,We,Fr', 'Th'];
  const q = (): number => Math.floor(r() * 8) * 15;
  const a = 480 + q();
  const b = 690 + q();
  const c = 780 + q();
  const d = 960 + q() + Math.floor(r() * 4) * 15;
  const g = groups[Math.floor(r() * groups.length)]!;
  const v = r();
  let out = v < 0.25 ? `${g} ${hhmm(a)}-${hhmm(b)}` : `${g} ${hhmm(a)}-${hhmm(b)},${hhmm(c)}-${hhmm(d)}`;
  if (v > 0.85) out = `${['Mo', 'Tu', 'We', 'Th', 'Fr'][Math.floor(r() * 5)]}[${1 + Math.floor(r() * 3)}] ${hhmm(c)}-${hhmm(d)}`;
  if (r() < 0.2) out += `; Sa ${hhmm(540 + q())}-12:00`;
  if (r() < 0.1) out += `; ${['We', 'Fr'][Math.floor(r() * 2)]} ${hhmm(c)}-${hhmm(d)} "sur rendez-vous"`;
  if (r() < 0.1) out += `; Aug off`;
  if (r() < 0.5) out += '; PH off';
  return out;
}

/**
 * A national-scale catalogue of `n` places grown from the France services list (issue 15):
 * the 2,8k France services with their real names, positions and hours, then CCAS, centres
 * sociaux, digital-help points, solidarity houses, permanences and buses in the communes of
 * France (real names and centres from data/communes-france.json, weighted towards the
 * France services' communes as real networks are), with varied hours, and bus stops in
 * communes of the same département. Reproducible from `seed`.
 */
export function generateRealisticCatalogue(n: number, seed = 46): { places: Place[]; communes: GazetteerEntry[] } {
  const { seeds, communes } = nationalSeeds();
  const r = rng(seed * 104729);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const some = <T>(a: readonly T[], p: number): T[] => a.filter(() => r() < p);
  const byDep = new Map<string, CommuneEntry[]>();
  for (const c of communes) {
    const list = byDep.get(c.dep ?? '');
    if (list) list.push(c);
    else byDep.set(c.dep ?? '', [c]);
  }
  // The larger communes first: help places are where people live.
  const weighted = communes.filter((c) => (c.population ?? 0) > 1500);
  const places: Place[] = [];
  const base = (): Omit<Place, 'id' | 'name' | 'kind' | 'needs' | 'address' | 'location'> => ({
    appointment: pick(['walk-in', 'appointment', 'both'] as const),
    equipment: some(['computer', 'printer', 'scanner', 'wifi', 'phone'] as const, 0.5),
    accessibility: { wheelchair: pick(['yes', 'limited', 'no'] as const) },
  });
  for (let i = 0; i < n; i++) {
    if (i < seeds.length && i < n * 0.12) {
      const s = seeds[i]!;
      const place: Place = {
        id: `fs${i}`,
        name: s.name,
        kind: 'france-services',
        needs: [...FRANCE_SERVICES_NEEDS],
        address: { street: `${1 + (i % 40)} place de la Mairie`, postcode: s.commune.postcodes[0], city: s.commune.name, insee: s.commune.insee },
        location: { lat: s.lat, lon: s.lon, precision: 'exact' },
        partners: ['CAF', 'Assurance maladie', 'Assurance retraite', 'MSA', 'France Travail', 'Finances publiques (DGFiP)', 'ANTS', 'La Poste'],
        ...base(),
      };
      if (s.hours) place.hours = s.hours;
      places.push(place);
      continue;
    }
    let u = r();
    let kind: PlaceKind = 'ccas';
    for (const [k, share] of KIND_SHARES) {
      if (u < share) {
        kind = k;
        break;
      }
      u -= share;
    }
    if (kind === 'france-services') kind = 'ccas';
    const fs = pick(seeds);
    const c = r() < 0.45 ? fs.commune : r() < 0.7 ? pick(weighted) : pick(communes);
    const city = c.name;
    let name: string;
    let needs: NeedId[];
    const partners: string[] = [];
    switch (kind) {
      case 'ccas':
        name = pick([`CCAS de ${city}`, `CIAS du Grand ${city}`, `Mairie de ${city}`, `Centre communal d'action sociale de ${city}`]);
        needs = ['aide-sociale', 'logement', ...some(['energie', 'handicap', 'ecrivain-public'] as NeedId[], 0.4)];
        break;
      case 'centre-social':
        name = pick([`Centre social ${pick(QUARTERS)}`, `Centre socioculturel ${pick(PEOPLE)}`, `Espace de vie sociale de ${city}`, `Maison de quartier ${pick(QUARTERS)} – ${city}`]);
        needs = ['aide-sociale', 'numerique', ...some(['ecrivain-public', 'caf', 'emploi'] as NeedId[], 0.4)];
        break;
      case 'espace-numerique':
        name = pick([`Médiathèque ${pick(PEOPLE)}`, `Espace public numérique de ${city}`, `Conseiller numérique – ${city}`, `Tiers-lieu ${pick(QUARTERS)}`, `Bibliothèque municipale de ${city}`]);
        needs = ['numerique', ...some(['ecrivain-public'] as NeedId[], 0.3)];
        break;
      case 'solidarites':
        name = pick([`Maison des solidarités de ${city}`, `Maison départementale des solidarités – ${city}`, `Centre médico-social de ${city}`]);
        needs = ['aide-sociale', 'handicap', 'logement', ...some(['caf', 'sante'] as NeedId[], 0.5)];
        break;
      case 'permanence': {
        const [org, orgNeeds] = pick(PERMANENCE_ORGS);
        name = `Permanence ${org} – ${city}`;
        needs = [...orgNeeds];
        partners.push(org);
        break;
      }
      default:
        name = `Bus France services ${pick(['du Pays de ', 'du Grand ', 'de la vallée de '])}${city}`;
        needs = [...FRANCE_SERVICES_NEEDS];
        break;
    }
    const place: Place = {
      id: `p${i}`,
      name,
      kind,
      needs,
      address: { street: `${1 + Math.floor(r() * 80)} rue ${pick(PEOPLE)}`, postcode: c.postcodes[0], city, insee: c.insee },
      location: { lat: c.lat + (r() - 0.5) * 0.02, lon: c.lon + (r() - 0.5) * 0.03, precision: 'exact' },
      ...base(),
    };
    if (partners.length) place.partners = partners;
    if (kind === 'bus') {
      const near = byDep.get(c.dep ?? '') ?? communes;
      const stops: Stop[] = [];
      const count = 5 + Math.floor(r() * 10);
      for (let s = 0; s < count; s++) {
        const sc = pick(near);
        const stop: Stop = { id: `p${i}-s${s}`, name: `Place de la mairie, ${sc.name}`, address: { city: sc.name, postcode: sc.postcodes[0], insee: sc.insee }, location: { lat: sc.lat, lon: sc.lon, precision: 'commune' } };
        const day = pick(['Mo', 'Tu', 'We', 'Th', 'Fr']);
        stop.hours = `${day}[${1 + (s % 4)}] ${pick(['09:00-12:00', '09:30-12:30', '14:00-17:00', '13:30-16:30'])}; PH off`;
        stops.push(stop);
      }
      place.stops = stops;
    } else {
      const h = variedHours(fs.hours, r);
      if (h) place.hours = h;
    }
    places.push(place);
  }
  return { places, communes };
}
