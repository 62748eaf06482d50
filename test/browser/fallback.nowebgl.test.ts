import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorErrorEvent } from '../../src/components/service-locator/events.js';
import { NOW, SMALL, items, list, loaded, root } from './helpers/locator.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';

// Runs in the browser started with --use-gl=disabled: the map cannot exist.
describe('<service-locator> without WebGL', () => {
  it('a list-only element never loads the map', async () => {
    const el = await loaded();
    expect(root(el).querySelector('service-locator-map')).to.equal(null);
    expect(customElements.get('service-locator-map')).to.equal(undefined);
  });

  it('view="map" ends in list mode with a plain explanation', async () => {
    const el = document.createElement('service-locator') as ServiceLocatorElement;
    el.now = NOW;
    el.src = SMALL;
    el.setAttribute('view', 'map');
    el.setAttribute('map-style', 'offline');
    const failed = oneEvent(el, 'service-locator-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const event = (await failed) as unknown as ServiceLocatorErrorEvent;
    expect(event.kind).to.equal('map');
    expect(event.message).to.contain('WebGL 2');
    await waitUntil(() => list(el), 'list shown instead of the map');
    await list(el)!.updateComplete;
    expect(items(el)).to.have.length(6);
    expect(root(el).querySelector('service-locator-map')).to.equal(null);
    const notice = root(el).querySelector('.notice[role="status"]')!;
    expect(notice.textContent).to.contain('Ce navigateur ne peut pas afficher la carte');
    expect(notice.textContent).to.contain('Affichage en liste.');
    expect(root(el).querySelector('[part="view-switch"] button[aria-pressed="true"]')!.textContent!.trim()).to.equal('Liste');
    // "Voir sur la carte" is not offered when there is no map.
    expect(list(el)!.shadowRoot!.querySelector('[aria-label^="Voir sur la carte"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
