/**
 * What frameworks' typings say about `<service-locator>`: its settable properties (each
 * attribute is also a property; frameworks that set properties, React 19, Preact and Vue's
 * `.prop`, take these names) and its public events. Used by ./react.d.ts, ./preact.d.ts and
 * ./vue.d.ts; hand-written beside the generated dist/lib/*.d.ts, which they import.
 */
import type {
  ServiceLocatorElement,
  ServiceLocatorErrorEvent,
  ServiceLocatorLoadEvent,
  ServiceLocatorSearchEvent,
  ServiceLocatorSelectEvent,
  ServiceLocatorViewChangeEvent,
} from '../dist/lib/index.js';

export type { ServiceLocatorElement };

/** Every public property a page may set (README "Attributes" and "Properties"). */
export type ServiceLocatorProperties = Partial<
  Pick<
    ServiceLocatorElement,
    | 'src'
    | 'catalogue'
    | 'view'
    | 'lang'
    | 'query'
    | 'need'
    | 'near'
    | 'mapStyle'
    | 'workerUrl'
    | 'noGeolocation'
    | 'urlState'
    | 'geocoder'
    | 'communes'
    | 'outlines'
    | 'directions'
    | 'helpContact'
    | 'geocoderTimeoutMs'
    | 'catalogueTimeoutMs'
    | 'now'
  >
>;

/** The public events, by name (the same as `GlobalEventHandlersEventMap`'s entries). */
export interface ServiceLocatorEventMap {
  'service-locator-select': ServiceLocatorSelectEvent;
  'service-locator-search': ServiceLocatorSearchEvent;
  'service-locator-view-change': ServiceLocatorViewChangeEvent;
  'service-locator-load': ServiceLocatorLoadEvent;
  'service-locator-error': ServiceLocatorErrorEvent;
}

/** `on` + the event's name, as React 19 and Preact read it on a custom element (`onservice-locator-select`). */
export type ServiceLocatorEventProps = {
  [K in keyof ServiceLocatorEventMap as `on${K}`]?: (event: ServiceLocatorEventMap[K]) => void;
};

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/** `on` + the event's name in camel case, as Vue reads `@service-locator-select` (`onServiceLocatorSelect`). */
export type ServiceLocatorVueEventProps = {
  [K in keyof ServiceLocatorEventMap as `on${Capitalize<Camel<K>>}`]?: (event: ServiceLocatorEventMap[K]) => void;
};
