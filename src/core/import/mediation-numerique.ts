/**
 * Importer for the national "Lieux de médiation numérique" standard (ANCT, La MedNum,
 * schema 1.0.x on schema.data.gouv.fr; Licence Ouverte) → catalogue format v1. Reads the CSV
 * the Cartographie nationale publishes and its JSON form. Lists are separated by `|` (1.0) or
 * `;` (0.x), both read.
 *
 * The fields are typed here rather than taken from `@gouvfr-anct/lieux-de-mediation-numerique`:
 * that package models the Cartographie's domain objects (runtime value classes, CommonJS),
 * not the flat open-data record read here, and its registry entry names no licence
 * ("SEE LICENSE IN LICENSE.md"), so it could not be checked for a dependency.
 *
 * Reading choices:
 * - id `mednum-<id>`; `services` → needs through MEDIATION_SERVICE_ROWS (every place gets
 *   `numerique`); `Accès internet et matériel informatique` → equipment `computer`;
 * - printer, scanner and wifi are not fields of the standard: they are read from the
 *   services and the presentation text (`imprim…`, `scann…`/`numéris…`, `wifi`), the only
 *   place producers state them;
 * - kind: `bus` when `itinerance` is only `Itinérant` (the bus keeps its base point; the
 *   standard gives no stops), `france-services` for the France Services programme, else the
 *   `typologie`'s kind (same list as data·inclusion), else `espace-numerique`;
 * - accessibility: `prise_en_charge_specifique` lists the support offered; `Handicaps moteurs`
 *   means the place receives people in wheelchairs (`wheelchair: yes`); the list and the
 *   Acceslibre link (`fiche_acces_libre`) go to the note;
 * - `modalites_acces`: `Se présenter` is walk-in, the other ways are an appointment; a place
 *   that says `Ce lieu n'accueille pas de public`, or whose only support is `À distance`, is
 *   skipped (nobody can go there);
 * - `frais_a_charge`: `Gratuit` alone is free; `Payant` is not; `Gratuit sous condition` is
 *   said in the description;
 * - `dispositif_programmes_nationaux`: `Point d'accès numérique CAF` adds the `caf` need and the
 *   Caf partner, `Aidants Connect` adds help with procedures; programmes are listed as partners.
 */
import type { Message } from '../catalogue/messages.js';
import type { AppointmentPolicy, Equipment, Place, PlaceKind } from '../catalogue/types.js';
import { LIMITS } from '../catalogue/limits.js';
import { FRANCE_SERVICES_NEEDS, NEED_IDS } from '../needs/vocabulary.js';
import {
  PlaceCollector, checkHours, checkPoint, clean, firstEmail, firstWebsite, formatPhone, isoDate, readRecords, sourceCatalogue, splitList, standardAddress, truncate,
  type ImportIssue, type ImportResult,
} from './common.js';
import { networkRow, resolveNeeds, type MappedNeed } from './data-inclusion-mapping.js';
import { fold } from '../text/normalise.js';

/** The fields of a record of the standard (1.0.1); all text, as the CSV holds them. */
export interface LieuMediationNumerique {
  id: string;
  pivot?: string;
  nom: string;
  commune: string;
  code_postal: string;
  code_insee?: string;
  adresse: string;
  complement_adresse?: string;
  latitude?: string | number;
  longitude?: string | number;
  typologie?: string;
  telephone?: string;
  courriels?: string;
  site_web?: string;
  horaires?: string;
  presentation_resume?: string;
  presentation_detail?: string;
  source?: string;
  itinerance?: string;
  structure_parente?: string;
  date_maj: string;
  services?: string;
  publics_specifiquement_adresses?: string;
  prise_en_charge_specifique?: string;
  frais_a_charge?: string;
  dispositif_programmes_nationaux?: string;
  formations_labels?: string;
  autres_formations_labels?: string;
  modalites_acces?: string;
  modalites_accompagnement?: string;
  fiche_acces_libre?: string;
  prise_rdv?: string;
}

