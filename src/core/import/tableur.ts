/**
 * The staff spreadsheet: a CSV with French headers a town-hall secretary understands, one row
 * per place or per bus stop, turned into a catalogue. Owns the columns (TABLEUR_COLUMNS), the
 * template (data/templates/lieux-modele.csv is `tableurTemplate()`), and the reading of each
 * cell with a fix in plain French for every problem.
 *
 * Reading choices:
 * - headers are matched folded (case, accents, and the hint in brackets do not matter), in any
 *   order; unknown columns are named and ignored; a file without "Nom" and "Commune" is refused;
 * - hours are day columns in the national France services format (`09:00 - 12:00 / 13:30 - 17:00`,
 *   read by ./france-services-hours.ts, with the same hand-typed variants), plus Sunday;
 * - needs are plain words from the residents' thesaurus ("CAF, impôts, aide administrative"),
 *   matched folded; an unknown word is named with the nearest known word;
 * - a row that names a bus in "Arrêt du bus" is a stop of that bus (the bus's own row may come
 *   before or after);
 * - without latitude and longitude, the commune's centre is used (`precision: commune`) when a
 *   list of communes is given (the CLI passes data/communes.json), found by INSEE code, else
 *   by name and postcode;
 * - a row missing what a place needs (name, type, commune, a point, a need) is skipped; a bad
 *   optional value (an e-mail, a yes/no, one day's hours) is dropped and the row kept. Both are
 *   named with the line, the column (header and spreadsheet letter) and what to write instead.
 * - ids: the "Identifiant" column, else `<nom>-<commune>` folded; fill the column to keep an
 *   id when a place is renamed.
 */
import type { Message } from '../catalogue/messages.js';
import type { Accessibility, AppointmentPolicy, Catalogue, Equipment, Location, Place, PlaceKind, Stop } from '../catalogue/types.js';
import { LIMITS } from '../catalogue/limits.js';
import { NEED_THESAURUS, KIND_THESAURUS } from '../needs/thesaurus.js';
import { KIND_LABELS, NEED_IDS, PLACE_KINDS, type NeedId } from '../needs/vocabulary.js';
import { editDistance } from '../text/fuzzy.js';
import { fold } from '../text/normalise.js';
import { territoryOf, checkPoint, clean, code5, formatPhone, isoDate, parseCsv, slug, firstEmail, firstWebsite, type ImportIssue, type ImportResult } from './common.js';
import { FS_DAY_COLUMNS, dayColumnsToOsm, formatRanges, parseDayValue, type FsDayColumn } from './france-services-hours.js';
import { isPostcode } from '../catalogue/commune-codes.js';

export interface TableurColumn {
  key: string;
  /** The header as the template writes it. */
  header: string;
  /** Other headers accepted (folded comparison). */
  aliases?: readonly string[];
  /** Example values for the template's two rows (a place, then a bus stop). */
  examples: readonly [string, string];
}

const DAY_HEADERS: Record<FsDayColumn | 'h_dimanche', string> = {
  h_lundi: 'Lundi',
  h_mardi: 'Mardi',
  h_mercredi: 'Mercredi',
  h_jeudi: 'Jeudi',
  h_vendredi: 'Vendredi',
  h_samedi: 'Samedi',
  h_dimanche: 'Dimanche',
};

