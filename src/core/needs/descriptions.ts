/**
 * For every need of the catalogue vocabulary, one plain sentence: what residents can get help
 * with there, in French and English. Kept apart from the thesaurus (./thesaurus.ts), whose terms
 * the search index reads before the first list paint, so that these sentences are downloaded
 * only by code that shows them.
 */
import type { Label, NeedId } from './vocabulary.js';

export const NEED_DESCRIPTIONS: Readonly<Record<NeedId, Label>> = {
  caf: {
    fr: "Allocations familiales, aide au logement (APL), RSA, prime d'activité : ouvrir ses droits, déclarer ses ressources, suivre son dossier CAF.",
    en: 'Family allowances, housing benefit (APL), RSA, in-work bonus: claiming, declaring income, following a CAF file.',
  },
  sante: {
    fr: "Assurance maladie (CPAM, ameli), carte Vitale, complémentaire santé solidaire, remboursements, médecin traitant.",
    en: 'Health insurance (CPAM, ameli), carte Vitale, free top-up cover, refunds, choosing a GP.',
  },
  emploi: {
    fr: "France Travail (ex-Pôle emploi) : s'inscrire, s'actualiser, allocations chômage, CV, recherche d'emploi, formation.",
    en: 'France Travail (formerly Pôle emploi): registering, monthly update, unemployment benefit, CV, job search, training.',
  },
  impots: {
    fr: "Impôts (DGFiP) : déclaration de revenus, prélèvement à la source, taxe foncière, espace impots.gouv, avis d'imposition.",
    en: 'Taxes (DGFiP): income tax return, tax at source, property tax, the impots.gouv account, tax notices.',
  },
  retraite: {
    fr: "Retraite (CARSAT, assurance retraite, MSA, Agirc-Arrco) : relevé de carrière, demande de retraite, pension de réversion, ASPA.",
    en: 'Pensions (CARSAT, assurance retraite, MSA, Agirc-Arrco): career statement, claiming a pension, survivor pension, ASPA.',
  },
  msa: {
    fr: "MSA, la sécurité sociale agricole : santé, famille, retraite des exploitants et salariés agricoles.",
    en: 'MSA, the farm social security: health, family and pension for farmers and farm workers.',
  },
  papiers: {
    fr: "Démarches de l'ANTS : carte d'identité, passeport, permis de conduire, carte grise (certificat d'immatriculation), titre de séjour.",
    en: 'ANTS procedures: ID card, passport, driving licence, vehicle registration, residence permit.',
  },
  justice: {
    fr: "Accès au droit : conseils juridiques gratuits, aide juridictionnelle, litiges, conciliateur, victimes, divorce, dettes.",
    en: 'Access to law: free legal advice, legal aid, disputes, conciliator, victim support, divorce, debts.',
  },
  logement: {
    fr: "Logement : demande de logement social, HLM, expulsion, loyers impayés, aides au logement, travaux, habitat indigne.",
    en: 'Housing: social housing applications, eviction, rent arrears, housing aid, home improvements.',
  },
  energie: {
    fr: "Énergie : chèque énergie, factures d'électricité, de gaz ou d'eau impayées, coupure, médiateur de l'énergie, économies.",
    en: 'Energy: chèque énergie, unpaid electricity, gas or water bills, disconnection, energy ombudsman, saving energy.',
  },
  numerique: {
    fr: "Aide au numérique : ordinateur en accès libre, imprimer ou scanner un document, créer une adresse mail, mot de passe, FranceConnect, démarches en ligne.",
    en: 'Digital help: free computers, printing or scanning a document, creating an email address, passwords, FranceConnect, online procedures.',
  },
  'aide-sociale': {
    fr: "Aide sociale : aide alimentaire, aides d'urgence, domiciliation (adresse pour recevoir son courrier), assistante sociale, aides aux personnes âgées.",
    en: 'Social aid: food aid, emergency help, a postal address (domiciliation), social workers, help for older people.',
  },
  'ecrivain-public': {
    fr: "Écrivain public : aide pour écrire un courrier, remplir un formulaire ou un dossier, comprendre une lettre administrative.",
    en: 'Public writer: help writing a letter, filling in a form or a file, understanding an official letter.',
  },
  handicap: {
    fr: "Handicap : dossier MDPH, AAH, RQTH, carte mobilité inclusion (CMI), PCH, accompagnement des personnes handicapées.",
    en: 'Disability: MDPH file, disability benefit (AAH), RQTH worker status, disability card (CMI), PCH.',
  },
  demarches: {
    fr: "Aide aux démarches administratives : savoir à quel service s'adresser, comprendre un courrier, remplir un formulaire ou un dossier, faire une démarche en ligne.",
    en: 'Help with administrative procedures: finding which office to ask, understanding a letter, filling in a form or a file, doing a procedure online.',
  },
};
