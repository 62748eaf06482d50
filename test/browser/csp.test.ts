// demo/csp.html served with the header demo/headers.json gives it:
//   default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:
// The standalone build lists the places and the map (offline style) reaches idle, with no
// violation reported by the browser.
import { expect } from '@open-wc/testing';
import { assertBuilt, demoPlaceNames, loadFrame, waitForMapIdle, waitForPlaces } from './standalone-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

const POLICY = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:";
const PAGE = '/__test__/page-with-headers?page=/demo/csp.html';

describe('strict Content-Security-Policy', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('serves the CSP page with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('reports a violation when something breaks the policy (the probe works)', async () => {
    frame = await loadFrame(PAGE);
    const doc = frame.contentDocument!;
    const violation = new Promise<SecurityPolicyViolationEvent>((resolve) =>
      doc.addEventListener('securitypolicyviolation', (e) => resolve(e), { once: true }),
    );
    const style = doc.createElement('style');
    style.textContent = 'body { color: red; }';
    doc.head.append(style);
    expect((await violation).effectiveDirective).to.equal('style-src-elem');
    // The page's own log (demo/csp.js) counts it too.
    expect(doc.getElementById('csp-report')!.textContent).to.match(/^1 violation/);
  });

  webglIt('lists the places and shows the map with no violation', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame(PAGE);
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    await waitForPlaces(doc, names);
    const map = await waitForMapIdle(doc);
    expect(map.shadowRoot!.querySelector('canvas')).to.not.equal(null);
    // Violations raised before this test could listen are in the page's own log.
    expect(doc.getElementById('csp-report')!.textContent).to.equal('Aucune violation signalée.');
    expect(violations).to.deep.equal([]);
  });
});
