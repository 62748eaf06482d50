/**
 * The editor's data, apart from any DOM: the catalogue being edited as drafts (places that may
 * still be invalid, so their problems can be shown and fixed), reading a catalogue JSON or a
 * staff spreadsheet into drafts, the validator's problems grouped by place and field, ids for
 * new places and stops, and the two exports.
 *
 * Drafts keep what the file said wherever it fits the form (an unknown kind or need stays, so
 * the validator can name it); only shapes the form could not show at all (an address that is not
 * an object, a latitude written as text) are coerced, and the validator then reports them.
 */
import type { Catalogue, CatalogueMeta, Place, Stop } from '../core/catalogue/types.js';
import type { ValidationProblem, ValidationResult } from '../core/catalogue/problems.js';
import { toCatalogue } from '../core/catalogue/problems.js';
import { isRecord } from '../core/is-record.js';
import { decodeCatalogueBytes, parseCatalogueText, validateCatalogue } from '../core/catalogue/validate.js';
import { decodeSpreadsheetBytes, slug, type ImportIssue } from '../core/import/common.js';
import { importTableur, type CommuneCentre } from '../core/import/tableur.js';
import { catalogueToTableur, type TableurNote } from '../core/import/tableur-write.js';

export interface EditorDocument {
  meta: CatalogueMeta;
  places: Place[];
}

export interface OpenResult {
  doc?: EditorDocument;
  /** What kind of file it was read as. */
  kind: 'catalogue' | 'tableur';
  /** Problems of reading (a JSON syntax error, a spreadsheet row skipped), in words. */
  issues: ImportIssue[];
}

export const EMPTY_META: CatalogueMeta = {
  name: 'Lieux d’accueil',
  territory: '',
  updated: '',
  licence: 'Licence Ouverte 2.0 (Etalab)',
  attribution: '',
};

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : NaN);

function draftAddress(v: unknown): Place['address'] {
  const a = isRecord(v) ? v : {};
  const out: Place['address'] = { ...a, city: text(a['city']) };
  return out;
}

function draftLocation(v: unknown): Place['location'] {
  const l = isRecord(v) ? v : {};
  return { ...l, lat: num(l['lat']), lon: num(l['lon']), precision: l['precision'] === 'commune' ? 'commune' : 'exact' };
}

function draftStop(v: unknown): Stop {
  const s = isRecord(v) ? v : {};
  return { ...s, id: text(s['id']), name: text(s['name']), address: draftAddress(s['address']), location: draftLocation(s['location']) };
}

/** A place of any JSON as a draft the form can show. */
export function draftPlace(v: unknown): Place {
  const p = isRecord(v) ? v : {};
  const draft = {
    ...p,
    id: text(p['id']),
    name: text(p['name']),
    kind: text(p['kind']),
    needs: Array.isArray(p['needs']) ? p['needs'].filter((n): n is string => typeof n === 'string') : [],
    address: draftAddress(p['address']),
    location: draftLocation(p['location']),
  } as Place;
  if (Array.isArray(p['stops'])) draft.stops = p['stops'].map(draftStop);
  return draft;
}

