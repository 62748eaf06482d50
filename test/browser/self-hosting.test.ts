// Hosting from anywhere (issue 13, point 4), as the README's "Self-hosting and CDN" says:
// - the widget's files on another origin (a CDN: this test server's other host name, localhost
//   or 127.0.0.1, serving dist/ with CORS), under the documented policy with Trusted Types:
//   list and map work with no violation, with MapLibre's blob: worker or with the worker on the
//   page's own origin (worker-url, no blob: in worker-src);
// - a catalogue on another origin whose server sends no CORS header: a `cors` error for the
//   deployer (console and service-locator-error), and a resident message that does not blame
//   their connection; an unreachable one stays a network failure.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorErrorEvent } from '../../src/components/service-locator/events.js';
import { uiStrings } from '../../src/i18n/index.js';
import '../../src/define.js';
import { assertBuilt, deepText, demoPlaceNames, loadFrame, waitFor, waitForMapIdle, waitForPlaces } from './standalone-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

/** This server under its other host name: another origin than the test page's. */
const OTHER = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

describe('Self-hosting and CDN: the widget from another origin, under the documented policy', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function hosted(worker: 'blob' | 'self'): Promise<{ doc: Document; violations: string[] }> {
    await assertBuilt();
    frame = await loadFrame(`/__test__/hosted-page?cdn=${encodeURIComponent(OTHER)}&worker=${worker}`);
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
    // The widget really came from the other origin.
    const script = doc.querySelector<HTMLScriptElement>('script[type="module"]')!;
    expect(new URL(script.src).origin).to.equal(OTHER);
    return { doc, violations };
  }

  it('lists the places (script, chunks and data core from the CDN), no violation', async () => {
    const names = await demoPlaceNames();
    const { doc, violations } = await hosted('blob');
    await waitForPlaces(doc, names);
    expect(doc.getElementById('csp-report')!.textContent).to.equal('Aucune violation signalée.');
    expect(violations).to.deep.equal([]);
  });

  webglIt('shows the map, its worker from the CDN through a blob: module (worker-src blob:), no violation', async () => {
    const names = await demoPlaceNames();
    const { doc, violations } = await hosted('blob');
    await waitForPlaces(doc, names);
    const map = await waitForMapIdle(doc);
    expect(map.shadowRoot!.querySelector('canvas')).to.not.equal(null);
    expect(doc.getElementById('csp-report')!.textContent).to.equal('Aucune violation signalée.');
    expect(violations).to.deep.equal([]);
  });

  webglIt('shows the map with its worker on the page’s own origin (worker-url), no blob: allowed, no violation', async () => {
    const names = await demoPlaceNames();
    const { doc, violations } = await hosted('self');
    await waitForPlaces(doc, names);
    const map = await waitForMapIdle(doc);
    expect(map.shadowRoot!.querySelector('canvas')).to.not.equal(null);
    expect(violations).to.deep.equal([]);
  });
});

describe('A catalogue on another origin', function () {
  this.timeout(30000);
  const fr = uiStrings('fr');
  let original: typeof console.error;
  let logged: string[];
  beforeEach(() => {
    original = console.error;
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = original;
  });

  it('refused by CORS: a cors error for the deployer, a resident message that does not blame the connection', async () => {
    const src = `${OTHER}/data/catalogue.json`; // served without Access-Control-Allow-Origin
    const el = await fixture<ServiceLocatorElement>(html`<service-locator></service-locator>`);
    const error: Promise<ServiceLocatorErrorEvent> = oneEvent(el, 'service-locator-error');
    el.src = src;
    const e = await error;
    expect(e.kind).to.equal('cors');
    expect(e.message).to.equal(fr.errorCors);
    expect(e.message).to.not.match(/connexion a échoué|Vérifiez votre connexion/);
    await el.updateComplete;
    const text = deepText(el);
    expect(text).to.contain(fr.errorCors);
    expect(text).to.not.contain(fr.errorNetwork);
    const advice = logged.find((l) => l.includes('CORS'));
    expect(advice, 'console advice to the deployer').to.not.equal(undefined);
    expect(advice).to.contain(src);
    expect(advice).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
    // English too.
    el.lang = 'en';
    await waitFor(() => deepText(el).includes(uiStrings('en').errorCors), 5000, 'the English CORS message');
  });

  it('allowed by CORS: loads', async () => {
    const el = await fixture<ServiceLocatorElement>(html`<service-locator></service-locator>`);
    const load = oneEvent(el, 'service-locator-load');
    el.src = `${OTHER}/__test__/cors-catalogue`;
    await load;
    expect(logged.filter((l) => l.includes('CORS'))).to.deep.equal([]);
  });

  it('unreachable (nothing answers): still a network failure, with no CORS advice', async () => {
    const el = await fixture<ServiceLocatorElement>(html`<service-locator></service-locator>`);
    const error: Promise<ServiceLocatorErrorEvent> = oneEvent(el, 'service-locator-error');
    // Port 1 on the other host name: browsers refuse to connect to it (a restricted port), so
    // neither the fetch nor the no-cors probe gets an answer.
    el.src = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:1/catalogue.json`;
    const e = await error;
    expect(e.kind).to.equal('network');
    expect(logged.filter((l) => l.includes('CORS'))).to.deep.equal([]);
  });
});