export const TABLEUR_COLUMNS: readonly TableurColumn[] = [
  { key: 'id', header: 'Identifiant (facultatif)', aliases: ['id'], examples: ['', ''] },
  { key: 'name', header: 'Nom du lieu ou de l’arrêt', aliases: ['nom', 'nom du lieu', 'lieu'], examples: ['CCAS de Figeac', 'Place de la mairie'] },
  { key: 'kind', header: 'Type de lieu', aliases: ['type'], examples: ['CCAS', ''] },
  { key: 'bus', header: 'Arrêt du bus (nom du bus)', aliases: ['arret du bus', 'bus', 'arret de'], examples: ['', 'Bus France services du Ségala'] },
  { key: 'street', header: 'Adresse', aliases: ['rue', 'adresse postale'], examples: ['Hôtel de ville, place Vival', 'Place de la mairie'] },
  { key: 'postcode', header: 'Code postal', aliases: ['cp'], examples: ['46100', '46120'] },
  { key: 'city', header: 'Commune', aliases: ['ville'], examples: ['Figeac', 'Leyme'] },
  { key: 'insee', header: 'Code INSEE (facultatif)', aliases: ['code insee', 'insee'], examples: ['46102', '46170'] },
  { key: 'lat', header: 'Latitude', aliases: ['lat'], examples: ['44.6086', '44.7867'] },
  { key: 'lon', header: 'Longitude', aliases: ['lon', 'lng'], examples: ['2.0317', '1.8983'] },
  ...Object.entries<string>(DAY_HEADERS).map(([key, header]): TableurColumn => ({
    key,
    header,
    examples: key === 'h_lundi' || key === 'h_jeudi'
      ? ['09:00 - 12:00 / 13:30 - 17:00', key === 'h_jeudi' ? '09:00 - 12:00' : '']
      : key === 'h_dimanche' || key === 'h_samedi'
        ? ['', '']
        : ['09:00 - 12:00 / 13:30 - 17:00', ''],
  })),
  { key: 'hoursNote', header: 'Précisions sur les horaires', aliases: ['precisions horaires', 'remarques horaires'], examples: ['Fermé en août', 'Le jeudi des semaines paires'] },
  { key: 'needs', header: 'Besoins (mots séparés par des virgules)', aliases: ['besoins', 'demarches'], examples: ['CAF, aide sociale, logement, courrier', 'CAF, impôts, carte grise, aide numérique'] },
  { key: 'phone', header: 'Téléphone', aliases: ['tel', 'telephone'], examples: ['05 65 50 05 40', '05 65 11 22 33'] },
  { key: 'email', header: 'Courriel', aliases: ['email', 'e mail', 'mail', 'adresse mail'], examples: ['ccas@ville-figeac.fr', ''] },
  { key: 'website', header: 'Site internet', aliases: ['site', 'site web'], examples: ['https://www.ville-figeac.fr/', ''] },
  { key: 'walkIn', header: 'Sans rendez-vous (oui/non)', aliases: ['sans rendez vous', 'sans rdv'], examples: ['oui', 'oui'] },
  { key: 'byAppointment', header: 'Sur rendez-vous (oui/non)', aliases: ['sur rendez vous', 'sur rdv', 'rendez vous'], examples: ['oui', 'non'] },
  { key: 'wheelchair', header: 'Accès fauteuil roulant (oui/non/partiel)', aliases: ['acces fauteuil roulant', 'fauteuil roulant', 'acces pmr', 'pmr'], examples: ['oui', 'partiel'] },
  { key: 'computer', header: 'Ordinateur en libre accès (oui/non)', aliases: ['ordinateur', 'ordinateur en libre acces'], examples: ['non', 'oui'] },
  { key: 'printer', header: 'Imprimante (oui/non)', aliases: ['imprimante'], examples: ['oui', 'oui'] },
  { key: 'scanner', header: 'Scanner (oui/non)', aliases: ['scanner'], examples: ['non', 'oui'] },
  { key: 'wifi', header: 'Wifi (oui/non)', aliases: ['wifi', 'wi fi'], examples: ['non', 'oui'] },
  { key: 'phoneEq', header: 'Téléphone à disposition (oui/non)', aliases: ['telephone a disposition'], examples: ['non', 'non'] },
  { key: 'free', header: 'Gratuit (oui/non)', aliases: ['gratuit'], examples: ['oui', 'oui'] },
  { key: 'partners', header: 'Partenaires (séparés par des virgules)', aliases: ['partenaires'], examples: ['Caf, Département du Lot', 'Caf, Assurance maladie, DGFiP'] },
  { key: 'accessNote', header: 'Accessibilité (précisions)', aliases: ['accessibilite', 'precisions accessibilite'], examples: ['Boucle magnétique à l’accueil', ''] },
  { key: 'description', header: 'Description', aliases: ['presentation'], examples: ['Aide sociale, domiciliation, aide pour les courriers.', ''] },
  { key: 'updated', header: 'Mis à jour le (JJ/MM/AAAA)', aliases: ['mis a jour le', 'mise a jour', 'date de mise a jour'], examples: ['02/09/2024', '02/09/2024'] },
];

