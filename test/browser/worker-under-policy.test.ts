// The built bundle's catalogue worker under the strict policies the README documents: a
// catalogue over the worker's threshold (500 KB; the demo's places padded with spaces, served
// with its Content-Length) is validated in dist/catalogue-worker.js, started from the page's own
// origin (`worker-src 'self'`) and, with Trusted Types enforced, through the widget's named
// policy. The demo catalogue is under the threshold, so the CSP and Trusted Types tests no
// longer start the worker: this one does. The places listed are the demo's, the page's
// validator never comes (the worker validated), and the browser reports no violation.
import { expect } from '@open-wc/testing';
import { assertBuilt, demoPlaceNames, loadFrame, waitForPlaces } from './standalone-helpers.js';

const page = (policy: string) => `/__test__/policy-page?policy=${policy}&large=1`;

describe('the catalogue worker of the built bundle, under a strict policy', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const policy of ['strict', 'trusted-types']) {
    it(`${policy}: a catalogue over 500 KB is validated in the worker, listed, no violation`, async () => {
      await assertBuilt();
      const names = await demoPlaceNames();
      frame = await loadFrame(page(policy));
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
      await waitForPlaces(doc, names);
      const files = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(files.some((f) => f.includes('/__test__/padded-catalogue')), 'the padded catalogue was fetched').to.equal(true);
      expect(files.some((f) => /\/dist\/catalogue-worker-client-[\w-]+\.js$/.test(f)), "the worker's client was loaded").to.equal(true);
      expect(files.filter((f) => /validator-core/.test(f)), 'the page validator (fetched when the worker fails)').to.deep.equal([]);
      expect(doc.getElementById('csp-report')!.textContent).to.equal('Aucune violation signalée.');
      expect(violations).to.deep.equal([]);
    });
  }
});
