import { expect } from '@open-wc/testing';
import { MAPLIBRE_CSS, MAPLIBRE_CSS_VERSION } from '../../src/map/maplibre-css.generated.js';

// The map adopts a copy of MapLibre's CSS (src/map/maplibre-css.generated.ts). After upgrading
// maplibre-gl, this fails until `node scripts/gen-maplibre-css.mjs` is run again.
describe('MapLibre CSS module', () => {
  it('matches the installed maplibre-gl stylesheet', async () => {
    const installed = await (await fetch('/node_modules/maplibre-gl/dist/maplibre-gl.css')).text();
    const pkg = (await (await fetch('/node_modules/maplibre-gl/package.json')).json()) as { version: string };
    expect(MAPLIBRE_CSS_VERSION).to.equal(pkg.version);
    expect(MAPLIBRE_CSS.length).to.equal(installed.length);
    expect(MAPLIBRE_CSS === installed).to.equal(true);
  });

  it('parses as a constructable stylesheet (no @import, which replaceSync would drop)', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MAPLIBRE_CSS);
    expect(MAPLIBRE_CSS).not.to.contain('@import');
    expect(sheet.cssRules.length).to.be.greaterThan(50);
  });
});
