/**
 * The residents' thesaurus (data, not code): for every need of the catalogue vocabulary, a
 * plain-language label and description, and the words people actually type for it —
 * acronyms, old and new names of organisations, everyday words, procedures, common
 * misspellings that are more than a typo away. Also the words residents use for kinds of
 * place. The search index folds these terms exactly as it folds queries (../text/normalise.ts),
 * so accents, case and apostrophes here do not matter; one spelling per term is enough.
 *
 * Order matters a little: the first term of a need is its head word and wins ties in the
 * need suggestions (`imp` → "impôts" before "imprimer").
 */
import type { Label, NeedId, PlaceKind } from './vocabulary.js';

export interface NeedThesaurusEntry {
  /** What the need is called for residents, shortest form ("Impôts"). */
  label: Label;
  /** One plain sentence: what they can get help with there. */
  description: Label;
  /** French words and phrases residents type. */
  terms: readonly string[];
  /** English words and phrases (residents who do not read French, and the English UI). */
  termsEn: readonly string[];
}

export const NEED_THESAURUS: Readonly<Record<NeedId, NeedThesaurusEntry>> = {
  caf: {
    label: { fr: 'CAF, allocations', en: 'Family benefits (CAF)' },
    description: {
      fr: "Allocations familiales, aide au logement (APL), RSA, prime d'activité : ouvrir ses droits, déclarer ses ressources, suivre son dossier CAF.",
      en: 'Family allowances, housing benefit (APL), RSA, in-work bonus: claiming, declaring income, following a CAF file.',
    },
    terms: [
      'caf', 'caisse d allocations familiales', 'caisse allocations familiales', 'alloc', 'allocs', 'allocation',
      'allocations familiales', 'alloc familiales', 'prestations familiales', 'apl', 'aide personnalisee au logement',
      'aide au logement', 'als', 'alf', 'allocation logement', 'rsa', 'revenu de solidarite active', 'rmi',
      'prime d activite', 'prime activite', 'paje', 'prestation d accueil du jeune enfant', 'allocation de rentree scolaire',
      'ars', 'complement familial', 'allocation de soutien familial', 'asf', 'pension alimentaire', 'aripa',
      'garde d enfant', 'cmg', 'complement mode de garde', 'naissance', 'prime de naissance', 'caf fr', 'mon compte caf',
      'declaration trimestrielle', 'declaration trimestrielle rsa', 'quotient familial', 'allocation adulte handicape caf',
      'indu caf', 'trop percu', 'aide familiale', 'allocation familiale', 'allocation parent isole', 'api',
    ],
    termsEn: ['family benefits', 'family allowance', 'child benefit', 'housing benefit', 'welfare', 'in work bonus'],
  },
  sante: {
    label: { fr: 'Santé, assurance maladie', en: 'Health insurance' },
    description: {
      fr: "Assurance maladie (CPAM, ameli), carte Vitale, complémentaire santé solidaire, remboursements, médecin traitant.",
      en: 'Health insurance (CPAM, ameli), carte Vitale, free top-up cover, refunds, choosing a GP.',
    },
    terms: [
      'sante', 'cpam', 'caisse primaire d assurance maladie', 'assurance maladie', 'secu', 'securite sociale', 'secu sociale',
      'la secu', 'ameli', 'ameli fr', 'compte ameli', 'carte vitale', 'vitale', 'attestation de droits', 'attestation secu',
      'attestation vitale', 'c2s', 'cmu', 'cmu c', 'cmuc', 'couverture maladie universelle', 'complementaire sante solidaire',
      'complementaire sante', 'mutuelle', 'acs', 'aide au paiement d une complementaire', 'ame', 'aide medicale d etat',
      'puma', 'protection universelle maladie', 'remboursement', 'remboursements', 'feuille de soins', 'medecin traitant',
      'arret maladie', 'arret de travail', 'indemnites journalieres', 'ij', 'maladie', 'maternite', 'conge maternite',
      'invalidite', 'pension d invalidite', 'accident du travail', 'mon espace sante', 'tiers payant', 'affection longue duree', 'ald',
    ],
    termsEn: ['health', 'health insurance', 'health card', 'medical', 'doctor', 'sick leave', 'social security'],
  },
  emploi: {
    label: { fr: 'Emploi, France Travail', en: 'Jobs (France Travail)' },
    description: {
      fr: "France Travail (ex-Pôle emploi) : s'inscrire, s'actualiser, allocations chômage, CV, recherche d'emploi, formation.",
      en: 'France Travail (formerly Pôle emploi): registering, monthly update, unemployment benefit, CV, job search, training.',
    },
    terms: [
      'emploi', 'france travail', 'francetravail', 'pole emploi', 'poleemploi', 'pole emplois', 'anpe', 'assedic', 'unedic',
      'chomage', 'chomeur', 'allocation chomage', 'are', 'allocation d aide au retour a l emploi', 'ass', 'allocation de solidarite specifique',
      'actualisation', 's actualiser', 'actualiser', 'inscription pole emploi', 'inscription france travail', 'demandeur d emploi',
      'recherche d emploi', 'chercher du travail', 'travail', 'boulot', 'job', 'cv', 'curriculum vitae', 'lettre de motivation',
      'offre d emploi', 'offres d emploi', 'entretien d embauche', 'formation', 'formation professionnelle', 'cpf',
      'compte personnel de formation', 'mission locale', 'cap emploi', 'apec', 'interim', 'contrat de travail',
      'licenciement', 'rupture conventionnelle', 'attestation employeur', 'maison de l emploi', 'plie', 'insertion',
      'apprentissage', 'alternance', 'cej', 'contrat d engagement jeune',
    ],
    termsEn: ['job', 'jobs', 'employment', 'unemployment', 'unemployment benefit', 'job seeker', 'work', 'resume', 'training'],
  },
  impots: {
    label: { fr: 'Impôts', en: 'Taxes' },
    description: {
      fr: "Impôts (DGFiP) : déclaration de revenus, prélèvement à la source, taxe foncière, espace impots.gouv, avis d'imposition.",
      en: 'Taxes (DGFiP): income tax return, tax at source, property tax, the impots.gouv account, tax notices.',
    },
    terms: [
      'impots', 'impot', 'impot sur le revenu', 'impots gouv', 'impots gouv fr', 'dgfip', 'direction generale des finances publiques',
      'finances publiques', 'centre des impots', 'tresor public', 'tresorerie', 'perception', 'percepteur', 'sip',
      'service des impots des particuliers', 'declaration de revenus', 'declaration des revenus', 'declaration d impots',
      'declaration impot', 'declarer ses revenus', 'feuille d impot', 'avis d imposition', 'avis d impot', 'avis de non imposition',
      'prelevement a la source', 'taux de prelevement', 'taxe fonciere', 'taxe d habitation', 'taxe', 'taxes', 'fisc',
      'fiscal', 'numero fiscal', 'espace particulier', 'amende', 'amendes', 'payer une amende', 'credit d impot',
      'redevance', 'revenu fiscal de reference', 'cadastre',
    ],
    termsEn: ['tax', 'taxes', 'income tax', 'tax return', 'tax office', 'property tax'],
  },
  retraite: {
    label: { fr: 'Retraite', en: 'Pensions' },
    description: {
      fr: "Retraite (CARSAT, assurance retraite, MSA, Agirc-Arrco) : relevé de carrière, demande de retraite, pension de réversion, ASPA.",
      en: 'Pensions (CARSAT, assurance retraite, MSA, Agirc-Arrco): career statement, claiming a pension, survivor pension, ASPA.',
    },
    terms: [
      'retraite', 'ma retraite', 'retraites', 'carsat', 'cnav', 'cram', 'assurance retraite', 'lassuranceretraite',
      'info retraite', 'info retraite fr', 'agirc', 'arrco', 'agirc arrco', 'retraite complementaire', 'pension', 'pension de retraite',
      'pension de reversion', 'reversion', 'aspa', 'minimum vieillesse', 'allocation de solidarite aux personnes agees',
      'releve de carriere', 'releve de situation individuelle', 'trimestres', 'depart a la retraite', 'demande de retraite',
      'demande de retraite en ligne', 'retraite anticipee', 'carriere longue', 'retraite progressive', 'cumul emploi retraite',
      'ircantec', 'retraite des fonctionnaires', 'age de depart', 'simulateur retraite', 'retraite de base', 'retraite agricole',
    ],
    termsEn: ['pension', 'pensions', 'retirement', 'old age pension', 'survivor pension'],
  },
  msa: {
    label: { fr: 'MSA (agriculture)', en: 'MSA (farm workers)' },
    description: {
      fr: "MSA, la sécurité sociale agricole : santé, famille, retraite des exploitants et salariés agricoles.",
      en: 'MSA, the farm social security: health, family and pension for farmers and farm workers.',
    },
    terms: [
      'msa', 'mutualite sociale agricole', 'mutuelle sociale agricole', 'secu agricole', 'securite sociale agricole',
      'agriculteur', 'agricultrice', 'agriculteurs', 'exploitant agricole', 'salarie agricole', 'salaries agricoles',
      'paysan', 'agricole', 'agriculture', 'ferme', 'viticulteur', 'eleveur', 'cotisations agricoles', 'tesa',
      'prime d activite agricole', 'retraite msa', 'msa sante', 'msa famille', 'mon espace privé msa',
    ],
    termsEn: ['farmer', 'farm worker', 'farming', 'agricultural'],
  },
  papiers: {
    label: { fr: "Papiers : identité, permis, carte grise", en: 'ID, passport, licence, registration' },
    description: {
      fr: "Démarches de l'ANTS : carte d'identité, passeport, permis de conduire, carte grise (certificat d'immatriculation), titre de séjour.",
      en: 'ANTS procedures: ID card, passport, driving licence, vehicle registration, residence permit.',
    },
    terms: [
      'papiers', 'papier', 'ants', 'agence nationale des titres securises', 'carte grise', 'cartes grises', 'certificat d immatriculation',
      'immatriculation', 'changement de titulaire', 'vente de voiture', 'certificat de cession', 'changement d adresse carte grise',
      'permis', 'permis de conduire', 'permis conduire', 'code de la route', 'neph', 'carte d identite', 'carte identite', 'cni',
      'carte nationale d identite', 'identite', 'passeport', 'passeports', 'titre de sejour', 'carte de sejour', 'sejour',
      'etranger', 'etrangers', 'naturalisation', 'nationalite', 'anef', 'prefecture', 'sous prefecture', 'etat civil',
      'acte de naissance', 'livret de famille', 'pre demande', 'predemande', 'timbre fiscal', 'vehicule', 'voiture',
      'plaque d immatriculation', 'perte de papiers', 'vol de papiers', 'declaration de perte', 'casier judiciaire',
      'extrait de casier judiciaire', 'liste electorale', 'inscription sur les listes electorales', 'recensement citoyen',
    ],
    termsEn: ['id card', 'identity card', 'passport', 'driving licence', 'driver license', 'vehicle registration', 'residence permit', 'papers'],
  },
  justice: {
    label: { fr: 'Justice, accès au droit', en: 'Legal help' },
    description: {
      fr: "Accès au droit : conseils juridiques gratuits, aide juridictionnelle, litiges, conciliateur, victimes, divorce, dettes.",
      en: 'Access to law: free legal advice, legal aid, disputes, conciliator, victim support, divorce, debts.',
    },
    terms: [
      'justice', 'droit', 'acces au droit', 'acces aux droits', 'point justice', 'point d acces au droit', 'pad', 'mjd',
      'maison de la justice et du droit', 'cdad', 'conseil departemental de l acces au droit', 'avocat', 'avocats',
      'consultation juridique', 'conseil juridique', 'juridique', 'juriste', 'aide juridictionnelle', 'aide juridique',
      'tribunal', 'juge', 'proces', 'plainte', 'porter plainte', 'litige', 'litiges', 'conciliateur', 'conciliateur de justice',
      'mediateur', 'mediation', 'victime', 'aide aux victimes', 'france victimes', 'divorce', 'separation', 'garde des enfants',
      'pension alimentaire justice', 'huissier', 'commissaire de justice', 'dette', 'dettes', 'surendettement',
      'dossier de surendettement', 'banque de france', 'contravention', 'cidff', 'droit des femmes', 'prud hommes',
      'defenseur des droits', 'delegue du defenseur des droits', 'notaire', 'succession', 'heritage', 'tutelle', 'curatelle',
    ],
    termsEn: ['legal', 'legal aid', 'legal advice', 'lawyer', 'court', 'justice', 'debt', 'divorce'],
  },
  logement: {
    label: { fr: 'Logement', en: 'Housing' },
    description: {
      fr: "Logement : demande de logement social, HLM, expulsion, loyers impayés, aides au logement, travaux, habitat indigne.",
      en: 'Housing: social housing applications, eviction, rent arrears, housing aid, home improvements.',
    },
    terms: [
      'logement', 'logement social', 'hlm', 'habitation a loyer modere', 'bailleur social', 'office hlm',
      'demande de logement', 'demande de logement social', 'numero unique', 'loyer', 'loyers', 'loyer impaye', 'impayes de loyer',
      'expulsion', 'bail', 'locataire', 'proprietaire', 'caution', 'depot de garantie', 'visale', 'action logement',
      'adil', 'agence departementale d information sur le logement', 'fsl', 'fonds de solidarite logement', 'hebergement',
      'hebergement d urgence', '115', 'sdf', 'sans abri', 'sans domicile', 'dalo', 'droit au logement opposable',
      'habitat', 'habitat indigne', 'insalubrite', 'logement indecent', 'travaux', 'renovation', 'anah', 'ma prime renov',
      'maprimerenov', 'appartement', 'demenagement', 'colocation',
    ],
    termsEn: ['housing', 'social housing', 'rent', 'eviction', 'landlord', 'tenant', 'homeless', 'shelter'],
  },
  energie: {
    label: { fr: 'Énergie', en: 'Energy' },
    description: {
      fr: "Énergie : chèque énergie, factures d'électricité, de gaz ou d'eau impayées, coupure, médiateur de l'énergie, économies.",
      en: 'Energy: chèque énergie, unpaid electricity, gas or water bills, disconnection, energy ombudsman, saving energy.',
    },
    terms: [
      'energie', 'cheque energie', 'cheque energetique', 'cheques energie', 'facture d electricite', 'facture electricite',
      'electricite', 'edf', 'engie', 'gdf', 'gaz', 'facture de gaz', 'facture', 'factures', 'facture d eau', 'eau',
      'impaye d energie', 'coupure', 'coupure d electricite', 'coupure de courant', 'courant', 'compteur', 'linky',
      'fournisseur d energie', 'mediateur de l energie', 'mediateur national de l energie', 'precarite energetique',
      'chauffage', 'fioul', 'bois de chauffage', 'france renov', 'renovation energetique', 'isolation', 'economie d energie',
      'tarif social', 'energie info', 'compteur gaz', 'enedis', 'grdf',
    ],
    termsEn: ['energy', 'electricity', 'electricity bill', 'gas bill', 'heating', 'energy voucher', 'water bill'],
  },
  numerique: {
    label: { fr: 'Aide au numérique', en: 'Digital help' },
    description: {
      fr: "Aide au numérique : ordinateur en accès libre, imprimer ou scanner un document, créer une adresse mail, mot de passe, FranceConnect, démarches en ligne.",
      en: 'Digital help: free computers, printing or scanning a document, creating an email address, passwords, FranceConnect, online procedures.',
    },
    terms: [
      'numerique', 'aide au numerique', 'aide numerique', 'informatique', 'ordinateur', 'ordi', 'pc', 'tablette', 'smartphone',
      'telephone portable', 'internet', 'wifi', 'wi fi', 'acces internet', 'imprimer', 'impression', 'imprimante', 'photocopie',
      'photocopier', 'scanner', 'scan', 'numeriser', 'mail', 'email', 'e mail', 'courriel', 'adresse mail', 'boite mail',
      'creer une adresse mail', 'mot de passe', 'identifiant', 'mot de passe oublie', 'france connect', 'franceconnect',
      'compte en ligne', 'demarche en ligne', 'demarches en ligne', 'demarches sur internet', 'site internet', 'formulaire en ligne',
      'conseiller numerique', 'conseillers numeriques', 'cnfs', 'mediateur numerique', 'mediation numerique', 'epn',
      'espace public numerique', 'atelier numerique', 'ateliers informatiques', 'cours d informatique', 'pass numerique',
      'telecharger', 'piece jointe', 'envoyer un document', 'cle usb', 'visio', 'visioconference', 'application', 'appli',
      'identite numerique', 'la poste identite numerique', 'coffre fort numerique',
    ],
    termsEn: ['computer', 'internet', 'printing', 'print', 'scan', 'scanner', 'email', 'password', 'online', 'digital help', 'wifi'],
  },
  'aide-sociale': {
    label: { fr: 'Aide sociale', en: 'Social aid' },
    description: {
      fr: "Aide sociale : aide alimentaire, aides d'urgence, domiciliation (adresse pour recevoir son courrier), assistante sociale, aides aux personnes âgées.",
      en: 'Social aid: food aid, emergency help, a postal address (domiciliation), social workers, help for older people.',
    },
    terms: [
      'aide sociale', 'action sociale', 'social', 'sociale', 'assistante sociale', 'assistant social', 'assistante sociale de secteur',
      'travailleur social', 'aide alimentaire', 'colis alimentaire', 'banque alimentaire', 'epicerie sociale', 'epicerie solidaire',
      'restos du coeur', 'restaurants du coeur', 'secours populaire', 'secours catholique', 'croix rouge', 'repas',
      'aide d urgence', 'aide financiere', 'secours', 'urgence sociale', 'domiciliation', 'domicile', 'adresse postale',
      'pas d adresse', 'recevoir son courrier', 'election de domicile', 'apa', 'allocation personnalisee d autonomie',
      'personne agee', 'personnes agees', 'senior', 'seniors', 'aide a domicile', 'portage de repas', 'teleassistance',
      'ehpad', 'aide menagere', 'pauvrete', 'precarite', 'fin de mois difficile', 'budget', 'conseillere en economie sociale',
      'cesf', 'point conseil budget', 'solidarite', 'solidarites', 'protection de l enfance', 'pmi', 'vetements',
      'microcredit', 'aide aux familles', 'mutuelle communale', 'transport solidaire', 'clic',
    ],
    termsEn: ['social aid', 'social worker', 'food aid', 'food bank', 'emergency help', 'postal address', 'elderly care'],
  },
  'ecrivain-public': {
    label: { fr: 'Courriers et formulaires', en: 'Letters and forms' },
    description: {
      fr: "Écrivain public : aide pour écrire un courrier, remplir un formulaire ou un dossier, comprendre une lettre administrative.",
      en: 'Public writer: help writing a letter, filling in a form or a file, understanding an official letter.',
    },
    terms: [
      'ecrivain public', 'ecrivain', 'ecrire', 'ecrire une lettre', 'lettre', 'courrier', 'courriers', 'rediger',
      'redaction', 'remplir', 'remplir un formulaire', 'remplir un dossier', 'formulaire', 'formulaires', 'cerfa',
      'dossier', 'constituer un dossier', 'lettre de reclamation', 'reclamation', 'recours', 'contestation',
      'comprendre un courrier', 'lire un courrier', 'illettrisme', 'illectronisme', 'alphabetisation', 'francais langue etrangere',
      'traduction', 'traduire', 'aide administrative', 'aide aux demarches', 'demarche administrative', 'demarches administratives',
      'paperasse', 'administratif',
    ],
    termsEn: ['letter', 'letters', 'form', 'forms', 'writing help', 'public writer', 'paperwork', 'translation'],
  },
  handicap: {
    label: { fr: 'Handicap, MDPH', en: 'Disability (MDPH)' },
    description: {
      fr: "Handicap : dossier MDPH, AAH, RQTH, carte mobilité inclusion (CMI), PCH, accompagnement des personnes handicapées.",
      en: 'Disability: MDPH file, disability benefit (AAH), RQTH worker status, disability card (CMI), PCH.',
    },
    terms: [
      'handicap', 'handicape', 'handicapee', 'personne handicapee', 'mdph', 'maison departementale des personnes handicapees',
      'mda', 'maison de l autonomie', 'aah', 'allocation adulte handicape', 'allocation aux adultes handicapes', 'rqth',
      'reconnaissance de la qualite de travailleur handicape', 'travailleur handicape', 'cmi', 'carte mobilite inclusion',
      'carte d invalidite', 'carte de stationnement', 'carte priorite', 'pch', 'prestation de compensation du handicap',
      'aeeh', 'allocation d education de l enfant handicape', 'esat', 'invalide', 'fauteuil roulant', 'autisme',
      'dossier mdph', 'accessibilite', 'aidant', 'aidants', 'cap emploi handicap', 'sourd', 'malvoyant', 'aveugle',
    ],
    termsEn: ['disability', 'disabled', 'disability benefit', 'wheelchair', 'carer', 'blue badge'],
  },
};

