/**
 * Strings of the results actions (print, CSV and GeoJSON downloads), the printed list and the
 * "did you mean" suggestions, French first, English second. Dates and times come in formatted.
 */
type L = 'fr' | 'en';
const pr = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };
const one = (lang: L, n: number) => pr[lang].select(n) === 'one';

export interface ActionsStrings {
  groupLabel: string;
  print: string;
  printHint: string;
  downloadCsv: string;
  downloadCsvLabel: string;
  downloadGeoJson: string;
  downloadGeoJsonLabel: string;
  /** File name stem before the date: `lieux-2026-11-23.csv`. */
  fileStem: string;
  downloaded: (file: string) => string;
  failed: string;

  printTitle: string;
  printSearched: (summary: string) => string;
  printedAt: (date: string, time: string) => string;
  printCount: (n: number) => string;
  printSource: (attribution: string) => string;
  phone: string;
  email: string;
  website: string;
  address: string;
  hours: string;
  hoursWeekOf: (date: string) => string;
  hoursUnknown: string;
  dayClosed: string;
  dayUnknown: string;
  visits: string;
  visitsNone: (days: number) => string;
  visitsMore: (n: number) => string;
  approximate: string;
  needs: string;
  distance: (d: string) => string;

  didYouMean: string;
  searchFor: (label: string) => string;
}

export const ACTIONS_STRINGS: Record<L, ActionsStrings> = {
  fr: {
    groupLabel: 'Imprimer ou télécharger la liste',
    print: 'Imprimer la liste',
    printHint: 'Liste sur papier A4, sans la carte, avec horaires et téléphones',
    downloadCsv: 'Télécharger (CSV)',
    downloadCsvLabel: 'Télécharger la liste en tableur (CSV)',
    downloadGeoJson: 'Télécharger (GeoJSON)',
    downloadGeoJsonLabel: 'Télécharger la liste pour une carte (GeoJSON)',
    fileStem: 'lieux',
    downloaded: (file) => `Fichier ${file} téléchargé`,
    failed: 'Action impossible pour le moment : vérifiez la connexion puis réessayez.',
    printTitle: "Lieux d'accueil et d'aide",
    printSearched: (s) => `Recherche : ${s}`,
    printedAt: (date, time) => `Liste imprimée le ${date} à ${time}`,
    printCount: (n) => (one('fr', n) ? `${n} lieu` : `${n} lieux`),
    printSource: (a) => `Source : ${a}`,
    phone: 'Téléphone',
    email: 'Courriel',
    website: 'Site',
    address: 'Adresse',
    hours: 'Horaires',
    hoursWeekOf: (d) => `Horaires (semaine du ${d})`,
    hoursUnknown: 'Horaires non communiqués',
    dayClosed: 'fermé',
    dayUnknown: 'non communiqué',
    visits: 'Prochains passages (30 jours)',
    visitsNone: (d) => `Aucun passage connu dans les ${d} prochains jours`,
    visitsMore: (n) => (one('fr', n) ? `et ${n} autre passage` : `et ${n} autres passages`),
    approximate: 'Position approximative (centre de la commune)',
    needs: 'Répond à',
    distance: (d) => `À ${d}`,
    didYouMean: 'Vouliez-vous dire :',
    searchFor: (l) => `Rechercher « ${l} »`,
  },
  en: {
    groupLabel: 'Print or download the list',
    print: 'Print the list',
    printHint: 'A4 paper list, without the map, with hours and phone numbers',
    downloadCsv: 'Download (CSV)',
    downloadCsvLabel: 'Download the list as a spreadsheet (CSV)',
    downloadGeoJson: 'Download (GeoJSON)',
    downloadGeoJsonLabel: 'Download the list for a map (GeoJSON)',
    fileStem: 'places',
    downloaded: (file) => `File ${file} downloaded`,
    failed: 'Not possible right now: check the connection and try again.',
    printTitle: 'Places offering help',
    printSearched: (s) => `Search: ${s}`,
    printedAt: (date, time) => `List printed on ${date} at ${time}`,
    printCount: (n) => (one('en', n) ? `${n} place` : `${n} places`),
    printSource: (a) => `Source: ${a}`,
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    address: 'Address',
    hours: 'Hours',
    hoursWeekOf: (d) => `Hours (week of ${d})`,
    hoursUnknown: 'Hours not known',
    dayClosed: 'closed',
    dayUnknown: 'not known',
    visits: 'Next visits (30 days)',
    visitsNone: (d) => `No visit known in the next ${d} days`,
    visitsMore: (n) => (one('en', n) ? `and ${n} more visit` : `and ${n} more visits`),
    approximate: 'Approximate position (centre of the town)',
    needs: 'Helps with',
    distance: (d) => `${d} away`,
    didYouMean: 'Did you mean:',
    searchFor: (l) => `Search for “${l}”`,
  },
};

export const actionsStrings = (lang: L): ActionsStrings => ACTIONS_STRINGS[lang] ?? ACTIONS_STRINGS.fr;
