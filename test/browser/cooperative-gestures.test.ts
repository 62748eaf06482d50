import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import type { MapLibreAdapter } from '../../src/map/maplibre-adapter.js';
import { NOW, SMALL, root } from './helpers/locator.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { describe: webglDescribe } = skipIn('firefox', NO_WEBGL);

const mapOf = (el: ServiceLocatorElement) => root(el).querySelector<ServiceLocatorMapElement>('service-locator-map');

async function mapIn(pageHeight: number): Promise<{ el: ServiceLocatorElement; container: HTMLElement }> {
  const host = await fixture<HTMLDivElement>(html`<div>
    <service-locator src=${SMALL} .now=${NOW} view="map" map-style="offline"></service-locator>
    <div style="height:${pageHeight}px"></div>
  </div>`);
  const el = host.querySelector('service-locator')!;
  await waitUntil(() => mapOf(el)?.adapter, 'map shown', { timeout: 15000 });
  const adapter = mapOf(el)!.adapter as MapLibreAdapter;
  await adapter.whenIdle();
  return { el, container: adapter.map!.getCanvasContainer() };
}

// A map inside a page that scrolls must not capture the wheel or one-finger drags.
webglDescribe('<service-locator> map gestures', () => {
  it('turns cooperative gestures on when the page scrolls', async () => {
    const { el, container } = await mapIn(4000);
    expect(mapOf(el)!.cooperativeGestures).to.equal(true);
    expect(container.classList.contains('maplibregl-cooperative-gestures')).to.equal(true);
  });

  it('leaves them off when the widget fills a page that does not scroll (the iframe page)', async () => {
    const { el, container } = await mapIn(0);
    expect(mapOf(el)!.cooperativeGestures).to.equal(false);
    expect(container.classList.contains('maplibregl-cooperative-gestures')).to.equal(false);
  });
});
