/**
 * The public events of `<service-locator>`. Each is a typed `Event` subclass, bubbling and
 * composed, fired on the root element only on a user's action — except `load` and `error`,
 * which report what happened to the catalogue. Setting a property never fires one.
 */
import type { Place } from '../../core/catalogue/types.js';
import type { ValidationProblem } from '../../core/catalogue/problems.js';
import type { SearchQuery } from '../../core/search/types.js';
import type { ViewMode } from '../../controllers/url-state-controller.js';

const init: EventInit = { bubbles: true, composed: true };

/** The user chose a place (details opened, "show on the map", or a map marker). */
export class ServiceLocatorSelectEvent extends Event {
  static readonly eventName = 'service-locator-select' as const;
  readonly placeId: string;
  readonly place: Place;
  constructor(place: Place) {
    super(ServiceLocatorSelectEvent.eventName, init);
    this.placeId = place.id;
    this.place = place;
  }
}

/** The user changed the search (text, needs, filters or location); `total` is the result count. */
export class ServiceLocatorSearchEvent extends Event {
  static readonly eventName = 'service-locator-search' as const;
  readonly query: SearchQuery;
  readonly total: number;
  constructor(query: SearchQuery, total: number) {
    super(ServiceLocatorSearchEvent.eventName, init);
    this.query = query;
    this.total = total;
  }
}

/** The user switched between list, map and both. */
export class ServiceLocatorViewChangeEvent extends Event {
  static readonly eventName = 'service-locator-view-change' as const;
  readonly view: ViewMode;
  constructor(view: ViewMode) {
    super(ServiceLocatorViewChangeEvent.eventName, init);
    this.view = view;
  }
}

/** The catalogue is loaded: `placeCount` valid places, `problems` found (skipped places included). */
export class ServiceLocatorLoadEvent extends Event {
  static readonly eventName = 'service-locator-load' as const;
  readonly placeCount: number;
  readonly problems: readonly ValidationProblem[];
  constructor(placeCount: number, problems: readonly ValidationProblem[]) {
    super(ServiceLocatorLoadEvent.eventName, init);
    this.placeCount = placeCount;
    this.problems = problems;
  }
}

export type ServiceLocatorErrorKind = 'network' | 'cors' | 'http' | 'timeout' | 'invalid' | 'no-source' | 'map' | 'render';

/**
 * Something failed: the catalogue (nothing usable to show), the map (list shown instead), or one
 * place that could not be shown whole (`render`, with its `placeId`: the list, the detail, the
 * print and the exports show its name and "informations incomplètes"; reported once per place
 * and catalogue, whichever view met it first).
 */
export class ServiceLocatorErrorEvent extends Event {
  static readonly eventName = 'service-locator-error' as const;
  readonly kind: ServiceLocatorErrorKind;
  /** The plain message shown to the resident, in the element's language. */
  readonly message: string;
  readonly status?: number;
  /** For `render`: the place that could not be shown whole. */
  readonly placeId?: string;
  constructor(kind: ServiceLocatorErrorKind, message: string, status?: number, placeId?: string) {
    super(ServiceLocatorErrorEvent.eventName, init);
    this.kind = kind;
    this.message = message;
    if (status !== undefined) this.status = status;
    if (placeId !== undefined) this.placeId = placeId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'service-locator-select': ServiceLocatorSelectEvent;
    'service-locator-search': ServiceLocatorSearchEvent;
    'service-locator-view-change': ServiceLocatorViewChangeEvent;
    'service-locator-load': ServiceLocatorLoadEvent;
    'service-locator-error': ServiceLocatorErrorEvent;
  }
}
