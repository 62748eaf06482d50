import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { toMapPoints, type MapAdapterEvent } from '../../src/map/map-adapter.js';
import { liveMapCount, MapLibreAdapter, MAP_IDS } from '../../src/map/maplibre-adapter.js';
import { OFFLINE_STYLE_NAME } from '../../src/map/offline-style.js';
import { gridPlaces, localStyleUrl, LOT_PLACES, LOT_POINT_COUNT, mapBox, nextEvent } from './map-test-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { describe: webglDescribe } = skipIn('firefox', NO_WEBGL);

type Adapter = MapLibreAdapter;

const boxes: HTMLElement[] = [];
const adapters: Adapter[] = [];

async function mounted(
  styleUrl = 'offline',
  extra: { styleTimeoutMs?: number; reducedMotion?: boolean; events?: MapAdapterEvent[] } = {},
): Promise<Adapter> {
  const box = mapBox();
  boxes.push(box);
  const adapter = new MapLibreAdapter();
  adapters.push(adapter);
  if (extra.events) {
    const events = extra.events;
    adapter.on((e) => events.push(e));
  }
  adapter.setPoints(toMapPoints(LOT_PLACES));
  await adapter.mount({
    container: box,
    styleRoot: document,
    styleUrl,
    ...(extra.styleTimeoutMs !== undefined ? { styleTimeoutMs: extra.styleTimeoutMs } : {}),
    lang: 'fr',
    reducedMotion: extra.reducedMotion ?? true,
    cooperativeGestures: false,
  });
  return adapter;
}

function rawMap(adapter: Adapter) {
  const map = adapter.map;
  if (!map) throw new Error('no map');
  return map;
}

function renderedPlaceIds(adapter: Adapter, layer: string): string[] {
  const features = rawMap(adapter).queryRenderedFeatures({ layers: [layer] });
  return [...new Set(features.map((f) => String(f.properties['placeId'])))].sort();
}

afterEach(() => {
  for (const a of adapters.splice(0)) a.unmount();
  for (const b of boxes.splice(0)) b.remove();
});