/** The bus of the template's stop row, so that the example is complete. */
const TEMPLATE_BUS_ROW: Record<string, string> = {
  name: 'Bus France services du Ségala',
  kind: 'bus',
  street: 'Maison des services, 2 avenue de la Gare',
  postcode: '46120',
  city: 'Lacapelle-Marival',
  lat: '44.7275',
  lon: '1.9261',
  needs: 'CAF, impôts, carte grise, retraite, aide numérique',
  phone: '05 65 40 00 00',
  walkIn: 'oui',
  byAppointment: 'oui',
  free: 'oui',
  updated: '02/09/2024',
};

const norm = (s: string): string => fold(s.replace(/\(.*?\)/g, ''));
const HEADER_KEYS = new Map<string, string>();
for (const c of TABLEUR_COLUMNS) {
  HEADER_KEYS.set(norm(c.header), c.key);
  for (const a of c.aliases ?? []) HEADER_KEYS.set(norm(a), c.key);
}

/** A CSV cell, quoted when it must be. */
const cell = (v: string, sep: string): string => (/["\r\n]/.test(v) || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The template: the header and three example rows (a place, a bus, one stop of that bus),
 * `;`-separated with CRLF line ends, as French spreadsheet software writes and reads it.
 */
export function tableurTemplate(): string {
  const sep = ';';
  const rows = [
    TABLEUR_COLUMNS.map((c) => c.header),
    TABLEUR_COLUMNS.map((c) => c.examples[0]),
    TABLEUR_COLUMNS.map((c) => TEMPLATE_BUS_ROW[c.key] ?? ''),
    TABLEUR_COLUMNS.map((c) => c.examples[1]),
  ];
  return rows.map((r) => r.map((v) => cell(v, sep)).join(sep)).join('\r\n') + '\r\n';
}

/** Column letters as a spreadsheet shows them (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A commune centre, as the gazetteer (data/communes.json) holds it. */
export interface CommuneCentre {
  name: string;
  insee?: string;
  postcodes?: readonly string[];
  lat: number;
  lon: number;
}

export interface TableurOptions {
  name?: string;
  territory?: string;
  licence?: string;
  attribution?: string;
  /** ISO date of the catalogue; default: the latest "Mis à jour le", else none. */
  updated?: string;
  /** Communes whose centre stands in for missing coordinates. */
  communes?: readonly CommuneCentre[];
}

// ---- vocabularies --------------------------------------------------------------------------

const NEED_WORDS = new Map<string, NeedId>();
for (const id of NEED_IDS) {
  const e = NEED_THESAURUS[id];
  for (const t of [id, e.label.fr, ...e.terms]) {
    const k = fold(t);
    if (!NEED_WORDS.has(k)) NEED_WORDS.set(k, id);
  }
}
const KIND_WORDS = new Map<string, PlaceKind>();
for (const k of PLACE_KINDS) for (const t of [k, KIND_LABELS[k].fr, ...KIND_THESAURUS[k]]) if (!KIND_WORDS.has(fold(t))) KIND_WORDS.set(fold(t), k);
KIND_WORDS.set(fold('CCAS / CIAS'), 'ccas');

function nearest(word: string, words: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const w of words) {
    const d = editDistance(word, w, 2);
    if (d < bestD) [best, bestD] = [w, d];
  }
  return best;
}

/** Needs from plain words; unknown words come back with the nearest known word, if any. */
export function needsFromWords(text: string): { needs: NeedId[]; unknown: { word: string; suggestion?: string }[] } {
  const found = new Set<NeedId>();
  const unknown: { word: string; suggestion?: string }[] = [];
  for (const raw of text.split(/[,;/+\n]|\bet\b/)) {
    const word = raw.trim();
    if (!word) continue;
    const k = fold(word);
    const need = NEED_WORDS.get(k);
    if (need) found.add(need);
    else {
      const s = nearest(k, NEED_WORDS.keys());
      unknown.push({ word, ...(s ? { suggestion: s } : {}) });
    }
  }
  return { needs: NEED_IDS.filter((n) => found.has(n)), unknown };
}

export function kindFromWords(text: string): PlaceKind | undefined {
  return KIND_WORDS.get(fold(text));
}

type YesNo = boolean | undefined | 'bad';
function yesNo(v: string): YesNo {
  const t = fold(v);
  if (t === '') return undefined;
  if (['oui', 'o', 'yes', 'y', 'x', '1', 'vrai', 'true'].includes(t)) return true;
  if (['non', 'n', 'no', '0', 'faux', 'false'].includes(t)) return false;
  return 'bad';
}

// ---- rows ----------------------------------------------------------------------------------

interface Cells {
  get(key: string): string;
  /** "« Lundi » (colonne K)" */
  where(key: string): string;
  header(key: string): string;
}

type RowOutcome =
  | { type: 'place'; place: Place; busKey: string | undefined }
  | { type: 'stop'; busName: string; stop: Omit<Stop, 'id'> }
  | { type: 'skip' };

const fix = (problem: string, todo: string, en: string): Message => ({ fr: `${problem} À faire : ${todo}`, en });

function readRow(c: Cells, line: number, issues: ImportIssue[], options: TableurOptions): RowOutcome {
  const problems: ImportIssue[] = [];
  const add = (severity: 'skipped' | 'note', key: string, message: Message): void =>
    void problems.push({ severity, line, field: c.where(key), message });
  const name = clean(c.get('name'));
  const busName = clean(c.get('bus'));
  const isStop = busName !== '';
  if (!name) add('skipped', 'name', fix('le nom est vide.', 'écrivez le nom du lieu (ou de l’arrêt, pour un bus).', 'the name is empty: write the name of the place (or of the stop).'));
  let kind: PlaceKind | undefined;
  if (!isStop) {
    const kt = clean(c.get('kind'));
    kind = kt ? kindFromWords(kt) : undefined;
    if (!kt)
      add('skipped', 'kind', fix('le type de lieu est vide.', `écrivez l’un de : ${PLACE_KINDS.map((k) => KIND_LABELS[k].fr.split(' (')[0]).join(', ')}.`, `the kind is empty: write one of ${PLACE_KINDS.join(', ')}.`));
    else if (!kind)
      add('skipped', 'kind', fix(`type de lieu inconnu « ${kt} ».`, `écrivez l’un de : ${PLACE_KINDS.map((k) => KIND_LABELS[k].fr.split(' (')[0]).join(', ')}.`, `unknown kind "${kt}": write one of ${PLACE_KINDS.join(', ')}.`));
  }
  const city = clean(c.get('city'));
  if (!city) add('skipped', 'city', fix('la commune est vide.', 'écrivez le nom de la commune.', 'the commune is empty: write its name.'));

  // Address
  const pcRaw = clean(c.get('postcode'));
  let postcode = code5(pcRaw);
  if (pcRaw && !(postcode && isPostcode(postcode))) {
    add('note', 'postcode', fix(`code postal illisible « ${pcRaw} » (ignoré).`, 'écrivez les 5 chiffres, par exemple 46100.', `unreadable postcode "${pcRaw}" (ignored): write 5 digits.`));
    postcode = undefined;
  }
  const inseeRaw = clean(c.get('insee'));
  const insee = code5(inseeRaw);
  if (inseeRaw && !insee) add('note', 'insee', fix(`code INSEE illisible « ${inseeRaw} » (ignoré).`, 'écrivez les 5 caractères du code commune, par exemple 46102, ou laissez vide.', `unreadable INSEE code "${inseeRaw}" (ignored).`));

  // Location
  let location: Location | undefined;
  const latRaw = clean(c.get('lat'));
  const lonRaw = clean(c.get('lon'));
  if (latRaw || lonRaw) {
    const p = checkPoint(latRaw, lonRaw);
    if ('error' in p)
      add('skipped', latRaw ? 'lat' : 'lon', fix(`${p.error.fr}.`, 'copiez la latitude et la longitude depuis adresse.data.gouv.fr (par exemple 44.6086 et 2.0317), ou videz les deux cases pour prendre le centre de la commune.', `${p.error.en}.`));
    else location = { lat: p.lat, lon: p.lon, precision: 'exact' };
  }
  if (!location && !(latRaw || lonRaw) && city) {
    const centre = findCommune(options.communes ?? [], city, insee, postcode);
    if (centre) location = { lat: centre.lat, lon: centre.lon, precision: 'commune' };
    else
      add('skipped', 'lat', fix(
        `pas de coordonnées et commune « ${city} » introuvable${options.communes?.length ? '' : ' (aucune liste de communes fournie)'}.`,
        'écrivez la latitude et la longitude (adresse.data.gouv.fr les donne), ou vérifiez l’orthographe de la commune et le code INSEE.',
        `no coordinates and commune "${city}" not found: write latitude and longitude.`,
      ));
  }

  // Hours
  const days: Partial<Record<FsDayColumn, string>> = {};
  for (const d of FS_DAY_COLUMNS) days[d] = c.get(d);
  const h = dayColumnsToOsm(days);
  let hours = h.hours;
  for (const p of h.problems)
    add('note', p.column, fix(`horaires illisibles « ${p.value} » : ${p.message.fr} (horaires de ce lieu ignorés).`, 'écrivez les plages comme 09:00 - 12:00 / 13:30 - 17:00, ou laissez la case vide si c’est fermé.', `unreadable hours "${p.value}": ${p.message.en} (hours dropped).`));
  const sunday = parseDayValue(c.get('h_dimanche'));
  if ('error' in sunday)
    add('note', 'h_dimanche', fix(`horaires illisibles « ${c.get('h_dimanche')} » : ${sunday.error.fr} (dimanche ignoré).`, 'écrivez les plages comme 09:00 - 12:00.', `unreadable hours: ${sunday.error.en}.`));
  else if (sunday.ranges.length && h.problems.length === 0) hours = `${hours ? `${hours}; ` : ''}Su ${formatRanges(sunday.ranges)}`;
  const hoursNote = clean(c.get('hoursNote')).slice(0, LIMITS.hoursNote);

  if (isStop) {
    issues.push(...problems);
    if (problems.some((p) => p.severity === 'skipped') || !location || !name) return { type: 'skip' };
    const stop: Omit<Stop, 'id'> = {
      name: name.slice(0, LIMITS.name),
      address: { ...(clean(c.get('street')) ? { street: clean(c.get('street')).slice(0, LIMITS.street) } : {}), ...(postcode ? { postcode } : {}), city, ...(insee ? { insee } : {}) },
      location,
      ...(hours ? { hours } : {}),
      ...(hoursNote ? { hoursNote } : {}),
    };
    return { type: 'stop', busName, stop };
  }

  // Needs
  const needsText = clean(c.get('needs'));
  const { needs, unknown } = needsFromWords(needsText);
  for (const u of unknown)
    add('note', 'needs', fix(
      `mot inconnu « ${u.word} »${u.suggestion ? ` (vouliez-vous dire « ${u.suggestion} » ?)` : ''}.`,
      'utilisez des mots comme : CAF, impôts, carte grise, retraite, santé, emploi, logement, aide sociale, aide numérique, courrier.',
      `unknown word "${u.word}"${u.suggestion ? ` (did you mean "${u.suggestion}"?)` : ''}.`,
    ));
  if (needs.length === 0)
    add('skipped', 'needs', fix('aucun besoin reconnu.', 'écrivez au moins un besoin, par exemple « CAF, impôts, aide administrative ».', 'no need recognised: write at least one, e.g. "CAF, impôts".'));

  // Yes/no columns
  const yn = (key: string): boolean | undefined => {
    const v = yesNo(c.get(key));
    if (v === 'bad') {
      add('note', key, fix(`valeur « ${clean(c.get(key))} » non comprise (ignorée).`, 'écrivez oui ou non, ou laissez vide si vous ne savez pas.', `value "${clean(c.get(key))}" not understood: write oui or non.`));
      return undefined;
    }
    return v;
  };
  const walkIn = yn('walkIn');
  const byAppointment = yn('byAppointment');
  const appointment: AppointmentPolicy | undefined =
    walkIn && byAppointment ? 'both' : walkIn ? 'walk-in' : byAppointment ? 'appointment' : undefined;
  const equipment: Equipment[] = [];
  for (const [key, e] of [['computer', 'computer'], ['printer', 'printer'], ['scanner', 'scanner'], ['wifi', 'wifi'], ['phoneEq', 'phone']] as const)
    if (yn(key) === true) equipment.push(e);
  const free = yn('free');
  let wheelchair: Accessibility['wheelchair'];
  const wc = fold(c.get('wheelchair'));
  if (['partiel', 'partielle', 'partiellement', 'limite', 'en partie'].includes(wc)) wheelchair = 'limited';
  else {
    const v = yesNo(c.get('wheelchair'));
    if (v === 'bad') add('note', 'wheelchair', fix(`valeur « ${clean(c.get('wheelchair'))} » non comprise (ignorée).`, 'écrivez oui, non ou partiel.', 'write oui, non or partiel.'));
    else if (v !== undefined) wheelchair = v ? 'yes' : 'no';
  }

  // Contact
  const phone = formatPhone(c.get('phone'));
  if (phone && 'error' in phone) add('note', 'phone', fix(`${phone.error.fr} (ignoré).`, 'écrivez un numéro à 10 chiffres, par exemple 05 65 50 05 40.', phone.error.en));
  const emailRaw = clean(c.get('email'));
  const mail = firstEmail(emailRaw);
  if (emailRaw && !mail.email) add('note', 'email', fix(`courriel illisible « ${emailRaw} » (ignoré).`, 'écrivez une adresse comme accueil@mairie.fr.', `unreadable e-mail "${emailRaw}".`));
  const webRaw = clean(c.get('website'));
  const web = firstWebsite(webRaw);
  if (webRaw && !web.website) add('note', 'website', fix(`adresse de site illisible « ${webRaw} » (ignorée).`, 'écrivez une adresse commençant par https://', `unreadable website "${webRaw}".`));

  const updatedRaw = clean(c.get('updated'));
  const updated = isoDate(updatedRaw);
  if (updatedRaw && !updated) add('note', 'updated', fix(`date illisible « ${updatedRaw} » (ignorée).`, 'écrivez la date comme 02/09/2024.', `unreadable date "${updatedRaw}".`));

  issues.push(...problems);
  if (problems.some((p) => p.severity === 'skipped') || !kind || !location || !name || !city) return { type: 'skip' };

  const street = clean(c.get('street'));
  const place: Place = {
    id: '',
    name: name.slice(0, LIMITS.name),
    kind,
    needs,
    address: { ...(street ? { street: street.slice(0, LIMITS.street) } : {}), ...(postcode ? { postcode } : {}), city: city.slice(0, LIMITS.city), ...(insee ? { insee } : {}) },
    location,
  };
  if (hours) place.hours = hours;
  if (hoursNote) place.hoursNote = hoursNote;
  if ((phone && 'phone' in phone) || mail.email || web.website)
    place.contact = { ...(phone && 'phone' in phone ? { phone: phone.phone } : {}), ...(mail.email ? { email: mail.email } : {}), ...(web.website ? { website: web.website } : {}) };
  if (appointment) place.appointment = appointment;
  if (equipment.length) place.equipment = equipment;
  const accessNote = clean(c.get('accessNote')).slice(0, LIMITS.accessibilityNote);
  if (wheelchair || accessNote) place.accessibility = { ...(wheelchair ? { wheelchair } : {}), ...(accessNote ? { note: accessNote } : {}) };
  if (free !== undefined) place.free = free;
  const partners = c.get('partners').split(/[,;]/).map((p) => clean(p)).filter(Boolean).slice(0, LIMITS.partners).map((p) => p.slice(0, LIMITS.partner));
  if (partners.length) place.partners = partners;
  const description = clean(c.get('description')).slice(0, LIMITS.description);
  if (description) place.description = description;
  if (updated) place.updated = updated;
  const idRaw = clean(c.get('id'));
  place.id = (idRaw || slug(`${name}-${city}`) || `lieu-${line}`).slice(0, LIMITS.id);
  return { type: 'place', place, busKey: kind === 'bus' ? fold(name) : undefined };
}

function findCommune(communes: readonly CommuneCentre[], city: string, insee: string | undefined, postcode: string | undefined): CommuneCentre | undefined {
  if (insee) {
    const byCode = communes.find((c) => c.insee === insee);
    if (byCode) return byCode;
  }
  const key = fold(city);
  const named = communes.filter((c) => fold(c.name) === key);
  if (named.length <= 1) return named[0];
  return (postcode && named.find((c) => c.postcodes?.includes(postcode))) || undefined;
}

/** Reads the staff spreadsheet. Never throws. */
export function importTableur(text: string, options: TableurOptions = {}): ImportResult {
  const catalogue: Catalogue = {
    version: 1,
    name: options.name ?? 'Lieux d’accueil',
    territory: options.territory ?? '',
    updated: options.updated ?? '',
    licence: options.licence ?? 'Licence Ouverte 2.0 (Etalab)',
    attribution: options.attribution ?? options.name ?? 'Lieux d’accueil',
    places: [],
  };
  const issues: ImportIssue[] = [];
  const csv = parseCsv(text);
  if (csv.error) {
    issues.push({ severity: 'skipped', message: csv.error });
    return { catalogue, read: 0, issues, unreadable: true };
  }
  const keyOf = new Map<string, { header: string; index: number }>();
  csv.header.forEach((h, index) => {
    const key = HEADER_KEYS.get(norm(h));
    if (key && !keyOf.has(key)) keyOf.set(key, { header: h, index });
    else if (h)
      issues.push({
        severity: 'note',
        line: 1,
        field: `« ${h} » (colonne ${columnLetter(index)})`,
        message: key
          ? { fr: 'colonne en double : seule la première est lue.', en: 'duplicate column: only the first is read.' }
          : { fr: 'colonne inconnue, ignorée. À faire : reprenez les en-têtes du modèle lieux-modele.csv.', en: 'unknown column, ignored.' },
      });
  });
  const missing = ['name', 'city'].filter((k) => !keyOf.has(k));
  if (missing.length) {
    const names = missing.map((k) => `« ${TABLEUR_COLUMNS.find((c) => c.key === k)!.header} »`).join(' et ');
    issues.push({ severity: 'skipped', line: 1, message: { fr: `en-tête incomplet : colonne ${names} absente. À faire : partez du modèle lieux-modele.csv.`, en: `incomplete header: column ${names} missing.` } });
    return { catalogue, read: 0, issues, unreadable: true };
  }
  const places: Place[] = [];
  const buses = new Map<string, Place>();
  const stops: { busName: string; stop: Omit<Stop, 'id'>; line: number; where: string }[] = [];
  for (const { record, line } of csv.rows) {
    const cells: Cells = {
      get: (key) => {
        const col = keyOf.get(key);
        return col ? (record[csv.header[col.index]!] ?? '') : '';
      },
      header: (key) => keyOf.get(key)?.header ?? TABLEUR_COLUMNS.find((c) => c.key === key)?.header ?? key,
      where: (key) => {
        const col = keyOf.get(key);
        return col ? `« ${col.header} » (colonne ${columnLetter(col.index)})` : `« ${TABLEUR_COLUMNS.find((c) => c.key === key)?.header ?? key} » (colonne absente)`;
      },
    };
    const r = readRow(cells, line, issues, options);
    if (r.type === 'place') {
      places.push(r.place);
      if (r.busKey && !buses.has(r.busKey)) buses.set(r.busKey, r.place);
    } else if (r.type === 'stop') stops.push({ busName: r.busName, stop: r.stop, line, where: cells.where('bus') });
  }
  for (const s of stops) {
    const bus = buses.get(fold(s.busName));
    if (!bus) {
      issues.push({
        severity: 'skipped',
        line: s.line,
        field: s.where,
        message: fix(`aucune ligne de type « bus » ne s’appelle « ${s.busName} ».`, 'écrivez exactement le nom de la ligne du bus (Type de lieu : bus), ou ajoutez cette ligne.', `no row of kind "bus" is named "${s.busName}".`),
      });
      continue;
    }
    const list = (bus.stops ??= []);
    let id = slug(s.stop.name) || `arret-${list.length + 1}`;
    for (let n = 2; list.some((x) => x.id === id); n++) id = `${slug(s.stop.name)}-${n}`;
    list.push({ id, ...s.stop });
  }
  const ids = new Set<string>();
  let latest = '';
  for (const p of places) {
    let id = p.id;
    for (let n = 2; ids.has(id); n++) id = `${p.id}-${n}`;
    p.id = id;
    ids.add(id);
    if (p.updated && p.updated > latest) latest = p.updated;
    catalogue.places.push(p);
  }
  if (!options.updated && latest) catalogue.updated = latest;
  if (!options.territory) catalogue.territory = territoryOf(catalogue.places);
  return { catalogue, read: csv.rows.length, issues, unreadable: false };
}
