/**
 * WebGL contexts after removal: with 20 maps the browser takes the oldest contexts back (it keeps
 * about 16); MapLibre cancels those losses so it can redraw, and once every element is removed the
 * browser used to restore them on detached canvases, where they held slots. None may stay live.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { LOT_PLACES } from './map-test-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { describe: webglDescribe } = skipIn('firefox', NO_WEBGL);

ServiceLocatorMapElement.define();

webglDescribe('WebGL contexts of removed maps', function () {
  this.timeout(120000);

  it('20 maps, then all removed: zero live contexts, including the ones lost and restored', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const canvases: HTMLCanvasElement[] = [];
    for (let i = 0; i < 20; i++) {
      const el: ServiceLocatorMapElement = document.createElement('service-locator-map');
      el.setAttribute('style-url', 'offline');
      el.style.cssText = 'display: block; width: 300px; --service-locator-map-height: 200px';
      el.places = LOT_PLACES;
      host.append(el);
      await el.updateComplete;
      await el.mapReady;
      const canvas = el.shadowRoot!.querySelector('canvas');
      if (canvas) canvases.push(canvas);
    }
    expect(canvases.length).to.equal(20);
    // Let the browser take back what it must and let MapLibre settle.
    await new Promise((r) => setTimeout(r, 1000));
    host.replaceChildren();
    // Restorations happen asynchronously once slots are free.
    await new Promise((r) => setTimeout(r, 3000));
    const live = canvases.filter((c) => !c.getContext('webgl2')!.isContextLost());
    expect(live.length).to.equal(0);
  });

});
