import { expect, oneEvent } from '@open-wc/testing';
import { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { MapMountError } from '../../src/map/map-adapter.js';
import { liveMapCount, MapLibreAdapter } from '../../src/map/maplibre-adapter.js';
import { LOT_PLACES, mapBox } from './map-test-helpers.js';

ServiceLocatorMapElement.define();

// Runs in the browser started with --use-gl=disabled (web-test-runner.config.mjs).
describe('map without WebGL2', () => {
  it('the adapter rejects with reason no-webgl and creates no map', async () => {
    const box = mapBox();
    const adapter = new MapLibreAdapter();
    let error: unknown;
    try {
      await adapter.mount({ container: box, styleRoot: document, styleUrl: 'offline', lang: 'fr', reducedMotion: true, cooperativeGestures: false });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(MapMountError);
    expect((error as MapMountError).reason).to.equal('no-webgl');
    expect(adapter.map).to.equal(undefined);
    expect(liveMapCount()).to.equal(0);
    expect(box.children.length).to.equal(0);
    adapter.unmount();
    box.remove();
  });

  it('the element fires service-locator-map-failure with a plain explanation', async () => {
    const el = document.createElement('service-locator-map');
    el.styleUrl = 'offline';
    el.places = LOT_PLACES;
    const event = oneEvent(el, 'service-locator-map-failure');
    document.body.append(el);
    const fired = (await event) as CustomEvent<{ reason: string; message: string }>;
    expect(fired.detail.reason).to.equal('no-webgl');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.failure')?.textContent).to.contain('La liste des lieux donne les mêmes informations');
    await expect(el).to.be.accessible();
    el.remove();
  });
});
