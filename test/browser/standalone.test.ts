// The standalone build (dist/service-locator.js, built by `npm run build`) on a plain HTML page,
// as a webmaster pastes it: places listed, then the map opened from the lazy chunk with its
// worker file beside it (the map reaches MapLibre's idle).
import { expect } from '@open-wc/testing';
import { assertBuilt, deepQueryAll, deepText, demoPlaceNames, loadFrame, waitFor, waitForMapIdle, waitForPlaces } from './standalone-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

describe('standalone build on a plain page', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  webglIt('lists the demo places, then opens the map, which reaches idle', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame('/__test__/standalone-page?view=list');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    await waitFor(() => win.customElements.get('service-locator'), 10000, 'the standalone build to define <service-locator>');
    const shown = await waitForPlaces(doc, names);
    expect(shown.length).to.be.greaterThan(0);
    // List mode alone never downloads the map chunk.
    const scripts = () => win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts().some((n) => /maplibre/.test(n))).to.equal(false);
    expect(deepQueryAll(doc, 'service-locator-map')).to.have.length(0);

    doc.querySelector('service-locator')!.setAttribute('view', 'map');
    const map = await waitForMapIdle(doc);
    expect(map.shadowRoot!.querySelector('canvas')).to.not.equal(null);
    // The lazy chunks came from /dist/, beside the entry.
    expect(scripts().filter((n) => n.includes('/dist/') && n.endsWith('.js')).length).to.be.greaterThan(1);
  });

  it('runs two instances on one page without interfering', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame('/__test__/standalone-page?view=list');
    const doc = frame.contentDocument!;
    const second = doc.createElement('service-locator');
    second.setAttribute('src', '/data/catalogue.json');
    second.setAttribute('lang', 'en');
    doc.querySelector('main')!.append(second);
    await waitForPlaces(doc, names);
    await waitFor(
      () => names.filter((n) => deepText(second).includes(n)).length >= 3,
      15000,
      'the second instance to list places',
    );
    expect(doc.querySelectorAll('service-locator')).to.have.length(2);
  });

  it('keeps its look on a CMS-like page with careless global CSS, and takes the theme (demo/themes/commune.html)', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame('/demo/themes/commune.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    await waitForPlaces(doc, names);
    // The host page says `button { all: unset; border-bottom: 4px dotted hotpink }`: it must not
    // reach the widget's buttons (shadow DOM), which keep 44 px targets.
    const hostButton = doc.createElement('button');
    doc.body.append(hostButton);
    expect(win.getComputedStyle(hostButton).borderBottomStyle).to.equal('dotted');
    const buttons = deepQueryAll(doc.querySelector('service-locator')!, 'button').filter((b) => b.getBoundingClientRect().height > 0);
    expect(buttons.length).to.be.greaterThan(0);
    for (const b of buttons) {
      const style = win.getComputedStyle(b);
      expect(style.borderBottomStyle, b.textContent ?? '').to.not.equal('dotted');
      // MapLibre's zoom buttons are 29 px with a fine pointer (44 px on touch, service-locator-map.ts).
      if (!b.closest('.maplibregl-ctrl')) expect(b.getBoundingClientRect().height, b.outerHTML).to.be.at.least(44);
    }
    // The commune theme's accent reaches the inner views through the custom properties.
    const primary = buttons.map((b) => win.getComputedStyle(b).backgroundColor);
    expect(primary).to.include('rgb(29, 107, 79)');
  });
});

