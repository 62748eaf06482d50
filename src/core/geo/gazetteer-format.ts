/**
 * The compact national gazetteer: how the 34,920 communes and municipal arrondissements of
 * data/sources/communes-france.csv are stored in `data/communes-france.json` (written by
 * scripts/build-gazetteer.ts) and read back as {@link GazetteerEntry} values.
 *
 * Owns the file format and nothing else: matching is ./commune-matcher.ts, fetching is
 * ./gazetteer-loader.ts. Decoding never throws; a malformed file is a problem, as data.
 *
 * Why columns and deltas: one JSON object per commune repeats seven keys 35k times (4.2 MB,
 * 809 KB gzip for the shared JSON). Columns drop the keys; rows sorted by INSEE code are
 * sorted by département and, within it, mostly alphabetically, so the département is a
 * run-length list, the code a small increment, and neighbouring communes are a few
 * kilometres apart: positions as integer deltas of 1e-4 degree (about 11 m, ample for a
 * commune centre) are short numbers that gzip well. scripts/build-gazetteer.ts --measure
 * prints the sizes of the alternatives that were weighed.
 */
import type { GazetteerEntry } from '../search/types.js';

/** The value of the `format` field: a file without it is not ours. */
export const GAZETTEER_FORMAT = 'service-locator/communes';
/** Incremented on any incompatible change; the decoder refuses other versions. */
export const GAZETTEER_VERSION = 1;

/** The file as written. Every array has `count` items, in INSEE code order. */
export interface CompactGazetteer {
  format: typeof GAZETTEER_FORMAT;
  version: number;
  /** Provenance, carried with the data (Licence Ouverte asks for attribution). */
  source: string;
  licence: string;
  count: number;
  /** Positions are integers of 10^-precision degree. */
  precision: number;
  /** Run-length départements: `[code, rows]`, in row order. */
  dep: Array<[string, number]>;
  /**
   * INSEE code: the département code followed by this number on 3 digits (5 characters in all),
   * stored as the increment from the previous row of the same département (the first row of a
   * département holds the number itself).
   */
  code: number[];
  name: string[];
  /**
   * Postcodes joined by a space; `""` when the row has the same postcodes as the previous one
   * (neighbours often share one), `"-"` when it has none.
   */
  postcodes: string[];
  population: number[];
  /** Increments from the previous row (the first row from 0), in 10^-precision degree. */
  lat: number[];
  lon: number[];
}

/** A national gazetteer entry: a gazetteer entry with its département (holidays, disambiguation). */
export interface CommuneEntry extends GazetteerEntry {
  insee: string;
  dep: string;
}

/** A row for {@link encodeGazetteer}. */
export interface CommuneRow {
  code: string;
  name: string;
  dep: string;
  postcodes: string[];
  population: number;
  lat: number;
  lon: number;
}

/** Why a file could not be read (errors as data). */
export interface GazetteerProblem {
  code: 'not-gazetteer' | 'version' | 'malformed';
  message: string;
}

export type DecodeResult = { ok: true; entries: CommuneEntry[] } | { ok: false; problem: GazetteerProblem };

/**
 * Encodes rows (sorted by INSEE code by the caller, for stable output and small deltas).
 * Deterministic: the same rows give the same object, so the same bytes through JSON.stringify.
 */
