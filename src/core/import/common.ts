/**
 * What every importer of an outside source shares: the result and problem shapes, reading
 * CSV (comma or semicolon, UTF-8 or Windows-1252) and JSON lists, and the checks that turn a
 * source's raw value into one the catalogue validator accepts (points inside France, phones
 * written for people, safe links, readable opening hours, ISO dates).
 *
 * DOM-free; never throws. Each check returns the value or a message saying why it was
 * dropped, so importers can name the record and the field.
 */
import { parse } from 'csv-parse/sync';
import { franceTerritoryOf } from '../catalogue/geo-bounds.js';
import type { Message } from '../catalogue/messages.js';
import type { Catalogue, CatalogueSource, Place } from '../catalogue/types.js';
import { isSafeUrl } from '../catalogue/validate-data.js';
import { checkHoursSyntax } from '../hours/index.js';
import { isRecord } from '../is-record.js';
import { isInseeCode, isPostcode } from '../catalogue/commune-codes.js';
import { LIMITS } from '../catalogue/limits.js';
import { bareEmail } from '../catalogue/email.js';

/** One problem of one record: skipped (the record is not in the catalogue) or a note (kept, value dropped). */
export interface ImportIssue {
  severity: 'skipped' | 'note';
  /** Line of the file (CSV: where the record ends; JSON: absent). */
  line?: number;
  /** The record's id in its source, or its index (`#3`) when it has none. */
  record?: string;
  /** The source's field or column. */
  field?: string;
  message: Message;
}

export interface ImportResult {
  catalogue: Catalogue;
  /** Records read (structures, rows). */
  read: number;
  issues: ImportIssue[];
  /** True when the input is not a readable file of that kind at all (reason in `issues`). */
  unreadable: boolean;
}

export const clean = (s: unknown): string =>
  typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : typeof s === 'number' && Number.isFinite(s) ? String(s) : '';

