import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ServiceLocatorResultsActionsElement } from '../../src/components/service-locator-results-actions/service-locator-results-actions.js';
import { PRINT_ROOT_CLASS, preparePrint } from '../../src/components/service-locator-results-actions/print.js';
import { buildPrintModel } from '../../src/components/service-locator-results-actions/print-model.js';
import { uiStrings, uiStringsReady } from '../../src/i18n/strings.js';
import { NOW, RESULTS } from './results-actions-fixture.js';

ServiceLocatorResultsActionsElement.define();

async function mount(lang: 'fr' | 'en' = 'fr', results = RESULTS): Promise<ServiceLocatorResultsActionsElement> {
  const el = await fixture<ServiceLocatorResultsActionsElement>(html`<service-locator-results-actions
    lang=${lang}
    .results=${results}
    .now=${NOW}
    .searchSummary=${'CAF près de Lherm'}
  ></service-locator-results-actions>`);
  await el.updateComplete;
  return el;
}

const button = (el: ServiceLocatorResultsActionsElement, cls: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${cls}`)!;

interface Download {
  name: string;
  blob: Blob;
  url: string;
}

/** Clicks `target` and catches the Blob and the file name the element hands to the browser. */
async function catchDownload(target: HTMLElement): Promise<Download> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let got: Download | undefined;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    blob = obj as Blob;
    return create.call(URL, obj);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got = { name: this.download, blob: blob!, url: this.href };
  };
  try {
    target.click();
    // The writers load on demand (usually already loaded when the toolbar showed).
    await waitUntil(() => got !== undefined, 'a download was started');
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(got, 'a download was started').to.not.be.oneOf([null, undefined]);
  return got!;
}

describe('<service-locator-results-actions>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('downloads the results as CSV, semicolon-separated in French, named after the day', async () => {
    const el = await mount();
    const d = await catchDownload(button(el, 'csv'));
    expect(d.name).to.equal('lieux-2026-11-23.csv');
    expect(d.blob.type).to.equal('text/csv;charset=utf-8');
    expect(d.url).to.match(/^blob:/);
    const text = await d.blob.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.match(/^Nom;Type;Arrêt;Adresse/);
    expect(lines).to.have.length(4);
    expect(lines[1]).to.contain('France services de Gramat;France services;');
    expect(lines[1]).to.contain('05 65 11 22 33');
    expect(lines[2]).to.contain('Bus France services du Lot;Bus itinérant;Lherm;');
    expect(lines[3]).to.contain('CCAS de Lherm');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await el.updateComplete;
    expect(status.textContent).to.equal('Fichier lieux-2026-11-23.csv téléchargé');
  });

  it('downloads the results as GeoJSON, a bus result as its stop', async () => {
    const el = await mount('en');
    const d = await catchDownload(button(el, 'geojson'));
    expect(d.name).to.equal('places-2026-11-23.geojson');
    expect(d.blob.type).to.equal('application/geo+json');
    const json = JSON.parse(await d.blob.text()) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(json.type).to.equal('FeatureCollection');
    expect(json.features.map((f) => f.properties.name)).to.deep.equal(['France services de Gramat', 'Bus France services du Lot', 'CCAS de Lherm']);
    expect(json.features[0]!.geometry.coordinates).to.deep.equal([1.7262, 44.7806]);
    expect(json.features[0]!.properties.phone).to.equal('05 65 11 22 33');
    expect(json.features[1]!.properties.stopName).to.equal('Lherm');
    expect(json.features[1]!.properties.kindLabel).to.equal('Mobile service bus');
  });

  it('revokes the download URL afterwards', async () => {
    const el = await mount();
    const revoked: string[] = [];
    const revoke = URL.revokeObjectURL;
    const realTimeout = window.setTimeout;
    // Run the delayed revocation (10 s) at once; other timers as usual.
    window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
      if ((ms ?? 0) >= 10_000) {
        fn();
        return 0;
      }
      return realTimeout(fn, ms, ...rest);
    }) as unknown as typeof window.setTimeout;
    URL.revokeObjectURL = (u: string) => {
      revoked.push(u);
      revoke.call(URL, u);
    };
    try {
      const d = await catchDownload(button(el, 'csv'));
      await waitUntil(() => revoked.length > 0, 'the CSV download\'s object URL revoked');
      expect(revoked).to.deep.equal([d.url]);
    } finally {
      URL.revokeObjectURL = revoke;
      window.setTimeout = realTimeout;
    }
  });

  it('names its buttons plainly, in a labelled group, and passes axe (French and English)', async () => {
    const el = await mount();
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Imprimer ou télécharger la liste');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal([
      'Imprimer la liste',
      'Télécharger (CSV)',
      'Télécharger (GeoJSON)',
    ]);
    const desc = el.shadowRoot!.getElementById(button(el, 'csv').getAttribute('aria-describedby')!)!;
    expect(desc.textContent).to.equal('Télécharger la liste en tableur (CSV)');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    expect(button(el, 'print').textContent.trim()).to.equal('Print the list');
    await expect(el).to.be.accessible();
  });

  it('keeps 44 px targets and fits 320 px wide without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    el.style.width = '100%';
    const box = el.getBoundingClientRect();
    for (const b of el.shadowRoot!.querySelectorAll('button')) {
      const r = b.getBoundingClientRect();
      expect(r.height).to.be.at.least(44);
      expect(r.width).to.be.at.least(44);
      expect(r.right).to.be.at.most(box.right + 0.5);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('prints at most 200 places and says so', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ ...RESULTS[2]!, place: { ...RESULTS[2]!.place, id: `p${i}`, name: `Lieu ${i}` } }));
    const model = buildPrintModel(many, { lang: 'fr', now: NOW });
    expect(model.places).to.have.length(200);
    expect(model.places[199]!.name).to.equal('Lieu 199');
    expect(model.header.join(' ')).to.contain('Seuls les 200 premiers lieux sur 250 sont imprimés');
    expect(buildPrintModel(RESULTS, { lang: 'fr', now: NOW }).header.join(' ')).not.to.contain('Seuls');
  });

  it('words what was searched for the printed header', async () => {
    // The English words are a chunk of their own, fetched for the first English element.
    await uiStringsReady('en');
    expect(uiStrings('fr').searchSummary(['caf', 'Impôts'], 'Lherm')).to.equal('caf, Impôts près de Lherm');
    expect(uiStrings('fr').searchSummary(['', 'Retraite'])).to.equal('Retraite');
    expect(uiStrings('en').searchSummary([], 'Cahors')).to.equal('All places near Cahors');
  });

  it('shows nothing when there is no result', async () => {
    const el = await mount('fr', []);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('prints under a strict CSP (style-src self) without a violation', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      const meta = doc.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "default-src 'self'; style-src 'self'";
      doc.head.append(meta);
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push((e).effectiveDirective));
      const cleanup = preparePrint(doc, buildPrintModel(RESULTS, { lang: 'fr', now: NOW }));
      const root = doc.querySelector<HTMLElement>('.' + PRINT_ROOT_CLASS)!;
      // The adopted sheet applies (hidden on screen) and the list is styled in its shadow root.
      expect(frame.contentWindow!.getComputedStyle(root).display).to.equal('none');
      const h2 = root.shadowRoot!.querySelector('h2')!;
      expect(h2.textContent).to.equal('France services de Gramat');
      // 12.5pt from the list's own sheet (a browser default h2 is 1.5em = 24px).
      expect(parseFloat(frame.contentWindow!.getComputedStyle(h2).fontSize)).to.be.closeTo(16.67, 0.1);
      cleanup();
      expect(doc.querySelector('.' + PRINT_ROOT_CLASS)).to.equal(null);
      // The probe works: an inline <style> is reported.
      const style = doc.createElement('style');
      style.textContent = 'p { color: red }';
      doc.head.append(style);
      await new Promise((r) => setTimeout(r, 50));
      expect(violations).to.deep.equal(['style-src-elem']);
    } finally {
      frame.remove();
    }
  });
});
