/**
 * Strings of the results toolbar (print, CSV and GeoJSON downloads) and of the "did you mean"
 * suggestions, French first, English second. The printed list's own words live beside it, in
 * ../components/service-locator-results-actions/print-strings.ts, so they load with it, not with the page.
 */
import type { Lang } from '../core/lang.js';

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

  /** What was searched, for the printed header: "caf, Impôts près de Lherm" (parts: text, need labels, filters). */
  summary: (parts: readonly string[], near?: string) => string;
  didYouMean: string;
  searchFor: (label: string) => string;
}

export const ACTIONS_STRINGS: Record<Lang, ActionsStrings> = {
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
    summary: (parts, near) => (parts.filter(Boolean).join(', ') || 'Tous les lieux') + (near ? ` près de ${near}` : ''),
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
    summary: (parts, near) => (parts.filter(Boolean).join(', ') || 'All places') + (near ? ` near ${near}` : ''),
    didYouMean: 'Did you mean:',
    searchFor: (l) => `Search for “${l}”`,
  },
};

export const actionsStrings = (lang: Lang): ActionsStrings => ACTIONS_STRINGS[lang] ?? ACTIONS_STRINGS.fr;
