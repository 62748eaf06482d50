/**
 * Importer for the national France services open-data CSV (ANCT, "Liste des structures
 * France services", Licence Ouverte 2.0) → catalogue format v1.
 *
 * DOM-free; the only dependency is csv-parse (sync API). Owns the reading of the ANCT
 * columns; the day columns → opening_hours conversion is in ./france-services-hours.ts.
 *
 * Reading choices (documented in data/README.md too):
 * - id `fs-<id_fs>` (stable across releases of the file);
 * - `format_fs` Bus_équivalent and Itinérante → kind `bus` (the file gives no stops: the
 *   bus keeps its base point), every other format → `france-services`;
 * - `prise_rdv` Oui → appointment `both`: the France services charter asks every site to
 *   welcome people without an appointment, and "Oui" says appointments can also be booked;
 *   Non → `walk-in`; anything else → left out;
 * - needs = `demarches` and the national partner set (FRANCE_SERVICES_NEEDS), partners = the
 *   national partners, free = true, precision `exact` (the file's own point);
 * - `commentaire` (mostly about appointments and itinerant days) → hoursNote;
 * - `complement_adresse` (a building name such as "Hôtel Wilson") is put before the street;
 * - several e-mails in `mail` (`a@x.fr - b@x.fr`): the first is kept (noted);
 * - a row is skipped, with its reason, when it has no id, no name, no commune, or no usable
 *   point (missing, unreadable, impossible, outside France or swapped lat/lon);
 * - unreadable hours keep the row with unknown hours (noted).
 */
import { parse } from 'csv-parse/sync';
import { franceTerritoryOf } from '../catalogue/geo-bounds.js';
import type { Message } from '../catalogue/messages.js';
import type { Catalogue, Place } from '../catalogue/types.js';
import { FRANCE_SERVICES_NEEDS } from '../needs/vocabulary.js';
import { FS_DAY_COLUMNS, dayColumnsToOsm, type FsDayColumn } from './france-services-hours.js';
import { clean, code5, sourceCatalogue } from './common.js';
import { isPostcode } from '../catalogue/commune-codes.js';
import { bareEmail } from '../catalogue/email.js';

/** The columns the importer reads; the file may have more. */
export const FS_COLUMNS = [
  'id_fs', 'insee_dep', 'lib_fs', 'adresse', 'complement_adresse', 'insee_com', 'code_postal', 'lib_com',
  'latitude', 'longitude', 'mail', 'telephone', ...FS_DAY_COLUMNS, 'prise_rdv', 'commentaire', 'type_fs',
  'format_fs', 'groupe_fs', 'labellisation_fs',
] as const;

/** The national partners of every France services site (2024). */
export const FRANCE_SERVICES_PARTNERS: readonly string[] = [
  'Caf',
  'Assurance maladie',
  'Assurance retraite',
  'Agirc-Arrco',
  'MSA',
  'France Travail',
  'Finances publiques (DGFiP)',
  "Ministère de l'Intérieur (ANTS)",
  'Ministère de la Justice',
  'La Poste',
];

export const FRANCE_SERVICES_SOURCE = {
  name: 'ANCT, Liste des structures France services',
  url: 'https://www.data.gouv.fr/fr/datasets/liste-des-structures-france-services/',
  licence: 'Licence Ouverte 2.0 (Etalab)',
} as const;

export type FsRow = Partial<Record<(typeof FS_COLUMNS)[number], string>>;

export interface SkippedRow {
  /** Line of the file where the row ends (1 = header). */
  line: number;
  idFs?: string;
  reason: Message;
}

export interface ImportNote {
  line: number;
  idFs: string;
  message: Message;
}

export interface FranceServicesImport {
  catalogue: Catalogue;
  /** Rows read (header excluded). */
  rows: number;
  skipped: SkippedRow[];
  /** Rows kept with something dropped or adjusted (unreadable hours, extra e-mails). */
  notes: ImportNote[];
  /** True when the file is not a readable France services CSV at all (reason in `skipped`). */
  unreadable: boolean;
}

