/**
 * One place that fails to render costs that place, never the list, the detail, the print or an
 * export (issue 12, point 1). The failure is made the way an unforeseen value would make it:
 * after validation, one place's `contact` becomes a getter that throws, which every view reads
 * (the card's call button, the detail's contact section, the printed phone line, the CSV and
 * GeoJSON columns) and the search never does. The place then shows its name and "informations
 * incomplètes", the others are whole, and the root reports it once (`service-locator-error`,
 * kind `render`, with the place id).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorErrorEvent } from '../../src/components/service-locator/events.js';
import type { ServiceLocatorListElement } from '../../src/components/service-locator-list/service-locator-list.js';
import type { ServiceLocatorResultsActionsElement } from '../../src/components/service-locator-results-actions/service-locator-results-actions.js';
import type { Place } from '../../src/core/catalogue/types.js';
import { resultsToCsv, resultsToGeoJson } from '../../src/core/export/index.js';
import { buildPrintModel } from '../../src/components/service-locator-results-actions/print-model.js';
import { PRINT_ROOT_CLASS } from '../../src/components/service-locator-results-actions/print.js';
import { detail, detailDialog, items, list, loaded, NOW, root } from './helpers/locator.js';

const place = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  kind: 'france-services',
  needs: ['caf'],
  address: { street: '1 place de la Mairie', postcode: '46000', city: 'Cahors' },
  location: { lat: 44.4475, lon: 1.4419, precision: 'exact' },
  hours: 'Mo-Fr 09:00-12:00',
  contact: { phone: '05 65 20 88 70' },
  ...extra,
});
const CATALOGUE = {
  version: 1,
  name: 'Isolation',
  territory: 'Lot',
  updated: '2026-11-01',
  licence: 'LO',
  attribution: 'Test',
  places: [place('a', 'Maison France services A'), place('b', 'Centre social B'), place('c', 'Espace numérique C', { kind: 'espace-numerique', needs: ['numerique'] })],
};

const text = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Makes `p` throw whenever its contact is read, as an unforeseen bad value would. */
function breakPlace(p: Place): void {
  Object.defineProperty(p, 'contact', {
    configurable: true,
    get() {
      throw new RangeError('Invalid time value');
    },
  });
}

async function setUp(lang: 'fr' | 'en' = 'fr') {
  const el = await loaded(html`<service-locator lang=${lang} .catalogue=${structuredClone(CATALOGUE)} .now=${NOW}></service-locator>`);
  const errors: ServiceLocatorErrorEvent[] = [];
  el.addEventListener('service-locator-error', (e) => errors.push(e));
  const l = list(el) as ServiceLocatorListElement;
  const bad = l.results.find((r) => r.place.id === 'b')!.place;
  breakPlace(bad);
  // Re-render the list as a new minute or a re-search would.
  l.requestUpdate();
  await l.updateComplete;
  await el.updateComplete;
  return { el, errors, bad, l };
}