/** Reads a dropped or picked file: a catalogue JSON, else a spreadsheet CSV. */
export function openFile(name: string, bytes: Uint8Array, communes: readonly CommuneCentre[]): OpenResult {
  const isCsv = /\.(csv|txt)$/i.test(name) || (!/\.json$/i.test(name) && !/^\s*[[{]/.test(new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '')));
  if (isCsv) {
    const { text: csv } = decodeSpreadsheetBytes(bytes);
    const r = importTableur(csv, { communes });
    if (r.unreadable) return { kind: 'tableur', issues: r.issues };
    return { kind: 'tableur', issues: r.issues, doc: { meta: metaOf(r.catalogue), places: r.catalogue.places.map((p) => structuredClone(p)) } };
  }
  const json = decodeCatalogueBytes(bytes);
  const parsed = parseCatalogueText(json);
  if (!parsed.usable) {
    return { kind: 'catalogue', issues: parsed.problems.filter((p) => p.placeIndex === undefined).map((p) => ({ severity: 'skipped', message: p.message })) };
  }
  // The drafts come from the raw document, not from the validator's output, so that places
  // with errors are kept to be fixed instead of silently dropped.
  const raw = JSON.parse(json.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const places = Array.isArray(raw['places']) ? raw['places'].map(draftPlace) : [];
  return { kind: 'catalogue', issues: [], doc: { meta: parsed.meta, places } };
}

function metaOf(c: CatalogueMeta): CatalogueMeta {
  const { name, territory, updated, licence, attribution } = c;
  return { name, territory, updated, licence, attribution, ...(c.sources ? { sources: c.sources } : {}) };
}

export function asCatalogue(doc: EditorDocument): Catalogue {
  return { version: 1, ...doc.meta, places: doc.places };
}

export function validate(doc: EditorDocument): ValidationResult {
  return validateCatalogue(asCatalogue(doc));
}

/** The field a problem belongs to, relative to its place or stop: `address.city`, `hours`. */
export interface ProblemWhere {
  stopIndex?: number;
  field: string;
}

export function problemWhere(p: ValidationProblem): ProblemWhere {
  const rel = p.path.replace(/^places\[\d+\]\.?/, '');
  const m = /^stops\[(\d+)\]\.?(.*)$/.exec(rel);
  if (m) return { stopIndex: Number(m[1]), field: m[2]!.replace(/\[\d+\]/g, '') };
  return { field: rel.replace(/\[\d+\]/g, '') };
}

/** Problems by place index; problems of the catalogue itself under -1. */
export function problemsByPlace(problems: readonly ValidationProblem[]): Map<number, ValidationProblem[]> {
  const map = new Map<number, ValidationProblem[]>();
  for (const p of problems) {
    const k = p.placeIndex ?? -1;
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  }
  return map;
}

/** An id not yet used: the name's slug, else `lieu-N`. */
export function freshId(base: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const root = slug(base) || fallback;
  let id = root;
  for (let n = 2; used.has(id); n++) id = `${root}-${n}`;
  return id;
}

export function newPlace(places: readonly Place[], near?: { lat: number; lon: number }): Place {
  return {
    id: freshId('', places.map((p) => p.id), `lieu-${places.length + 1}`),
    name: '',
    kind: 'permanence',
    needs: [],
    address: { city: '' },
    location: { lat: near?.lat ?? NaN, lon: near?.lon ?? NaN, precision: 'exact' },
  };
}

export function newStop(bus: Place): Stop {
  const stops = bus.stops ?? [];
  return {
    id: freshId('', stops.map((s) => s.id), `arret-${stops.length + 1}`),
    name: '',
    address: { city: '' },
    location: { lat: NaN, lon: NaN, precision: 'exact' },
  };
}

export interface JsonExport {
  text: string;
  catalogue: Catalogue;
  /** Places left out because of errors (named by the problems). */
  leftOut: number;
}

/** The valid catalogue, as the validator rebuilds it, dated `today` (ISO). */
export function exportJson(doc: EditorDocument, today: string): JsonExport {
  const result = validateCatalogue(asCatalogue({ ...doc, meta: { ...doc.meta, updated: today } }));
  const catalogue = toCatalogue(result);
  return { text: JSON.stringify(catalogue, null, 2) + '\n', catalogue, leftOut: doc.places.length - result.places.length };
}

export function exportTableur(doc: EditorDocument): { text: string; notes: TableurNote[]; leftOut: number } {
  const result = validateCatalogue(asCatalogue(doc));
  const out = catalogueToTableur({ places: result.places });
  return { text: out.text, notes: out.notes, leftOut: doc.places.length - result.places.length };
}
