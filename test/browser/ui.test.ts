import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, SMALL, countText, deepActive, filtersBody, items, list, loaded, root, search, detailDialog } from './helpers/locator.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

const chips = (el: ServiceLocatorElement) =>
  [...search(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('.chips button')].map((b) => b.textContent.replace('×', '').trim());

describe('<service-locator> URL state', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('reads the hash, writes user changes into it, and the back button restores them', async () => {
    history.replaceState(null, '', '#needs=papiers&walkin=1&note=host-key');
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} url-state></service-locator>`);
    expect(chips(el)).to.have.length(1);
    expect(chips(el)[0]).to.match(/^Papiers/);
    await waitUntil(() => items(el).length === 2, 'papiers + walk-in');

    search(el).shadowRoot!.querySelector<HTMLButtonElement>('.chips button')!.click();
    await waitUntil(() => !location.hash.includes('needs='), 'need removed from the hash');
    expect(location.hash).to.contain('walkin=1');
    expect(location.hash).to.contain('note=host-key');
    await waitUntil(() => items(el).length === 3, '3 places listed once the need is removed');

    const pop = oneEvent(window, 'popstate');
    history.back();
    await pop;
    await waitUntil(() => chips(el).length === 1, 'chip back after Back');
    await waitUntil(() => items(el).length === 2, '2 places listed after Back');
  });

  it('keeps the open place and the view, and reopens the place from a shared link', async () => {
    history.replaceState(null, '', '#');
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} url-state></service-locator>`);
    items(el)[0]!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'the detail dialog open after clicking Détails');
    const id = items(el)[0]!.dataset['placeId']!;
    await waitUntil(() => location.hash.includes(`place=${id}`), 'place in the hash');
    const shared = location.hash;
    dialog.close();
    await waitUntil(() => !location.hash.includes('place='), 'place removed on close');

    history.replaceState(null, '', shared);
    const again = await loaded(html`<service-locator src=${SMALL} .now=${NOW} url-state></service-locator>`);
    const d2 = await detailDialog(again);
    await waitUntil(() => d2.open, 'shared link opens the place');
    expect(d2.querySelector('h2')!.textContent).to.equal(items(again)[0]!.querySelector('h3')!.textContent);
    d2.close();
  });
});

describe('<service-locator> language', () => {
  it('switches between French and English at run time', async () => {
    const el = await loaded();
    expect(countText(el)).to.equal('6 lieux trouvés');
    let fired = 0;
    el.addEventListener('service-locator-search', () => fired++);
    el.lang = 'en';
    await el.updateComplete;
    await list(el)!.updateComplete;
    expect(countText(el)).to.equal('6 places found');
    expect(search(el).shadowRoot!.querySelector('label.main')!.textContent).to.equal('What are you looking for?');
    const cahors = items(el).find((li) => li.dataset['placeId'] === 'fs-cahors')!;
    expect(cahors.querySelector('[part="details-button"]')!.textContent.trim()).to.equal('Details');
    expect(cahors.querySelector('.status')!.textContent.replace(/\u00a0/g, ' ')).to.match(/^Open until 5 pm/);
    expect(cahors.querySelector('a[href^="tel:"]')!.getAttribute('aria-label')).to.equal('Call France services Cahors on 05 65 20 88 70');
    expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await el.updateComplete;
    expect(countText(el)).to.equal('6 lieux trouvés');
    expect(fired, 'no search event for a property change').to.equal(0);
  });
});

describe('<service-locator> events', () => {
  it('fires typed events on user actions only', async () => {
    const el = await loaded();
    const seen: string[] = [];
    for (const t of ['service-locator-search', 'service-locator-select', 'service-locator-view-change'] as const)
      el.addEventListener(t, (e) => seen.push(`${e.type}:${'total' in e ? e.total : 'placeId' in e ? e.placeId : 'view' in e ? e.view : ''}`));
    el.query = 'impôts';
    el.need = 'caf';
    await el.updateComplete;
    expect(seen).to.deep.equal([]);

    (await filtersBody(el)).querySelector<HTMLInputElement>('input[name="wheelchair"]')!.click();
    await waitUntil(() => seen.length === 1, 'one service-locator-search event after ticking wheelchair');
    expect(seen[0]).to.match(/^service-locator-search:\d+$/);
    items(el)[0]!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    await waitUntil(() => seen.length === 2, 'a second event after clicking Détails');
    expect(seen[1]).to.equal(`service-locator-select:${items(el)[0]!.dataset['placeId']}`);
    (await detailDialog(el)).close();
    root(el).querySelectorAll<HTMLButtonElement>('[part="view-switch"] button')[0]!.click();
    expect(seen).to.have.length(2);
  });
});

