/**
 * Strings of the results toolbar (print, CSV and GeoJSON downloads) and of the "did you mean"
 * suggestions: French here, English in ./strings-en.ts (fetched only for an English element). The printed list's own words live beside it, in
 * ../components/service-locator-results-actions/print-strings.ts, so they load with it, not with the page.
 */
import type { Lang } from '../core/lang.js';
import { englishWords } from './strings.js';

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

  didYouMean: string;
  searchFor: (label: string) => string;
}

/** The French words; the English ones are in ./strings-en.ts, loaded with the element's. */
const FR_ACTIONS: ActionsStrings = {
  groupLabel: 'Imprimer ou télécharger la liste',
  print: 'Imprimer la liste',
  printHint: 'Liste sur papier A4, sans la carte, avec horaires et téléphones',
  downloadCsv: 'Télécharger (CSV)',
  downloadCsvLabel: 'Télécharger la liste en tableur (CSV)',
  downloadGeoJson: 'Télécharger (GeoJSON)',
  downloadGeoJsonLabel: 'Télécharger la liste pour une carte (GeoJSON)',
  fileStem: 'lieux',
  downloaded: (file) => `Fichier ${file} téléchargé`,
  failed: 'Action impossible pour le moment : une partie du service n’a pas pu être téléchargée. Rechargez la page pour réessayer.',
  didYouMean: 'Vouliez-vous dire :',
  searchFor: (l) => `Rechercher « ${l} »`,
};

/** The words of `lang`: French until the English ones have come (see uiStringsReady in ./strings.ts). */
export const actionsStrings = (lang: Lang): ActionsStrings => (lang === 'en' ? englishWords()?.EN_ACTIONS : undefined) ?? FR_ACTIONS;
