import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorErrorEvent, ServiceLocatorLoadEvent } from '../../src/components/service-locator/events.js';
import { NOW, SMALL, countText, deepActive, filtersBody, items, list, loaded, root, search, detailDialog } from './helpers/locator.js';

async function errored(src: string): Promise<{ el: ServiceLocatorElement; event: ServiceLocatorErrorEvent }> {
  const el = document.createElement('service-locator');
  el.now = NOW;
  el.src = src;
  const p = oneEvent(el, 'service-locator-error');
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  const event = (await p) as unknown as ServiceLocatorErrorEvent;
  await el.updateComplete;
  return { el, event };
}

describe('<service-locator> error states', () => {
  it('gives up on a catalogue that does not come within catalogueTimeoutMs, in plain words', async () => {
    const el = document.createElement('service-locator');
    el.now = NOW;
    el.catalogueTimeoutMs = 300;
    el.src = '/__test__/delay?ms=5000';
    const p = oneEvent(el, 'service-locator-error');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    const event = (await p) as unknown as ServiceLocatorErrorEvent;
    // The server would answer after 5 s with an unusable body ("invalid"): "timeout" shows the
    // element's own limit ended the wait first.
    expect(event.kind).to.equal('timeout');
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('says plainly when the server answers an HTTP error', async () => {
    const { el, event } = await errored('/__test__/status/404');
    expect(event.kind).to.equal('http');
    expect(event.status).to.equal(404);
    const alert = root(el).querySelector('[role="alert"]')!;
    // What it means and what to do, with no status code (issue 16).
    expect(alert.textContent).to.contain('Le fichier des lieux est introuvable');
    expect(alert.textContent).to.not.match(/404|erreur \d/);
    expect(alert.querySelector('button')!.textContent).to.contain('Réessayer');
    await expect(el).to.be.accessible();
  });

  it('says plainly when the network fails', async () => {
    const { el, event } = await errored('http://127.0.0.1:9/catalogue.json');
    expect(event.kind).to.equal('network');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('la connexion a échoué');
  });

  it('names the problem of an unusable catalogue (not JSON)', async () => {
    const { el, event } = await errored('/test/browser/fixtures/not-json.json');
    expect(event.kind).to.equal('invalid');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(/pas utilisable : .*JSON valide \(ligne 2/);
    await expect(el).to.be.accessible();
  });

  it('reports a missing source instead of throwing', async () => {
    const { el, event } = await errored('');
    expect(event.kind).to.equal('no-source');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Aucune liste de lieux');
  });

  it('shows the valid places and summarises the skipped ones', async () => {
    const el = document.createElement('service-locator');
    el.now = NOW;
    el.src = '/test/browser/fixtures/lot-partly-invalid.json';
    const p = oneEvent(el, 'service-locator-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const ev = (await p) as unknown as ServiceLocatorLoadEvent;
    expect(ev.placeCount).to.equal(6);
    await waitUntil(() => list(el), 'the list shown after the load event');
    await list(el)!.updateComplete;
    expect(items(el)).to.have.length(6);
    const notice = root(el).querySelector('.notice')!;
    expect(notice.textContent).to.contain('2 lieux du fichier ne sont pas affichés');
    expect(notice.querySelector('details')!.textContent).to.contain('places[6].name');
    await expect(el).to.be.accessible();
  });

  it('recovers with "Réessayer" once the source answers', async () => {
    const { el } = await errored('/__test__/status/503');
    el.src = SMALL;
    await oneEvent(el, 'service-locator-load');
    await waitUntil(() => list(el), 'the list shown after recovering from a 503 with a new src');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('<service-locator> list states', () => {
  it('takes a catalogue object instead of a URL', async () => {
    const res = await fetch(SMALL);
    const data: unknown = await res.json();
    const el = await fixture<ServiceLocatorElement>(html`<service-locator .catalogue=${data} .now=${NOW}></service-locator>`);
    await waitUntil(() => list(el), 'the list shown for a catalogue given as a property');
    await list(el)!.updateComplete;
    expect(items(el)).to.have.length(6);
  });

  it('offers ways out of an empty result', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} need="handicap"></service-locator>`);
    await waitUntil(() => root(el).querySelector('.empty'), 'the empty-result message for need=handicap');
    const empty = root(el).querySelector('.empty')!;
    expect(countText(el)).to.equal('Aucun lieu trouvé');
    const buttons = [...empty.querySelectorAll('button')].map((b) => b.textContent.trim());
    expect(buttons.some((b) => b.startsWith('Retirer « Handicap'))).to.equal(true);
    expect(buttons).to.include('CAF, allocations');
    await expect(el).to.be.accessible();
    const remove = [...empty.querySelectorAll('button')].find((b) => b.textContent.includes('Retirer'))!;
    remove.click();
    await waitUntil(() => items(el).length === 6, 'all places back');
  });

  it('passes axe with the filters open, and the filters filter', async () => {
    const el = await loaded();
    const box = search(el).shadowRoot!;
    const details = box.querySelector('details')!;
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open, 'the filters disclosure open after clicking its summary');
    await expect(el).to.be.accessible();
    const walkIn = box.querySelector<HTMLInputElement>('input[name="walk-in"]')!;
    walkIn.click();
    // walk-in or both: Cahors (both), médiathèque and bus (walk-in).
    await waitUntil(() => items(el).length === 3, 'walk-in places');
    expect(details.querySelector('summary')!.textContent).to.contain('Filtres (1 actif)');
    const wheelchair = box.querySelector<HTMLInputElement>('input[name="wheelchair"]')!;
    wheelchair.click();
    await waitUntil(() => items(el).length === 2, 'walk-in and wheelchair');
  });

  it('"ouvert maintenant" keeps places open at the given instant', async () => {
    // Thursday 15:00: Cahors open; Figeac closed (mornings); médiathèque open; Souillac closed; bus in Lherm.
    const el = await loaded();
    (await filtersBody(el)).querySelector<HTMLInputElement>('input[name="open-now"]')!.click();
    await waitUntil(() => !items(el).some((li) => li.dataset['placeId'] === 'cias-figeac'), 'Figeac filtered out');
    const ids = items(el).map((li) => li.dataset['placeId']);
    expect(ids).to.include('fs-cahors');
    expect(ids).to.not.include('perm-souillac');
  });

  it('shows the next bus visit in words', async () => {
    const el = await loaded();
    const bus = items(el).find((li) => li.dataset['placeId'] === 'bus-grand-cahors')!;
    expect(bus.querySelector('.status')!.textContent.replace(/\u00a0/g, ' ')).to.match(/Prochain passage à Lherm : jeudi 3 décembre/);
  });

  it('"Afficher plus" shows the next page and moves focus to the first new place', async () => {
    const base = (await (await fetch(SMALL)).json()) as { places: Array<Record<string, unknown>> };
    const template = base.places[0]!;
    const places = Array.from({ length: 45 }, (_, i) => ({
      ...template,
      id: `p${i}`,
      name: `Lieu numéro ${i + 1}`,
      location: { lat: 44.4 + i * 0.01, lon: 1.4, precision: 'exact' },
    }));
    const el = await fixture<ServiceLocatorElement>(html`<service-locator .catalogue=${{ ...base, places }} .now=${NOW}></service-locator>`);
    await waitUntil(() => list(el), 'the list shown for a generated catalogue');
    await list(el)!.updateComplete;
    expect(items(el)).to.have.length(20);
    const more = list(el)!.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.contain('25 autres');
    more.click();
    await list(el)!.updateComplete;
    expect(items(el)).to.have.length(40);
    expect(deepActive() === items(el)[20]!.querySelector('h3'), 'focus on the first new place').to.equal(true);
  });

  it('renders no markup from data and only safe links', async () => {
    const base = (await (await fetch(SMALL)).json()) as { places: Array<Record<string, unknown>> };
    const evil = {
      ...base.places[0]!,
      id: 'evil',
      name: '<img src=x onerror="window.__pwned=1">Mairie',
      description: '<b>gras</b>',
    };
    const el = await fixture<ServiceLocatorElement>(
      html`<service-locator .catalogue=${{ ...base, places: [evil] }} .now=${NOW}></service-locator>`,
    );
    await waitUntil(() => list(el), 'the list shown for a catalogue with a hostile place');
    await list(el)!.updateComplete;
    expect(items(el)[0]!.querySelector('h3')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Mairie');
    expect(items(el)[0]!.querySelector('img')).to.equal(null);
    for (const a of items(el)[0]!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|tel:|mailto:)/);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<service-locator> detail dialog', () => {
  it('shows everything the catalogue holds, today marked, and passes axe', async () => {
    const el = await loaded();
    const btn = items(el)
      .find((li) => li.dataset['placeId'] === 'fs-cahors')!
      .querySelector<HTMLButtonElement>('[part="details-button"]')!;
    btn.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'the detail dialog open after clicking Détails');
    const text = dialog.textContent;
    for (const s of [
      '72 rue du Président Wilson, 46000 Cahors',
      'Avec ou sans rendez-vous',
      'Ordinateur en libre accès',
      'Accessible en fauteuil roulant',
      'Boucle magnétique',
      'Service gratuit',
      'CPAM',
      'Accueil pour toutes les démarches',
      'Mis à jour le 1er août 2024',
      'Impôts',
    ])
      expect(text).to.contain(s);
    const today = dialog.querySelector('tr[aria-current="date"]')!;
    expect(today.textContent).to.match(/jeudi \(aujourd’hui\)/);
    expect(today.textContent.replace(/\u00a0/g, ' ')).to.contain('9 h – 12 h, 13 h 30 – 17 h');
    expect(dialog.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:fs@example.org');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await waitUntil(() => !dialog.open, 'the detail dialog closed after clicking its close button');
    await waitUntil(() => deepActive() === btn, 'focus back on the Détails button');
  });

  it('lists the bus stops with upcoming visits and a calendar download made on click', async () => {
    const el = await loaded();
    items(el)
      .find((li) => li.dataset['placeId'] === 'bus-grand-cahors')!
      .querySelector<HTMLButtonElement>('[part="details-button"]')!
      .click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'the detail dialog open after clicking Détails');
    const stops = [...dialog.querySelectorAll('.stops > li')];
    expect(stops).to.have.length(2);
    expect(stops[0]!.textContent.replace(/\u00a0/g, ' ')).to.contain('Prochain passage à Lherm : jeudi 3 décembre');
    expect(stops[1]!.textContent).to.contain('Horaires de passage non communiqués');
    const created: string[] = [];
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      const u = original.call(URL, b);
      created.push(u);
      return u;
    };
    try {
      const ics = stops[0]!.querySelector('button')!;
      expect(ics.textContent).to.contain('Ajouter les passages à Lherm à mon agenda (.ics)');
      ics.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(created).to.have.length(1);
    expect(created[0]).to.match(/^blob:/);
    const body = await blob!.text();
    expect(body).to.contain('BEGIN:VCALENDAR');
    expect(body).to.contain('Lherm');
    expect(stops[1]!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
