/**
 * The map's lifecycle for the root element: loads `<service-locator-map>` (and through it
 * MapLibre) the first time the map is shown, decides once whether gestures must cooperate with
 * a scrolling page, holds the reason the map cannot be shown (the list then carries everything),
 * and keeps the origin marker's object stable so the map is not told of a change that is none.
 *
 * Does not own: the map itself (the map element and its adapter), the selection, the view.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MapOrigin } from '../map/map-adapter.js';
import type { Origin } from './origin-controller.js';
import { lazy } from './lazy.js';

export interface MapControllerOptions {
  /** The plain message when the map's code cannot load. */
  unavailable: () => string;
  /** The map failed (the host fires `service-locator-error`, kind `map`). */
  onFailure: (message: string) => void;
}

export class MapController {
  /** `<service-locator-map>` is defined. */
  loaded = false;
  /** Why the map cannot be shown, in plain words; null when it can. */
  failure: string | null = null;
  /**
   * The map can never be shown on this device or page (no WebGL 2, a security policy): asking
   * again would fail the same way, so the view switch offers the list only.
   */
  impossible = false;
  /** Ctrl/⌘ + wheel to zoom, two fingers to pan: the widget sits in a page that scrolls. */
  cooperativeGestures = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: MapControllerOptions;
  private memo: { for: Origin | null; label: string; value: MapOrigin | null } = { for: null, label: '', value: null };
  private readonly load = lazy(() => import('../components/service-locator-map/service-locator-map.js'));

  constructor(host: ReactiveControllerHost, options: MapControllerOptions) {
    this.host = host;
    this.options = options;
  }

  /** Loads the map view once; a failure to load is said, and the next call tries again. */
  async ensure(): Promise<void> {
    if (this.loaded) return;
    // In a page that scrolls, a wheel or one-finger drag over the map must scroll the page, not
    // move the map (ctrl/⌘ + wheel and two fingers do): decided once, as the map is first shown.
    const se = document.scrollingElement;
    this.cooperativeGestures = !!se && se.scrollHeight > window.innerHeight + 1;
    try {
      (await this.load()).ServiceLocatorMapElement.define();
      this.loaded = true;
      this.host.requestUpdate();
    } catch {
      this.fail(this.options.unavailable());
    }
  }

  fail(message: string, reason?: string): void {
    this.failure = message;
    this.impossible = reason === 'no-webgl' || reason === 'trusted-types';
    this.host.requestUpdate();
    this.options.onFailure(message);
  }

  /** The resident asked for the map again: try again. */
  retry(): void {
    this.failure = null;
  }

  /** The origin marker for `origin`, the same object until the origin or its words change. */
  origin(origin: Origin | null, label: (name: string) => string): MapOrigin | null {
    const words = origin ? label(origin.label) : '';
    if (this.memo.for !== origin || this.memo.label !== words) {
      this.memo = { for: origin, label: words, value: origin ? { lat: origin.point.lat, lon: origin.point.lon, label: words } : null };
    }
    return this.memo.value;
  }
}