/** Words residents use for each kind of place ("la mairie", "le bus"). */
export const KIND_THESAURUS: Readonly<Record<PlaceKind, readonly string[]>> = {
  'france-services': [
    'france services', 'france service', 'maison france services', 'espace france services', 'msap',
    'maison de services au public', 'maison des services publics', 'guichet unique', 'services publics', 'service public',
  ],
  ccas: [
    'ccas', 'cias', 'centre communal d action sociale', 'centre intercommunal d action sociale', 'mairie', 'mairies',
    'hotel de ville', 'mairie annexe', 'action sociale de la commune',
  ],
  'centre-social': [
    'centre social', 'centres sociaux', 'centre socio culturel', 'espace social', 'espace de vie sociale', 'evs',
    'maison de quartier', 'maison pour tous', 'mjc', 'maison des familles', 'espace solidarite', 'espace citoyen',
  ],
  'espace-numerique': [
    'espace numerique', 'espace public numerique', 'epn', 'cyber base', 'cyberbase', 'tiers lieu', 'fablab',
    'mediatheque', 'bibliotheque', 'point numerique', 'lieu de mediation numerique',
  ],
  solidarites: [
    'maison des solidarites', 'maison departementale des solidarites', 'mds', 'maison du territoire', 'conseil departemental',
    'departement', 'service social departemental', 'centre medico social', 'cms', 'utas', 'territoire d action sociale',
  ],
  permanence: ['permanence', 'permanences', 'permanence sociale', 'permanence en mairie', 'point d accueil', 'accueil de jour'],
  bus: [
    'bus', 'bus france services', 'bus itinerant', 'itinerant', 'itinerante', 'camion', 'camping car', 'bus des services publics',
    'service itinerant', 'france services itinerante', 'fourgon', 'navette',
  ],
};
