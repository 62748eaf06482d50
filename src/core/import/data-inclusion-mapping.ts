/**
 * The one table from the data·inclusion vocabularies to ours (schema 1.0.x, and the 0.x names
 * still found in published files): service `thematiques` and `type`/`types` → needs; structure
 * `reseaux_porteurs` (1.0) and `typologie` (0.x; the Lieux de médiation numérique standard uses
 * the same list) → kind, needs and partners. Each row has its own test
 * (test/core/import/data-inclusion-mapping.test.ts).
 *
 * Why rows may be empty: most of the standard is about employment and social inclusion, and a
 * row such as `mobilite--acceder-a-un-vehicule` is not one of the procedures this widget helps
 * residents find. It is listed anyway, so that a reader sees it was considered, not forgotten.
 *
 * `demarches` (general help with administrative procedures) is being added to the vocabulary;
 * until it is there, `resolveNeeds` reads it as `ecrivain-public`.
 */
import { FRANCE_SERVICES_NEEDS, isNeedId, type NeedId, type PlaceKind } from '../needs/vocabulary.js';

/** A need id of ours, or `demarches` while it is being added to the vocabulary. */
export type MappedNeed = NeedId | 'demarches';

export interface ThematiqueRow {
  /**
   * A thematique code. A code without `--` is a category: it matches itself and every
   * `<category>--…` code that has no row of its own.
   */
  code: string;
  needs: readonly MappedNeed[];
}

/** Procedures with an administration, whatever their subject. */
const DEMARCHES: readonly MappedNeed[] = ['demarches', 'ecrivain-public'];