export const MEDIATION_NUMERIQUE_SOURCE = {
  name: 'ANCT, Lieux de médiation numérique (Cartographie nationale)',
  url: 'https://www.data.gouv.fr/fr/datasets/lieux-de-mediation-numerique-sur-le-territoire-national-fournis-par-data-inclusion-1/',
  licence: 'Licence Ouverte 2.0 (Etalab)',
} as const;

export interface ServiceRow {
  /** The service as the standard writes it. */
  service: string;
  needs: readonly MappedNeed[];
  equipment: readonly Equipment[];
}

/** `services` values of the standard (1.0.1) → needs and equipment; one test per row. */
export const MEDIATION_SERVICE_ROWS: readonly ServiceRow[] = [
  { service: 'Aide aux démarches administratives', needs: ['numerique', 'demarches'], equipment: [] },
  { service: 'Maîtrise des outils numériques du quotidien', needs: ['numerique'], equipment: [] },
  { service: 'Insertion professionnelle via le numérique', needs: ['numerique', 'emploi'], equipment: [] },
  { service: 'Utilisation sécurisée du numérique', needs: ['numerique'], equipment: [] },
  { service: 'Parentalité et éducation avec le numérique', needs: ['numerique'], equipment: [] },
  { service: 'Loisirs et créations numériques', needs: ['numerique'], equipment: [] },
  { service: 'Compréhension du monde numérique', needs: ['numerique'], equipment: [] },
  { service: 'Accès internet et matériel informatique', needs: ['numerique'], equipment: ['computer'] },
  { service: 'Acquisition de matériel informatique à prix solidaire', needs: ['numerique'], equipment: [] },
];
const SERVICES = new Map(MEDIATION_SERVICE_ROWS.map((r) => [fold(r.service), r]));

/** Equipment words producers write in services and presentations. */
const EQUIPMENT_WORDS: readonly [RegExp, Equipment][] = [
  [/\bimprim|\bimpression/, 'printer'],
  [/\bscann|\bnumeris/, 'scanner'],
  [/\bwi ?fi\b/, 'wifi'],
  [/\bordinateurs? en (libre )?acces|\bacces libre (a des |aux )?ordinateurs?|\bposte informatique/, 'computer'],
];

const PROGRAMME_NEEDS: Record<string, { needs: readonly MappedNeed[]; partner?: string; kind?: PlaceKind }> = {
  'france services': { needs: [...FRANCE_SERVICES_NEEDS, 'demarches'], kind: 'france-services' },
  "point d acces numerique caf": { needs: ['caf'], partner: 'Caf' },
  'aidants connect': { needs: ['demarches'], partner: 'Aidants Connect' },
};

/** 0.x values carry an explanation after ` : ` ("Gratuit : Je peux accéder…"). */
const head = (v: string): string => v.split(' : ')[0]!.trim();

