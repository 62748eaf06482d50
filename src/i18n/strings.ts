/**
 * Every user-visible string of the element (search, list, detail, states): their shape and the
 * French words here, the English ones in ./strings-en.ts (loaded only for an English element),
 * both as UI_STRINGS in ./strings-all.ts. The map view keeps its own words in ./strings-map.ts.
 * Numbers, distances and dates are formatted by the callers through ./index.ts (Intl); plurals
 * through ./plural.ts.
 */
import type { Equipment } from '../core/catalogue/types.js';
import type { Lang } from '../core/lang.js';
import { isSingular } from './plural.js';


export interface UiStrings {
  regionLabel: string;
  loading: string;
  /** A large catalogue being read, in words (numbers already formatted): a polite status. */
  loadingProgress: (done: string, total: string) => string;
  /** The search being prepared over a large catalogue's places (numbers already formatted). */
  indexingProgress: (done: string, total: string) => string;
  noSource: string;
  errorTitle: string;
  errorNetwork: string;
  /** The catalogue's server does not allow this site (CORS): not the resident's connection. */
  errorCors: string;
  errorHttp: (status: number) => string;
  errorTimeout: string;
  /** A chunk of the widget's own code did not come (a deploy since the page loaded, a dropped connection). */
  errorCode: string;
  /** The detail's code did not come: said where the resident asked for it; the list stays. */
  detailUnavailable: string;
  /** The search index's code did not come: said where "Préparation de la recherche…" would stay. */
  searchUnavailable: string;
  /** The filters' code did not come: said in the opened disclosure. */
  filtersUnavailable: string;
  /** The commune look-up's code did not come: said where its answers are. */
  originUnavailable: string;
  /** An empty result whose words (the late parts) did not come: said instead of a loading line. */
  emptyUnavailable: string;
  errorInvalid: (problem: string) => string;
  skipped: (count: number) => string;
  skippedShow: string;
  retry: string;

  viewLabel: string;
  views: { list: string; map: string; both: string };
  mapFallback: (explanation: string) => string;
  /** Shown while the map's code loads (the map view keeps its other words in ./strings-map.ts). */
  mapLoading: string;
  /** The map's code could not be loaded at all. */
  mapUnavailable: string;

  searchLabel: string;
  searchHint: string;
  searchButton: string;
  suggestionsLabel: string;
  chipsLabel: string;
  removeNeed: (label: string) => string;
  filters: string;
  filtersActive: (count: number) => string;
  openNow: string;
  walkIn: string;
  equipment: Record<Equipment, string>;
  wheelchair: string;

  whereLegend: string;
  communeLabel: string;
  communeLabelGeocoder: string;
  communeButton: string;
  aroundMe: string;
  locating: string;
  communeChoose: string;
  /** While the list of communes is looked up (the first time, it downloads). */
  communeLookingUp: string;
  /** The accessible name of the list of communes to choose from. */
  choicesLabel: string;
  /** The label of an origin given as coordinates (`near="44.5,1.2"`). */
  givenPosition: string;
  /** The map's origin marker. */
  originMarker: (label: string) => string;
  /** A place known only by its commune centre, when the resident is in that commune. */
  inCommune: string;
  /** A place known only by its commune centre: whole kilometres, "environ". */
  aboutDistance: (formattedKm: string) => string;
  originLabel: (label: string) => string;
  originRemove: (label: string) => string;

  resultsHeading: string;
  sortLabel: string;
  sortDistance: string;
  sortRelevance: string;
  distance: (formatted: string) => string;
  hoursUnknown: string;
  /** A place placed at its commune's centre, on a card (one short line). */
  approximateShort: string;
  /** A place that could not be shown whole: its name, then this. */
  incomplete: string;
  nextVisitUnknown: string;
  call: string;
  callLabel: (name: string, phone: string) => string;
  directions: string;
  directionsLabel: (name: string) => string;
  details: string;
  detailsLabel: (name: string) => string;
  showMore: (remaining: number) => string;

