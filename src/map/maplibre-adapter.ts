/**
 * MapAdapter implemented with MapLibre GL 6. The ONLY module that loads `maplibre-gl`, through a
 * dynamic `import()`, so the library (and this module, the offline outlines and MapLibre's CSS)
 * sit in a lazy chunk that list-only users never download.
 *
 * Owns: the MapLibre map and its lifecycle (WebGL2 check, construction, `remove()`), MapLibre's
 * CSS adopted into the host's shadow root, the style fallback (configured style → built-in
 * offline style after an error or a timeout), the place layers (clustered source, markers per
 * kind, selection), clicks, the visible-places computation and failure reporting.
 * Does not own: the element's DOM around the map, user-visible text outside MapLibre's UI
 * (see ../i18n/strings-map.ts), or what to do after a failure (the element decides).
 */
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap, MapMouseEvent, MapOptions } from 'maplibre-gl';
// maplibre-gl uses this type without re-exporting it; type-only, so nothing is loaded.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceKind } from '../core/catalogue/types.js';
import { boundsOf } from '../core/geo/distance.js';
import { PLACE_KINDS } from '../core/needs/vocabulary.js';
import {
  DEFAULT_MAP_STYLE_URL,
  MapMountError,
  OFFLINE_MAP_STYLE,
  type MapAdapter,
  type MapAdapterEvent,
  type MapAdapterOptions,
  type MapOrigin,
  type MapPoint,
} from './map-adapter.js';
import { APPROXIMATE_LETTER_COLOR, CLUSTER_COLOR, KIND_SYMBOLS, MARKER_HALO_COLOR, SELECTION_COLOR } from './kind-symbols.js';
import { createOfflineStyle, OFFLINE_STYLE_NAME, type StyleSpecification } from './offline-style.js';
import { MAPLIBRE_CSS } from './maplibre-css.generated.js';
import { MAP_STRINGS, maplibreLocale } from '../i18n/strings-map.js';
import { describeWorkerViolation, workerSource, type WorkerSource } from './worker-url.js';
import { releaseContextForGood } from './webgl-release.js';
import { TextAttributionControl } from './attribution-control.js';

/** Ids of the sources and layers this adapter adds to any style. */
export const MAP_IDS = {
  pointsSource: 'sl-points',
  selectedSource: 'sl-selected',
  clusters: 'sl-clusters',
  clusterCount: 'sl-cluster-count',
  points: 'sl-points',
  pointLetters: 'sl-point-letters',
  selectedRing: 'sl-selected-ring',
  selectedLetter: 'sl-selected-letter',
} as const;

/** How long the configured style may take before the offline style replaces it. */
export const DEFAULT_STYLE_TIMEOUT_MS = 4000;

/** Above this zoom no point is clustered (bus stops in one commune stay apart). */
const CLUSTER_MAX_ZOOM = 13;
/** View of metropolitan France before any point is known. */
const FRANCE_VIEW = { center: [2.5, 46.6] as [number, number], zoom: 4.6 };
/** Click tolerance around the pointer, in CSS px: markers are small, fingers are not. */
const HIT_SLOP = 8;

let liveMaps = 0;

/**
 * Number of MapLibre maps created by this module and not yet removed. Lifecycle tests use it
 * to prove that disconnecting the element leaves no map (and so no WebGL context) behind.
 */