export function lieuToPlace(
  lieu: Partial<Record<keyof LieuMediationNumerique, unknown>>,
  recordName: string,
): { place: Place; issues: ImportIssue[] } | { skip: Message; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const note = (field: string, message: Message): void => void issues.push({ severity: 'note', record: recordName, field, message });
  const id = clean(lieu.id);
  if (id === '') return { skip: { fr: 'pas d’identifiant (id)', en: 'no id' }, issues };
  const name = clean(lieu.nom);
  if (name === '') return { skip: { fr: 'pas de nom (nom vide)', en: 'no name (empty nom)' }, issues };
  const city = clean(lieu.commune);
  if (city === '') return { skip: { fr: 'pas de commune (commune vide)', en: 'no commune (empty commune)' }, issues };
  const access = splitList(lieu.modalites_acces).map((m) => fold(m));
  if (access.includes(fold("Ce lieu n'accueille pas de public")))
    return { skip: { fr: 'le lieu n’accueille pas de public (modalites_acces)', en: 'the place does not receive the public (modalites_acces)' }, issues };
  const support = splitList(lieu.modalites_accompagnement).map((m) => fold(head(m)));
  if (support.length > 0 && support.every((m) => m.startsWith('a distance')))
    return { skip: { fr: 'accompagnement à distance seulement (modalites_accompagnement)', en: 'remote support only (modalites_accompagnement)' }, issues };
  const point = checkPoint(lieu.latitude, lieu.longitude);
  if ('error' in point) return { skip: point.error, issues };

  const mapped: MappedNeed[] = ['numerique'];
  const equipment = new Set<Equipment>();
  const partners: string[] = [];
  const kinds: PlaceKind[] = [];
  for (const s of splitList(lieu.services)) {
    const row = SERVICES.get(fold(s));
    if (!row) {
      note('services', { fr: `service inconnu « ${s} », ignoré`, en: `unknown service "${s}", ignored` });
      continue;
    }
    mapped.push(...row.needs);
    for (const e of row.equipment) equipment.add(e);
  }
  for (const p of splitList(lieu.dispositif_programmes_nationaux)) {
    const prog = PROGRAMME_NEEDS[fold(p)];
    if (prog) {
      mapped.push(...prog.needs);
      if (prog.kind) kinds.push(prog.kind);
    }
    const partner = prog?.partner ?? p;
    if (!partners.includes(partner)) partners.push(partner);
  }
  for (const t of splitList(lieu.typologie)) {
    const row = networkRow(t);
    if (!row) continue;
    mapped.push(...row.needs);
    if (row.kind) kinds.push(row.kind);
  }
  const text = fold([lieu.services, lieu.presentation_resume, lieu.presentation_detail].map(clean).join(' '));
  for (const [re, e] of EQUIPMENT_WORDS) if (re.test(text)) equipment.add(e);

  const itinerance = splitList(lieu.itinerance).map((v) => fold(v));
  const itinerant = itinerance.includes('itinerant') && !itinerance.includes('fixe');
  const kind: PlaceKind = itinerant ? 'bus' : (kinds.find((k) => k === 'france-services') ?? kinds.find((k) => k !== 'bus') ?? 'espace-numerique');

  const address = standardAddress(lieu, city, note);

  const place: Place = {
    id: `mednum-${id}`.slice(0, LIMITS.id),
    name: truncate(name, LIMITS.name),
    kind,
    needs: resolveNeeds(mapped, NEED_IDS),
    address,
    location: { lat: point.lat, lon: point.lon, precision: 'exact' },
  };
  const h = checkHours(lieu.horaires);
  if (h && 'hours' in h) place.hours = h.hours;
  else if (h) note('horaires', h.error);

  const phone = formatPhone(lieu.telephone);
  if (phone && 'error' in phone) note('telephone', phone.error);
  const mail = firstEmail(lieu.courriels);
  if (mail.dropped.length) note('courriels', { fr: `courriel non repris : ${mail.dropped.join(', ')}`, en: `e-mail not kept: ${mail.dropped.join(', ')}` });
  const web = firstWebsite(lieu.site_web);
  if (web.dropped.length) note('site_web', { fr: `lien non repris : ${web.dropped.join(', ')}`, en: `link not kept: ${web.dropped.join(', ')}` });
  if ((phone && 'phone' in phone) || mail.email || web.website)
    place.contact = {
      ...(phone && 'phone' in phone ? { phone: phone.phone } : {}),
      ...(mail.email ? { email: mail.email } : {}),
      ...(web.website ? { website: web.website } : {}),
    };

  if (access.length) {
    const walkIn = access.includes('se presenter');
    const other = access.some((a) => a !== 'se presenter');
    const policy: AppointmentPolicy = walkIn && other ? 'both' : walkIn ? 'walk-in' : 'appointment';
    place.appointment = policy;
  }
  if (equipment.size) place.equipment = (['computer', 'printer', 'scanner', 'wifi', 'phone'] as const).filter((e) => equipment.has(e));

  const care = splitList(lieu.prise_en_charge_specifique);
  const acceslibre = firstWebsite(lieu.fiche_acces_libre);
  if (clean(lieu.fiche_acces_libre) && !acceslibre.website)
    note('fiche_acces_libre', { fr: `lien Acceslibre illisible « ${clean(lieu.fiche_acces_libre)} », ignoré`, en: `unreadable Acceslibre link "${clean(lieu.fiche_acces_libre)}", ignored` });
  if (care.length || acceslibre.website) {
    const notes: string[] = [];
    if (care.length) notes.push(`Accompagnement adapté : ${care.join(', ')}.`);
    if (acceslibre.website) notes.push(`Fiche Acceslibre : ${acceslibre.website}`);
    place.accessibility = {
      ...(care.some((c) => fold(c) === 'handicaps moteurs') ? { wheelchair: 'yes' as const } : {}),
      note: truncate(notes.join(' '), LIMITS.accessibilityNote),
    };
  }
  const fees = splitList(lieu.frais_a_charge).map((f) => fold(head(f)));
  if (fees.includes('payant')) place.free = false;
  else if (fees.length > 0 && fees.every((f) => f === 'gratuit')) place.free = true;
  if (partners.length) place.partners = partners.slice(0, LIMITS.partners).map((p) => truncate(p, LIMITS.partner));

  const parts: string[] = [];
  const own = clean(lieu.presentation_detail) || clean(lieu.presentation_resume);
  if (own) parts.push(own);
  const publics = splitList(lieu.publics_specifiquement_adresses);
  if (publics.length) parts.push(`Pour : ${publics.join(', ').toLowerCase()}.`);
  if (fees.includes('gratuit sous condition')) parts.push('Gratuit sous condition (adhésion, situation, pass numérique…).');
  const rdv = firstWebsite(lieu.prise_rdv);
  if (rdv.website) parts.push(`Prendre rendez-vous : ${rdv.website}`);
  if (itinerant) parts.push('Lieu itinérant : se renseigner sur ses passages.');
  if (parts.length) place.description = truncate(parts.join('\n\n'), LIMITS.description);

  const source = clean(lieu.source);
  place.source = truncate(`Lieux de médiation numérique${source ? ` (${source})` : ''}`, LIMITS.source);
  const updated = isoDate(lieu.date_maj);
  if (updated) place.updated = updated;
  else if (clean(lieu.date_maj)) note('date_maj', { fr: `date illisible « ${clean(lieu.date_maj)} », ignorée`, en: `unreadable date "${clean(lieu.date_maj)}", ignored` });
  return { place, issues };
}

