/**
 * Public exports of service-locator-element. No side effects: import `service-locator-element/define` (or the
 * standalone build) to register the custom elements.
 */
export * from './core/catalogue/types.js';
export * from './core/needs/vocabulary.js';
export type { ValidationProblem, ValidationResult } from './core/catalogue/problems.js';
export type { SearchQuery, SearchResult } from './core/search/types.js';
export { ServiceLocatorElement } from './components/service-locator/service-locator.js';
export * from './components/service-locator/events.js';
export type { ViewMode } from './controllers/url-state-controller.js';
export { SearchBoxElement, type SearchFilters } from './components/search-box/search-box.js';
// The list comes with the data core (the first paint does not need it): a type here too.
export type { PlaceListElement } from './components/place-list/place-list.js';
// The detail dialog loads on demand (its first opening): its class is a type here, not a static import.
export type { PlaceDetailElement } from './components/place-detail/place-detail.js';
export { UI_STRINGS, type UiStrings } from './i18n/strings.js';
