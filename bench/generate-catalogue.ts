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
