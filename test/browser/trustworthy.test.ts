/**
 * Trustworthy answers in the element (issue 11), on the demo catalogue (Lot, Aisne, Isère):
 * the map follows the search and keeps the resident's view; "Ouvert maintenant" means open;
 * the radius control.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { MapLibreAdapter } from '../../src/map/maplibre-adapter.js';
import { countText, filtersBody, items, root } from './helpers/locator.js';
import { TUESDAY_MORNING, demo, idleMap, mapOf } from './helpers/demo.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

/** A Monday night: every demo place with known hours is closed. */
const MONDAY_NIGHT = new Date('2026-11-30T21:34:00+01:00');




async function type(el: ServiceLocatorElement, selector: string, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

function view(adapter: MapLibreAdapter): string {
  const m = adapter.map!;
  return JSON.stringify([m.getCenter().lng.toFixed(5), m.getCenter().lat.toFixed(5), m.getZoom().toFixed(3)]);
}

describe('<service-locator> trustworthy answers', () => {
  webglIt('near Lherm, the map shows Lherm and the listed places, not the Aisne; the origin marker is named', async () => {
    const el = await demo({ near: 'Lherm', view: 'both' });
    await waitUntil(() => countText(el).includes('à moins de 30 km de Lherm'), 'radius said');
    // The printed list says the same sentence in its header.
    await waitUntil(() => root(el).querySelector('service-locator-results-actions'), 'print toolbar');
    const actions = root(el).querySelector('service-locator-results-actions') as unknown as { searchSummary: string };
    expect(actions.searchSummary).to.contain(countText(el));
    const adapter = await idleMap(el);
    const bounds = adapter.map!.getBounds();
    expect(bounds.contains([1.2407, 44.5699]), 'Lherm in view').to.equal(true);
    expect(bounds.contains([3.2876, 49.8466]), 'Saint-Quentin (Aisne) out of view').to.equal(false);
    expect(bounds.contains([5.7245, 45.1885]), 'Grenoble (Isère) out of view').to.equal(false);
    const marker = mapOf(el)!.shadowRoot!.querySelector('.sl-origin');
    expect(marker?.getAttribute('role')).to.equal('img');
    expect(marker?.getAttribute('aria-label')).to.equal('Point de départ : Lherm');
  });

  webglIt('a re-render never moves the map: zoom, select a marker, type in "Où ?" — the view stays', async () => {
    const el = await demo({ near: 'Cahors', view: 'both' });
    const adapter = await idleMap(el);
    const m = adapter.map!;
    m.jumpTo({ center: [1.5, 44.5], zoom: 11 });
    await adapter.whenIdle();
    const before = view(adapter);
    // Selecting a place from the list re-renders the root with a new selection.
    el.requestUpdate();
    await el.updateComplete;
    expect(view(adapter)).to.equal(before);
    // One letter typed in "Où ?" re-renders the root.
    await type(el, '#commune', 'F');
    await adapter.whenIdle();
    expect(view(adapter)).to.equal(before);
    // The language switching would rebuild the map; a new `now` of the same minute must not move it.
    el.now = new Date(TUESDAY_MORNING.getTime() + 1000);
    await el.updateComplete;
    await adapter.whenIdle();
    expect(view(adapter)).to.equal(before);
  });

  webglIt('"Voir sur la carte" centres and zooms on that place', async () => {
    const el = await demo({ near: 'Cahors' });
    const first = items(el)[0]!;
    const id = first.dataset['placeId']!;
    // "Voir sur la carte" is in the detail (issue 16: a card has one action and two links).
    first.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    const detail = root(el).querySelector('service-locator-detail')!;
    await waitUntil(() => detail.shadowRoot?.querySelector('dialog[open] .links button'), 'detail with Voir sur la carte', { timeout: 5000 });
    detail.shadowRoot!.querySelector<HTMLButtonElement>('dialog .links button')!.click();
    const adapter = await idleMap(el);
    await waitUntil(() => adapter.map!.getZoom() >= 12.9, 'zoomed in', { timeout: 5000 });
    await adapter.whenIdle();
    const place = (el as unknown as { places: { id: string; location: { lat: number; lon: number } }[] }).places.find((p) => p.id === id)!;
    const c = adapter.map!.getCenter();
    expect(Math.abs(c.lat - place.location.lat)).to.be.lessThan(0.01);
    expect(Math.abs(c.lng - place.location.lon)).to.be.lessThan(0.01);
  });

  it('"Ouvert maintenant" at night lists nothing "Horaires non communiqués", counts them and offers to show them', async () => {
    const el = await demo({ now: MONDAY_NIGHT });
    const open = (await filtersBody(el)).querySelector<HTMLInputElement>('input[name="open-now"]')!;
    open.click();
    await waitUntil(() => root(el).querySelector('.hours-unknown'), 'unknown hours counted');
    expect(items(el)).to.have.length(0);
    const notice = root(el).querySelector('.hours-unknown')!;
    const n = Number(/(\d+) autres lieux n’indiquent pas leurs horaires/.exec(notice.textContent)?.[1]);
    expect(n).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    notice.querySelector('button')!.click();
    await waitUntil(() => countText(el) === `${n} lieux trouvés`, 'unknown-hours places shown on request');
    expect(items(el).length).to.be.greaterThan(0);
    expect(items(el).every((li) => li.textContent.includes('Horaires non communiqués') || li.textContent.includes('passage'))).to.equal(true);
  });

  it('the radius control: 10 km, toute la zone', async () => {
    const el = await demo({ near: 'Cahors' });
    await waitUntil(() => /^\d+ lieux à moins de 30 km de Cahors$/.test(countText(el)), 'default 30 km');
    const at30 = items(el).length;
    const radios = [...(await filtersBody(el)).querySelectorAll<HTMLInputElement>('input[name="radius"]')];
    expect(radios.map((r) => r.parentElement!.textContent.trim())).to.deep.equal(['À moins de 10 km', 'À moins de 30 km', 'À moins de 60 km', 'Toute la zone']);
    radios[0]!.click();
    await waitUntil(() => countText(el).includes('10 km de Cahors'), '10 km');
    expect(items(el).length).to.be.lessThan(at30);
    radios[3]!.click();
    await waitUntil(() => countText(el).includes('du plus proche au plus loin de Cahors'), 'whole area');
    expect(countText(el)).to.match(/^\d+ lieux/);
  });

  it('the bus reached through its Lherm stop: the card speaks of that stop, the detail leads with it, no weekly visits', async () => {
    const el = await demo({ near: 'Lherm' });
    const bus = items(el).find((li) => li.dataset['placeId'] === 'fs-262')!;
    expect(bus.textContent).to.contain('Lherm');
    expect(bus.textContent).to.match(/deux jeudis par mois/i);
    expect(bus.textContent).to.not.match(/passage possible/i);
    [...bus.querySelectorAll('button')].find((b) => b.textContent.includes('Détails'))!.click();
    const detail = root(el).querySelector('service-locator-detail')!;
    await waitUntil(() => (detail as unknown as { open: boolean }).open, 'detail open');
    await (detail as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const text = detail.shadowRoot!.textContent;
    expect(text.indexOf('Lherm')).to.be.greaterThan(-1);
    expect(text).to.match(/27 autres arrêts/);
    expect(text).to.not.match(/passage possible/i);
  });
});