describe('<service-locator> small screens', () => {
  it('reflows at 320 CSS px with no horizontal scrolling, targets at least 44 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <service-locator src=${SMALL} .now=${NOW}></service-locator>
    </div>`);
    const el = wrapper.querySelector('service-locator') as ServiceLocatorElement;
    await waitUntil(() => list(el) && items(el).length === 6, 'the 6 places listed in the narrow wrapper');
    search(el).shadowRoot!.querySelector('details')!.open = true;
    await filtersBody(el);
    await el.updateComplete;
    const frame = root(el).querySelector<HTMLElement>('.frame')!;
    expect(el.scrollWidth, 'host').to.be.at.most(320);
    expect(frame.scrollWidth, 'frame').to.be.at.most(frame.clientWidth);
    for (const li of items(el)) expect(li.scrollWidth, li.dataset['placeId']).to.be.at.most(li.clientWidth);
    const targets = [
      ...list(el)!.shadowRoot!.querySelectorAll<HTMLElement>('button, a.button'),
      ...search(el).shadowRoot!.querySelectorAll<HTMLElement>('button, input[type="text"]'),
      ...root(el).querySelectorAll<HTMLElement>('button, input, select'),
    ];
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      expect(r.height, t.textContent ?? t.tagName).to.be.at.least(44);
    }
    // The detail dialog fits too.
    items(el)[0]!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'the detail dialog open after clicking Détails');
    expect(dialog.getBoundingClientRect().right).to.be.at.most(window.innerWidth);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    dialog.close();
    await waitUntil(() => deepActive()?.getAttribute('part') === 'details-button', 'focus back on the Détails button after closing the dialog');
  });
});

describe('<service-locator> map view', () => {
  webglIt('loads the map only when shown; "Voir sur la carte" selects on the map; a map choice opens the detail', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} map-style="offline"></service-locator>`);
    expect(root(el).querySelector('service-locator-map')).to.equal(null);
    let views = 0;
    el.addEventListener('service-locator-view-change', () => views++);
    // "Voir sur la carte" is in the detail (a card keeps one action and two links, issue 16).
    items(el)
      .find((li) => li.dataset['placeId'] === 'cias-figeac')!
      .querySelector<HTMLButtonElement>('[part="details-button"]')!
      .click();
    const first = await detailDialog(el);
    await waitUntil(() => first.querySelector('[aria-label="Voir sur la carte : CIAS du Grand-Figeac"]'), 'Voir sur la carte in the detail');
    first.querySelector<HTMLButtonElement>('[aria-label="Voir sur la carte : CIAS du Grand-Figeac"]')!.click();
    await waitUntil(() => root(el).querySelector('service-locator-map'), 'map element shown', { timeout: 10000 });
    const map = root(el).querySelector('service-locator-map')!;
    expect(views).to.equal(1);
    await waitUntil(() => map.selectedId === 'cias-figeac', 'the map selecting cias-figeac');
    expect(map.places.length).to.equal(6);
    expect(root(el).querySelector('[part="view-switch"] button[aria-pressed="true"]')!.textContent.trim()).to.equal('Liste et carte');
    await map.mapReady;
    await map.adapter?.whenIdle();
    await expect(el).to.be.accessible();

    map.dispatchEvent(new CustomEvent('service-locator-map-select', { detail: { placeId: 'med-cahors' }, bubbles: true, composed: true }));
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'the detail dialog open after a map selection');
    expect(dialog.querySelector('h2')!.textContent).to.equal('Médiathèque de Cahors');
    dialog.close();
    await waitUntil(() => map.selectedId === 'med-cahors', 'the map selection still med-cahors after closing the dialog');
  });
});

describe('<service-locator> theming', () => {
  it('takes its colours from --service-locator-* properties and exposes ::part on inner pieces', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { --service-locator-accent: rgb(120, 20, 60); --service-locator-radius: 0px; }
      .themed::part(item) { border-color: rgb(0, 128, 0); }
      .themed::part(search-input) { background-color: rgb(255, 250, 205); }
      .themed::part(count) { font-size: 31px; }
    `;
    document.head.append(style);
    try {
      const el = await loaded(html`<service-locator class="themed" src=${SMALL} .now=${NOW}></service-locator>`);
      const details = items(el)[0]!.querySelector<HTMLElement>('[part="details-button"]')!;
      expect(getComputedStyle(details).backgroundColor).to.equal('rgb(120, 20, 60)');
      expect(getComputedStyle(details).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(items(el)[0]!).borderTopColor).to.equal('rgb(0, 128, 0)');
      const input = search(el).shadowRoot!.querySelector<HTMLElement>('[part="search-input"]')!;
      expect(getComputedStyle(input).backgroundColor).to.equal('rgb(255, 250, 205)');
      expect(getComputedStyle(root(el).querySelector('[part="count"]')!).fontSize).to.equal('31px');
    } finally {
      style.remove();
    }
  });
});