export function liveMapCount(): number {
  return liveMaps;
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopts MapLibre's CSS into the shadow root (or document) once. A constructable stylesheet
 * passes a strict CSP (`style-src 'self'`) and, unlike the page's stylesheets, reaches into
 * our shadow root.
 */
function adoptMaplibreCss(root: ShadowRoot | Document): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  let sheet = sheets.get(doc);
  if (!sheet) {
    // The sheet must come from the realm of the document that adopts it (iframes).
    const view = doc.defaultView ?? window;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(MAPLIBRE_CSS);
    sheets.set(doc, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

let webgl2Known = false;

/** True when a WebGL2 context can be created. The probe's context is released at once. */
function hasWebGL2(): boolean {
  if (webgl2Known) return true;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Browsers keep only ~16 live contexts: give the probe's back now, not at GC time.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    webgl2Known = true;
    return true;
  } catch {
    return false;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error).message);
  return String(error);
}

/** `match` expression giving each kind its value, with a fallback for unknown kinds. */
function byKind(value: (kind: PlaceKind) => string, fallback: string): ExpressionSpecification {
  const pairs: string[] = [];
  for (const kind of PLACE_KINDS) pairs.push(kind, value(kind));
  return ['match', ['get', 'kind'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const IS_APPROXIMATE: ExpressionSpecification = ['==', ['get', 'approximate'], true];
const MARKER_FILL: ExpressionSpecification = ['case', IS_APPROXIMATE, MARKER_HALO_COLOR, byKind((k) => KIND_SYMBOLS[k].color, CLUSTER_COLOR)];
const MARKER_STROKE: ExpressionSpecification = ['case', IS_APPROXIMATE, byKind((k) => KIND_SYMBOLS[k].color, CLUSTER_COLOR), MARKER_HALO_COLOR];
const LETTER_COLOR: ExpressionSpecification = ['case', IS_APPROXIMATE, APPROXIMATE_LETTER_COLOR, byKind((k) => KIND_SYMBOLS[k].textColor, MARKER_HALO_COLOR)];
const LETTER: ExpressionSpecification = byKind((k) => KIND_SYMBOLS[k].letter, '?');

interface PointProperties {
  id: string;
  placeId: string;
  name: string;
  kind: PlaceKind;
  approximate: boolean;
}

/** MapLibre's `[[west, south], [east, north]]` for the core's box (one bounds rule: core/geo/distance.ts). */
function lngLatBounds(points: Iterable<Pick<MapPoint, 'lat' | 'lon'>>): [[number, number], [number, number]] | undefined {
  const b = boundsOf(points);
  return b && [
    [b.west, b.south],
    [b.east, b.north],
  ];
}

function toFeatures(points: readonly MapPoint[]): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: points.map(
      (p): Feature<Point, PointProperties> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: { id: p.id, placeId: p.placeId, name: p.name, kind: p.kind, approximate: p.approximate },
      }),
    ),
  };
}

/**
 * The MapLibre implementation of {@link MapAdapter}. One instance per map: after `unmount()`,
 * create a new one.
 */
export class MapLibreAdapter implements MapAdapter {
  private _map: MapLibreMap | undefined;
  private options: MapAdapterOptions | undefined;
  private mountPromise: Promise<void> | undefined;
  private readonly listeners = new Set<(event: MapAdapterEvent) => void>();
  private points: MapPoint[] = [];
  private selectedId: string | null = null;
  /** Where the resident searches from: a marker with an accessible name, inside the fitted view. */
  private origin: MapOrigin | null = null;
  private originMarker: { remove(): void } | undefined;
  private lib: typeof import('maplibre-gl') | undefined;
  private styleTimer: ReturnType<typeof setTimeout> | undefined;
  private styleLoaded = false;
  private usingOffline = false;
  private disposed = false;
  private lastVisible: string | undefined;
  /** Tiles of the configured style's own sources that loaded, and that failed. */
  private baseTilesLoaded = 0;
  private baseTileErrors = 0;
  private idleWaiters = new Set<{ resolve: () => void; reject: (error: Error) => void }>();
  /** Stops listening for policy violations that block the worker (see `watchWorker`). */
  private stopWatchingWorker: (() => void) | undefined;
  /** The worker this map was told to start (named in the console when it fails). */
  private worker: WorkerSource | undefined;

  /**
   * The raw MapLibre map, for tests and advanced use (`queryRenderedFeatures`, camera). Undefined
   * before `mount()` resolves and after `unmount()`. Layer and source ids are in {@link MAP_IDS}.
   */
  get map(): MapLibreMap | undefined {
    return this._map;
  }

  /** True once the built-in offline style replaced (or was chosen instead of) the configured one. */
  get offline(): boolean {
    return this.usingOffline;
  }

  mount(options: MapAdapterOptions): Promise<void> {
    this.mountPromise ??= this.doMount(options);
    return this.mountPromise;
  }

