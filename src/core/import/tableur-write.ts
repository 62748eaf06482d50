/**
 * A catalogue written as the staff spreadsheet (the inverse of ./tableur.ts): the template's
 * columns in its order, one row per place, a bus's stops on rows of their own that name the bus,
 * hours as day columns, needs and kinds as the words the importer reads back.
 *
 * What the spreadsheet cannot hold is named in `notes` (hours with rules beyond a weekly
 * timetable, closing on public holidays, a stop's visit frequency, the source), so staff know
 * what a round trip through the spreadsheet would lose. A place whose point is only its
 * commune's centre gets empty coordinates and its INSEE code, which the importer turns back into
 * `precision: commune` when given the communes (the editor and `--communes` do).
 *
 * Cells go through the export CSV writer (formula-injection guard, quoting for `;` and `,`),
 * coordinates as numbers so a negative longitude is never taken for a formula.
 *
 * DOM-free; never throws.
 */
import type { Catalogue, Place, Stop } from '../catalogue/types.js';
import { csvCell, type CsvCell } from '../export/csv.js';
import { NEED_THESAURUS } from '../needs/thesaurus.js';
import { KIND_LABELS, NEED_LABELS, type NeedId, type PlaceKind } from '../needs/vocabulary.js';
import { hoursToDays } from './day-hours.js';
import { TABLEUR_COLUMNS, kindFromWords, needsFromWords } from './tableur.js';

export interface TableurNote {
  /** The place's id, and the stop's for a stop row. */
  placeId: string;
  stopId?: string;
  message: { fr: string; en: string };
}

export interface TableurWriteResult {
  /** UTF-8 with a byte-order mark, `;`-separated, CRLF: what French spreadsheet software opens as is. */
  text: string;
  rows: number;
  notes: TableurNote[];
}

const DAY_KEYS = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'h_dimanche'] as const;

const needWordCache = new Map<NeedId, string>();
/** The plainest word the importer reads back as exactly this need (the label, else a thesaurus term, else the id). */
export function needWord(id: NeedId): string {
  let w = needWordCache.get(id);
  if (w === undefined) {
    const candidates = [NEED_LABELS[id].fr, ...NEED_THESAURUS[id].terms, id];
    w = candidates.find((c) => {
      const r = needsFromWords(c);
      return r.unknown.length === 0 && r.needs.length === 1 && r.needs[0] === id;
    }) ?? id;
    needWordCache.set(id, w);
  }
  return w;
}

/** The kind as the template writes it ("CCAS / CIAS", "Centre social"), checked against the reader. */
export function kindWord(kind: PlaceKind): string {
  const short = KIND_LABELS[kind].fr.split(' (')[0]!;
  return kindFromWords(short) === kind ? short : kind;
}

const yes = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'oui' : 'non');
const frDate = (iso: string | undefined): string => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
};

function hoursCells(hours: string | undefined, lost: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!hours) return out;
  const d = hoursToDays(hours);
  if (!d.readable) {
    lost.push('horaires illisibles');
    return out;
  }
  DAY_KEYS.forEach((k, i) => (out[k] = d.days[i]!));
  if (!d.exact) lost.push(`horaires avancés « ${hours} » (seule une semaine type est écrite)`);
  else if (d.holidaysClosed) lost.push('« fermé les jours fériés » (le tableur ne le dit pas)');
  return out;
}

function locationCells(where: Place | Stop): Record<string, CsvCell> {
  if (where.location.precision === 'commune' && where.address.insee) return {};
  return { lat: where.location.lat, lon: where.location.lon };
}

function addressCells(where: Place | Stop): Record<string, CsvCell> {
  return { street: where.address.street ?? '', postcode: where.address.postcode ?? '', city: where.address.city, insee: where.address.insee ?? '' };
}

function placeRow(p: Place, notes: TableurNote[]): Record<string, CsvCell> {
  const lost: string[] = [];
  const eq = p.equipment;
  const has = (e: NonNullable<Place['equipment']>[number]): string => (eq ? (eq.includes(e) ? 'oui' : 'non') : '');
  const row: Record<string, CsvCell> = {
    id: p.id,
    name: p.name,
    kind: kindWord(p.kind),
    ...addressCells(p),
    ...locationCells(p),
    ...hoursCells(p.hours, lost),
    hoursNote: p.hoursNote ?? '',
    needs: p.needs.map(needWord).join(', '),
    phone: p.contact?.phone ?? '',
    email: p.contact?.email ?? '',
    website: p.contact?.website ?? '',
    walkIn: p.appointment ? yes(p.appointment !== 'appointment') : '',
    byAppointment: p.appointment ? yes(p.appointment !== 'walk-in') : '',
    wheelchair: { yes: 'oui', limited: 'partiel', no: 'non', '': '' }[p.accessibility?.wheelchair ?? ''],
    computer: has('computer'),
    printer: has('printer'),
    scanner: has('scanner'),
    wifi: has('wifi'),
    phoneEq: has('phone'),
    free: yes(p.free),
    partners: (p.partners ?? []).join(', '),
    accessNote: p.accessibility?.note ?? '',
    description: p.description ?? '',
    updated: frDate(p.updated),
  };
  if (p.source) lost.push('la source');
  if (lost.length) notes.push({ placeId: p.id, message: { fr: `Non repris dans le tableur : ${lost.join(' ; ')}.`, en: `Not kept in the spreadsheet: ${lost.join('; ')}.` } });
  return row;
}

function stopRow(bus: Place, s: Stop, notes: TableurNote[]): Record<string, CsvCell> {
  const lost: string[] = [];
  const row: Record<string, CsvCell> = { name: s.name, bus: bus.name, ...addressCells(s), ...locationCells(s), ...hoursCells(s.hours, lost), hoursNote: s.hoursNote ?? '' };
  if (s.frequency) lost.push('la fréquence de passage (dates inconnues)');
  if (lost.length) notes.push({ placeId: bus.id, stopId: s.id, message: { fr: `Non repris dans le tableur : ${lost.join(' ; ')}.`, en: `Not kept in the spreadsheet: ${lost.join('; ')}.` } });
  return row;
}

/** The catalogue as the staff spreadsheet (valid places only: pass a validated catalogue). */
export function catalogueToTableur(catalogue: Pick<Catalogue, 'places'>): TableurWriteResult {
  const sep = ';';
  const notes: TableurNote[] = [];
  const records: Record<string, CsvCell>[] = [];
  for (const p of catalogue.places) {
    records.push(placeRow(p, notes));
    if (p.kind === 'bus') for (const s of p.stops ?? []) records.push(stopRow(p, s, notes));
  }
  const lines = [TABLEUR_COLUMNS.map((c) => csvCell(c.header, sep)).join(sep)];
  for (const r of records) lines.push(TABLEUR_COLUMNS.map((c) => csvCell(r[c.key] ?? '', sep)).join(sep));
  return { text: '\uFEFF' + lines.join('\r\n') + '\r\n', rows: records.length, notes };
}
