/**
 * `<service-locator>` in React 19's JSX, with its properties and events typed:
 *
 *   import 'service-locator-element/react'; // registers the element and brings these types
 *   <service-locator view="both" catalogue={data} onservice-locator-select={(e) => e.placeId} />
 *
 * React 19 sets a prop as a property when the element has it (`catalogue`, `mapStyle`, `now`)
 * and listens to `on<event-name>` props as events.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ServiceLocatorElement, ServiceLocatorEventProps, ServiceLocatorProperties } from './service-locator-props.js';

export type { ServiceLocatorEventMap, ServiceLocatorProperties } from './service-locator-props.js';

export type ServiceLocatorReactProps = Omit<HTMLAttributes<ServiceLocatorElement>, keyof ServiceLocatorProperties> &
  ServiceLocatorProperties &
  ServiceLocatorEventProps &
  RefAttributes<ServiceLocatorElement>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'service-locator': ServiceLocatorReactProps;
    }
  }
}