  private async doMount(options: MapAdapterOptions): Promise<void> {
    this.options = options;
    if (!hasWebGL2()) throw new MapMountError('no-webgl', 'WebGL2 is not available in this browser.');
    let lib: typeof import('maplibre-gl');
    try {
      lib = await import('maplibre-gl');
    } catch (error) {
      throw new MapMountError('unknown', `maplibre-gl could not be loaded: ${messageOf(error)}`);
    }
    if (this.disposed) return;
    this.lib = lib;
    adoptMaplibreCss(options.styleRoot);

    const styleUrl = options.styleUrl || DEFAULT_MAP_STYLE_URL;
    this.usingOffline = styleUrl === OFFLINE_MAP_STYLE;
    const mapOptions: MapOptions = {
      container: options.container,
      style: this.usingOffline ? this.offlineStyle() : styleUrl,
      ...this.initialCamera(),
      locale: maplibreLocale(options.lang),
      // Credits as text (see attribution-control.ts: MapLibre's control fails under Trusted Types).
      attributionControl: false,
      cooperativeGestures: options.cooperativeGestures,
      reduceMotion: options.reducedMotion,
      fadeDuration: options.reducedMotion ? 0 : 300,
      // A flat map: rotation and pitch confuse more than they help here.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      renderWorldCopies: false,
      keyboard: true,
    };
    // MapLibre looks for its worker beside its own chunk, which bundlers do not copy: name it.
    // One setting per page (MapLibre shares its workers between maps).
    const worker = workerSource(options.workerUrl);
    lib.setWorkerUrl(worker.value);
    this.watchWorker(worker, options.container.ownerDocument);
    let map: MapLibreMap;
    try {
      map = new lib.Map(mapOptions);
    } catch (error) {
      options.container.replaceChildren();
      const message = messageOf(error);
      throw new MapMountError(/webgl/i.test(message) ? 'no-webgl' : 'unknown', message);
    }
    liveMaps++;
    this._map = map;
    this.drawOrigin();
    map.touchZoomRotate.disableRotation();
    map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new TextAttributionControl(this.ignAttribution(styleUrl)), 'bottom-right');

    map.on('style.load', () => this.onStyleLoad());
    map.on('error', (event) => this.onError(event as { error?: unknown; sourceId?: string }));
    map.on('webglcontextlost', () =>
      this.emit({ type: 'failure', reason: 'context-lost', detail: 'The WebGL context of the map was lost.' }),
    );
    map.on('moveend', () => this.emitVisible());
    map.on('click', (event) => this.onClick(event));
    map.on('mousemove', (event) => this.onHover(event));
    map.on('sourcedata', (event) => {
      if (event.tile && !event.sourceId.startsWith('sl-')) this.baseTilesLoaded++;
    });
    map.on('idle', () => {
      // Everything was tried and not one base-map tile came back: the tile server is unreachable
      // (the style itself loaded). The offline style at least shows where places are.
      if (!this.usingOffline && this.baseTileErrors > 0 && this.baseTilesLoaded === 0) {
        this.fallBack(`None of the ${this.baseTileErrors} base map tiles could be loaded.`);
        return;
      }
      const waiters = [...this.idleWaiters];
      this.idleWaiters.clear();
      for (const w of waiters) w.resolve();
    });

