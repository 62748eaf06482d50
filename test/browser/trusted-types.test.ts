// Trusted Types: demo/csp.html under the strict policy plus
//   (strict policy above, plus Trusted Types:)
//   require-trusted-types-for 'script'; trusted-types service-locator lit-html
// (the README's policy; lit-html is Lit's own policy for its templates). MapLibre starts its worker from a string URL, which Trusted Types refuse;
// the widget's named policy vouches for the one worker URL it builds. Without the name in the
// page's list, the resident reads why the map cannot start, and the list is untouched.
import { expect } from '@open-wc/testing';
import { assertBuilt, deepQueryAll, deepText, demoPlaceNames, loadFrame, waitFor, waitForMapIdle, waitForPlaces } from './standalone-helpers.js';
import { MAP_STRINGS } from '../../src/i18n/strings-map.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { describe: webglDescribe } = skipIn('firefox', NO_WEBGL);

const page = (policy: string) => `/__test__/policy-page?policy=${policy}`;

webglDescribe('Trusted Types', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('with "trusted-types service-locator lit-html": list and map work, no violation', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame(page('trusted-types'));
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
    await waitForPlaces(doc, names);
    const map = await waitForMapIdle(doc);
    expect(map.shadowRoot!.querySelector('canvas')).to.not.equal(null);
    expect(doc.getElementById('csp-report')!.textContent).to.equal('Aucune violation signalée.');
    expect(violations).to.deep.equal([]);
  });

  it('without the policy name: a plain message where the map was, an error event, the list intact', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame(page('trusted-types-unnamed'));
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const original = win.console.error;
    win.console.error = () => undefined; // the widget's advice to the deployer; asserted below through the event
    const kinds: string[] = [];
    doc.addEventListener('service-locator-error', (e) => kinds.push((e as Event & { kind: string }).kind));
    try {
      await waitForPlaces(doc, names);
      const el = doc.querySelector('service-locator')!;
      const message = MAP_STRINGS.fr.failures['trusted-types'];
      await waitFor(() => deepText(el).includes(message), 30000, 'the Trusted Types message');
      // No map is left running (the root may also have removed the map view).
      const map = deepQueryAll(doc, 'service-locator-map')[0] as (HTMLElement & { adapter?: unknown }) | undefined;
      expect(map?.adapter).to.equal(undefined);
      expect(kinds).to.include('map');
      // Every place is still listed.
      const text = deepText(el);
      expect(names.filter((n) => text.includes(n)).length).to.be.greaterThan(2);
    } finally {
      win.console.error = original;
    }
  });
});