export interface ImportOptions {
  /** Date of the file (ISO), used as each place's `updated` and the catalogue's. */
  updated?: string;
  /** Keep only these departments (`insee_dep`, e.g. `['46', '02', '38']`). */
  departments?: readonly string[];
  /** Catalogue name and territory; defaults describe the national file. */
  name?: string;
  territory?: string;
}

const BUS_FORMATS = new Set(['bus_équivalent', 'bus_equivalent', 'itinérante', 'itinerante']);

function parseCoordinate(s: string | undefined): number | undefined {
  const t = clean(s).replace(',', '.');
  if (t === '' || !/^[-+]?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

function address(row: FsRow, city: string): Place['address'] {
  const street = [clean(row.complement_adresse), clean(row.adresse)].filter((s) => s !== '').join(', ');
  const postcode = code5(row.code_postal);
  const insee = code5(row.insee_com);
  return {
    ...(street ? { street } : {}),
    ...(postcode && isPostcode(postcode) ? { postcode } : {}),
    city,
    ...(insee ? { insee } : {}),
  };
}

export type RowResult = { place: Place; notes: Message[] } | { skip: Message };

/** Converts one row. `updated` is the file's date, if known. */
export function franceServicesRowToPlace(row: FsRow, updated?: string): RowResult {
  const idFs = clean(row.id_fs);
  if (idFs === '') return { skip: { fr: 'pas d’identifiant id_fs', en: 'no id_fs' } };
  const name = clean(row.lib_fs);
  if (name === '') return { skip: { fr: 'pas de nom (lib_fs vide)', en: 'no name (empty lib_fs)' } };
  const city = clean(row.lib_com);
  if (city === '') return { skip: { fr: 'pas de commune (lib_com vide)', en: 'no commune (empty lib_com)' } };
  const lat = parseCoordinate(row.latitude);
  const lon = parseCoordinate(row.longitude);
  if (lat === undefined || lon === undefined)
    return { skip: { fr: `coordonnées absentes ou illisibles (« ${clean(row.latitude)} », « ${clean(row.longitude)} »)`, en: `missing or unreadable coordinates ("${clean(row.latitude)}", "${clean(row.longitude)}")` } };
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || !franceTerritoryOf({ lat, lon })) {
    const swapped = Math.abs(lon) <= 90 && franceTerritoryOf({ lat: lon, lon: lat });
    return swapped
      ? { skip: { fr: `latitude et longitude inversées (${lat}, ${lon})`, en: `latitude and longitude swapped (${lat}, ${lon})` } }
      : { skip: { fr: `point hors de France (${lat}, ${lon})`, en: `point outside France (${lat}, ${lon})` } };
  }

  const notes: Message[] = [];
  const format = clean(row.format_fs).toLowerCase();
  const place: Place = {
    id: `fs-${idFs}`,
    name,
    kind: BUS_FORMATS.has(format) ? 'bus' : 'france-services',
    // Every site, fixed or itinerant, helps with procedures: accompanying residents in their
    // administrative procedures (information, help with online procedures, forms and files) is
    // the core mission of the label in the national France services charter (Charte nationale
    // d'engagement France services), whatever the partners.
    needs: ['demarches', ...FRANCE_SERVICES_NEEDS],
    address: address(row, city),
    location: { lat, lon, precision: 'exact' },
  };

  const days: Partial<Record<FsDayColumn, string>> = {};
  for (const c of FS_DAY_COLUMNS) days[c] = row[c] ?? '';
  const h = dayColumnsToOsm(days);
  if (h.hours) place.hours = h.hours;
  for (const p of h.problems)
    notes.push({
      fr: `horaires ignorés, ${p.column} = « ${p.value} » : ${p.message.fr}`,
      en: `hours dropped, ${p.column} = "${p.value}": ${p.message.en}`,
    });
  const comment = clean(row.commentaire);
  if (comment) place.hoursNote = comment;

  const phone = clean(row.telephone);
  const mails = clean(row.mail)
    .split(/[\s;,]+-?\s*|\s+-\s+/)
    .map((m) => m.trim())
    .filter((m) => bareEmail(m) !== null);
  if (mails.length > 1)
    notes.push({ fr: `plusieurs e-mails, le premier est gardé (${mails[0]})`, en: `several e-mails, the first is kept (${mails[0]})` });
  if (phone || mails[0]) {
    place.contact = {};
    if (phone) place.contact.phone = phone;
    if (mails[0]) place.contact.email = mails[0];
  }
  const rdv = clean(row.prise_rdv).toLowerCase();
  if (rdv === 'oui') place.appointment = 'both';
  else if (rdv === 'non') place.appointment = 'walk-in';
  place.free = true;
  place.partners = [...FRANCE_SERVICES_PARTNERS];
  const type = clean(row.type_fs);
  const formatLabel = clean(row.format_fs).replace(/_/g, ' ');
  if (type === 'Antenne' || formatLabel)
    place.description = `France services${formatLabel ? ` (${formatLabel.toLowerCase()})` : ''}${type === 'Antenne' ? ', antenne' : ''}.`;
  place.source = `${FRANCE_SERVICES_SOURCE.name}${updated ? ` (${updated})` : ''}`;
  if (updated) place.updated = updated;
  return { place, notes };
}

/** Parses the CSV text; rows come back with the line where each ends. */
export function parseFranceServicesCsv(text: string): { rows: { row: FsRow; line: number }[]; error?: Message } {
  try {
    const records = parse<{ record: Record<string, string>; info: { lines: number } }>(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      delimiter: [',', ';'],
    });
    return { rows: records.map((r) => ({ row: r.record, line: r.info.lines })) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { rows: [], error: { fr: `CSV illisible : ${msg}`, en: `Unreadable CSV: ${msg}` } };
  }
}

/**
 * Imports the whole file. Never throws: an unreadable file gives an empty catalogue and one
 * skipped entry saying why.
 */
export function importFranceServices(text: string, options: ImportOptions = {}): FranceServicesImport {
  const parsed = parseFranceServicesCsv(text);
  const catalogue = sourceCatalogue(
    FRANCE_SERVICES_SOURCE,
    {
      name: `France services${options.updated ? ` au ${options.updated}` : ''}`,
      territory: options.departments ? `départements ${options.departments.join(', ')}` : 'France',
      attribution: 'ANCT – Agence nationale de la cohésion des territoires, Liste des structures France services',
    },
    options,
  );
  const skipped: SkippedRow[] = [];
  const notes: ImportNote[] = [];
  if (parsed.error) {
    skipped.push({ line: 0, reason: parsed.error });
    return { catalogue, rows: 0, skipped, notes, unreadable: true };
  }
  const first = parsed.rows[0]?.row;
  if (first && !('id_fs' in first && 'lib_fs' in first && 'latitude' in first)) {
    skipped.push({
      line: 1,
      reason: { fr: 'en-tête inattendu : colonnes id_fs, lib_fs, latitude… attendues', en: 'unexpected header: columns id_fs, lib_fs, latitude… expected' },
    });
    return { catalogue, rows: 0, skipped, notes, unreadable: true };
  }
  const seen = new Set<string>();
  let rows = 0;
  for (const { row, line } of parsed.rows) {
    if (options.departments && !options.departments.includes(clean(row.insee_dep))) continue;
    rows++;
    const idFs = clean(row.id_fs) || undefined;
    const r = franceServicesRowToPlace(row, options.updated);
    if ('skip' in r) {
      skipped.push({ line, ...(idFs ? { idFs } : {}), reason: r.skip });
      continue;
    }
    if (seen.has(r.place.id)) {
      skipped.push({ line, ...(idFs ? { idFs } : {}), reason: { fr: `id_fs ${idFs} déjà vu plus haut`, en: `id_fs ${idFs} already seen above` } });
      continue;
    }
    seen.add(r.place.id);
    catalogue.places.push(r.place);
    for (const message of r.notes) notes.push({ line, idFs: idFs ?? '', message });
  }
  return { catalogue, rows, skipped, notes, unreadable: false };
}