    if (!this.usingOffline) {
      const timeout = options.styleTimeoutMs ?? DEFAULT_STYLE_TIMEOUT_MS;
      this.styleTimer = setTimeout(() => {
        this.styleTimer = undefined;
        if (!this.styleLoaded) this.fallBack(`The map style did not load within ${timeout} ms.`);
      }, timeout);
    }
    this.emitVisible();
  }

  unmount(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopWatchingWorker?.();
    this.stopWatchingWorker = undefined;
    if (this.styleTimer !== undefined) clearTimeout(this.styleTimer);
    this.styleTimer = undefined;
    const map = this._map;
    this._map = undefined;
    if (map) {
      // remove() drops every listener, the DOM it made and the WebGL context (loseContext), but a
      // context the browser had taken back comes back later on the detached canvas: see there.
      const canvas = map.getCanvas();
      map.remove();
      releaseContextForGood(canvas);
      liveMaps--;
    }
    for (const w of this.idleWaiters) w.reject(new Error('The map was removed before it became idle.'));
    this.idleWaiters.clear();
    this.listeners.clear();
  }

  setPoints(points: MapPoint[]): void {
    this.points = [...points];
    this.lastVisible = undefined;
    const source = this.source(MAP_IDS.pointsSource);
    if (source) void source.setData(toFeatures(this.points));
    this.updateSelectedSource();
    this.emitVisible();
  }

  select(placeId: string | null): void {
    this.selectedId = placeId;
    this.updateSelectedSource();
    const map = this._map;
    if (!map || placeId === null) return;
    const chosen = this.points.filter((p) => p.placeId === placeId);
    if (chosen.length === 0) return;
    const bounds = map.getBounds();
    if (chosen.every((p) => bounds.contains([p.lon, p.lat]))) return;
    const duration = this.options?.reducedMotion ? 0 : 400;
    if (chosen.length === 1) {
      map.easeTo({ center: [chosen[0]!.lon, chosen[0]!.lat], duration });
    } else {
      const bounds = lngLatBounds(chosen);
      if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: Math.max(map.getZoom(), 9), duration });
    }
  }

  setOrigin(origin: MapOrigin | null): void {
    this.origin = origin;
    this.drawOrigin();
  }

  focus(pointId: string): void {
    const map = this._map;
    const p = this.points.find((x) => x.id === pointId) ?? this.points.find((x) => x.placeId === pointId);
    if (!map || !p) return;
    map.stop();
    // Close enough to see the streets around; a commune-centre point is shown a little wider.
    const zoom = Math.max(map.getZoom(), p.approximate ? 13 : 15);
    const duration = this.options?.reducedMotion ? 0 : 400;
    map.easeTo({ center: [p.lon, p.lat], zoom, duration });
  }

  /** The origin marker: a DOM element MapLibre positions, so it has a name screen readers read. */
  private drawOrigin(): void {
    this.originMarker?.remove();
    this.originMarker = undefined;
    const map = this._map;
    const lib = this.lib;
    const o = this.origin;
    if (!map || !lib || !o) return;
    const el = document.createElement('div');
    el.className = 'sl-origin';
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', o.label);
    el.title = o.label;
    this.originMarker = new lib.Marker({ element: el }).setLngLat([o.lon, o.lat]).addTo(map);
  }

  fitToPoints(): void {
    const map = this._map;
    if (!map) return;
    map.stop();
    const camera = this.initialCamera();
    if ('bounds' in camera) map.fitBounds(camera.bounds, { ...camera.fitBoundsOptions, duration: 0 });
    else map.jumpTo(camera);
  }

  async whenIdle(): Promise<void> {
    await this.mountPromise;
    const map = this._map;
    if (!map) throw new Error('The map is not mounted.');
    await new Promise<void>((resolve, reject) => {
      this.idleWaiters.add({ resolve, reject });
      // A repaint guarantees a render pass, after which MapLibre fires `idle` once nothing is
      // pending (style, tiles, transitions, placement).
      map.triggerRepaint();
    });
  }

  on(listener: (event: MapAdapterEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------- internals

  private emit(event: MapAdapterEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A faulty listener must not break the map's own event loop.
        reportError(error);
      }
    }
  }

  private offlineStyle(): StyleSpecification {
    return createOfflineStyle(MAP_STRINGS[this.options?.lang ?? 'fr'].offlineAttribution);
  }

  /** PLAN IGN's style names no attribution of its own: credit IGN when its host is used. */
  private ignAttribution(styleUrl: string): string | undefined {
    try {
      const host = new URL(styleUrl, location.href).hostname;
      return /(^|\.)(geopf|ign)\.fr$/.test(host) ? '© IGN' : undefined;
    } catch {
      return undefined;
    }
  }

  private initialCamera():
    | { center: [number, number]; zoom: number }
    | { bounds: LngLatBoundsLike; fitBoundsOptions: { padding: number; maxZoom: number } } {
    // The origin belongs in the view: the resident sees where they are among the results.
    const framed: Pick<MapPoint, 'lat' | 'lon'>[] = this.origin ? [...this.points, this.origin] : this.points;
    const [only, ...others] = framed;
    if (!only) return { ...FRANCE_VIEW };
    if (others.length === 0) return { center: [only.lon, only.lat], zoom: 12 };
    const bounds = lngLatBounds(framed);
    return bounds ? { bounds, fitBoundsOptions: { padding: 40, maxZoom: 13 } } : { ...FRANCE_VIEW };
  }

  private source(id: string): GeoJSONSource | undefined {
    const map = this._map;
    if (!map || !this.styleLoaded) return undefined;
    return map.getSource<GeoJSONSource>(id);
  }

  private onError(event: { error?: unknown; sourceId?: string }): void {
    // A worker that does not load (404, wrong type, blocked) leaves the map blank forever and
    // MapLibre says so only here: neither the style fallback nor idle would ever come.
    if (/worker failed to load/i.test(messageOf(event.error))) {
      this.failWorker('worker', messageOf(event.error));
      return;
    }
    // Before the style has loaded, an error that names no source is the style itself failing
    // (404, network, invalid JSON). Tile errors are counted: see the `idle` handler.
    if (!this.styleLoaded && !this.usingOffline && !event.sourceId) {
      this.fallBack(`The map style could not be loaded: ${messageOf(event.error)}`);
    } else if (event.sourceId && !event.sourceId.startsWith('sl-')) {
      this.baseTileErrors++;
    }
  }

  /** Listens for the page's policy refusing the worker (CSP `worker-src`, Trusted Types). */
  private watchWorker(worker: WorkerSource, doc: Document): void {
    this.stopWatchingWorker?.();
    this.worker = worker;
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      const reason = describeWorkerViolation(event, worker);
      if (reason) this.failWorker(reason, `${event.effectiveDirective} refused ${event.blockedURI || event.sample}`);
    };
    doc.addEventListener('securitypolicyviolation', onViolation);
    this.stopWatchingWorker = () => doc.removeEventListener('securitypolicyviolation', onViolation);
  }

  private failWorker(reason: 'worker' | 'trusted-types', detail: string): void {
    if (this.disposed) return;
    const worker = this.worker;
    // For the site's developer, in the console: what failed and what to change.
    console.error(
      `<service-locator>: the map's worker could not start (${detail}).` +
        (reason === 'trusted-types'
          ? ` Add the policy name to the page's CSP: "trusted-types service-locator".`
          : ` Serve maplibre-gl-worker.mjs${worker ? ` at ${worker.href}` : ''} (JavaScript MIME type), allow it in worker-src` +
            `${worker?.crossOrigin ? ' (and blob:, with CORS on the file)' : ''}, or set the worker-url attribute.`),
    );
    this.emit({ type: 'failure', reason, detail });
  }

  private fallBack(reason: string): void {
    const map = this._map;
    if (!map || this.usingOffline || this.disposed) return;
    this.usingOffline = true;
    if (this.styleTimer !== undefined) clearTimeout(this.styleTimer);
    this.styleTimer = undefined;
    this.styleLoaded = false;
    // Replacing the style also cancels the pending request for the configured one.
    map.setStyle(this.offlineStyle(), { diff: false });
    this.emit({ type: 'style-fallback', reason });
  }

  private onStyleLoad(): void {
    const map = this._map;
    if (!map) return;
    this.styleLoaded = true;
    if (this.styleTimer !== undefined) clearTimeout(this.styleTimer);
    this.styleTimer = undefined;
    this.addPlaceLayers(map);
  }

  /** Adds the place sources and layers on top of whatever style was loaded. */
  private addPlaceLayers(map: MapLibreMap): void {
    if (map.getSource(MAP_IDS.pointsSource)) return;
    const style = map.getStyle();
    const offline = style.name === OFFLINE_STYLE_NAME;
    // With a glyphs URL, text must use a font the style's server has: borrow the style's own.
    let font: string[] | undefined;
    if (!offline && style.glyphs) {
      for (const layer of style.layers) {
        const f = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
        if (Array.isArray(f) && f.every((x) => typeof x === 'string')) {
          font = f as string[];
          break;
        }
      }
    }
    const text = (size: number) => ({
      'text-size': size,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      ...(font ? { 'text-font': font } : {}),
    });

    map.addSource(MAP_IDS.pointsSource, {
      type: 'geojson',
      data: toFeatures(this.points),
      cluster: true,
      clusterRadius: 40,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
    });
    map.addSource(MAP_IDS.selectedSource, { type: 'geojson', data: this.selectedFeatures() });
    map.addLayer({
      id: MAP_IDS.clusters,
      type: 'circle',
      source: MAP_IDS.pointsSource,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': CLUSTER_COLOR,
        'circle-radius': ['step', ['get', 'point_count'], 15, 10, 18, 100, 22],
        'circle-stroke-color': MARKER_HALO_COLOR,
        'circle-stroke-width': 2,
      },
    });
    map.addLayer({
      id: MAP_IDS.clusterCount,
      type: 'symbol',
      source: MAP_IDS.pointsSource,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], ...text(13) },
      paint: { 'text-color': MARKER_HALO_COLOR },
    });
    map.addLayer({
      id: MAP_IDS.points,
      type: 'circle',
      source: MAP_IDS.pointsSource,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': MARKER_FILL,
        'circle-radius': 11,
        'circle-stroke-color': MARKER_STROKE,
        // Approximate positions are hollow: a thick ring of the kind's colour on white.
        'circle-stroke-width': ['case', IS_APPROXIMATE, 3, 1.5],
      },
    });
    map.addLayer({
      id: MAP_IDS.pointLetters,
      type: 'symbol',
      source: MAP_IDS.pointsSource,
      filter: ['!', ['has', 'point_count']],
      layout: { 'text-field': LETTER, ...text(12) },
      paint: { 'text-color': LETTER_COLOR },
    });
    map.addLayer({
      id: MAP_IDS.selectedRing,
      type: 'circle',
      source: MAP_IDS.selectedSource,
      paint: {
        'circle-color': MARKER_FILL,
        'circle-radius': 15,
        'circle-stroke-color': SELECTION_COLOR,
        'circle-stroke-width': 4,
      },
    });
    map.addLayer({
      id: MAP_IDS.selectedLetter,
      type: 'symbol',
      source: MAP_IDS.selectedSource,
      layout: { 'text-field': LETTER, ...text(14) },
      paint: { 'text-color': LETTER_COLOR },
    });
    this.emitVisible();
  }

  private selectedFeatures(): FeatureCollection<Point, PointProperties> {
    const id = this.selectedId;
    return toFeatures(id === null ? [] : this.points.filter((p) => p.placeId === id));
  }

  private updateSelectedSource(): void {
    void this.source(MAP_IDS.selectedSource)?.setData(this.selectedFeatures());
  }

  private interactiveLayers(map: MapLibreMap): string[] {
    return [MAP_IDS.selectedRing, MAP_IDS.points, MAP_IDS.clusters].filter((id) => map.getLayer(id) !== undefined);
  }

  private featuresAt(map: MapLibreMap, event: MapMouseEvent) {
    const layers = this.interactiveLayers(map);
    if (layers.length === 0) return [];
    const { x, y } = event.point;
    return map.queryRenderedFeatures(
      [
        [x - HIT_SLOP, y - HIT_SLOP],
        [x + HIT_SLOP, y + HIT_SLOP],
      ],
      { layers },
    );
  }

  private onClick(event: MapMouseEvent): void {
    const map = this._map;
    if (!map) return;
    const feature = this.featuresAt(map, event)[0];
    if (!feature) return;
    const props = feature.properties as Record<string, unknown>;
    if (typeof props['cluster_id'] === 'number' && feature.geometry.type === 'Point') {
      const center = feature.geometry.coordinates as [number, number];
      const clusterId = props['cluster_id'];
      void this.source(MAP_IDS.pointsSource)
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => {
          if (this._map !== map) return;
          map.easeTo({ center, zoom: Math.min(zoom, CLUSTER_MAX_ZOOM + 1), duration: this.options?.reducedMotion ? 0 : 400 });
        })
        .catch(() => undefined);
      return;
    }
    if (typeof props['placeId'] === 'string') this.emit({ type: 'select', placeId: props['placeId'] });
  }

  private onHover(event: MapMouseEvent): void {
    const map = this._map;
    if (!map) return;
    map.getCanvas().style.cursor = this.featuresAt(map, event).length > 0 ? 'pointer' : '';
  }

  /** Places whose point lies in the current view, in catalogue order, without repeats. */
  private emitVisible(): void {
    const map = this._map;
    if (!map || this.disposed) return;
    const bounds = map.getBounds();
    const seen = new Set<string>();
    for (const p of this.points) if (!seen.has(p.placeId) && bounds.contains([p.lon, p.lat])) seen.add(p.placeId);
    const placeIds = [...seen];
    const key = placeIds.join('\n');
    if (key === this.lastVisible) return;
    this.lastVisible = key;
    this.emit({ type: 'visible-change', placeIds });
  }
}

/** Factory used by `<service-locator-map>` (loaded through a dynamic import). */
export function createMapLibreAdapter(): MapAdapter {
  return new MapLibreAdapter();
}
