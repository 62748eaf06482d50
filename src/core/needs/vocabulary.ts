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

/** Short labels for needs, as residents read them ("Répond à : impôts"). */
export const NEED_LABELS: Record<NeedId, Label> = {
  caf: { fr: 'CAF, allocations familiales, logement, RSA', en: 'Family benefits (CAF), housing aid, RSA' },
  sante: { fr: 'Assurance maladie, carte Vitale', en: 'Health insurance, carte Vitale' },
  emploi: { fr: 'Emploi, France Travail', en: 'Employment, France Travail' },
  impots: { fr: 'Impôts', en: 'Taxes' },
  retraite: { fr: 'Retraite', en: 'Pensions' },
  msa: { fr: 'MSA (agriculteurs)', en: 'MSA (farm workers)' },
  papiers: { fr: "Papiers : carte d'identité, passeport, permis, carte grise", en: 'ID card, passport, driving licence, vehicle registration' },
  justice: { fr: 'Accès au droit, justice', en: 'Legal help, justice' },
  logement: { fr: 'Logement', en: 'Housing' },
  energie: { fr: 'Énergie, chèque énergie', en: 'Energy, chèque énergie' },
  numerique: { fr: 'Aide au numérique : ordinateur, impression, comptes en ligne', en: 'Digital help: computers, printing, online accounts' },
  'aide-sociale': { fr: 'Aide sociale, aide alimentaire, domiciliation', en: 'Social and food aid, postal address' },
  'ecrivain-public': { fr: 'Écrivain public, courriers et formulaires', en: 'Public writer, letters and forms' },
  handicap: { fr: 'Handicap, MDPH', en: 'Disability, MDPH' },
};

export const isPlaceKind = (v: unknown): v is PlaceKind =>
  typeof v === 'string' && (PLACE_KINDS as readonly string[]).includes(v);
export const isNeedId = (v: unknown): v is NeedId =>
  typeof v === 'string' && (NEED_IDS as readonly string[]).includes(v);
