/**
 * The fixed vocabularies of catalogue format v1: place kinds and needs.
 *
 * This module owns the ids and their short labels in French and English. It is data shared
 * by the schema, the validator, the thesaurus (search) and the interface. Residents' synonyms
 * live in the thesaurus, not here.
 */

/** Kinds of place, catalogue format v1. */
export const PLACE_KINDS = [
  'france-services',
  'ccas',
  'centre-social',
  'espace-numerique',
  'solidarites',
  'permanence',
  'bus',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Needs a place can answer, catalogue format v1. */
export const NEED_IDS = [
  'caf',
  'sante',
  'emploi',
  'impots',
  'retraite',
  'msa',
  'papiers',
  'justice',
  'logement',
  'energie',
  'numerique',
  'aide-sociale',
  'ecrivain-public',
  'handicap',
  // Added after the first fourteen (format v1 is additive: a catalogue without it stays valid):
  // general help with administrative procedures, the need residents name most often without
  // knowing which office handles it ("remplir un dossier", "un courrier que je ne comprends pas").
  'demarches',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

/** The national partner set every France services place covers. */
export const FRANCE_SERVICES_NEEDS: readonly NeedId[] = [
  'caf',
  'sante',
  'emploi',
  'impots',
  'retraite',
  'msa',
  'papiers',
  'justice',
  'energie',
  'numerique',
];

export interface Label {
  fr: string;
  en: string;
}

/** Short labels for kinds, as residents read them. */
export const KIND_LABELS: Record<PlaceKind, Label> = {
  'france-services': { fr: 'France services', en: 'France services' },
  ccas: { fr: 'CCAS / CIAS (action sociale de la commune)', en: 'Municipal social action centre (CCAS/CIAS)' },
  'centre-social': { fr: 'Centre social', en: 'Community centre' },
  'espace-numerique': { fr: 'Aide au numérique', en: 'Digital help point' },
  solidarites: { fr: 'Service social du département', en: 'Departmental social services' },
  permanence: { fr: 'Permanence sociale', en: 'Social drop-in session' },
  bus: { fr: 'Bus itinérant', en: 'Mobile service bus' },
};

/** Short labels for needs, as residents read them ("Répond à : impôts"); the thesaurus adds
 * descriptions and the words people type. */
export const NEED_LABELS: Record<NeedId, Label> = {
  caf: { fr: 'CAF, allocations', en: 'Family benefits (CAF)' },
  sante: { fr: 'Santé, assurance maladie', en: 'Health insurance' },
  emploi: { fr: 'Emploi, France Travail', en: 'Jobs (France Travail)' },
  impots: { fr: 'Impôts', en: 'Taxes' },
  retraite: { fr: 'Retraite', en: 'Pensions' },
  msa: { fr: 'MSA (agriculture)', en: 'MSA (farm workers)' },
  papiers: { fr: "Papiers : identité, permis, carte grise", en: 'ID, passport, licence, registration' },
  justice: { fr: 'Justice, accès au droit', en: 'Legal help' },
  logement: { fr: 'Logement', en: 'Housing' },
  energie: { fr: 'Énergie', en: 'Energy' },
  numerique: { fr: 'Aide au numérique', en: 'Digital help' },
  'aide-sociale': { fr: 'Aide sociale', en: 'Social aid' },
  'ecrivain-public': { fr: 'Courriers et formulaires', en: 'Letters and forms' },
  handicap: { fr: 'Handicap, MDPH', en: 'Disability (MDPH)' },
  demarches: { fr: 'Aide aux démarches administratives', en: 'Help with administrative procedures' },
};

export const isPlaceKind = (v: unknown): v is PlaceKind =>
  typeof v === 'string' && (PLACE_KINDS as readonly string[]).includes(v);
export const isNeedId = (v: unknown): v is NeedId =>
  typeof v === 'string' && (NEED_IDS as readonly string[]).includes(v);
