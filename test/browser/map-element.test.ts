import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { MapMountError, type MapAdapter, type MapAdapterEvent } from '../../src/map/map-adapter.js';
import { liveMapCount, MapLibreAdapter, MAP_IDS } from '../../src/map/maplibre-adapter.js';
import { MAP_STRINGS } from '../../src/i18n/strings-map.js';
import { gridPlaces, LOT_PLACES, LOT_POINT_COUNT } from './map-test-helpers.js';
import { validateCatalogue } from '../../src/core/catalogue/validate.js';
import type { GeoJSONSource } from 'maplibre-gl';
import { NO_MEDIA_FEATURES, NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);
const { it: mediaIt } = skipIn('firefox', NO_MEDIA_FEATURES);

ServiceLocatorMapElement.define();

async function shownMap(lang: 'fr' | 'en' = 'fr', selectedId: string | null = null): Promise<{ el: ServiceLocatorMapElement; adapter: MapLibreAdapter }> {
  const el = await fixture<ServiceLocatorMapElement>(html`<service-locator-map
    style="width: 600px; --service-locator-map-height: 400px"
    style-url="offline"
    lang=${lang}
    .places=${LOT_PLACES}
    .selectedId=${selectedId}
  ></service-locator-map>`);
  await el.mapReady;
  const adapter = el.adapter;
  if (!(adapter instanceof MapLibreAdapter)) throw new Error('no MapLibre adapter');
  await adapter.whenIdle();
  await el.updateComplete;
  return { el, adapter };
}

function raw(adapter: MapLibreAdapter) {
  const map = adapter.map;
  if (!map) throw new Error('no map');
  return map;
}

function listButtons(el: ServiceLocatorMapElement): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.visible button')];
}

/** A fake adapter whose mount fails with `reason`. */
function failingAdapter(reason: 'no-webgl' | 'unknown'): () => MapAdapter {
  return () => ({
    mount: () => Promise.reject(new MapMountError(reason, 'fake failure')),
    unmount: () => undefined,
    setPoints: () => undefined,
    select: () => undefined,
    setOrigin: () => undefined,
    focus: () => undefined,
    fitToPoints: () => undefined,
    whenIdle: () => Promise.resolve(),
    on: (_listener: (event: MapAdapterEvent) => void) => () => undefined,
  });
}

