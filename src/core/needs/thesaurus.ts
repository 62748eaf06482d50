/**
 * The residents' thesaurus (data, not code): for every need of the catalogue vocabulary, a
 * plain-language label and the words people actually type for it —
 * acronyms, old and new names of organisations, everyday words, procedures, common
 * misspellings that are more than a typo away. Also the words residents use for kinds of
 * place. The search index folds these terms exactly as it folds queries (../text/normalise.ts),
 * so accents, case and apostrophes here do not matter; one spelling per term is enough.
 *
 * Each need's one-sentence description is in ./descriptions.ts: the search index, which loads
 * with the data core before the first list paint, does not read it (issue 15: what the first
 * list does not need stays out of its way).
 *
 * Order matters a little: the first term of a need is its head word and wins ties in the
 * need suggestions (`imp` → "impôts" before "imprimer").
 */
import { NEED_LABELS, type Label, type NeedId, type PlaceKind } from './vocabulary.js';

export interface NeedThesaurusEntry {
  /** What the need is called for residents, shortest form ("Impôts"). */
  label: Label;
  /** French words and phrases residents type. */
  terms: readonly string[];
  /** English words and phrases (residents who do not read French, and the English UI). */
  termsEn: readonly string[];
}

export const NEED_THESAURUS: Readonly<Record<NeedId, NeedThesaurusEntry>> = {
  caf: {
    label: NEED_LABELS['caf'],
    terms: [
      'CAF', "caisse d'allocations familiales", 'caisse allocations familiales', 'alloc', 'allocs', 'allocation',
      'allocations familiales', 'alloc familiales', 'prestations familiales', 'APL', 'aide personnalisée au logement',
      'aide au logement', 'ALS', 'ALF', 'allocation logement', 'RSA', 'revenu de solidarité active', 'RMI',
      "prime d'activité", 'prime activité', 'PAJE', "prestation d'accueil du jeune enfant", 'allocation de rentrée scolaire',
      'ARS', 'complement familial', 'allocation de soutien familial', 'ASF', 'pension alimentaire', 'ARIPA',
      "garde d'enfant", 'CMG', 'complement mode de garde', 'naissance', 'prime de naissance', 'caf.fr', 'mon compte CAF',
      'déclaration trimestrielle', 'déclaration trimestrielle RSA', 'quotient familial', 'allocation adulte handicapé CAF',
      'indu CAF', 'trop perçu', 'aide familiale', 'allocation familiale', 'allocation parent isolé', 'API',
    ],
    termsEn: ['family benefits', 'family allowance', 'child benefit', 'housing benefit', 'welfare', 'in work bonus'],
  },
  sante: {
    label: NEED_LABELS['sante'],
    terms: [
      'santé', 'CPAM', "caisse primaire d'assurance maladie", 'assurance maladie', 'secu', 'sécurité sociale', 'secu sociale',
      'la secu', 'ameli', 'ameli.fr', 'compte ameli', 'carte Vitale', 'vitale', 'attestation de droits', 'attestation secu',
      'attestation vitale', 'C2S', 'CMU', 'CMU c', 'CMUC', 'couverture maladie universelle', 'complémentaire santé solidaire',
      'complémentaire santé', 'mutuelle', 'ACS', "aide au paiement d'une complémentaire", 'AME', "aide médicale d'État",
      'PUMA', 'protection universelle maladie', 'remboursement', 'remboursements', 'feuille de soins', 'médecin traitant',
      'arret maladie', 'arret de travail', 'indemnités journalieres', 'IJ', 'maladie', 'maternité', 'conge maternité',
      'invalidité', "pension d'invalidité", 'accident du travail', 'Mon espace santé', 'tiers payant', 'affection longue durée', 'ALD',
    ],
    termsEn: ['health', 'health insurance', 'health card', 'medical', 'doctor', 'sick leave', 'social security'],
  },
  emploi: {
    label: NEED_LABELS['emploi'],
    terms: [
      'emploi', 'France Travail', 'FranceTravail', 'Pôle emploi', 'poleemploi', 'Pôle emplois', 'ANPE', 'ASSEDIC', 'UNEDIC',
      'chômage', 'chômeur', 'allocation chômage', 'ARE', "allocation d'aide au retour à l'emploi", 'ASS', 'allocation de solidarité spécifique',
      'actualisation', "s'actualiser", 'actualiser', 'inscription Pôle emploi', 'inscription France Travail', "demandeur d'emploi",
      "recherche d'emploi", 'chercher du travail', 'travail', 'boulot', 'job', 'CV', 'curriculum vitae', 'lettre de motivation',
      "offre d'emploi", "offres d'emploi", "entretien d'embauche", 'formation', 'formation professionnelle', 'CPF',
      'compte personnel de formation', 'mission locale', 'cap emploi', 'APEC', 'intérim', 'contrat de travail',
      'licenciement', 'rupture conventionnelle', 'attestation employeur', "maison de l'emploi", 'PLIE', 'insertion',
      'apprentissage', 'alternance', 'CEJ', "contrat d'engagement jeune",
    ],
    termsEn: ['job', 'jobs', 'employment', 'unemployment', 'unemployment benefit', 'job seeker', 'work', 'resume', 'training'],
  },
  impots: {
    label: NEED_LABELS['impots'],
    terms: [
      'impôts', 'impôt', 'impôt sur le revenu', 'impots.gouv', 'impots.gouv fr', 'DGFIP', 'direction générale des finances publiques',
      'finances publiques', 'centre des impôts', 'trésor public', 'trésorerie', 'perception', 'percepteur', 'SIP',
      'service des impôts des particuliers', 'déclaration de revenus', 'déclaration des revenus', "déclaration d'impôts",
      'déclaration impôt', 'déclarer ses revenus', "feuille d'impôt", "avis d'imposition", "avis d'impôt", 'avis de non imposition',
      'prélèvement à la source', 'taux de prélèvement', 'taxe foncière', "taxe d'habitation", 'taxe', 'taxes', 'fisc',
      'fiscal', 'numero fiscal', 'espace particulier', 'amende', 'amendes', 'payer une amende', "crédit d'impôt",
      'redevance', 'revenu fiscal de référence', 'cadastre',
    ],
    termsEn: ['tax', 'taxes', 'income tax', 'tax return', 'tax office', 'property tax'],
  },
  retraite: {
    label: NEED_LABELS['retraite'],
    terms: [
      'retraite', 'ma retraite', 'retraites', 'CARSAT', 'CNAV', 'CRAM', 'assurance retraite', 'lassuranceretraite',
      'info retraite', 'info-retraite.fr', 'AGIRC', 'ARRCO', 'AGIRC ARRCO', 'retraite complémentaire', 'pension', 'pension de retraite',
      'pension de réversion', 'réversion', 'ASPA', 'minimum vieillesse', 'allocation de solidarité aux personnes âgées',
      'relevé de carrière', 'relevé de situation individuelle', 'trimestres', 'départ à la retraite', 'demande de retraite',
      'demande de retraite en ligne', 'retraite anticipée', 'carrière longue', 'retraite progressive', 'cumul emploi retraite',
      'IRCANTEC', 'retraite des fonctionnaires', 'âge de départ', 'simulateur retraite', 'retraite de base', 'retraite agricole',
    ],
    termsEn: ['pension', 'pensions', 'retirement', 'old age pension', 'survivor pension'],
  },
  msa: {
    label: NEED_LABELS['msa'],
    terms: [
      'MSA', 'mutualité sociale agricole', 'mutuelle sociale agricole', 'secu agricole', 'sécurité sociale agricole',
      'agriculteur', 'agricultrice', 'agriculteurs', 'exploitant agricole', 'salarié agricole', 'salariés agricoles',
      'paysan', 'agricole', 'agriculture', 'ferme', 'viticulteur', 'éleveur', 'cotisations agricoles', 'TESA',
      "prime d'activité agricole", 'retraite MSA', 'MSA santé', 'MSA famille', 'mon espace privé MSA',
    ],
    termsEn: ['farmer', 'farm worker', 'farming', 'agricultural'],
  },
  papiers: {
    label: NEED_LABELS['papiers'],
    terms: [
      'papiers', 'papier', 'ANTS', 'agence nationale des titres sécurisés', 'carte grise', 'cartes grises', "certificat d'immatriculation",
      'immatriculation', 'changement de titulaire', 'vente de voiture', 'certificat de cession', "changement d'adresse carte grise",
      'permis', 'permis de conduire', 'permis conduire', 'code de la route', 'NEPH', "carte d'identité", 'carte identité', 'CNI',
      "carte nationale d'identité", 'identité', 'passeport', 'passeports', 'titre de séjour', 'carte de séjour', 'séjour',
      'étranger', 'étrangers', 'naturalisation', 'nationalité', 'ANEF', 'préfecture', 'sous préfecture', 'État civil',
      'acte de naissance', 'livret de famille', 'pre demande', 'prédemande', 'timbre fiscal', 'véhicule', 'voiture',
      "plaque d'immatriculation", 'perte de papiers', 'vol de papiers', 'déclaration de perte', 'casier judiciaire',
      'extrait de casier judiciaire', 'liste électorale', 'inscription sur les listes électorales', 'recensement citoyen',
      // Also `demarches`: "faire mes papiers" is paperwork in general as often as identity papers.
      'faire mes papiers', 'aide pour mes papiers',
    ],
    termsEn: ['id card', 'identity card', 'passport', 'driving licence', 'driver license', 'vehicle registration', 'residence permit', 'papers'],
  },
  justice: {
    label: NEED_LABELS['justice'],
    terms: [
      'justice', 'droit', 'accès au droit', 'accès aux droits', 'point justice', "point d'accès au droit", 'PAD', 'MJD',
      'maison de la justice et du droit', 'CDAD', "conseil départemental de l'accès au droit", 'avocat', 'avocats',
      'consultation juridique', 'conseil juridique', 'juridique', 'juriste', 'aide juridictionnelle', 'aide juridique',
      'tribunal', 'juge', 'procès', 'plainte', 'porter plainte', 'litige', 'litiges', 'conciliateur', 'conciliateur de justice',
      'médiateur', 'médiation', 'victime', 'aide aux victimes', 'France victimes', 'divorce', 'séparation', 'garde des enfants',
      'pension alimentaire justice', 'huissier', 'commissaire de justice', 'dette', 'dettes', 'surendettement',
      'dossier de surendettement', 'Banque de France', 'contravention', 'CIDFF', 'droit des femmes', "prud'hommes",
      'défenseur des droits', 'délégué du défenseur des droits', 'notaire', 'succession', 'héritage', 'tutelle', 'curatelle',
    ],
    termsEn: ['legal', 'legal aid', 'legal advice', 'lawyer', 'court', 'justice', 'debt', 'divorce'],
  },
  logement: {
    label: NEED_LABELS['logement'],
    terms: [
      'logement', 'logement social', 'HLM', 'habitation à loyer modéré', 'bailleur social', 'office HLM',
      'demande de logement', 'demande de logement social', 'numero unique', 'loyer', 'loyers', 'loyer impayé', 'impayés de loyer',
      'expulsion', 'bail', 'locataire', 'proprietaire', 'caution', 'dépôt de garantie', 'Visale', 'Action Logement',
      'ADIL', "agence départementale d'information sur le logement", 'FSL', 'fonds de solidarité logement', 'hébergement',
      "hébergement d'urgence", '115', 'SDF', 'sans abri', 'sans domicile', 'DALO', 'droit au logement opposable',
      'habitat', 'habitat indigne', 'insalubrité', 'logement indécent', 'travaux', 'rénovation', 'ANAH', 'Ma Prime Rénov',
      'MaPrimeRénov', 'appartement', 'déménagement', 'colocation',
    ],
    termsEn: ['housing', 'social housing', 'rent', 'eviction', 'landlord', 'tenant', 'homeless', 'shelter'],
  },
  energie: {
    label: NEED_LABELS['energie'],
    terms: [
      'énergie', 'chèque énergie', 'chèque énergétique', 'chèques énergie', "facture d'électricité", 'facture électricité',
      'électricité', 'EDF', 'Engie', 'GDF', 'gaz', 'facture de gaz', 'facture', 'factures', "facture d'eau", 'eau',
      "impayé d'énergie", 'coupure', "coupure d'électricité", 'coupure de courant', 'courant', 'compteur', 'Linky',
      "fournisseur d'énergie", "médiateur de l'énergie", "médiateur national de l'énergie", 'précarité énergétique',
      'chauffage', 'fioul', 'bois de chauffage', 'France Rénov', 'rénovation énergétique', 'isolation', "économie d'énergie",
      'tarif social', 'énergie info', 'compteur gaz', 'Enedis', 'GRDF',
    ],
    termsEn: ['energy', 'electricity', 'electricity bill', 'gas bill', 'heating', 'energy voucher', 'water bill'],
  },
  numerique: {
    label: NEED_LABELS['numerique'],
    terms: [
      'numérique', 'aide au numérique', 'aide numérique', 'informatique', 'ordinateur', 'ordi', 'PC', 'tablette', 'smartphone',
      'téléphone portable', 'internet', 'wifi', 'wi fi', 'accès internet', 'imprimer', 'impression', 'imprimante', 'photocopie',
      'photocopier', 'scanner', 'scan', 'numériser', 'mail', 'email', 'e mail', 'courriel', 'adresse mail', 'boite mail',
      'créer une adresse mail', 'mot de passe', 'identifiant', 'mot de passe oublié', 'France Connect', 'FranceConnect',
      'compte en ligne', 'démarche en ligne', 'démarches en ligne', 'démarches sur internet', 'site internet', 'formulaire en ligne',
      'conseiller numérique', 'conseillers numériques', 'CNFS', 'médiateur numérique', 'médiation numérique', 'EPN',
      'espace public numérique', 'atelier numérique', 'ateliers informatiques', "cours d'informatique", 'pass numérique',
      'télécharger', 'pièce jointe', 'envoyer un document', 'clé USB', 'visio', 'visioconférence', 'application', 'appli',
      'identité numérique', 'La Poste identité numérique', 'coffre fort numérique', 'aide pour internet',
    ],
    termsEn: ['computer', 'internet', 'printing', 'print', 'scan', 'scanner', 'email', 'password', 'online', 'digital help', 'wifi', 'online procedures'],
  },
  'aide-sociale': {
    label: NEED_LABELS['aide-sociale'],
    terms: [
      'aide sociale', 'action sociale', 'social', 'sociale', 'assistante sociale', 'assistant social', 'assistante sociale de secteur',
      'travailleur social', 'aide alimentaire', 'colis alimentaire', 'banque alimentaire', 'épicerie sociale', 'épicerie solidaire',
      'Restos du Cœur', 'Restaurants du Cœur', 'secours populaire', 'secours catholique', 'Croix-Rouge', 'repas',
      "aide d'urgence", 'aide financière', 'secours', 'urgence sociale', 'domiciliation', 'domicile', 'adresse postale',
      "pas d'adresse", 'recevoir son courrier', 'élection de domicile', 'APA', "allocation personnalisée d'autonomie",
      'personne âgée', 'personnes âgées', 'senior', 'seniors', 'aide à domicile', 'portage de repas', 'téléassistance',
      'EHPAD', 'aide ménagère', 'pauvreté', 'précarité', 'fin de mois difficile', 'budget', 'conseillère en économie sociale',
      'CESF', 'point conseil budget', 'solidarité', 'solidarités', "protection de l'enfance", 'PMI', 'vêtements',
      'microcrédit', 'aide aux familles', 'mutuelle communale', 'transport solidaire', 'CLIC',
    ],
    termsEn: ['social aid', 'social worker', 'food aid', 'food bank', 'emergency help', 'postal address', 'elderly care'],
  },
  'ecrivain-public': {
    label: NEED_LABELS['ecrivain-public'],
    terms: [
      'écrivain public', 'écrivain', 'écrire', 'écrire une lettre', 'lettre', 'courrier', 'courriers', 'rédiger',
      'rédaction', 'remplir', 'remplir un formulaire', 'remplir un dossier', 'formulaire', 'formulaires', 'cerfa',
      'dossier', 'constituer un dossier', 'lettre de réclamation', 'réclamation', 'recours', 'contestation',
      'comprendre un courrier', 'lire un courrier', 'illettrisme', 'illectronisme', 'alphabetisation', 'français langue étrangère',
      'traduction', 'traduire', 'aide administrative', 'aide aux démarches', 'démarche administrative', 'démarches administratives',
      'paperasse', 'administratif',
    ],
    termsEn: ['letter', 'letters', 'form', 'forms', 'writing help', 'public writer', 'paperwork', 'translation'],
  },
  handicap: {
    label: NEED_LABELS['handicap'],
    terms: [
      'handicap', 'handicapé', 'handicapée', 'personne handicapée', 'MDPH', 'maison départementale des personnes handicapées',
      'MDA', "maison de l'autonomie", 'AAH', 'allocation adulte handicapé', 'allocation aux adultes handicapés', 'RQTH',
      'reconnaissance de la qualité de travailleur handicapé', 'travailleur handicapé', 'CMI', 'carte mobilité inclusion',
      "carte d'invalidité", 'carte de stationnement', 'carte priorité', 'PCH', 'prestation de compensation du handicap',
      'AEEH', "allocation d'éducation de l'enfant handicapé", 'ESAT', 'invalide', 'fauteuil roulant', 'autisme',
      'dossier MDPH', 'accessibilité', 'aidant', 'aidants', 'cap emploi handicap', 'sourd', 'malvoyant', 'aveugle',
    ],
    termsEn: ['disability', 'disabled', 'disability benefit', 'wheelchair', 'carer', 'blue badge'],
  },
  demarches: {
    label: NEED_LABELS['demarches'],
    // The general words first. Words that already meant ecrivain-public, numerique or papiers
    // stay there too (a phrase in two needs finds the places of either): a catalogue written
    // before `demarches` existed keeps its answers to "courrier" or "démarche en ligne".
    terms: [
      'démarches', 'aide aux démarches', 'démarches administratives', 'démarche administrative', 'aide administrative',
      'accompagnement aux démarches', 'accompagnement administratif', 'administratif', 'administrative', 'administration',
      'paperasse', 'paperasserie', 'faire mes papiers', 'aide pour mes papiers', 'dossier', 'remplir un dossier',
      'constituer un dossier', 'monter un dossier', 'dossier administratif', 'formulaire', 'formulaires',
      'remplir un formulaire', 'remplir', 'cerfa', 'courrier', 'courriers', 'courrier administratif', 'lire un courrier',
      'comprendre un courrier', 'répondre à un courrier', 'lettre', 'écrivain public', 'démarche en ligne',
      'démarches en ligne', 'démarches sur internet', 'aide pour internet', 'pièces justificatives',
    ],
    termsEn: [
      'paperwork', 'admin help', 'administrative help', 'administrative procedures', 'procedures', 'forms', 'form', 'letters', 'official letter',
      'online procedures', 'red tape', 'bureaucracy',
    ],
  },
};

