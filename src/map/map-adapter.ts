/**
 * The only view of a map that the rest of the code has. `maplibre-adapter.ts` implements it
 * with MapLibre GL (loaded by dynamic import); tests may use a fake. Nothing outside
 * `src/map/` imports `maplibre-gl`.
 */
import type { Place, PlaceKind } from '../core/catalogue/types.js';
import type { Lang } from '../core/lang.js';

/** IGN Géoplateforme PLAN IGN vector style (no key; attribution © IGN): the default base map. */
export const DEFAULT_MAP_STYLE_URL = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';

/** `styleUrl` value that selects the built-in offline style (no network at all). */
export const OFFLINE_MAP_STYLE = 'offline';

/** A point to draw: a place, or one stop of a bus. */
export interface MapPoint {
  /** Place id, or `placeId#stopId` for a bus stop. */
  id: string;
  placeId: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  approximate: boolean;
}

/** Where the resident searches from, drawn as a marker named for screen readers. */
export interface MapOrigin {
  lat: number;
  lon: number;
  /** The marker's accessible name ("Point de départ : Lherm"). */
  label: string;
}

export interface MapAdapterOptions {
  /** Element the adapter owns (created imperatively, never re-rendered by Lit). */
  container: HTMLElement;
  /** Shadow root (or document) where the map library's CSS must be adopted. */
  styleRoot: ShadowRoot | Document;
  /** MapLibre style URL; when it fails to load within `styleTimeoutMs`, the offline style is used. */
  styleUrl?: string;
  styleTimeoutMs?: number;
  lang: Lang;
  /** Disable animations (prefers-reduced-motion). */
  reducedMotion: boolean;
  /** Ctrl/⌘ + scroll to zoom, two fingers to pan, when the widget sits in a scrolling page. */
  cooperativeGestures: boolean;
  /**
   * URL of `maplibre-gl-worker.mjs` (relative to the page), for sites that host it elsewhere;
   * default: the file beside the adapter's module, which bundlers copy.
   */
  workerUrl?: string;
}

export type MapAdapterEvent =
  | { type: 'select'; placeId: string }
  | { type: 'visible-change'; placeIds: string[] }
  | { type: 'style-fallback'; reason: string }
  | {
      type: 'failure';
      /** `worker`: the map's worker file did not load (404, CSP); `trusted-types`: the page's Trusted Types policy stopped it. */
      reason: 'no-webgl' | 'context-lost' | 'style' | 'worker' | 'trusted-types' | 'unknown';
      detail?: string;
    };

export interface MapAdapter {
  /** Creates the map; rejects (never throws synchronously) when WebGL2 or the library is missing. */
  mount(options: MapAdapterOptions): Promise<void>;
  /** Releases the map, its WebGL context, listeners and timers. Safe to call twice. */
  unmount(): void;
  setPoints(points: MapPoint[]): void;
  /** Highlights a place (null clears); pans to it unless reduced motion asks otherwise. */
  select(placeId: string | null): void;
  /** Draws (or removes) the origin marker; `fitToPoints` then frames it with the points. */
  setOrigin(origin: MapOrigin | null): void;
  /** Centres and zooms on one point (`placeId#stopId` for a bus stop, or a place id). */
  focus(pointId: string): void;
  /** Frames the points (and the origin); only on a new set of results or an explicit action. */
  fitToPoints(): void;
  /** Resolves when the map has rendered everything (MapLibre `idle`). */
  whenIdle(): Promise<void>;
  on(listener: (event: MapAdapterEvent) => void): () => void;
}

/** Points for a list of places: one per place, plus one per bus stop. */
export function toMapPoints(places: readonly Place[]): MapPoint[] {
  const points: MapPoint[] = [];
  for (const place of places) {
    if (place.kind === 'bus' && place.stops && place.stops.length > 0) {
      for (const stop of place.stops) {
        points.push({
          id: `${place.id}#${stop.id}`,
          placeId: place.id,
          name: `${place.name} – ${stop.name}`,
          kind: place.kind,
          lat: stop.location.lat,
          lon: stop.location.lon,
          approximate: stop.location.precision === 'commune',
        });
      }
    } else {
      points.push({
        id: place.id,
        placeId: place.id,
        name: place.name,
        kind: place.kind,
        lat: place.location.lat,
        lon: place.location.lon,
        approximate: place.location.precision === 'commune',
      });
    }
  }
  return points;
}

/** Why the map cannot be shown (the `failure` event's and `MapMountError`'s reason). */
export type MapFailureReason = Extract<MapAdapterEvent, { type: 'failure' }>['reason'];

/** What `MapAdapter.mount` rejects with: a reason the element can turn into plain words. */
export class MapMountError extends Error {
  readonly reason: MapFailureReason;
  constructor(reason: MapFailureReason, message: string) {
    super(message);
    this.name = 'MapMountError';
    this.reason = reason;
  }
}