webglDescribe('MapLibre adapter', () => {
  it('draws every point of the places, with a letter on each marker, from the offline style', async () => {
    const adapter = await mounted('offline');
    await adapter.whenIdle();
    const map = rawMap(adapter);
    expect(map.getStyle().name).to.equal(OFFLINE_STYLE_NAME);
    const points = map.queryRenderedFeatures({ layers: [MAP_IDS.points] });
    expect(points.length).to.equal(LOT_POINT_COUNT);
    expect(renderedPlaceIds(adapter, MAP_IDS.points)).to.deep.equal(LOT_PLACES.map((p) => p.id).sort());
    // Text renders without a glyphs URL (local font): the kind letters are placed.
    expect(map.queryRenderedFeatures({ layers: [MAP_IDS.pointLetters] }).length).to.equal(LOT_POINT_COUNT);
    // Approximate positions are flagged on the features (drawn hollow).
    const approx = points.filter((f) => f.properties['approximate'] === true).map((f) => f.properties['id']);
    expect(approx.sort()).to.deep.equal(['ccas-gourdon', 'cs-figeac', 'fs-262#lherm']);
    // The department outlines are drawn, and the attribution is visible.
    expect(map.queryRenderedFeatures({ layers: ['departements-fill'] }).length).to.be.greaterThan(0);
    const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    expect(attribution?.textContent).to.contain('© IGN Admin Express, Licence Ouverte');
    // MapLibre's UI in French.
    expect(map.getContainer().querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label')).to.equal('Zoomer');
    expect(map.getCanvas().getAttribute('aria-label')).to.equal('Carte des lieux');
  });

  it('labels departments in the offline style, with no glyphs URL (local font)', async () => {
    const adapter = await mounted('offline');
    const map = rawMap(adapter);
    map.jumpTo({ center: [1.6, 44.6], zoom: 8 });
    await adapter.whenIdle();
    expect(map.getStyle().glyphs).to.equal(undefined);
    const names = map.queryRenderedFeatures({ layers: ['departements-label'] }).map((f) => f.properties['nom']);
    // (queryRenderedFeatures merges a feature's copies across tiles, so it cannot tell whether a
    // name is drawn twice: the label points source is what prevents that.)
    expect(names).to.include('Lot');
  });

  it('clusters close points and zooms into a cluster when it is clicked', async () => {
    const adapter = await mounted('offline');
    adapter.setPoints(toMapPoints(gridPlaces(400)));
    adapter.fitToPoints();
    await adapter.whenIdle();
    const map = rawMap(adapter);
    const clusters = map.queryRenderedFeatures({ layers: [MAP_IDS.clusters] });
    expect(clusters.length).to.be.greaterThan(0);
    const counted = clusters.reduce((n, f) => n + Number(f.properties['point_count']), 0);
    const single = map.queryRenderedFeatures({ layers: [MAP_IDS.points] }).length;
    expect(counted + single).to.equal(400);
    expect(map.queryRenderedFeatures({ layers: [MAP_IDS.clusterCount] }).length).to.equal(clusters.length);

    const zoom = map.getZoom();
    const cluster = clusters[0]!;
    const [lon, lat] = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
    const at = map.project([lon, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    const moved = new Promise((resolve) => map.once('moveend', resolve));
    await sendMouse({ type: 'click', position: [Math.round(rect.left + at.x), Math.round(rect.top + at.y)] });
    await moved;
    expect(map.getZoom()).to.be.greaterThan(zoom);
  });

  it('highlights the selected place and reports a click on a marker', async () => {
    const events: MapAdapterEvent[] = [];
    const adapter = await mounted('offline', { events });
    adapter.select('fs-894');
    await adapter.whenIdle();
    expect(renderedPlaceIds(adapter, MAP_IDS.selectedRing)).to.deep.equal(['fs-894']);
    // A bus is highlighted at each of its stops.
    adapter.select('fs-262');
    await adapter.whenIdle();
    expect(rawMap(adapter).queryRenderedFeatures({ layers: [MAP_IDS.selectedRing] }).length).to.equal(2);
    adapter.select(null);
    await adapter.whenIdle();
    expect(renderedPlaceIds(adapter, MAP_IDS.selectedRing)).to.deep.equal([]);

    const map = rawMap(adapter);
    const target = LOT_PLACES.find((p) => p.id === 'fs-1376')!;
    const at = map.project([target.location.lon, target.location.lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    const selected = nextEvent<MapAdapterEvent>((l) => adapter.on(l), 'select');
    await sendMouse({ type: 'click', position: [Math.round(rect.left + at.x), Math.round(rect.top + at.y)] });
    expect(await selected).to.deep.equal({ type: 'select', placeId: 'fs-1376' });
  });

  it('pans to a selected place outside the view', async () => {
    const adapter = await mounted('offline');
    const map = rawMap(adapter);
    map.jumpTo({ center: [5.7, 45.2], zoom: 9 });
    adapter.select('fs-606');
    await adapter.whenIdle();
    expect(map.getBounds().contains([1.580658, 44.47727])).to.equal(true);
    expect(renderedPlaceIds(adapter, MAP_IDS.selectedRing)).to.deep.equal(['fs-606']);
  });

  it('reports the places in view when the map moves', async () => {
    const events: MapAdapterEvent[] = [];
    const adapter = await mounted('offline', { events });
    const first = events.filter((e) => e.type === 'visible-change').pop();
    expect(first).to.deep.include({ type: 'visible-change' });
    expect((first as { placeIds: string[] }).placeIds.slice().sort()).to.deep.equal(LOT_PLACES.map((p) => p.id).sort());
    const map = rawMap(adapter);
    const next = nextEvent<MapAdapterEvent>((l) => adapter.on(l), 'visible-change');
    map.jumpTo({ center: [2.078978, 44.799379], zoom: 13 });
    expect(await next).to.deep.equal({ type: 'visible-change', placeIds: ['fs-894'] });
  });

  it('zooms in with the + key when the map has focus', async () => {
    const adapter = await mounted('offline');
    await adapter.whenIdle();
    const map = rawMap(adapter);
    const zoom = map.getZoom();
    map.getCanvas().focus();
    expect(document.activeElement).to.equal(map.getCanvas());
    const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
    await sendKeys({ press: '+' });
    await zoomed;
    expect(map.getZoom()).to.be.closeTo(zoom + 1, 0.01);
  });

  it('uses a working configured style without falling back', async () => {
    const events: MapAdapterEvent[] = [];
    const adapter = await mounted(localStyleUrl('local-test'), { events, styleTimeoutMs: 10000 });
    await adapter.whenIdle();
    expect(rawMap(adapter).getStyle().name).to.equal('local-test');
    expect(adapter.offline).to.equal(false);
    expect(events.some((e) => e.type === 'style-fallback')).to.equal(false);
    expect(renderedPlaceIds(adapter, MAP_IDS.points)).to.deep.equal(LOT_PLACES.map((p) => p.id).sort());
  });

  it('falls back to the offline style when the style answers 404', async () => {
    const events: MapAdapterEvent[] = [];
    const adapter = await mounted('/__test__/status/404', { events, styleTimeoutMs: 10000 });
    const fallback = events.find((e) => e.type === 'style-fallback') ?? (await nextEvent<MapAdapterEvent>((l) => adapter.on(l), 'style-fallback'));
    // The error itself triggers the switch, long before the 10 s timeout.
    expect((fallback as { reason: string }).reason).to.contain('could not be loaded');
    await adapter.whenIdle();
    expect(rawMap(adapter).getStyle().name).to.equal(OFFLINE_STYLE_NAME);
    expect(renderedPlaceIds(adapter, MAP_IDS.points)).to.deep.equal(LOT_PLACES.map((p) => p.id).sort());
  });

  it('falls back to the offline style when the style is too slow', async () => {
    const events: MapAdapterEvent[] = [];
    const started = performance.now();
    const adapter = await mounted(localStyleUrl('too-slow', 20000), { events, styleTimeoutMs: 600 });
    const fallback = (await nextEvent<MapAdapterEvent>((l) => adapter.on(l), 'style-fallback')) as { reason: string };
    expect(performance.now() - started).to.be.greaterThan(550);
    expect(fallback.reason).to.contain('600 ms');
    await adapter.whenIdle();
    expect(rawMap(adapter).getStyle().name).to.equal(OFFLINE_STYLE_NAME);
    expect(renderedPlaceIds(adapter, MAP_IDS.points).length).to.equal(LOT_PLACES.length);
  });

  it('falls back to the offline style when no base-map tile can be loaded', async () => {
    const events: MapAdapterEvent[] = [];
    const style = {
      version: 8,
      name: 'unreachable-tiles',
      sources: { base: { type: 'vector', tiles: [`${location.origin}/__test__/status/503?t={z}/{x}/{y}`], maxzoom: 14 } },
      layers: [
        { id: 'bg', type: 'background', paint: { 'background-color': '#EEEEEE' } },
        { id: 'roads', type: 'line', source: 'base', 'source-layer': 'roads' },
      ],
    };
    const url = `/__test__/delay?ms=0&body=${encodeURIComponent(JSON.stringify(style))}`;
    const adapter = await mounted(url, { events, styleTimeoutMs: 10000 });
    const fallback = (events.find((e) => e.type === 'style-fallback') ??
      (await nextEvent<MapAdapterEvent>((l) => adapter.on(l), 'style-fallback'))) as { reason: string };
    expect(fallback.reason).to.contain('tiles');
    await adapter.whenIdle();
    expect(rawMap(adapter).getStyle().name).to.equal(OFFLINE_STYLE_NAME);
    expect(renderedPlaceIds(adapter, MAP_IDS.points).length).to.equal(LOT_PLACES.length);
  });

  it('turns cooperative gestures on when asked', async () => {
    const box = mapBox();
    boxes.push(box);
    const adapter = new MapLibreAdapter();
    adapters.push(adapter);
    await adapter.mount({ container: box, styleRoot: document, styleUrl: 'offline', lang: 'fr', reducedMotion: false, cooperativeGestures: true });
    expect(rawMap(adapter).cooperativeGestures.isEnabled()).to.equal(true);
    const plain = await mounted('offline');
    expect(rawMap(plain).cooperativeGestures.isEnabled()).to.equal(false);
  });

  it('reports a lost WebGL context as a failure', async () => {
    const adapter = await mounted('offline');
    await adapter.whenIdle();
    const gl = rawMap(adapter).getCanvas().getContext('webgl2');
    const failure = nextEvent<MapAdapterEvent>((l) => adapter.on(l), 'failure');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    expect(await failure).to.deep.include({ type: 'failure', reason: 'context-lost' });
  });

  it('leaves no map behind after 10 mount/unmount cycles', async () => {
    const before = liveMapCount();
    for (let i = 0; i < 10; i++) {
      const adapter = await mounted('offline');
      await adapter.whenIdle();
      expect(liveMapCount()).to.equal(before + 1);
      adapter.unmount();
      adapter.unmount(); // idempotent
    }
    expect(liveMapCount()).to.equal(before);
    expect(document.querySelectorAll('canvas').length).to.equal(0);
  });

  it('unmounting during mount creates no map', async () => {
    const before = liveMapCount();
    const box = mapBox();
    boxes.push(box);
    const adapter = new MapLibreAdapter();
    const mounting = adapter.mount({ container: box, styleRoot: document, styleUrl: 'offline', lang: 'fr', reducedMotion: true, cooperativeGestures: false });
    adapter.unmount();
    await mounting;
    expect(adapter.map).to.equal(undefined);
    expect(liveMapCount()).to.equal(before);
  });
});