/** Words residents use for each kind of place ("la mairie", "le bus"). */
export const KIND_THESAURUS: Readonly<Record<PlaceKind, readonly string[]>> = {
  'france-services': [
    'France services', 'France service', 'maison France services', 'espace France services', 'MSAP',
    'maison de services au public', 'maison des services publics', 'guichet unique', 'services publics', 'service public',
  ],
  ccas: [
    'CCAS', 'CIAS', "centre communal d'action sociale", "centre intercommunal d'action sociale", 'mairie', 'mairies',
    'hôtel de ville', 'mairie annexe', 'action sociale de la commune',
  ],
  'centre-social': [
    'centre social', 'centres sociaux', 'centre socio culturel', 'espace social', 'espace de vie sociale', 'EVS',
    'maison de quartier', 'maison pour tous', 'MJC', 'maison des familles', 'espace solidarité', 'espace citoyen',
  ],
  'espace-numerique': [
    'espace numérique', 'espace public numérique', 'EPN', 'cyber base', 'cyberbase', 'tiers lieu', 'fablab',
    'médiathèque', 'bibliothèque', 'point numérique', 'lieu de médiation numérique',
  ],
  solidarites: [
    'maison des solidarités', 'maison départementale des solidarités', 'MDS', 'maison du territoire', 'conseil départemental',
    'département', 'service social départemental', 'centre médico social', 'CMS', 'UTAS', "territoire d'action sociale",
  ],
  permanence: ['permanence', 'permanences', 'permanence sociale', 'permanence en mairie', "point d'accueil", 'accueil de jour'],
  bus: [
    'bus', 'bus France services', 'bus itinérant', 'itinérant', 'itinérante', 'camion', 'camping car', 'bus des services publics',
    'service itinérant', 'France services itinérante', 'fourgon', 'navette',
  ],
};
