/**
 * `<service-locator>` in Preact's JSX, with its properties and events typed:
 *
 *   import 'service-locator-element/preact'; // registers the element and brings these types
 *   <service-locator view="both" catalogue={data} onservice-locator-select={(e) => e.placeId} />
 *
 * Preact sets a prop as a property when the element has it, and `on<event-name>` listens.
 */
import type { JSX } from 'preact';
import type { ServiceLocatorElement, ServiceLocatorEventProps, ServiceLocatorProperties } from './service-locator-props.js';

export type { ServiceLocatorEventMap, ServiceLocatorProperties } from './service-locator-props.js';

export type ServiceLocatorPreactProps = Omit<JSX.HTMLAttributes<ServiceLocatorElement>, keyof ServiceLocatorProperties> &
  ServiceLocatorProperties &
  ServiceLocatorEventProps;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'service-locator': ServiceLocatorPreactProps;
    }
  }
}
