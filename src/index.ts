/**
 * Public exports of service-locator-element. No side effects: import `service-locator-element/define` (or the
 * standalone build) to register the custom elements.
 */
export * from './public-api.js';
export { UI_STRINGS } from './i18n/strings-all.js';
export type { AllUiStrings as UiStrings } from './i18n/strings-all.js';
