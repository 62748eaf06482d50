/**
 * The editor's small map: one point (the place or stop being edited) drawn through the widget's
 * map adapter with the built-in offline style (no network), placed by a click on the map or, from
 * the keyboard, at the map's centre after panning it with the arrow keys. Owns the adapter's
 * lifetime; the adapter (and MapLibre) is imported only when staff first open the map.
 *
 * A click is read from the adapter's raw MapLibre map (its documented advanced-use getter): the
 * adapter itself reports only clicks on points, and the editor needs any point of the map.
 */
import type { MapAdapter, MapPoint } from '../map/map-adapter.js';
import type { PlaceKind } from '../core/needs/vocabulary.js';

interface RawMap {
  on(type: 'click', listener: (event: { lngLat: { lat: number; lng: number } }) => void): unknown;
  getCenter(): { lat: number; lng: number };
  jumpTo(options: { center: [number, number]; zoom?: number }): unknown;
  getZoom(): number;
}

export class PointMap {
  private adapter: (MapAdapter & { readonly map?: unknown }) | undefined;
  private mounting: Promise<void> | undefined;
  private point: MapPoint | undefined;

  constructor(private readonly onPick: (lat: number, lon: number) => void) {}

  /** Mounts the map in `container` (inside `styleRoot`, where MapLibre's CSS is adopted). */
  mount(container: HTMLElement, styleRoot: ShadowRoot | Document): Promise<void> {
    this.mounting ??= (async () => {
      const { createMapLibreAdapter } = await import('../map/maplibre-adapter.js');
      const adapter = createMapLibreAdapter() as MapAdapter & { readonly map?: unknown };
      this.adapter = adapter;
      await adapter.mount({
        container,
        styleRoot,
        styleUrl: 'offline',
        lang: 'fr',
        reducedMotion: true,
        cooperativeGestures: false,
      });
      this.raw()?.on('click', (e) => this.onPick(round(e.lngLat.lat), round(e.lngLat.lng)));
      if (this.point) this.show(this.point);
    })();
    return this.mounting;
  }

  private raw(): RawMap | undefined {
    return this.adapter?.map as RawMap | undefined;
  }

  get mounted(): boolean {
    return this.raw() !== undefined;
  }

  /** Draws the point and centres on it (nothing drawn for a point not yet placed). */
  setPoint(id: string, name: string, kind: PlaceKind, lat: number, lon: number, approximate: boolean): void {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      this.point = undefined;
      this.adapter?.setPoints([]);
      return;
    }
    this.point = { id, placeId: id, name, kind, lat, lon, approximate };
    if (this.mounted) this.show(this.point);
  }

  private show(p: MapPoint): void {
    this.adapter!.setPoints([p]);
    this.adapter!.select(p.id);
    const raw = this.raw()!;
    raw.jumpTo({ center: [p.lon, p.lat], zoom: Math.max(raw.getZoom(), 12) });
  }

  /** The map's centre, for placing the point from the keyboard. */
  centre(): { lat: number; lon: number } | undefined {
    const c = this.raw()?.getCenter();
    return c ? { lat: round(c.lat), lon: round(c.lng) } : undefined;
  }

  whenIdle(): Promise<void> {
    return this.adapter?.whenIdle() ?? Promise.resolve();
  }

  unmount(): void {
    this.adapter?.unmount();
    this.adapter = undefined;
    this.mounting = undefined;
  }
}

/** Five decimals: about a metre, more than a front door needs. */
const round = (x: number): number => Math.round(x * 1e5) / 1e5;