export interface MediationNumeriqueOptions {
  name?: string;
  territory?: string;
  updated?: string;
}

/** Imports a file of the standard. Never throws. */
export function importMediationNumerique(text: string, options: MediationNumeriqueOptions = {}): ImportResult {
  const catalogue = sourceCatalogue(MEDIATION_NUMERIQUE_SOURCE, { name: 'Lieux de médiation numérique', attribution: 'ANCT, Cartographie nationale des lieux d’inclusion numérique' }, options);
  const issues: ImportIssue[] = [];
  const read = readRecords(text);
  if (read.error) {
    issues.push({ severity: 'skipped', message: read.error });
    return { catalogue, read: 0, issues, unreadable: true };
  }
  const first = read.records[0]?.record;
  if (first && !('id' in first && 'nom' in first && 'services' in first)) {
    issues.push({ severity: 'skipped', line: 1, message: { fr: 'fichier inattendu : champs id, nom et services attendus (Lieux de médiation numérique)', en: 'unexpected file: fields id, nom and services expected (Lieux de médiation numérique)' } });
    return { catalogue, read: 0, issues, unreadable: true };
  }
  const places = new PlaceCollector(catalogue, issues);
  for (const [i, { record, line }] of read.records.entries()) {
    const recordName = `lieu ${clean(record['id']) || `#${i + 1}`}`;
    places.add(lieuToPlace(record, recordName), recordName, line !== undefined ? { line } : {});
  }
  places.finish(options);
  return { catalogue, read: read.records.length, issues, unreadable: false };
}