describe('<service-locator-map>', () => {
  webglIt('shows the places on the map, lists the visible ones and passes axe', async () => {
    const { el, adapter } = await shownMap();
    const map = raw(adapter);
    const ids = new Set(map.queryRenderedFeatures({ layers: [MAP_IDS.points] }).map((f) => f.properties['placeId']));
    expect(ids.size).to.equal(LOT_PLACES.length);
    expect(map.queryRenderedFeatures({ layers: [MAP_IDS.points] }).length).to.equal(LOT_POINT_COUNT);
    // The map is a labelled, focusable region described by the keyboard help.
    const canvas = map.getCanvas();
    expect(el.shadowRoot!.contains(canvas)).to.equal(true);
    expect(canvas.getAttribute('role')).to.equal('region');
    expect(canvas.getAttribute('aria-label')).to.equal('Carte des lieux');
    expect(canvas.tabIndex).to.equal(0);
    const help = el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!);
    expect(help?.textContent).to.contain('+ et -');
    // MapLibre's CSS reached the shadow root, and the map fills its 400 px frame.
    expect(getComputedStyle(canvas).position).to.equal('absolute');
    expect(canvas.getBoundingClientRect().height).to.equal(400);
    expect(el.shadowRoot!.elementFromPoint(canvas.getBoundingClientRect().left + 300, canvas.getBoundingClientRect().top + 200)).to.equal(canvas);
    // Visible list and legend.
    expect(el.shadowRoot!.querySelector('.visible h3')?.textContent).to.equal('Lieux visibles sur la carte');
    expect(listButtons(el).map((b) => b.dataset['placeId']).sort()).to.deep.equal(LOT_PLACES.map((p) => p.id).sort());
    const legend = el.shadowRoot!.querySelector('.legend')?.textContent ?? '';
    expect(legend).to.contain('France services').and.to.contain('Bus itinérant').and.to.contain('position approximative');
    await expect(el).to.be.accessible();
  });

  webglIt("draws every place of the project's catalogue (clustered or not)", async () => {
    const result = validateCatalogue(await (await fetch('/data/catalogue.json')).json(), { checkHours: null });
    expect(result.places.length).to.be.greaterThan(100);
    const el = await fixture<ServiceLocatorMapElement>(html`<service-locator-map
      style="width: 600px; --service-locator-map-height: 400px"
      style-url="offline"
      .places=${result.places}
    ></service-locator-map>`);
    await el.mapReady;
    const adapter = el.adapter as MapLibreAdapter;
    await adapter.whenIdle();
    const map = raw(adapter);
    const drawn = new Set(map.queryRenderedFeatures({ layers: [MAP_IDS.points] }).map((f) => String(f.properties['placeId'])));
    const source = map.getSource<GeoJSONSource>(MAP_IDS.pointsSource)!;
    for (const cluster of map.queryRenderedFeatures({ layers: [MAP_IDS.clusters] })) {
      const leaves = await source.getClusterLeaves(Number(cluster.properties['cluster_id']), Infinity, 0);
      for (const leaf of leaves) drawn.add(String(leaf.properties?.['placeId']));
    }
    expect([...drawn].sort()).to.deep.equal(result.places.map((p) => p.id).sort());
  });

  webglIt('shows a visible focus outline on the map', async () => {
    const { adapter } = await shownMap();
    const canvas = raw(adapter).getCanvas();
    canvas.focus();
    expect(getComputedStyle(canvas).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(canvas).outlineWidth)).to.be.at.least(2);
  });

  webglIt('highlights the place the root selects, on the map and in the list', async () => {
    const { el, adapter } = await shownMap();
    el.selectedId = 'fs-1376';
    await el.updateComplete;
    await adapter.whenIdle();
    const ring = raw(adapter).queryRenderedFeatures({ layers: [MAP_IDS.selectedRing] });
    expect(ring.map((f) => f.properties['placeId'])).to.deep.equal(['fs-1376']);
    const current = listButtons(el).filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.dataset['placeId'])).to.deep.equal(['fs-1376']);
  });

  webglIt('fires service-locator-map-select from the visible list (keyboard) and from a marker click', async () => {
    const { el, adapter } = await shownMap();
    const button = listButtons(el).find((b) => b.dataset['placeId'] === 'cs-figeac')!;
    button.focus();
    let event = oneEvent(el, 'service-locator-map-select');
    await sendKeys({ press: 'Enter' });
    let fired = (await event) as CustomEvent<{ placeId: string }>;
    expect(fired.detail).to.deep.equal({ placeId: 'cs-figeac' });
    // Internal to the root (base-element.ts): neither bubbling nor leaving the shadow root.
    expect([fired.bubbles, fired.composed]).to.deep.equal([false, false]);

    const map = raw(adapter);
    // Focusing the list button may have scrolled the map out of the viewport.
    map.getContainer().scrollIntoView();
    // Assier: away from the zoom buttons in the top-right corner.
    const at = map.project([1.874355, 44.671831]);
    const rect = map.getCanvas().getBoundingClientRect();
    event = oneEvent(el, 'service-locator-map-select');
    await sendMouse({ type: 'click', position: [Math.round(rect.left + at.x), Math.round(rect.top + at.y)] });
    fired = (await event) as CustomEvent<{ placeId: string }>;
    expect(fired.detail).to.deep.equal({ placeId: 'fs-1376' });
  });

  webglIt('updates the visible list and fires service-locator-map-visible when the map moves', async () => {
    const { el, adapter } = await shownMap();
    const event = oneEvent(el, 'service-locator-map-visible');
    raw(adapter).jumpTo({ center: [2.078978, 44.799379], zoom: 13 });
    const fired = (await event) as CustomEvent<{ placeIds: string[] }>;
    expect(fired.detail.placeIds).to.deep.equal(['fs-894']);
    await el.updateComplete;
    expect(listButtons(el).map((b) => b.dataset['placeId'])).to.deep.equal(['fs-894']);
    const emptied = oneEvent(el, 'service-locator-map-visible');
    raw(adapter).jumpTo({ center: [-3, 48], zoom: 12 });
    await emptied;
    await el.updateComplete;
    expect(listButtons(el).length).to.equal(0);
    expect(el.shadowRoot!.querySelector('.visible')?.textContent).to.contain('Aucun lieu');
  });

  webglIt('lists at most 30 visible places and says how many more there are', async () => {
    const { el, adapter } = await shownMap();
    el.places = gridPlaces(50);
    await el.updateComplete;
    await adapter.whenIdle();
    await el.updateComplete;
    expect(listButtons(el).length).to.equal(30);
    expect(el.shadowRoot!.querySelector('.visible')?.textContent).to.contain('et 20 autres lieux');
  });

  webglIt('zooms in with + from the keyboard', async () => {
    const { adapter } = await shownMap();
    const map = raw(adapter);
    const zoom = map.getZoom();
    map.getCanvas().focus();
    const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
    await sendKeys({ press: '+' });
    await zoomed;
    expect(map.getZoom()).to.be.greaterThan(zoom + 0.9);
  });

  webglIt('pans with the arrow keys', async () => {
    const { adapter } = await shownMap();
    const map = raw(adapter);
    const lng = map.getCenter().lng;
    map.getCanvas().focus();
    const moved = new Promise((resolve) => map.once('moveend', resolve));
    await sendKeys({ press: 'ArrowRight' });
    await moved;
    expect(map.getCenter().lng).to.be.greaterThan(lng);
  });

  // Needs WebGL too; in Firefox the media emulation is missing either way.
  mediaIt('jumps to a selected place without animation when reduced motion is asked', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { el, adapter } = await shownMap();
      const map = raw(adapter);
      map.jumpTo({ center: [5.7, 45.2], zoom: 10 });
      el.selectedId = 'fs-606';
      await el.updateComplete;
      // No easing: the place is in view at once, and the map is not moving.
      expect(map.isMoving()).to.equal(false);
      expect(map.getBounds().contains([1.580658, 44.47727])).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    // Without the preference, the same selection eases (still moving right after).
    const { el, adapter } = await shownMap();
    raw(adapter).jumpTo({ center: [5.7, 45.2], zoom: 10 });
    el.selectedId = 'fs-606';
    await el.updateComplete;
    expect(raw(adapter).isMoving()).to.equal(true);
  });

  webglIt('speaks English when lang is en', async () => {
    const { el, adapter } = await shownMap('en');
    expect(raw(adapter).getCanvas().getAttribute('aria-label')).to.equal('Map of places');
    expect(el.shadowRoot!.querySelector('.visible h3')?.textContent).to.equal('Places visible on the map');
    expect(raw(adapter).getContainer().querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label')).to.equal('Zoom in');
  });

  webglIt('rebuilds the map in the new language when lang changes, leaving one map', async () => {
    const before = liveMapCount();
    const { el } = await shownMap('fr');
    expect(liveMapCount()).to.equal(before + 1);
    el.lang = 'en';
    await el.updateComplete;
    await el.mapReady;
    const adapter = el.adapter as MapLibreAdapter;
    await adapter.whenIdle();
    expect(raw(adapter).getCanvas().getAttribute('aria-label')).to.equal('Map of places');
    expect(liveMapCount()).to.equal(before + 1);
    expect(el.shadowRoot!.querySelectorAll('canvas').length).to.equal(1);
  });

  webglIt('redraws when the root passes new places', async () => {
    const { el, adapter } = await shownMap();
    el.places = LOT_PLACES.filter((p) => p.kind === 'france-services');
    await el.updateComplete;
    await adapter.whenIdle();
    const ids = raw(adapter).queryRenderedFeatures({ layers: [MAP_IDS.points] }).map((f) => f.properties['placeId']);
    expect(ids.sort()).to.deep.equal(['fs-1376', 'fs-606', 'fs-894']);
  });

  webglIt('reports a lost WebGL context, releases the map and passes axe in that state', async () => {
    const before = liveMapCount();
    const { el, adapter } = await shownMap();
    const event = oneEvent(el, 'service-locator-map-failure');
    raw(adapter).getCanvas().getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    const fired = (await event) as CustomEvent<{ reason: string; message: string }>;
    expect(fired.detail).to.deep.equal({ reason: 'context-lost', message: MAP_STRINGS.fr.failures['context-lost'] });
    await el.updateComplete;
    expect(el.adapter).to.equal(undefined);
    expect(liveMapCount()).to.equal(before);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.failure')?.textContent).to.equal(MAP_STRINGS.fr.failures['context-lost']);
    await expect(el).to.be.accessible();
  });

  it('reports a map that cannot mount, in plain words', async () => {
    const el = document.createElement('service-locator-map');
    el.adapterFactory = failingAdapter('no-webgl');
    el.places = LOT_PLACES;
    const event = oneEvent(el, 'service-locator-map-failure');
    document.body.append(el);
    const fired = (await event) as CustomEvent<{ reason: string; message: string }>;
    expect(fired.detail.reason).to.equal('no-webgl');
    // Words for residents: no "WebGL" (issue 16).
    expect(fired.detail.message).to.contain('ne peut pas afficher la carte');
    expect(fired.detail.message).to.not.contain('WebGL');
    el.remove();
  });

  webglIt('leaves no map or canvas behind after 10 connect/disconnect cycles', async () => {
    const before = liveMapCount();
    const el = document.createElement('service-locator-map');
    el.styleUrl = 'offline';
    el.places = LOT_PLACES;
    for (let i = 0; i < 10; i++) {
      document.body.append(el);
      await el.updateComplete;
      await el.mapReady;
      await el.adapter!.whenIdle();
      expect(liveMapCount()).to.equal(before + 1);
      el.remove();
      expect(liveMapCount()).to.equal(before);
    }
    // Also when removed before the map had time to load.
    document.body.append(el);
    el.remove();
    await el.mapReady;
    expect(liveMapCount()).to.equal(before);
    expect(el.shadowRoot!.querySelectorAll('canvas').length).to.equal(0);
  });
});