describe('one place that fails to render', function () {
  this.timeout(30000);

  it('the list: the others are whole, the failing one shows its name and "informations incomplètes", one render error', async () => {
    const { el, errors, l } = await setUp();
    const card = (id: string) => items(el).find((li) => li.dataset['placeId'] === id)!;
    expect(items(el).map((li) => li.dataset['placeId']).sort()).to.deep.equal(['a', 'b', 'c']);
    expect(text(card('a'))).to.contain('Maison France services A').and.to.contain('Appeler');
    expect(text(card('c'))).to.contain('Espace numérique C').and.to.contain('Appeler');
    expect(text(card('b').querySelector('h3'))).to.equal('Centre social B');
    expect(text(card('b'))).to.contain('informations incomplètes');
    // Re-rendering again does not report again.
    l.requestUpdate();
    await l.updateComplete;
    expect(errors.map((e) => [e.kind, e.placeId])).to.deep.equal([['render', 'b']]);
    expect(errors[0]!.message).to.contain('Centre social B');
    await expect(l).to.be.accessible();
  });

  it('the detail shows the name and "informations incomplètes" and can still be closed; no second report', async () => {
    const { el, errors, bad } = await setUp();
    // Open a whole place first: the detail's code loads on first use.
    items(el).find((li) => li.dataset['placeId'] === 'a')!.querySelector<HTMLButtonElement>('button[part="details-button"]')!.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'detail open');
    expect(text(dialog)).to.contain('Maison France services A');
    const d = detail(el);
    await d.show(bad);
    expect(text(dialog.querySelector('h2'))).to.equal('Centre social B');
    expect(text(dialog)).to.contain('informations incomplètes');
    const close = dialog.querySelector<HTMLButtonElement>('button[part="close-button"]')!;
    close.click();
    await waitUntil(() => !dialog.open, 'detail closed');
    expect(errors.map((e) => [e.kind, e.placeId])).to.deep.equal([['render', 'b']]);
  });

  it('the print and both exports keep every place, the failing one by name, and report through the root once', async () => {
    const { el, errors } = await setUp('en');
    await customElements.whenDefined('service-locator-results-actions');
    const actions = root(el).querySelector('service-locator-results-actions') as ServiceLocatorResultsActionsElement;
    await actions.preparePrint();
    try {
      const printRoot = document.querySelector(`.${PRINT_ROOT_CLASS}`)!;
      const printed = [...printRoot.shadowRoot!.querySelectorAll('li.place')].map((li) => text(li));
      const of = (name: string) => printed.find((p) => p.startsWith(name)) ?? '';
      expect(printed).to.have.length(3);
      expect(of('Maison France services A')).to.contain('05 65 20 88 70');
      expect(of('Centre social B')).to.contain('incomplete information');
      expect(of('Espace numérique C')).to.contain('05 65 20 88 70');
    } finally {
      actions.cleanupPrint();
    }
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), create.call(URL, b));
    try {
      await actions.download('csv');
      await actions.download('geojson');
    } finally {
      URL.createObjectURL = create;
    }
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(4);
    expect(csv).to.contain('Centre social B,incomplete information');
    const geo = JSON.parse(await blobs[1]!.text()) as { features: { properties: { id: string; name: string; note?: string } }[] };
    expect(geo.features.map((f) => f.properties.id).sort()).to.deep.equal(['a', 'b', 'c']);
    expect(geo.features.find((f) => f.properties.id === 'b')!.properties.note).to.equal('incomplete information');
    expect(geo.features.filter((f) => f.properties.note)).to.have.length(1);
    expect(errors.map((e) => [e.kind, e.placeId])).to.deep.equal([['render', 'b']]);
  });

  it('the print model and the exports, called directly: the failure is reported once per call, with the id', async () => {
    const { l, bad } = await setUp();
    const results = l.results;
    const seen: string[] = [];
    const report = (id: string) => seen.push(id);
    const i = results.findIndex((r) => r.place === bad);
    const model = buildPrintModel(results, { lang: 'fr', now: NOW, onError: report });
    expect(model.places.map((p) => p.name).sort()).to.deep.equal(['Centre social B', 'Espace numérique C', 'Maison France services A']);
    expect(model.places[i]!.lines.map((x) => x.text)).to.deep.equal(['informations incomplètes']);
    for (const separator of [',', ';'] as const) {
      const rows = resultsToCsv(results, 'fr', { separator, bom: false, onError: report }).split('\r\n');
      expect(rows[i + 1]!.startsWith(`Centre social B${separator}informations incomplètes${separator}`)).to.equal(true);
      expect(rows[i + 1]!.endsWith(`${separator}b`)).to.equal(true);
    }
    const fc = resultsToGeoJson(results, 'fr', { onError: report });
    expect(fc.features[i]!.properties).to.include({ id: 'b', name: 'Centre social B', note: 'informations incomplètes' });
    expect(fc.features[i]!.geometry.coordinates).to.deep.equal([bad.location.lon, bad.location.lat]);
    expect(seen).to.deep.equal(['b', 'b', 'b', 'b']);
  });
});
