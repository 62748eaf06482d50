/**
 * Importer for the data·inclusion standard (GIP de l'inclusion, schema 1.0.x, "structures et
 * services d'insertion"; Licence Ouverte) → catalogue format v1. Reads the JSON lists the API
 * and data.gouv.fr publish, and their CSV forms.
 *
 * Reading choices:
 * - one place per structure, id `di-<structure id>`; its services (joined on `structure_id`)
 *   bring needs through ./data-inclusion-mapping.ts, with the structure's own network
 *   (`reseaux_porteurs`, or `typologie` in 0.x files), which also gives the kind and partners;
 * - only services met in person count: a service whose `modes_accueil` is only `a-distance`
 *   adds no need (noted). A structure with services but none in person is skipped: residents
 *   cannot go there;
 * - kind: the network's; else `espace-numerique` when every need is digital help; else
 *   `permanence` (the catalogue's generic "social drop-in" kind);
 * - `horaires_accueil` (OSM syntax; `horaires_ouverture` in 0.x) checked by the hours engine;
 *   a structure without hours takes those its in-person services share;
 * - appointment from `modes_mobilisation` (`modes_orientation_beneficiaire` in 0.x):
 *   `se-presenter` means walk-in, the other modes mean an appointment;
 * - `frais`: free when every in-person service says `gratuit`, not free when one says
 *   `payant` or `adhesion`; the details go to the description, with `publics` (`profils` in
 *   0.x) and the services' names, since the catalogue has no field of its own for them;
 * - `accessibilite_lieu` (an Acceslibre link) becomes the accessibility note: the standard
 *   says nothing about step-free access itself, so `wheelchair` is never guessed;
 * - phones in E.164 are written for people (`+33123456789` → `01 23 45 67 89`);
 * - a structure is skipped, with its reason, when it has no id, no name, no commune, no usable
 *   point, or no need this widget knows; a bad optional value is dropped and noted.
 */
import type { Message } from '../catalogue/messages.js';
import type { AppointmentPolicy, Place, PlaceKind } from '../catalogue/types.js';
import { LIMITS } from '../catalogue/limits.js';
import { isRecord } from '../is-record.js';
import { NEED_IDS, type NeedId } from '../needs/vocabulary.js';
import {
  PlaceCollector, DUPLICATE_ID, checkHours, checkPoint, clean, firstEmail, firstWebsite, formatPhone, isoDate, readRecords, sourceCatalogue, standardAddress, truncate,
  type ImportIssue, type ImportResult,
} from './common.js';
import { networkRow, resolveNeeds, thematiqueRow, typeRow, type MappedNeed } from './data-inclusion-mapping.js';

export const DATA_INCLUSION_SOURCE = {
  name: 'data·inclusion (GIP de l’inclusion), structures et services',
  url: 'https://www.data.gouv.fr/fr/datasets/referentiel-de-loffre-dinsertion-liste-des-structures-et-services-dinsertion/',
  licence: 'Licence Ouverte 2.0 (Etalab)',
} as const;

export interface DataInclusionOptions {
  name?: string;
  territory?: string;
  /** Date of the extraction (ISO); default: the latest `date_maj` read. */
  updated?: string;
}

type Rec = Record<string, unknown>;

/**
 * A list field as the standard's JSON (`["a","b"]`) or its CSV forms: a JSON list in a cell,
 * a Postgres array `{a,b}`, or values separated by `,` `;` or `|`.
 */