/** `a|b`, `a;b`, or a JSON list: the non-empty trimmed items. */
export function splitList(v: unknown, separators: RegExp = /[|;]/): string[] {
  if (Array.isArray(v)) return v.map(clean).filter((s) => s !== '');
  return clean(v)
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A decimal number written with a dot or a French comma; undefined when it is not one. */
export function parseNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const t = clean(v).replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Pads codes that a spreadsheet stripped of their leading zero (`2120` → `02120`). */
export function code5(v: unknown): string | undefined {
  const t = clean(v).toUpperCase();
  if (/^\d{4}$/.test(t)) return '0' + t;
  if (isInseeCode(t)) return t; // a postcode is an INSEE-shaped code too (five digits)
  return undefined;
}

/** A usable point in France, or why not (missing, unreadable, out of range, swapped, abroad). */
export function checkPoint(latRaw: unknown, lonRaw: unknown): { lat: number; lon: number } | { error: Message } {
  const lat = parseNumber(latRaw);
  const lon = parseNumber(lonRaw);
  if (lat === undefined || lon === undefined) {
    const a = clean(latRaw);
    const b = clean(lonRaw);
    return a === '' && b === ''
      ? { error: { fr: 'pas de coordonnées (latitude, longitude)', en: 'no coordinates (latitude, longitude)' } }
      : { error: { fr: `coordonnées illisibles (« ${a} », « ${b} »)`, en: `unreadable coordinates ("${a}", "${b}")` } };
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || !franceTerritoryOf({ lat, lon })) {
    const swapped = Math.abs(lon) <= 90 && franceTerritoryOf({ lat: lon, lon: lat });
    return swapped
      ? { error: { fr: `latitude et longitude inversées (${lat}, ${lon})`, en: `latitude and longitude swapped (${lat}, ${lon})` } }
      : { error: { fr: `point hors de France (${lat}, ${lon})`, en: `point outside France (${lat}, ${lon})` } };
  }
  return { lat, lon };
}

/**
 * A phone number as residents read it. The national standards ask for E.164 (`+33123456789`):
 * metropolitan numbers are written `01 23 45 67 89`, overseas ones keep their prefix. Anything
 * that is not a phone number comes back as an error.
 */
export function formatPhone(v: unknown): { phone: string } | { error: Message } | undefined {
  const raw = clean(v);
  if (raw === '') return undefined;
  const digits = raw.replace(/[\s.\-()/]/g, '');
  let national: string | undefined;
  if (/^\+33\d{9}$/.test(digits)) national = '0' + digits.slice(3);
  else if (/^0033\d{9}$/.test(digits)) national = '0' + digits.slice(4);
  else if (/^0\d{9}$/.test(digits)) national = digits;
  else if (/^\d{9}$/.test(digits) && /^[1-9]/.test(digits)) national = '0' + digits; // a spreadsheet ate the leading 0
  if (national) return { phone: national.replace(/(\d{2})(?=\d)/g, '$1 ') };
  if (/^\+\d{6,14}$/.test(digits)) return { phone: digits };
  if (/^\d{4}$/.test(digits) || /^3\d{3}$/.test(digits)) return { phone: digits }; // short numbers (3939)
  return { error: { fr: `numéro de téléphone illisible « ${raw} »`, en: `unreadable phone number "${raw}"` } };
}

/** The first valid e-mail of a list (`a@x.fr|b@x.fr`, `a@x.fr; b@x.fr`), and how many others were left. */
export function firstEmail(v: unknown): { email?: string; dropped: string[] } {
  const items = splitList(v, /[|;,\s]+/);
  // The validator's rule (catalogue/email.ts): an import never writes an address it would refuse.
  const valid = items.filter((m) => bareEmail(m) !== null);
  return { ...(valid[0] ? { email: valid[0] } : {}), dropped: items.filter((m) => m !== valid[0]) };
}

/** The first safe http(s) link of a list; a bare `www.…` gets `https://`. */
export function firstWebsite(v: unknown): { website?: string; dropped: string[] } {
  const items = splitList(v, /[|;\s]+/);
  let website: string | undefined;
  const dropped: string[] = [];
  for (const item of items) {
    const u = /^www\./i.test(item) ? `https://${item}` : item;
    if (!website && /^https?:/i.test(u) && isSafeUrl(u)) website = u;
    else dropped.push(item);
  }
  return { ...(website ? { website } : {}), dropped };
}

/** OSM opening_hours checked by the hours engine the widget uses; a bad value is named. */
export function checkHours(v: unknown): { hours: string } | { error: Message } | undefined {
  const h = clean(v);
  if (h === '') return undefined;
  if (h.length > 1000) return { error: { fr: 'horaires trop longs (plus de 1000 caractères)', en: 'hours too long (over 1000 characters)' } };
  const err = checkHoursSyntax(h);
  if (!err) return { hours: h };
  return {
    error: {
      fr: `horaires illisibles « ${h} » (caractère ${err.position + 1} : ${err.message.fr})`,
      en: `unreadable hours "${h}" (character ${err.position + 1}: ${err.message.en})`,
    },
  };
}

/** An ISO date (`2024-08-01`, or the date part of a timestamp), or a French `01/08/2024`. */
export function isoDate(v: unknown): string | undefined {
  const t = clean(v);
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  if (m) return valid(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return valid(m[3]!, m[2]!.padStart(2, '0'), m[1]!.padStart(2, '0'));
  return undefined;
}

function valid(y: string, mo: string, d: string): string | undefined {
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${mo}-${d}`;
}

/** A catalogue id from free text: folded, `a-z0-9-` only, at most 80 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Decodes a spreadsheet export. French spreadsheet software saves "CSV" as Windows-1252 by
 * default; read as UTF-8 its accents become U+FFFD. A UTF-8 byte-order mark, or bytes that are
 * valid UTF-8, mean UTF-8; anything else is read as Windows-1252 (which maps every byte).
 */
export function decodeSpreadsheetBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Decoded by hand: Node builds without full ICU decode "windows-1252" as Latin-1, which
    // turns the 0x80-0x9F range (’ œ € …) into control characters.
    let text = '';
    for (const b of bytes) text += b >= 0x80 && b < 0xa0 ? (CP1252_80_9F[b - 0x80] ?? '\ufffd') : String.fromCharCode(b);
    return { text, encoding: 'windows-1252' };
  }
}

/** Windows-1252 characters of bytes 0x80-0x9F (undefined bytes give U+FFFD). */
const CP1252_80_9F = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

export interface CsvRecords {
  header: string[];
  rows: { record: Record<string, string>; line: number }[];
  error?: Message;
}

/**
 * Parses CSV text with a header row. The separator is the one of `;` `,` and tab that the
 * header line holds most of (a French spreadsheet writes `;`), so commas inside values such
 * as "CAF, impôts" never split a cell of a `;` file.
 */
export function parseCsv(text: string): CsvRecords {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string): number => firstLine.split(c).length - 1;
  const delimiter = [';', ',', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
  try {
    let header: string[] = [];
    const records = parse<{ record: Record<string, string>; info: { lines: number } }>(src, {
      columns: (h: string[]) => (header = h.map((x) => clean(x))),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      delimiter,
      bom: true,
    });
    return { header, rows: records.map((r) => ({ record: r.record, line: r.info.lines })) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { header: [], rows: [], error: { fr: `CSV illisible : ${msg}`, en: `Unreadable CSV: ${msg}` } };
  }
}

/**
 * Reads a source file that may be a JSON list (or `{ "items": [...] }`, `{ "data": [...] }`,
 * as APIs return) or a CSV table; records come back as plain objects with their CSV line.
 */
export function readRecords(text: string): { records: { record: Record<string, unknown>; line?: number }[]; error?: Message } {
  const src = text.replace(/^\uFEFF/, '').trim();
  if (src.startsWith('[') || src.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(src);
    } catch (e) {
      return { records: [], error: { fr: `JSON illisible : ${String(e)}`, en: `Unreadable JSON: ${String(e)}` } };
    }
    const list = Array.isArray(doc)
      ? doc
      : isRecord(doc) && Array.isArray(doc['items'])
        ? doc['items']
        : isRecord(doc) && Array.isArray(doc['data'])
          ? doc['data']
          : undefined;
    if (!list) return { records: [], error: { fr: 'JSON sans liste d’enregistrements', en: 'JSON with no list of records' } };
    return { records: list.map((r) => ({ record: isRecord(r) ? r : {} })) };
  }
  const csv = parseCsv(src);
  if (csv.error) return { records: [], error: csv.error };
  return { records: csv.rows.map((r) => ({ record: r.record, line: r.line })) };
}


/** The one terminal escaping (`src/core/text/terminal.ts`), used by the importers' reports. */
import { escapeForTerminal } from '../text/terminal.js';
import type { Lang } from '../lang.js';
export { escapeForTerminal };

/** One issue as a line for people: `ligne 4, colonne « Lundi » : …`. */
export function formatIssue(issue: ImportIssue, lang: Lang): string {
  const where: string[] = [];
  if (issue.line !== undefined) where.push(`${lang === 'fr' ? 'ligne' : 'line'} ${issue.line}`);
  if (issue.record !== undefined) where.push(issue.record);
  if (issue.field !== undefined) where.push(lang === 'fr' ? `champ « ${issue.field} »` : `field "${issue.field}"`);
  const tag =
    issue.severity === 'skipped' ? (lang === 'fr' ? 'ignoré' : 'skipped') : lang === 'fr' ? 'remarque' : 'note';
  const head = where.length ? `${where.join(', ')} ` : '';
  return escapeForTerminal(`${head}[${tag}]${lang === 'fr' ? ' : ' : ': '}${issue.message[lang]}`);
}

/** The territory in words when the caller does not say: the communes, or how many there are. */
export function territoryOf(places: readonly Place[]): string {
  const cities = [...new Set(places.map((p) => p.address.city))].sort((a, b) => a.localeCompare(b, 'fr'));
  if (cities.length === 0) return 'non précisé';
  return cities.length <= 3 ? cities.join(', ') : `${cities.length} communes`;
}

/** One record turned into a place, or the reason it was skipped, with notes either way. */
export type RecordOutcome = { place: Place; issues: ImportIssue[] } | { skip: Message; issues: ImportIssue[] };

/** Cuts a text to `max` characters (the catalogue's limits), saying so with an ellipsis. */
export const truncate = (s: string, max: number): string => (s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…');

/**
 * The address of a record of data·inclusion or Lieux de médiation numérique, which share its
 * fields (complement_adresse, adresse, code_postal, code_insee): cut to the catalogue's limits;
 * a postcode or INSEE code that cannot be read is left out and said through `note`.
 */
export function standardAddress(
  fields: { complement_adresse?: unknown; adresse?: unknown; code_postal?: unknown; code_insee?: unknown },
  city: string,
  note: (field: 'code_postal' | 'code_insee', message: Message) => void,
): Place['address'] {
  const street = [clean(fields.complement_adresse), clean(fields.adresse)].filter(Boolean).join(', ');
  const postcode = code5(fields.code_postal);
  const insee = code5(fields.code_insee);
  const rawPostcode = clean(fields.code_postal);
  const rawInsee = clean(fields.code_insee);
  if (rawPostcode && !(postcode && isPostcode(postcode))) note('code_postal', { fr: `code postal illisible « ${rawPostcode} », ignoré`, en: `unreadable postcode "${rawPostcode}", ignored` });
  if (rawInsee && !insee) note('code_insee', { fr: `code INSEE illisible « ${rawInsee} », ignoré`, en: `unreadable INSEE code "${rawInsee}", ignored` });
  return {
    ...(street ? { street: truncate(street, LIMITS.street) } : {}),
    ...(postcode && isPostcode(postcode) ? { postcode } : {}),
    city: truncate(city, LIMITS.city),
    ...(insee ? { insee } : {}),
  };
}

/**
 * The empty catalogue an importer of a national source fills: the caller's name, territory and
 * date win over the source's own; licence, attribution and the source entry come from the source.
 */
export function sourceCatalogue(
  source: CatalogueSource,
  own: { name: string; territory?: string; attribution: string },
  options: { name?: string; territory?: string; updated?: string },
): Catalogue {
  return {
    version: 1,
    name: options.name ?? own.name,
    territory: options.territory ?? own.territory ?? '',
    updated: options.updated ?? '',
    licence: source.licence,
    attribution: own.attribution,
    sources: [{ ...source }],
    places: [],
  };
}

/**
 * Gathers the places of an import in file order: a record's notes are kept, a skipped record is
 * said, an id seen before is skipped (the first wins), and the catalogue's date defaults to the
 * latest record date and its territory to the places' départements.
 */
export class PlaceCollector {
  readonly issues: ImportIssue[];
  private readonly seen = new Set<string>();
  private latest = '';

  constructor(
    private readonly catalogue: Catalogue,
    issues: ImportIssue[] = [],
  ) {
    this.issues = issues;
  }

  /** Whether an id is already taken (to skip a duplicate before building its place). */
  has(id: string): boolean {
    return this.seen.has(id);
  }

  add(r: RecordOutcome, recordName: string, at: { line?: number }): void {
    for (const issue of r.issues) this.issues.push({ ...at, ...issue });
    if ('skip' in r) {
      this.issues.push({ severity: 'skipped', ...at, record: recordName, message: r.skip });
      return;
    }
    if (this.seen.has(r.place.id)) {
      this.issues.push({ severity: 'skipped', ...at, record: recordName, field: 'id', message: DUPLICATE_ID });
      return;
    }
    this.seen.add(r.place.id);
    if (r.place.updated && r.place.updated > this.latest) this.latest = r.place.updated;
    this.catalogue.places.push(r.place);
  }

  /** Fills the catalogue's date and territory when the caller did not give them. */
  finish(options: { updated?: string; territory?: string }): void {
    if (!options.updated && this.latest) this.catalogue.updated = this.latest;
    if (!options.territory) this.catalogue.territory = territoryOf(this.catalogue.places);
  }
}

export const DUPLICATE_ID: Message = { fr: 'identifiant déjà vu plus haut', en: 'id already seen above' };
