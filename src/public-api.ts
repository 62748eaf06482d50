/**
 * The public exports of service-locator-element but the strings table: what both the library
 * (src/index.ts) and the standalone build (src/standalone.ts) export. `UI_STRINGS` is the
 * library's only: it holds the English words, which the standalone build keeps in a chunk of its
 * own, fetched only for an English element (issue 15, item 3).
 */
export * from './core/catalogue/types.js';
export * from './core/needs/vocabulary.js';
export type { ValidationProblem, ValidationResult } from './core/catalogue/problems.js';
export type { SearchQuery, SearchResult } from './core/search/types.js';
export { ServiceLocatorElement } from './components/service-locator/service-locator.js';
export * from './components/service-locator/events.js';
export type { ViewMode } from './controllers/url-state-controller.js';
export { ServiceLocatorSearchElement, type SearchFilters } from './components/service-locator-search/service-locator-search.js';
// The list comes with the data core (the first paint does not need it): a type here too.
export type { ServiceLocatorListElement } from './components/service-locator-list/service-locator-list.js';
// The detail dialog loads on demand (its first opening): its class is a type here, not a static import.
export type { ServiceLocatorDetailElement } from './components/service-locator-detail/service-locator-detail.js';
// Earlier names of these classes (classes now share their tag's name), kept so existing imports compile.
/** @deprecated Use `ServiceLocatorSearchElement` (same class). */
export { ServiceLocatorSearchElement as SearchBoxElement } from './components/service-locator-search/service-locator-search.js';
/** @deprecated Use `ServiceLocatorListElement` (same class). */
export type { ServiceLocatorListElement as PlaceListElement } from './components/service-locator-list/service-locator-list.js';
/** @deprecated Use `ServiceLocatorDetailElement` (same class). */
export type { ServiceLocatorDetailElement as PlaceDetailElement } from './components/service-locator-detail/service-locator-detail.js';