export function listField(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(clean).filter((s) => s !== '');
  let t = clean(v);
  if (t === '') return [];
  if (t.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.map(clean).filter((s) => s !== '');
    } catch {
      // Not JSON after all: read it as a separated list below.
    }
    t = t.slice(1, t.endsWith(']') ? -1 : undefined);
  } else if (t.startsWith('{') && t.endsWith('}')) t = t.slice(1, -1);
  return t
    .split(/[,;|]/)
    .map((s) => s.trim().replace(/^["']|["']$/g, ''))
    .filter((s) => s !== '');
}

/** The first present field among a 1.0 name and its 0.x predecessors. */
function pick(r: Rec, ...keys: string[]): unknown {
  for (const k of keys) if (r[k] !== undefined && r[k] !== null && clean(r[k]) !== '') return r[k];
  for (const k of keys) if (Array.isArray(r[k])) return r[k];
  return undefined;
}

interface ServiceSummary {
  name: string;
  needs: MappedNeed[];
  inPerson: boolean;
  hours?: string;
  modes: string[];
  frais: string[];
  fraisDetail: string;
  publics: string[];
  professionalsOnly: boolean;
  updated?: string;
}

const FREE_VALUES = new Set(['gratuit']);
const PAID_VALUES = new Set(['payant', 'adhesion']);
const PUBLIC_LABELS: Record<string, string> = {
  'tous-publics': 'tous publics',
  actifs: 'actifs',
  'beneficiaires-des-minimas-sociaux': 'bénéficiaires des minima sociaux',
  'demandeurs-emploi': 'demandeurs d’emploi',
  etudiants: 'étudiants',
  familles: 'familles',
  femmes: 'femmes',
  jeunes: 'jeunes',
  'personnes-en-situation-de-handicap': 'personnes en situation de handicap',
  'personnes-en-situation-durgence': 'personnes en situation d’urgence',
  'personnes-en-situation-juridique-specifique': 'personnes en situation juridique spécifique',
  'personnes-exilees': 'personnes exilées',
  'residents-qpv-frr': 'résidents en QPV ou FRR',
  seniors: 'seniors',
};
const publicLabel = (p: string): string => PUBLIC_LABELS[p] ?? p.replace(/-/g, ' ');

function summariseService(s: Rec, recordName: string, issues: ImportIssue[]): ServiceSummary {
  const needs: MappedNeed[] = [];
  for (const t of listField(s['thematiques'])) {
    const row = thematiqueRow(t);
    if (row) needs.push(...row.needs);
    else issues.push({ severity: 'note', record: recordName, field: 'thematiques', message: { fr: `thématique inconnue « ${t} », ignorée`, en: `unknown thematique "${t}", ignored` } });
  }
  for (const t of listField(pick(s, 'type', 'types'))) {
    const row = typeRow(t);
    if (row) needs.push(...row.needs);
    else issues.push({ severity: 'note', record: recordName, field: 'type', message: { fr: `type de service inconnu « ${t} », ignoré`, en: `unknown service type "${t}", ignored` } });
  }
  const modesAccueil = listField(s['modes_accueil']).map((m) => m.toLowerCase());
  const inPerson = modesAccueil.length === 0 || modesAccueil.includes('en-presentiel');
  const h = checkHours(pick(s, 'horaires_accueil', 'recurrence'));
  if (h && 'error' in h) issues.push({ severity: 'note', record: recordName, field: 'horaires_accueil', message: h.error });
  const publics = listField(pick(s, 'publics', 'profils')).map((p) => p.toLowerCase());
  if (publics.includes('tous-publics') && publics.length > 1)
    issues.push({
      severity: 'note',
      record: recordName,
      field: 'publics',
      message: { fr: '« tous-publics » ne peut pas être combiné à d’autres publics : gardé seul', en: '"tous-publics" cannot be combined with other publics: kept alone' },
    });
  const mobilisablePar = listField(s['mobilisable_par']).map((m) => m.toLowerCase());
  const updated = isoDate(s['date_maj']);
  return {
    name: clean(s['nom']),
    needs,
    inPerson,
    ...(h && 'hours' in h ? { hours: h.hours } : {}),
    modes: listField(pick(s, 'modes_mobilisation', 'modes_orientation_beneficiaire')).map((m) => m.toLowerCase()),
    frais: listField(s['frais']).map((f) => f.toLowerCase()),
    fraisDetail: clean(pick(s, 'frais_precisions', 'frais_autres')),
    publics: publics.includes('tous-publics') ? ['tous-publics'] : publics,
    professionalsOnly: mobilisablePar.length > 0 && !mobilisablePar.includes('usagers'),
    ...(updated ? { updated } : {}),
  };
}

function appointmentOf(services: ServiceSummary[]): AppointmentPolicy | undefined {
  const modes = services.flatMap((s) => s.modes);
  if (modes.length === 0) return undefined;
  const walkIn = modes.some((m) => m.includes('presenter'));
  const other = modes.some((m) => !m.includes('presenter'));
  return walkIn && other ? 'both' : walkIn ? 'walk-in' : 'appointment';
}

function freeOf(services: ServiceSummary[]): boolean | undefined {
  const frais = services.flatMap((s) => s.frais);
  if (frais.length === 0) return undefined;
  if (frais.some((f) => PAID_VALUES.has(f))) return false;
  if (frais.every((f) => FREE_VALUES.has(f)) && services.every((s) => s.frais.length > 0)) return true;
  return undefined;
}


function description(structure: Rec, services: ServiceSummary[]): string | undefined {
  const parts: string[] = [];
  const own = clean(pick(structure, 'description', 'presentation_detail', 'presentation_resume'));
  if (own) parts.push(own);
  const names = [...new Set(services.map((s) => s.name).filter(Boolean))];
  if (names.length) parts.push(`Services : ${names.join(' ; ')}.`);
  const publics = [...new Set(services.flatMap((s) => s.publics))];
  if (publics.length && !(publics.length === 1 && publics[0] === 'tous-publics'))
    parts.push(`Pour : ${publics.map(publicLabel).join(', ')}.`);
  const frais = [...new Set(services.flatMap((s) => s.frais))];
  const details = [...new Set(services.map((s) => s.fraisDetail).filter(Boolean))];
  if (frais.some((f) => !FREE_VALUES.has(f)) || details.length)
    parts.push(`Frais : ${[...frais.map((f) => f.replace(/-/g, ' ')), ...details].join(' ; ')}.`);
  if (services.length && services.every((s) => s.professionalsOnly)) parts.push('Sur orientation d’un professionnel.');
  const text = parts.join('\n\n');
  return text ? truncate(text, LIMITS.description) : undefined;
}

function kindOf(networkKinds: PlaceKind[], needs: NeedId[]): PlaceKind {
  if (networkKinds[0]) return networkKinds[0];
  if (needs.length > 0 && needs.every((n) => n === 'numerique')) return 'espace-numerique';
  return 'permanence';
}

/** Converts one structure and its services. */
export function structureToPlace(
  structure: Rec,
  services: Rec[],
  recordName: string,
): { place: Place; issues: ImportIssue[] } | { skip: Message; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const id = clean(structure['id']);
  if (id === '') return { skip: { fr: 'pas d’identifiant (id)', en: 'no id' }, issues };
  let name = clean(structure['nom']);
  if (name === '') return { skip: { fr: 'pas de nom (nom vide)', en: 'no name (empty nom)' }, issues };
  if (/[^.]\.$/.test(name)) {
    name = name.slice(0, -1);
    issues.push({ severity: 'note', record: recordName, field: 'nom', message: { fr: 'point final retiré du nom', en: 'final full stop removed from the name' } });
  }
  const city = clean(structure['commune']);
  if (city === '') return { skip: { fr: 'pas de commune (commune vide)', en: 'no commune (empty commune)' }, issues };
  const point = checkPoint(structure['latitude'], structure['longitude']);
  if ('error' in point) return { skip: point.error, issues };

  const summaries = services.map((s, i) => summariseService(s, `${recordName} › service ${clean(s['id']) || `#${i + 1}`}`, issues));
  const inPerson = summaries.filter((s) => s.inPerson);
  for (const [i, s] of summaries.entries())
    if (!s.inPerson)
      issues.push({
        severity: 'note',
        record: `${recordName} › service ${clean(services[i]!['id']) || `#${i + 1}`}`,
        field: 'modes_accueil',
        message: { fr: 'service à distance seulement : ses besoins ne sont pas comptés', en: 'remote-only service: its needs are not counted' },
      });
  if (services.length > 0 && inPerson.length === 0)
    return { skip: { fr: 'aucun service en présentiel (modes_accueil : a-distance seulement)', en: 'no in-person service (modes_accueil: a-distance only)' }, issues };

  const mapped: MappedNeed[] = [];
  const kinds: PlaceKind[] = [];
  const partners: string[] = [];
  for (const code of [...listField(structure['reseaux_porteurs']), ...listField(structure['typologie']), ...listField(structure['labels_nationaux'])]) {
    const row = networkRow(code);
    if (!row) continue;
    mapped.push(...row.needs);
    if (row.kind) kinds.push(row.kind);
    if (row.partner && !partners.includes(row.partner)) partners.push(row.partner);
  }
  for (const t of listField(structure['thematiques'])) mapped.push(...(thematiqueRow(t)?.needs ?? []));
  for (const s of inPerson) mapped.push(...s.needs);
  const needs = resolveNeeds(mapped, NEED_IDS);
  if (needs.length === 0)
    return { skip: { fr: 'aucun besoin couvert par ce composant (thématiques hors démarches et aide sociale)', en: 'no need this widget covers (thematiques outside procedures and social help)' }, issues };

  const address = standardAddress(structure, city, (field, message) => void issues.push({ severity: 'note', record: recordName, field, message }));

  const place: Place = {
    id: `di-${id}`.slice(0, LIMITS.id),
    name: truncate(name, LIMITS.name),
    kind: kindOf(kinds, needs),
    needs,
    address,
    location: { lat: point.lat, lon: point.lon, precision: 'exact' },
  };

  const h = checkHours(pick(structure, 'horaires_accueil', 'horaires_ouverture'));
  if (h && 'hours' in h) place.hours = h.hours;
  else {
    if (h) issues.push({ severity: 'note', record: recordName, field: 'horaires_accueil', message: h.error });
    const shared = [...new Set(inPerson.map((s) => s.hours))];
    if (shared.length === 1 && shared[0]) place.hours = shared[0];
  }

  const phone = formatPhone(structure['telephone']);
  if (phone && 'error' in phone) issues.push({ severity: 'note', record: recordName, field: 'telephone', message: phone.error });
  const mail = firstEmail(structure['courriel']);
  if (mail.dropped.length) issues.push({ severity: 'note', record: recordName, field: 'courriel', message: { fr: `courriel ignoré : ${mail.dropped.join(', ')}`, en: `e-mail ignored: ${mail.dropped.join(', ')}` } });
  const web = firstWebsite(structure['site_web']);
  if (web.dropped.length) issues.push({ severity: 'note', record: recordName, field: 'site_web', message: { fr: `lien ignoré : ${web.dropped.join(', ')}`, en: `link ignored: ${web.dropped.join(', ')}` } });
  if ((phone && 'phone' in phone) || mail.email || web.website)
    place.contact = {
      ...(phone && 'phone' in phone ? { phone: phone.phone } : {}),
      ...(mail.email ? { email: mail.email } : {}),
      ...(web.website ? { website: web.website } : {}),
    };

  const appointment = appointmentOf(inPerson);
  if (appointment) place.appointment = appointment;
  const access = firstWebsite(pick(structure, 'accessibilite_lieu', 'accessibilite'));
  if (access.website) place.accessibility = { note: `Fiche Acceslibre : ${access.website}` };
  else if (access.dropped.length)
    issues.push({ severity: 'note', record: recordName, field: 'accessibilite_lieu', message: { fr: `lien Acceslibre illisible « ${access.dropped.join(' ')} », ignoré`, en: `unreadable Acceslibre link "${access.dropped.join(' ')}", ignored` } });
  const free = freeOf(inPerson);
  if (free !== undefined) place.free = free;
  if (partners.length) place.partners = partners;
  const desc = description(structure, inPerson);
  if (desc) place.description = desc;
  const source = clean(structure['source']);
  place.source = truncate(`data·inclusion${source ? ` (${source})` : ''}`, LIMITS.source);
  const dates = [isoDate(structure['date_maj']), ...inPerson.map((s) => s.updated)].filter((d): d is string => !!d).sort();
  if (clean(structure['date_maj']) && !isoDate(structure['date_maj']))
    issues.push({ severity: 'note', record: recordName, field: 'date_maj', message: { fr: `date illisible « ${clean(structure['date_maj'])} », ignorée`, en: `unreadable date "${clean(structure['date_maj'])}", ignored` } });
  if (dates.length) place.updated = dates[dates.length - 1]!;
  return { place, issues };
}

/**
 * Imports structures and, optionally, their services. Never throws: an unreadable file gives an
 * empty catalogue and one issue saying why.
 */
export function importDataInclusion(structuresText: string, servicesText?: string, options: DataInclusionOptions = {}): ImportResult {
  const catalogue = sourceCatalogue(
    DATA_INCLUSION_SOURCE,
    { name: 'Structures et services d’insertion (data·inclusion)', attribution: 'GIP de la Plateforme de l’inclusion, data·inclusion' },
    options,
  );
  const issues: ImportIssue[] = [];
  const structures = readRecords(structuresText);
  if (structures.error) {
    issues.push({ severity: 'skipped', record: 'structures', message: structures.error });
    return { catalogue, read: 0, issues, unreadable: true };
  }
  const first = structures.records[0]?.record;
  if (first && 'pivot' in first && 'services' in first) {
    issues.push({ severity: 'skipped', record: 'structures', message: { fr: 'ceci est un fichier Lieux de médiation numérique : utilisez « import mediation-numerique »', en: 'this is a Lieux de médiation numérique file: use "import mediation-numerique"' } });
    return { catalogue, read: 0, issues, unreadable: true };
  }
  if (first && !('id' in first && 'nom' in first)) {
    issues.push({ severity: 'skipped', record: 'structures', message: { fr: 'fichier inattendu : champs id et nom attendus (structures data·inclusion)', en: 'unexpected file: fields id and nom expected (data·inclusion structures)' } });
    return { catalogue, read: 0, issues, unreadable: true };
  }
  const byStructure = new Map<string, Rec[]>();
  if (servicesText !== undefined) {
    const services = readRecords(servicesText);
    if (services.error) {
      issues.push({ severity: 'skipped', record: 'services', message: services.error });
      return { catalogue, read: 0, issues, unreadable: true };
    }
    const ids = new Set(structures.records.map((r) => clean(r.record['id'])));
    for (const [i, { record, line }] of services.records.entries()) {
      const sid = clean(record['structure_id']);
      if (!ids.has(sid)) {
        issues.push({
          severity: 'note',
          ...(line !== undefined ? { line } : {}),
          record: `service ${clean(record['id']) || `#${i + 1}`}`,
          field: 'structure_id',
          message: { fr: `structure « ${sid} » absente du fichier des structures : service ignoré`, en: `structure "${sid}" not in the structures file: service ignored` },
        });
        continue;
      }
      const list = byStructure.get(sid);
      if (list) list.push(record);
      else byStructure.set(sid, [record]);
    }
  }
  const places = new PlaceCollector(catalogue, issues);
  for (const [i, { record, line }] of structures.records.entries()) {
    const recordName = `structure ${clean(record['id']) || `#${i + 1}`}`;
    const at = line !== undefined ? { line } : {};
    if (clean(record['id']) && places.has(`di-${clean(record['id'])}`.slice(0, LIMITS.id))) {
      issues.push({ severity: 'skipped', ...at, record: recordName, field: 'id', message: DUPLICATE_ID });
      continue;
    }
    places.add(structureToPlace(isRecord(record) ? record : {}, byStructure.get(clean(record['id'])) ?? [], recordName), recordName, at);
  }
  places.finish(options);
  return { catalogue, read: structures.records.length, issues, unreadable: false };
}