export const THEMATIQUE_ROWS: readonly ThematiqueRow[] = [
  // 1.0 categories and their sub-thematiques of interest.
  { code: 'difficultes-administratives-ou-juridiques', needs: ['demarches'] },
  { code: 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives', needs: DEMARCHES },
  { code: 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete', needs: ['papiers'] },
  { code: 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits', needs: ['demarches', 'aide-sociale'] },
  { code: 'difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte', needs: ['aide-sociale'] },
  { code: 'difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination', needs: ['justice'] },
  { code: 'difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire', needs: ['justice'] },
  { code: 'difficultes-financieres', needs: ['aide-sociale'] },
  { code: 'difficultes-financieres--situation-dendettement-surendettement', needs: ['aide-sociale', 'justice'] },
  { code: 'equipement-et-alimentation', needs: ['aide-sociale'] },
  { code: 'equipement-et-alimentation--acces-a-du-materiel-informatique', needs: ['numerique'] },
  { code: 'equipement-et-alimentation--acces-a-un-telephone-et-un-abonnement', needs: ['numerique'] },
  { code: 'famille', needs: ['aide-sociale'] },
  { code: 'famille--garde-denfants', needs: ['caf', 'aide-sociale'] },
  { code: 'famille--surmonter-conflits-separation-violence', needs: ['justice', 'aide-sociale'] },
  { code: 'famille--violences-intrafamiliales', needs: ['justice', 'aide-sociale'] },
  { code: 'logement-hebergement', needs: ['logement'] },
  { code: 'numerique', needs: ['numerique'] },
  { code: 'numerique--acceder-a-des-services-en-ligne', needs: ['numerique', 'demarches'] },
  { code: 'numerique--realiser-des-demarches-administratives-avec-un-accompagnement', needs: ['numerique', 'demarches'] },
  { code: 'numerique--devenir-autonome-dans-les-demarches-administratives', needs: ['numerique', 'demarches'] },
  { code: 'numerique--accompagner-les-demarches-de-sante', needs: ['numerique', 'sante'] },
  { code: 'sante', needs: ['sante'] },
  { code: 'sante--constituer-un-dossier-mdph-invalidite', needs: ['handicap'] },
  { code: 'handicap', needs: ['handicap'] },
  { code: 'trouver-un-emploi', needs: ['emploi'] },
  { code: 'preparer-sa-candidature', needs: ['emploi'] },
  { code: 'choisir-un-metier', needs: ['emploi'] },
  { code: 'se-former', needs: ['emploi'] },
  { code: 'se-former--utiliser-le-numerique', needs: ['numerique'] },
  { code: 'souvrir-a-linternational', needs: ['emploi'] },
  { code: 'lecture-ecriture-calcul', needs: ['ecrivain-public'] },
  { code: 'mobilite', needs: [] },
  { code: 'remobilisation', needs: [] },
  { code: 'creer-une-entreprise', needs: [] },
  // 0.x categories still found in published files.
  { code: 'acces-aux-droits-et-citoyennete', needs: ['justice'] },
  { code: 'acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives', needs: DEMARCHES },
  { code: 'acces-aux-droits-et-citoyennete--demandeurs-dasile-et-naturalisation', needs: ['papiers'] },
  { code: 'acces-aux-droits-et-citoyennete--developpement-durable', needs: [] },
  { code: 'acces-aux-droits-et-citoyennete--faciliter-laction-citoyenne', needs: [] },
  { code: 'accompagnement-social-et-professionnel-personnalise', needs: ['emploi', 'aide-sociale'] },
  { code: 'apprendre-francais', needs: ['ecrivain-public'] },
  { code: 'illettrisme', needs: ['ecrivain-public'] },
  { code: 'illettrisme--utiliser-numerique', needs: ['numerique'] },
  { code: 'gestion-financiere', needs: ['aide-sociale'] },
  { code: 'gestion-financiere--prevention-et-gestion-du-surendettement', needs: ['aide-sociale', 'justice'] },
  { code: 'creation-activite', needs: [] },
];

/** Service `type` (1.0) and `types` (0.x) values that say something about needs. */
export const TYPE_ROWS: readonly ThematiqueRow[] = [
  { code: 'aide-financiere', needs: ['aide-sociale'] },
  { code: 'aide-materielle', needs: ['aide-sociale'] },
  { code: 'numerique', needs: ['numerique'] },
  { code: 'accompagnement', needs: [] },
  { code: 'accueil', needs: [] },
  { code: 'atelier', needs: [] },
  { code: 'autonomie', needs: [] },
  { code: 'delegation-de-service', needs: [] },
  { code: 'financement', needs: [] },
  { code: 'formation', needs: [] },
  { code: 'information', needs: [] },
];

export interface NetworkRow {
  /** A `reseaux_porteurs` value (lower case) or a `typologie` code (upper case). */
  code: string;
  kind?: PlaceKind;
  needs: readonly MappedNeed[];
  /** The partner as residents name it. */
  partner?: string;
}

export const NETWORK_ROWS: readonly NetworkRow[] = [
  // reseaux_porteurs (1.0)
  { code: 'ccas-cias', kind: 'ccas', needs: ['aide-sociale'] },
  { code: 'france-service', kind: 'france-services', needs: [...FRANCE_SERVICES_NEEDS, 'demarches'] },
  { code: 'msap', kind: 'france-services', needs: ['demarches'] },
  { code: 'fcsf', kind: 'centre-social', needs: [] },
  { code: 'mjc', kind: 'centre-social', needs: [] },
  { code: 'departements', kind: 'solidarites', needs: ['aide-sociale'] },
  { code: 'maisons-des-solidarites', kind: 'solidarites', needs: ['aide-sociale'] },
  { code: 'maison-departementale-de-lautonomie', kind: 'solidarites', needs: ['handicap'] },
  { code: 'conseillers-numeriques', kind: 'espace-numerique', needs: ['numerique'] },
  { code: 'espaces-publics-numeriques', kind: 'espace-numerique', needs: ['numerique'] },
  { code: 'aidants-connect', needs: ['numerique', 'demarches'], partner: 'Aidants Connect' },
  { code: 'caf', needs: ['caf'], partner: 'Caf' },
  { code: 'cpam', needs: ['sante'], partner: 'Assurance maladie' },
  { code: 'mutualite-sociale-agricole', needs: ['msa'], partner: 'MSA' },
  { code: 'france-travail', needs: ['emploi'], partner: 'France Travail' },
  { code: 'la-poste', needs: [], partner: 'La Poste' },
  { code: 'points-justice', needs: ['justice'] },
  { code: 'cidff', needs: ['justice'] },
  { code: 'points-conseil-budget', needs: ['aide-sociale'] },
  { code: 'pimms-mediation', needs: ['demarches', 'energie'] },
  { code: 'communes', needs: [] },
  // typologie (0.x, and the Lieux de médiation numérique standard)
  { code: 'CCAS', kind: 'ccas', needs: ['aide-sociale'] },
  { code: 'CIAS', kind: 'ccas', needs: ['aide-sociale'] },
  { code: 'RFS', kind: 'france-services', needs: [...FRANCE_SERVICES_NEEDS, 'demarches'] },
  { code: 'MSAP', kind: 'france-services', needs: ['demarches'] },
  { code: 'CS', kind: 'centre-social', needs: [] },
  { code: 'CSC', kind: 'centre-social', needs: [] },
  { code: 'EVS', kind: 'centre-social', needs: [] },
  { code: 'MQ', kind: 'centre-social', needs: [] },
  { code: 'MJC', kind: 'centre-social', needs: [] },
  { code: 'CD', kind: 'solidarites', needs: ['aide-sociale'] },
  { code: 'DEPT', kind: 'solidarites', needs: ['aide-sociale'] },
  { code: 'CDAS', kind: 'solidarites', needs: ['aide-sociale'] },
  { code: 'MDS', kind: 'solidarites', needs: ['aide-sociale'] },
  { code: 'MDPH', kind: 'solidarites', needs: ['handicap'] },
  { code: 'EPN', kind: 'espace-numerique', needs: ['numerique'] },
  { code: 'EPI', kind: 'espace-numerique', needs: ['numerique'] },
  { code: 'BIB', kind: 'espace-numerique', needs: [] },
  { code: 'TIERS_LIEUX', kind: 'espace-numerique', needs: [] },
  { code: 'FABLAB', kind: 'espace-numerique', needs: [] },
  { code: 'ENM', kind: 'bus', needs: ['numerique'] },
  { code: 'CAF', needs: ['caf'], partner: 'Caf' },
  { code: 'CPAM', needs: ['sante'], partner: 'Assurance maladie' },
  { code: 'MSA', needs: ['msa'], partner: 'MSA' },
  { code: 'FT', needs: ['emploi'], partner: 'France Travail' },
  { code: 'CFP', needs: ['impots'], partner: 'Finances publiques (DGFiP)' },
  { code: 'PAD', needs: ['justice'] },
  { code: 'CIDFF', needs: ['justice'] },
  { code: 'PIMMS', needs: ['demarches', 'energie'] },
  { code: 'PREF', needs: ['papiers'] },
  { code: 'MUNI', needs: [] },
  { code: 'LA_POSTE', needs: [], partner: 'La Poste' },
];

const THEMATIQUES = new Map(THEMATIQUE_ROWS.map((r) => [r.code, r]));
const TYPES = new Map(TYPE_ROWS.map((r) => [r.code, r]));
const NETWORKS = new Map(NETWORK_ROWS.map((r) => [r.code, r]));

/** The row for a thematique code: its own, else its category's; undefined when unknown. */
export function thematiqueRow(code: string): ThematiqueRow | undefined {
  const c = code.trim().toLowerCase();
  return THEMATIQUES.get(c) ?? THEMATIQUES.get(c.split('--')[0]!);
}

export const typeRow = (code: string): ThematiqueRow | undefined => TYPES.get(code.trim().toLowerCase());

/** `reseaux_porteurs` values are lower case, `typologie` codes upper case; both are accepted as written. */
export const networkRow = (code: string): NetworkRow | undefined =>
  NETWORKS.get(code.trim()) ?? NETWORKS.get(code.trim().toLowerCase()) ?? NETWORKS.get(code.trim().toUpperCase());

/**
 * Our need ids, deduplicated and in vocabulary order. While the vocabulary has no
 * `demarches` yet, it stands in as `ecrivain-public` (help with letters and forms), the nearest.
 */
export function resolveNeeds(needs: Iterable<MappedNeed>, order: readonly string[]): NeedId[] {
  const set = new Set<string>();
  for (const n of needs) {
    if (isNeedId(n)) set.add(n);
    else if (n === 'demarches') set.add('ecrivain-public');
  }
  return order.filter((n): n is NeedId => set.has(n));
}
