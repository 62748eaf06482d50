/**
 * Registers `<service-locator>` and its inner views (once, even if this module is loaded twice).
 * `<service-locator-map>` and `<service-locator-detail>` are not registered here: the root
 * registers them after their dynamic import, the first time the map is shown or a detail opened,
 * so list-only visitors never download MapLibre and the first paint does not wait for the dialog.
 * `<service-locator-list>` comes with the data core (src/controllers/data-core-loader.ts), with
 * the hours engine it paints with: nothing is listed before the catalogue is validated.
 */
import { ServiceLocatorElement } from './components/service-locator/service-locator.js';
import { SearchBoxElement } from './components/search-box/search-box.js';
import type { PlaceListElement } from './components/place-list/place-list.js';

const define = (name: string, ctor: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, ctor);
};

// Inner views first, so the root's first render finds them defined.
define('service-locator-search', SearchBoxElement);
define('service-locator', ServiceLocatorElement);

declare global {
  interface HTMLElementTagNameMap {
    'service-locator': ServiceLocatorElement;
    'service-locator-search': SearchBoxElement;
    'service-locator-list': PlaceListElement;
  }
}
