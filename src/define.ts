/**
 * Registers `<service-locator>` and its inner views (once, even if this module is loaded twice).
 * `<service-locator-map>` and `<service-locator-detail>` are not registered here: the root
 * registers them after their dynamic import, the first time the map is shown or a detail opened,
 * so list-only visitors never download MapLibre and the first paint does not wait for the dialog.
 * `<service-locator-list>` comes with the data core (src/controllers/data-core-loader.ts), with
 * the hours engine it paints with: nothing is listed before the catalogue is validated.
 */
import { ServiceLocatorElement } from './components/service-locator/service-locator.js';
import { ServiceLocatorSearchElement } from './components/service-locator-search/service-locator-search.js';
import type { ServiceLocatorListElement } from './components/service-locator-list/service-locator-list.js';

// Inner views first, so the root's first render finds them defined. `define()` (see
// components/base-element.ts) is idempotent: a second copy of this module changes nothing.
ServiceLocatorSearchElement.define();
ServiceLocatorElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'service-locator': ServiceLocatorElement;
    'service-locator-search': ServiceLocatorSearchElement;
    'service-locator-list': ServiceLocatorListElement;
  }
}