  /** Skip links: past the search to the results, to the map ("Passer la carte": ./strings-late.ts). */
  skipsLabel: string;
  skipToResults: string;
  skipToMap: string;
  /** The one button that holds print and downloads, after the list. */
  exportMenu: string;
  /** `help-contact`: a phone number to call, or a page to open. */
  helpCall: (phone: string) => string;
  helpCallLabel: (phone: string) => string;
  helpPage: string;
  helpLead: string;
  /** A bus stop on a card, in one short line. */
  stopLine: (stop: string) => string;
  /** What was searched, for the printed header: "caf, Impôts près de Lherm" (parts: text, need labels, filters). */
  searchSummary: (parts: readonly string[], near?: string) => string;
}

/** The French words: the element's default language, in the initial chunk. */
export const FR_STRINGS: UiStrings = {
  regionLabel: 'Trouver un lieu d’aide pour vos démarches',
  loading: 'Chargement des lieux…',
  loadingProgress: (d, n) => `Chargement des lieux… ${d} sur ${n}`,
  indexingProgress: (d, n) => `Préparation de la recherche… ${d} lieux sur ${n}`,
  mapLoading: 'Chargement de la carte…',
  mapUnavailable: "La carte n'a pas pu s'afficher. La liste des lieux reste utilisable.",
  noSource: 'Aucune liste de lieux n’est indiquée (attribut src ou propriété catalogue).',
  errorTitle: 'La liste des lieux n’a pas pu être affichée',
  errorNetwork: 'La liste des lieux n’a pas pu être téléchargée : la connexion a échoué. Vérifiez votre connexion à internet puis réessayez.',
  errorCors: 'La liste des lieux ne peut pas s’afficher sur ce site pour le moment : son serveur ne l’autorise pas. Le problème vient du site, pas de votre connexion ; il a été signalé à ses responsables dans la console du navigateur.',
  // No status code for residents: what it means for them, and what to do.
  errorHttp: (s) =>
    s === 404 || s === 410
      ? 'Le fichier des lieux est introuvable à l’adresse prévue. Le site qui présente cette page doit corriger ce lien ; réessayez plus tard.'
      : s >= 500
        ? 'Le serveur qui fournit la liste des lieux a un problème passager. Réessayez dans quelques minutes.'
        : 'Le serveur a refusé d’envoyer la liste des lieux. Réessayez plus tard.',
  errorTimeout: 'Le fichier des lieux met trop de temps à arriver. Réessayez dans un instant.',
  errorCode: 'Une partie du service n’a pas pu être téléchargée (le site a peut-être été mis à jour, ou la connexion a été coupée). Rechargez la page pour réessayer.',
  searchUnavailable: 'La recherche n’a pas pu être préparée : une partie du service n’a pas pu être téléchargée. Rechargez la page pour réessayer.',
  filtersUnavailable: 'Les filtres n’ont pas pu s’afficher : une partie du service n’a pas pu être téléchargée. Rechargez la page pour réessayer ; la recherche reste utilisable.',
  originUnavailable: 'La recherche autour d’une commune n’a pas pu se faire : une partie du service n’a pas pu être téléchargée. Rechargez la page pour réessayer ; la liste des lieux reste utilisable.',
  emptyUnavailable: 'Aucun lieu ne correspond à cette recherche.',
  detailUnavailable: 'Les détails de ce lieu n’ont pas pu s’afficher : une partie du service n’a pas pu être téléchargée. Rechargez la page pour réessayer ; la liste des lieux reste utilisable.',
  errorInvalid: (p) => `Le fichier des lieux n’est pas utilisable : ${p}`,
  skipped: (n) =>
    isSingular('fr', n)
      ? `${n} lieu du fichier n’est pas affiché car sa fiche est incomplète ou erronée.`
      : `${n} lieux du fichier ne sont pas affichés car leur fiche est incomplète ou erronée.`,
  skippedShow: 'Voir le détail des problèmes (pour le gestionnaire du site)',
  retry: 'Réessayer',

  viewLabel: 'Affichage',
  views: { list: 'Liste', map: 'Carte', both: 'Liste et carte' },
  mapFallback: (e) => `${e} Affichage en liste.`,

  searchLabel: 'Que cherchez-vous ?',
  searchHint: 'Par exemple : CAF, carte grise, impôts, imprimer un document.',
  searchButton: 'Rechercher',
  suggestionsLabel: 'Démarches suggérées',
  chipsLabel: 'Démarches choisies',
  removeNeed: (l) => `Retirer la démarche : ${l}`,
  filters: 'Filtres',
  filtersActive: (n) => (isSingular('fr', n) ? `Filtres (${n} actif)` : `Filtres (${n} actifs)`),
  openNow: 'Ouvert maintenant',
  walkIn: 'Sans rendez-vous',
  equipment: {
    computer: 'Ordinateur en libre accès',
    printer: 'Imprimante',
    scanner: 'Scanner',
    wifi: 'Wi-Fi',
    phone: 'Téléphone en libre accès',
  },
  wheelchair: 'Accessible en fauteuil roulant',

  whereLegend: 'Où ?',
  communeLabel: 'Commune ou code postal',
  communeLabelGeocoder: 'Commune, code postal ou adresse',
  communeButton: 'Chercher autour',
  aroundMe: 'Autour de moi',
  locating: 'Recherche de votre position…',
  communeChoose: 'Plusieurs communes correspondent. Laquelle ?',
  communeLookingUp: 'Recherche de la commune…',
  choicesLabel: 'Communes possibles',
  givenPosition: 'la position indiquée',
  originMarker: (l) => `Point de départ : ${l}`,
  inCommune: 'dans la commune',
  aboutDistance: (d) => `à environ ${d}`,
  originLabel: (l) => `Autour de ${l}`,
  originRemove: (l) => `Ne plus chercher autour de ${l}`,

  resultsHeading: 'Lieux',
  sortLabel: 'Trier par',
  sortDistance: 'Distance',
  sortRelevance: 'Pertinence',
  distance: (d) => `à ${d}`,
  hoursUnknown: 'Horaires non communiqués',
  approximateShort: 'Position approximative',
  incomplete: 'informations incomplètes',
  nextVisitUnknown: 'Prochains passages non communiqués',
  call: 'Appeler',
  callLabel: (name, phone) => `Appeler ${name} au ${phone}`,
  directions: 'Itinéraire',
  directionsLabel: (name) => `Itinéraire vers ${name} (nouvel onglet)`,
  details: 'Détails',
  detailsLabel: (name) => `Détails : ${name}`,
  showMore: (n) => (isSingular('fr', n) ? `Afficher le dernier lieu` : `Afficher plus de lieux (${n} autres)`),

  skipsLabel: 'Accès rapide',
  skipToResults: 'Aller aux résultats',
  skipToMap: 'Aller à la carte',
  exportMenu: 'Imprimer ou télécharger',
  helpCall: (p) => `appelez le ${p}`,
  helpCallLabel: (p) => `Besoin d’aide ? Appelez le ${p}`,
  helpPage: 'contactez l’accueil',
  helpLead: 'Besoin d’aide ?',
  stopLine: (s) => `Arrêt : ${s}`,
  searchSummary: (parts, near) => (parts.filter(Boolean).join(', ') || 'Tous les lieux') + (near ? ` près de ${near}` : ''),
};

/** The English words (./strings-en.ts: the element's and the results toolbar's), once they have come. */
let english: typeof import('./strings-en.js') | undefined;
let loadingEn: Promise<void> | undefined;

/** The English words if they have come (for ./strings-actions.ts). */
export function englishWords(): typeof english {
  return english;
}

/**
 * The words of `lang`. English is a chunk of its own ({@link uiStringsReady}): until it has come
 * (or when it could not be fetched) the French words answer, so no caller ever breaks the page.
 * The root element waits for {@link uiStringsReady} before each render, so it never shows them.
 */
export function uiStrings(lang: Lang): UiStrings {
  return (lang === 'en' ? english?.EN_STRINGS : undefined) ?? FR_STRINGS;
}

/**
 * Null when the words of `lang` are here; else a promise that settles once they are (or once
 * fetching them failed: the French words then stand in). Never rejects.
 */
export function uiStringsReady(lang: Lang): Promise<void> | null {
  if (lang !== 'en' || english) return null;
  loadingEn ??= import('./strings-en.js').then(
    (m) => {
      english = m;
    },
    () => {
      // A missing chunk (a host that copied only service-locator.js): French rather than nothing,
      // and another try at the next render.
      loadingEn = undefined;
    },
  );
  return loadingEn;
}
