import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FeatureCollection } from 'geojson';
import { ServiceLocatorCoverageElement } from '../../src/components/service-locator-coverage/service-locator-coverage.js';
import { COMMUNES_RAW, PLACES, square } from '../core/coverage/fixture.js';

if (!customElements.get('service-locator-coverage')) customElements.define('service-locator-coverage', ServiceLocatorCoverageElement);

// The hand-computed case of test/core/coverage/fixture.ts: 42.5 % within 30 min; beyond:
// Trois (2000 residents, 37 min) and Quatre (300, 44 min).
const LOT = COMMUNES_RAW.filter((c) => c.departement === '46');
const OUTLINES: FeatureCollection = {
  type: 'FeatureCollection',
  features: LOT.slice(0, 4).map((c) => ({ type: 'Feature', properties: { code: c.insee }, geometry: { type: 'Polygon', coordinates: square(c.lat, c.lon, 0.04) } })),
};

async function view(lang: 'fr' | 'en' = 'fr'): Promise<ServiceLocatorCoverageElement> {
  return fixture<ServiceLocatorCoverageElement>(
    html`<service-locator-coverage .places=${PLACES} .communes=${LOT} .outlines=${OUTLINES} lang=${lang}></service-locator-coverage>`,
  );
}
const root = (el: ServiceLocatorCoverageElement): ShadowRoot => el.shadowRoot!;
const rowNames = (el: ServiceLocatorCoverageElement): string[] =>
  [...root(el).querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent.trim());
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
const sortOf = (el: ServiceLocatorCoverageElement, key: string): string | null =>
  root(el).querySelector(`button[data-sort="${key}"]`)!.closest('th')!.getAttribute('aria-sort');

