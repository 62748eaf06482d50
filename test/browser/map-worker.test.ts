/**
 * MapLibre's worker: named explicitly (the default beside the map's module, or `worker-url`),
 * and a worker that cannot load ends in a map failure with a plain message, never a blank map
 * that waits forever (which is what a 404 used to give, under "carte simplifiée").
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { MapLibreAdapter, MAP_IDS } from '../../src/map/maplibre-adapter.js';
import { MAP_STRINGS } from '../../src/i18n/strings-map.js';
import { LOT_PLACES } from './map-test-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { describe: webglDescribe } = skipIn('firefox', NO_WEBGL);

ServiceLocatorMapElement.define();

const mapWith = (workerUrl: string) =>
  fixture<ServiceLocatorMapElement>(html`<service-locator-map
    style="width: 600px; --service-locator-map-height: 400px"
    style-url="offline"
    worker-url=${workerUrl}
    .places=${LOT_PLACES}
  ></service-locator-map>`);

webglDescribe('the map worker', () => {
  it('starts from the worker-url attribute (a site hosting the file elsewhere)', async () => {
    const el = await mapWith('/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs?hosted-elsewhere');
    await el.mapReady;
    const adapter = el.adapter as MapLibreAdapter;
    await adapter.whenIdle();
    expect(adapter.map!.queryRenderedFeatures({ layers: [MAP_IDS.points] }).length).to.be.greaterThan(0);
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((u) => u.includes('maplibre-gl-worker.mjs?hosted-elsewhere'))).to.equal(true);
  });

  // An HTML page where the worker should be: what a CMS or a single-page-app host answers for a
  // missing file (a plain 404 ends the same way; web-test-runner would print it as a warning).
  it('a worker that does not load is a map failure with a plain message, not a silent blank map', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await mapWith('/__test__/hostile/html?worker');
      const event = await oneEvent(el, 'service-locator-map-failure');
      expect(event.detail.reason).to.equal('worker');
      expect(event.detail.message).to.equal(MAP_STRINGS.fr.failures.worker);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.failure')?.textContent).to.equal(MAP_STRINGS.fr.failures.worker);
      // Not the style fallback's "carte simplifiée" over an empty map.
      expect(el.shadowRoot!.textContent).not.to.contain('carte simplifiée');
      expect(el.adapter).to.equal(undefined);
      // The site's developer is told which file and what to do.
      expect(errors.join('\n')).to.match(/worker could not start.*__test__\/hostile\/html\?worker.*worker-url/s);
    } finally {
      console.error = original;
    }
  });
});
