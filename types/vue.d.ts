/**
 * `<service-locator>` in Vue 3 templates (vue-tsc, Volar), with its properties and events
 * typed through `GlobalComponents`:
 *
 *   import 'service-locator-element/vue'; // registers the element and brings these types
 *   <service-locator view="both" :catalogue.prop="data" @service-locator-select="(e) => e.placeId" />
 *
 * Vue still needs to be told the tag is a custom element at run time
 * (`compilerOptions.isCustomElement = (tag) => tag === 'service-locator'`).
 */
import type { DefineComponent } from 'vue';
import type { ServiceLocatorProperties, ServiceLocatorVueEventProps } from './service-locator-props.js';

export type { ServiceLocatorEventMap, ServiceLocatorProperties } from './service-locator-props.js';

export type ServiceLocatorVueProps = ServiceLocatorProperties & ServiceLocatorVueEventProps;

declare module 'vue' {
  interface GlobalComponents {
    'service-locator': DefineComponent<ServiceLocatorVueProps>;
  }
}
