/**
 * The element's English words (see ./strings.ts for the French ones and the shape). A chunk of
 * its own in the standalone build: French pages never download it; an English element waits for
 * it before its first render (issue 15, item 3: code before the first list paint).
 */
import type { ActionsStrings } from './strings-actions.js';
import type { FilterStrings } from './strings-filters.js';
import type { ChangeStrings } from './strings-announce.js';
import type { UiStrings } from './strings.js';
import { isSingular } from './plural.js';

export const EN_STRINGS: UiStrings = {
  regionLabel: 'Find a place to get help with your procedures',
  loading: 'Loading places…',
  loadingProgress: (d, n) => `Loading places… ${d} of ${n}`,
  indexingProgress: (d, n) => `Preparing the search… ${d} of ${n} places`,
  mapLoading: 'Loading the map…',
  mapUnavailable: 'The map could not be shown. The list of places still works.',
  noSource: 'No list of places is given (src attribute or catalogue property).',
  errorTitle: 'The list of places could not be shown',
  errorNetwork: 'The file of places could not be downloaded: the connection failed. Check your connection and try again.',
  errorCors: 'The list of places cannot be shown on this site for now: its server does not allow it. The problem is with the site, not your connection; it is reported to the site’s managers in the browser console.',
  errorHttp: (s) =>
    s === 404 || s === 410
      ? 'The file of places is not where it should be. The site showing this page needs to fix the link; try again later.'
      : s >= 500
        ? 'The server that provides the list of places has a temporary problem. Try again in a few minutes.'
        : 'The server refused to send the list of places. Try again later.',
  errorTimeout: 'The file of places is taking too long to arrive. Try again in a moment.',
  errorCode: 'Part of the service could not be downloaded (the site may have been updated, or the connection dropped). Reload the page to try again.',
  searchUnavailable: 'The search could not be prepared: part of the service could not be downloaded. Reload the page to try again.',
  filtersUnavailable: 'The filters could not be shown: part of the service could not be downloaded. Reload the page to try again; the search still works.',
  originUnavailable: 'The search around a commune could not be done: part of the service could not be downloaded. Reload the page to try again; the list of places still works.',
  emptyUnavailable: 'No place matches this search.',
  detailUnavailable: 'The details of this place could not be shown: part of the service could not be downloaded. Reload the page to try again; the list of places still works.',
  errorInvalid: (p) => `The file of places cannot be used: ${p}`,
  skipped: (n) =>
    isSingular('en', n)
      ? `${n} place from the file is not shown because its entry is incomplete or wrong.`
      : `${n} places from the file are not shown because their entries are incomplete or wrong.`,
  skippedShow: 'See the problems (for the site manager)',
  retry: 'Try again',

  viewLabel: 'View',
  views: { list: 'List', map: 'Map', both: 'List and map' },
  mapFallback: (e) => `${e} Showing the list.`,

  searchLabel: 'What are you looking for?',
  searchHint: 'For example: CAF, vehicle registration, taxes, print a document.',
  searchButton: 'Search',
  suggestionsLabel: 'Suggested procedures',
  chipsLabel: 'Chosen procedures',
  removeNeed: (l) => `Remove the procedure: ${l}`,
  filters: 'Filters',
  filtersActive: (n) => `Filters (${n} active)`,
  openNow: 'Open now',
  walkIn: 'No appointment needed',
  equipment: {
    computer: 'Computer for public use',
    printer: 'Printer',
    scanner: 'Scanner',
    wifi: 'Wi-Fi',
    phone: 'Telephone for public use',
  },
  wheelchair: 'Wheelchair accessible',

  whereLegend: 'Where?',
  communeLabel: 'Town or postcode',
  communeLabelGeocoder: 'Town, postcode or address',
  communeButton: 'Search around',
  aroundMe: 'Around me',
  locating: 'Finding your position…',
  communeChoose: 'Several towns match. Which one?',
  communeLookingUp: 'Looking up the town…',
  choicesLabel: 'Possible towns',
  givenPosition: 'the given position',
  originMarker: (l) => `Starting point: ${l}`,
  inCommune: 'in the town',
  aboutDistance: (d) => `about ${d} away`,
  originLabel: (l) => `Around ${l}`,
  originRemove: (l) => `Stop searching around ${l}`,

  resultsHeading: 'Places',
  sortLabel: 'Sort by',
  sortDistance: 'Distance',
  sortRelevance: 'Relevance',
  distance: (d) => `${d} away`,
  hoursUnknown: 'Opening hours not given',
  approximateShort: 'Approximate position',
  incomplete: 'incomplete information',
  nextVisitUnknown: 'Next visits not given',
  call: 'Call',
  callLabel: (name, phone) => `Call ${name} on ${phone}`,
  directions: 'Directions',
  directionsLabel: (name) => `Directions to ${name} (new tab)`,
  details: 'Details',
  detailsLabel: (name) => `Details: ${name}`,
  showMore: (n) => (isSingular('en', n) ? `Show the last place` : `Show more places (${n} more)`),

  skipsLabel: 'Quick access',
  skipToResults: 'Skip to results',
  skipToMap: 'Skip to the map',
  exportMenu: 'Print or download',
  helpCall: (p) => `call ${p}`,
  helpCallLabel: (p) => `Need help? Call ${p}`,
  helpPage: 'contact the front desk',
  helpLead: 'Need help?',
  stopLine: (s) => `Stop: ${s}`,
  searchSummary: (parts, near) => (parts.filter(Boolean).join(', ') || 'All places') + (near ? ` near ${near}` : ''),
};

/** The results toolbar's and "did you mean"'s English words (./strings-actions.ts). */
export const EN_ACTIONS: ActionsStrings = {
  groupLabel: 'Print or download the list',
  print: 'Print the list',
  printHint: 'A4 paper list, without the map, with hours and phone numbers',
  downloadCsv: 'Download (CSV)',
  downloadCsvLabel: 'Download the list as a spreadsheet (CSV)',
  downloadGeoJson: 'Download (GeoJSON)',
  downloadGeoJsonLabel: 'Download the list for a map (GeoJSON)',
  fileStem: 'places',
  downloaded: (file) => `File ${file} downloaded`,
  failed: 'Not possible right now: part of the service could not be downloaded. Reload the page to try again.',
  didYouMean: 'Did you mean:',
  searchFor: (l) => `Search for “${l}”`,
};

/** The filters body's English words (./strings-filters.ts). */
export const EN_FILTERS: FilterStrings = {
  kindLegend: 'Kind of place',
  equipmentLegend: 'Equipment on site',
  clearFilters: 'Clear filters',
  conditionsLegend: 'Opening and access',
  withCount: (l, n) => `${l} (${n})`,
  radiusLegend: 'Distance',
};

/** What changed, in English, said before the count in the live region (./strings-announce.ts). */
export const EN_CHANGES: ChangeStrings = {
  changeNeedAdded: (l) => `Procedure ${l} added`,
  changeNeedRemoved: (l) => `Procedure ${l} removed`,
  changeFilterAdded: (l) => `Filter ${l} added`,
  changeFilterRemoved: (l) => `Filter ${l} removed`,
  changeFiltersCleared: 'Filters cleared',
  changeRadius: (l) => `Distance: ${l.charAt(0).toLowerCase()}${l.slice(1)}`,
  changeText: (t) => `Search “${t}”`,
  changeTextCleared: 'Text cleared',
};