describe('<service-locator-coverage>', () => {
  it('says the population share in words and lists the communes beyond the threshold, largest first', async () => {
    const el = await view();
    const text = root(el).textContent.replace(/[ \t\r\n]+/g, ' ');
    expect(text).to.contain('42,5\u00a0% de la population (1\u202f700 habitants sur 4\u202f000)');
    expect(text).to.contain('3 communes à 30 minutes ou moins, 2 au-delà.');
    expect(root(el).querySelector('caption')!.textContent).to.equal('2 communes au-delà de 30 minutes');
    expect(rowNames(el)).to.deep.equal(['Trois', 'Quatre']);
    const cells = [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()));
    expect(cells).to.deep.equal([
      ['2\u202f000', '37', 'Lieu B'],
      ['300', '44', 'Lieu A'],
    ]);
    expect([...root(el).querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(sortOf(el, 'population')).to.equal('descending');
    expect(sortOf(el, 'name')).to.equal(null);
    expect(el.coverage?.population.share).to.equal(0.425);
    await expect(el).to.be.accessible();
  });

  it('draws the communes as an SVG image with a text alternative and a legend in words', async () => {
    const el = await view();
    const map = root(el).querySelector('svg.map')!;
    expect(map.getAttribute('role')).to.equal('img');
    expect(map.getAttribute('aria-label')).to.contain('3 à 30 minutes ou moins, 2 au-delà');
    expect(map.querySelectorAll(':scope > path')).to.have.length(4, 'four outlines');
    expect(map.querySelectorAll(':scope > circle')).to.have.length(1, 'Cinq has no outline: drawn as a point');
    const fills = [...map.querySelectorAll(':scope > path, :scope > circle')].map((p) => p.getAttribute('fill'));
    // Un 14.5 (≤ 15), Deux 28.9 (≤ 30), Trois 36.1 (≤ 45, hatched), Quatre 43.4 (≤ 45, hatched), Cinq 7.2.
    expect(fills).to.deep.equal(['#deebf7', '#9ecae1', 'url(#cov-hatch)', 'url(#cov-hatch)', '#deebf7']);
    const legend = [...root(el).querySelectorAll('ul.legend li')].map((li) => li.textContent.trim());
    expect(legend).to.include('de 30 à 45 minutes, au-delà du seuil (hachures)');
    expect(legend).to.include('15 minutes ou moins (bleu clair)');
    const box = map.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(100);
  });

  it('sorts by keyboard: Enter and Space on the column buttons, with aria-sort and an announcement', async () => {
    const el = await view();
    const minutes = root(el).querySelector<HTMLButtonElement>('button[data-sort="minutes"]')!;
    minutes.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortOf(el, 'minutes')).to.equal('descending');
    expect(sortOf(el, 'population')).to.equal(null);
    expect(rowNames(el)).to.deep.equal(['Quatre', 'Trois']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('trié par minutes (estimation), ordre décroissant');
    // ' ' rather than 'Space': puppeteer's WebDriver BiDi keyboard (Firefox) knows the character only.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(sortOf(el, 'minutes')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal(['Trois', 'Quatre']);
    // Shift+Tab goes back to the population button; Enter sorts by it (largest first), again smallest first.
    await shiftTab();
    expect(root(el).activeElement?.getAttribute('data-sort')).to.equal('population');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Trois', 'Quatre']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortOf(el, 'population')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal(['Quatre', 'Trois']);
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortOf(el, 'name')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal(['Quatre', 'Trois']);
    await expect(el).to.be.accessible();
  });

  it('follows minutes, need, kind and lang, and says when every commune is covered', async () => {
    const el = await view('en');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Coverage within 30 minutes');
    el.minutes = 45;
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal([]);
    expect(root(el).textContent).to.contain('Every commune is within 45 minutes of a place (estimate).');
    el.minutes = 30;
    el.need = 'caf';
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Trois', 'Un', 'Quatre']);
    el.need = '';
    el.kind = 'espace-numerique';
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Coverage within 30 minutes');
    await waitUntil(() => rowNames(el).length > 0, 'rows listed for the espace-numerique kind');
    expect(rowNames(el)).to.include('Trois');
    await expect(el).to.be.accessible();
  });

  it('says so when there is no commune or no place', async () => {
    const empty = await fixture<ServiceLocatorCoverageElement>(html`<service-locator-coverage></service-locator-coverage>`);
    expect(root(empty).textContent).to.contain('la liste des communes est vide');
    await expect(empty).to.be.accessible();
    const none = await fixture<ServiceLocatorCoverageElement>(html`<service-locator-coverage .communes=${LOT}></service-locator-coverage>`);
    expect(root(none).textContent).to.contain('Aucun lieu ne correspond');
    expect(rowNames(none)).to.have.length(5);
    await expect(none).to.be.accessible();
  });
});

describe('<service-locator-coverage> with the demo data (the Lot, 312 communes)', () => {
  it('draws every commune outline, keeps the table consistent with the figures, and passes axe', async () => {
    const [catalogue, communes, outlines] = await Promise.all(
      ['/data/catalogue.json', '/data/communes.json', '/data/outlines/communes-46-lot-cog2026.geojson'].map((u) => fetch(u).then((r) => r.json())),
    );
    const { validateCatalogue } = await import('../../src/core/catalogue/validate.js');
    const places = validateCatalogue(catalogue).places;
    const lot = (communes as { dep: string }[]).filter((c) => c.dep === '46');
    expect(lot).to.have.length(312);
    const el = await fixture<ServiceLocatorCoverageElement>(
      html`<service-locator-coverage .places=${places} .communes=${lot} .outlines=${outlines} minutes="15"></service-locator-coverage>`,
    );
    const map = root(el).querySelector('svg.map')!;
    expect(map.querySelectorAll(':scope > path').length + map.querySelectorAll(':scope > circle').length).to.equal(312);
    expect(map.querySelectorAll(':scope > path')).to.have.length(312, 'every Lot commune has an outline');
    const r = el.coverage!;
    expect(r.counts.communes).to.equal(312);
    expect(rowNames(el)).to.have.length(r.beyond.length);
    expect(rowNames(el)).to.deep.equal(r.beyond.map((c) => c.name), 'largest population first');
    await expect(el).to.be.accessible();
  });
});
