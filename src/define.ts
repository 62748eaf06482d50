/** Registers `<service-locator>` (once, even if this module is loaded twice). */
import { ServiceLocatorElement } from './components/service-locator/service-locator.js';

if (!customElements.get('service-locator')) customElements.define('service-locator', ServiceLocatorElement);

declare global {
  interface HTMLElementTagNameMap {
    'service-locator': ServiceLocatorElement;
  }
}
