/**
 * Public exports of service-locator. No side effects: import `service-locator/define` (or the
 * standalone build) to register the custom element.
 */
export * from './core/catalogue/types.js';
export * from './core/needs/vocabulary.js';
export { ServiceLocatorElement } from './components/service-locator/service-locator.js';