export function encodeGazetteer(rows: readonly CommuneRow[], meta: { source: string; licence: string; precision?: number }): CompactGazetteer {
  const precision = meta.precision ?? 4;
  const scale = 10 ** precision;
  const out: CompactGazetteer = {
    format: GAZETTEER_FORMAT,
    version: GAZETTEER_VERSION,
    source: meta.source,
    licence: meta.licence,
    count: rows.length,
    precision,
    dep: [],
    code: [],
    name: [],
    postcodes: [],
    population: [],
    lat: [],
    lon: [],
  };
  let prevDep = '';
  let prevNum = 0;
  let prevPc = '\u0000';
  let prevLat = 0;
  let prevLon = 0;
  for (const r of rows) {
    if (!r.code.startsWith(r.dep) || r.code.length !== 5) throw new Error(`code ${r.code} is not département ${r.dep} + 3 digits`);
    const num = Number(r.code.slice(r.dep.length));
    if (!Number.isInteger(num)) throw new Error(`code ${r.code}: not numeric after the département`);
    if (r.dep !== prevDep) {
      out.dep.push([r.dep, 0]);
      prevDep = r.dep;
      prevNum = 0;
    }
    out.dep[out.dep.length - 1]![1]++;
    out.code.push(num - prevNum);
    prevNum = num;
    out.name.push(r.name);
    const pc = r.postcodes.length ? r.postcodes.join(' ') : '-';
    out.postcodes.push(pc === prevPc ? '' : pc);
    prevPc = pc;
    out.population.push(Math.round(r.population));
    const la = Math.round(r.lat * scale);
    const lo = Math.round(r.lon * scale);
    out.lat.push(la - prevLat);
    out.lon.push(lo - prevLon);
    prevLat = la;
    prevLon = lo;
  }
  return out;
}

const isIntArray = (v: unknown, n: number): v is number[] => Array.isArray(v) && v.length === n && v.every((x) => Number.isInteger(x));
const isStrArray = (v: unknown, n: number): v is string[] => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'string');

/**
 * Reads the compact file (already parsed JSON) into entries, in INSEE code order. Any shape
 * error refuses the whole file: a half-decoded gazetteer would place communes wrongly.
 */
export function decodeGazetteer(json: unknown): DecodeResult {
  const bad = (code: GazetteerProblem['code'], message: string): DecodeResult => ({ ok: false, problem: { code, message } });
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== GAZETTEER_FORMAT)
    return bad('not-gazetteer', `not a ${GAZETTEER_FORMAT} file`);
  const g = json as Partial<CompactGazetteer>;
  if (g.version !== GAZETTEER_VERSION) return bad('version', `version ${String(g.version)}, expected ${GAZETTEER_VERSION}`);
  const n = g.count;
  if (!Number.isInteger(n) || n! < 0) return bad('malformed', 'count');
  const count = n!;
  if (!Number.isInteger(g.precision) || g.precision! < 0 || g.precision! > 7) return bad('malformed', 'precision');
  for (const k of ['code', 'population', 'lat', 'lon'] as const) if (!isIntArray(g[k], count)) return bad('malformed', k);
  for (const k of ['name', 'postcodes'] as const) if (!isStrArray(g[k], count)) return bad('malformed', k);
  const deps = g.dep;
  if (!Array.isArray(deps) || !deps.every((d) => Array.isArray(d) && typeof d[0] === 'string' && Number.isInteger(d[1]) && d[1] >= 0))
    return bad('malformed', 'dep');
  if (deps.reduce((s, d) => s + d[1], 0) !== count) return bad('malformed', 'dep counts');

  const scale = 10 ** g.precision!;
  const code = g.code!;
  const name = g.name!;
  const postcodes = g.postcodes!;
  const population = g.population!;
  const dLat = g.lat!;
  const dLon = g.lon!;
  const entries = new Array<CommuneEntry>(count);
  let row = 0;
  let la = 0;
  let lo = 0;
  let pcs: string[] = [];
  for (const [dep, rows] of deps) {
    let num = 0;
    for (let k = 0; k < rows; k++, row++) {
      num += code[row]!;
      la += dLat[row]!;
      lo += dLon[row]!;
      const pc = postcodes[row]!;
      // Rows with the same postcodes as the previous row share nothing mutable: copy.
      if (pc !== '') pcs = pc === '-' ? [] : pc.split(' ');
      const lat = la / scale;
      const lon = lo / scale;
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return bad('malformed', `position of row ${row}`);
      entries[row] = {
        name: name[row]!,
        insee: dep + String(num).padStart(5 - dep.length, '0'),
        dep,
        postcodes: pcs.slice(),
        lat,
        lon,
        population: population[row]!,
      };
    }
  }
  return { ok: true, entries };
}
