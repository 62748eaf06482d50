import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NOW, SMALL, announcer, countText, items, loaded, root } from './helpers/locator.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const communeInput = (el: ServiceLocatorElement) => root(el).querySelector<HTMLInputElement>('#commune')!;
const submitCommune = async (el: ServiceLocatorElement, text: string) => {
  const input = communeInput(el);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('.location button[type="submit"]')!.click();
};

describe('<service-locator> location', () => {
  it('a commune typed in the field works offline: within 30 km, nearest first, the radius said', async () => {
    const el = await loaded();
    await submitCommune(el, 'Lherm');
    await waitUntil(() => countText(el) === '4 lieux à moins de 30 km de Lherm', 'count near Lherm');
    // The bus stops in Lherm itself: first, and its stop is known only by the commune centre.
    expect(items(el)[0]!.dataset['placeId']).to.equal('bus-grand-cahors');
    expect(items(el)[0]!.textContent).to.contain('Arrêt : Lherm');
    expect(items(el)[0]!.textContent).to.contain('dans la commune');
    expect(items(el)[0]!.textContent).to.not.match(/à \d+\s?m\b/);
    expect(items(el).slice(1).every((li) => /à (environ )?[\d ,]+\s?km/.test(li.textContent))).to.equal(true);
    // Figeac (50 km) and Souillac (54 km) are not "près de Lherm".
    expect(items(el).map((li) => li.dataset['placeId'])).to.not.include.members(['cias-figeac', 'perm-souillac']);
    await waitUntil(() => announcer(el).textContent.trim() === '4 lieux à moins de 30 km de Lherm', 'announced politely');
    expect(announcer(el).getAttribute('aria-live')).to.equal('polite');
    const origin = root(el).querySelector<HTMLButtonElement>('.origin button')!;
    expect(origin.getAttribute('aria-label')).to.equal('Ne plus chercher autour de Lherm');
    origin.click();
    await waitUntil(() => countText(el) === '6 lieux trouvés', 'count back to \'6 lieux trouvés\' once the origin is cleared');
  });

  it('an unknown commune gets a plain message; the list is unchanged', async () => {
    const el = await loaded();
    await submitCommune(el, 'Zzyzx');
    await waitUntil(() => root(el).querySelector('.location [role="status"]')!.textContent.includes('Aucune commune connue'), 'status \'Aucune commune connue\' for Zzyzx');
    expect(items(el)).to.have.length(6);
  });

  it('the near attribute takes a commune name or LAT,LON', async () => {
    const a = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Figeac"></service-locator>`);
    await waitUntil(() => countText(a) === '1 seul lieu à moins de 30 km de Figeac ; voici les 6 lieux à moins de 60 km', 'count sentence for near=Figeac (1 within 30 km, 6 within 60 km)');
    expect(items(a)[0]!.dataset['placeId']).to.equal('cias-figeac');
    const b = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="44.89,1.47"></service-locator>`);
    await waitUntil(() => items(b)[0]?.dataset['placeId'] === 'perm-souillac', 'Souillac first');
  });

  it('an address goes to the configured geocoder (GeoCodeJSON) and becomes the origin', async () => {
    const body = encodeURIComponent(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [2.03, 44.61] }, properties: { label: '2 Place Vival 46100 Figeac' } }],
      }),
    );
    const el = await loaded(
      html`<service-locator src=${SMALL} .now=${NOW} geocoder="/__test__/delay?ms=0&amp;body=${body}"></service-locator>`,
    );
    expect(communeInput(el).placeholder).to.equal('Commune, code postal ou adresse');
    await submitCommune(el, '2 place Vival Figeac');
    await waitUntil(() => countText(el).startsWith('1 seul lieu à moins de 30 km de 2 Place Vival 46100 Figeac'), 'geocoded origin');
    expect(items(el)[0]!.dataset['placeId']).to.equal('cias-figeac');
  });

  it('"Autour de moi" asks for the position only on click, and no-geolocation hides it', async () => {
    let asked = 0;
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) => {
          asked++;
          ok({ coords: { latitude: 44.6, longitude: 2.03 } } as GeolocationPosition);
        },
      },
    });
    try {
      const el = await loaded();
      expect(asked).to.equal(0);
      const btn = [...root(el).querySelectorAll<HTMLButtonElement>('.location button')].find((b) => b.textContent.includes('Autour de moi'))!;
      btn.click();
      await waitUntil(() => countText(el).startsWith('1 seul lieu à moins de 30 km de votre position'), 'count sentence around the visitor\'s position after \'Autour de moi\'');
      expect(asked).to.equal(1);
      expect(items(el)[0]!.dataset['placeId']).to.equal('cias-figeac');
      const off = await loaded(html`<service-locator src=${SMALL} .now=${NOW} no-geolocation></service-locator>`);
      expect(root(off).querySelector('.location')!.textContent).to.not.contain('Autour de moi');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['geolocation'];
      if (!('geolocation' in navigator)) Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('a commune named in the search text ("caf lherm") sorts around it and says so', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} query="caf lherm"></service-locator>`);
    await waitUntil(() => countText(el) === '3 lieux à moins de 30 km de Lherm', 'count names Lherm');
    expect(items(el).map((li) => li.dataset['placeId'])).to.include('bus-grand-cahors');
    expect(items(el).map((li) => li.dataset['placeId'])).to.not.include('perm-souillac');
  });

  it('every commune of France is known: Luzech (no place) from the national list, or from the communes attribute', async () => {
    const national = await loaded();
    await submitCommune(national, 'Luzech');
    await waitUntil(() => countText(national) === '4 lieux à moins de 30 km de Luzech', 'Luzech from the national list');
    await submitCommune(national, 'Vif');
    await waitUntil(() => countText(national).includes('de Vif'), 'Vif (Isère), far from every place of the Lot');
    expect(countText(national)).to.match(/^Aucun lieu à moins de 30 km de Vif ; voici les 3 plus proches, de \d+ à \d+ km$/);
    await submitCommune(national, 'Zzyzx');
    await waitUntil(() => root(national).querySelector('.location [role="status"]')!.textContent.includes('Aucune commune connue'), 'unknown name said');
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} communes="/data/communes.json"></service-locator>`);
    await submitCommune(el, 'Luzech');
    await waitUntil(() => countText(el) === '4 lieux à moins de 30 km de Luzech', 'Luzech from the gazetteer');
    const near = await loaded(html`<service-locator src=${SMALL} .now=${NOW} communes="/data/communes.json" near="Luzech"></service-locator>`);
    await waitUntil(() => countText(near) === '4 lieux à moins de 30 km de Luzech', 'near resolved through the gazetteer');
  });

  it('a postcode several communes share asks which one (ARIA listbox, keyboard), never picks one silently', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} communes="/data/communes.json"></service-locator>`);
    await submitCommune(el, '46140');
    await waitUntil(() => root(el).querySelector('.choices[role="listbox"]'), 'choices shown');
    const listbox = root(el).querySelector<HTMLElement>('.choices[role="listbox"]');
    expect(root(el).querySelector('.location .message')!.textContent).to.contain('Le code postal 46140 est celui de plusieurs communes');
    expect(countText(el)).to.equal('6 lieux trouvés', 'no origin yet');
    const options = [...listbox!.querySelectorAll<HTMLElement>('[role="option"]')];
    expect(options.length).to.be.greaterThan(1);
    await waitUntil(() => deepActive() === listbox, 'focus on the choices');
    await expect(el).to.be.accessible();
    const luzech = options.findIndex((o) => o.textContent.includes('Luzech'));
    for (let i = 0; i < luzech; i++) await sendKeys({ press: 'ArrowDown' });
    expect(listbox!.getAttribute('aria-activedescendant')).to.equal(options[luzech]!.id);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => countText(el) === '4 lieux à moins de 30 km de Luzech', 'chosen by keyboard');
  });
});
