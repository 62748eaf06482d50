/**
 * The offline gazetteer: communes a resident can name ("près de Lherm", "46090") without any
 * geocoding service. Owns reading commune lists (the project's `data/communes.json` and the
 * shared open-data shape, which spells fields in French) and deriving communes from a
 * catalogue's own addresses. Bad input is skipped, never thrown.
 */
import type { Place } from '../catalogue/types.js';
import type { GazetteerEntry } from '../search/types.js';
import { fold } from '../text/normalise.js';
import { isRecord } from '../is-record.js';
import { isPostcode } from '../catalogue/commune-codes.js';
import { runSteps, type Steps } from '../slices.js';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * Reads a commune list: an array (or `{ communes: [...] }`) of objects with `name` or `nom`,
 * `postcodes` or `codes_postaux` (or a single `postcode`), `insee`, `lat`, `lon` (or
 * `location: {lat, lon}`), `population`. Entries without a name or valid coordinates are skipped.
 */
export function parseGazetteer(json: unknown): GazetteerEntry[] {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json['communes']) ? json['communes'] : [];
  const out: GazetteerEntry[] = [];
  for (const item of list as unknown[]) {
    if (!isRecord(item)) continue;
    const name = str(item['name']) ?? str(item['nom']);
    const loc = isRecord(item['location']) ? item['location'] : isRecord(item['centre']) ? item['centre'] : item;
    const lat = num(loc['lat']);
    const lon = num(loc['lon']) ?? num(loc['lng']);
    if (!name || lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const rawCodes = item['postcodes'] ?? item['codes_postaux'] ?? item['postcode'] ?? item['code_postal'];
    const postcodes = (Array.isArray(rawCodes) ? rawCodes : [rawCodes]).filter(
      (c): c is string => typeof c === 'string' && isPostcode(c),
    );
    const entry: GazetteerEntry = { name, postcodes, lat, lon };
    const insee = str(item['insee']) ?? str(item['code']);
    if (insee) entry.insee = insee;
    const population = num(item['population']);
    if (population !== undefined) entry.population = population;
    out.push(entry);
  }
  return out;
}

/** The key two records of the same commune share: INSEE code, else folded name + postcode. */
export function communeKey(name: string, insee?: string, postcode?: string): string {
  return insee ? 'i:' + insee : 'n:' + foldCached(name) + '|' + (postcode ?? '');
}

// Catalogues repeat the same city names thousands of times; folding each once is enough.
const foldMemo = new Map<string, string>();
function foldCached(name: string): string {
  let f = foldMemo.get(name);
  if (f === undefined) {
    if (foldMemo.size > 100_000) foldMemo.clear();
    f = fold(name);
    foldMemo.set(name, f);
  }
  return f;
}

/**
 * Merges a commune list with the communes of a catalogue's places (and bus stops). A place's
 * commune that the list already knows (same INSEE code, or same name and postcode) is not
 * repeated; an unknown one is added with the mean position of its places. The list's entries
 * are kept as they are (not copied: the national list has 35k; nothing here changes them), in
 * their order and first; the catalogue's own communes follow.
 */
export function buildGazetteer(places: readonly Place[], extra: readonly GazetteerEntry[] = []): GazetteerEntry[] {
  return runSteps(buildGazetteerSteps(places, extra));
}

/** {@link buildGazetteer} in steps (core/slices.ts), for the search index built in slices. */
export function* buildGazetteerSteps(places: readonly Place[], extra: readonly GazetteerEntry[] = []): Steps<GazetteerEntry[]> {
  const entries: GazetteerEntry[] = [];
  // Name + postcode keys are needed only for an address without a known INSEE code: built on
  // first need (35k names folded for nothing otherwise).
  let byKeyBuilt: Map<string, GazetteerEntry> | undefined;
  const rememberIn = (m: Map<string, GazetteerEntry>, e: GazetteerEntry): void => {
    if (e.insee) m.set(communeKey(e.name, e.insee), e);
    for (const pc of e.postcodes) m.set(communeKey(e.name, undefined, pc), e);
    if (e.postcodes.length === 0) m.set(communeKey(e.name), e);
  };
  const keys = (): Map<string, GazetteerEntry> => {
    if (!byKeyBuilt) {
      byKeyBuilt = new Map();
      for (const e of entries) rememberIn(byKeyBuilt, e);
    }
    return byKeyBuilt;
  };
  const remember = (e: GazetteerEntry): void => {
    if (byKeyBuilt) rememberIn(byKeyBuilt, e);
  };
  const listed = new Set<string>();
  for (const e of extra) {
    if (e.insee) {
      if (listed.has(e.insee)) continue;
      listed.add(e.insee);
    }
    entries.push(e);
  }
  const derived = new Map<GazetteerEntry, { lat: number; lon: number; n: number }>();
  // Addresses repeat: one look-up per distinct (city, INSEE, postcode).
  const seen = new Map<string, GazetteerEntry | null>();
  const byInsee = new Map<string, GazetteerEntry>();
  for (const e of entries) if (e.insee && !byInsee.has(e.insee)) byInsee.set(e.insee, e);
  const visit = (city: string, insee: string | undefined, postcode: string | undefined, lat: number, lon: number): void => {
    if (insee) {
      // Known INSEE code: nothing to add or average.
      const e = byInsee.get(insee);
      if (e && !derived.has(e)) return;
    }
    const memoKey = city + '\u0001' + (insee ?? '') + '\u0001' + (postcode ?? '');
    const known = seen.get(memoKey);
    if (known === null) return;
    if (known && !derived.has(known)) return;
    if (!city.trim()) {
      seen.set(memoKey, null);
      return;
    }
    let e =
      known ??
      (insee ? keys().get(communeKey(city, insee)) : undefined) ??
      keys().get(communeKey(city, undefined, postcode)) ??
      (postcode ? undefined : keys().get(communeKey(city)));
    if (e) seen.set(memoKey, e);
    if (!e) {
      e = { name: city.trim(), postcodes: postcode ? [postcode] : [], lat, lon };
      if (insee) e.insee = insee;
      entries.push(e);
      remember(e);
      derived.set(e, { lat: 0, lon: 0, n: 0 });
      seen.set(memoKey, e);
    } else if (postcode && !e.postcodes.includes(postcode) && derived.has(e)) {
      e.postcodes.push(postcode);
      remember(e);
    }
    const acc = derived.get(e);
    if (acc) {
      acc.lat += lat;
      acc.lon += lon;
      acc.n += 1;
    }
  };
  for (let i = 0; i < places.length; i++) {
    if (i % 1024 === 0) yield undefined;
    const p = places[i]!;
    visit(p.address.city, p.address.insee, p.address.postcode, p.location.lat, p.location.lon);
    for (const s of p.stops ?? []) visit(s.address.city, s.address.insee, s.address.postcode, s.location.lat, s.location.lon);
  }
  for (const [e, acc] of derived) {
    if (acc.n > 0) {
      e.lat = acc.lat / acc.n;
      e.lon = acc.lon / acc.n;
    }
  }
  return entries;
}
