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
    const el: ServiceLocatorElement = document.createElement('service-locator');
    el.now = NOW;
    el.src = SMALL;
    el.setAttribute('view', 'map');
    el.setAttribute('map-style', 'offline');
    const failed = oneEvent(el, 'service-locator-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const event = (await failed) as unknown as ServiceLocatorErrorEvent;
    expect(event.kind).to.equal('map');
    // Words for residents (issue 16): what happened, never "WebGL".
    expect(event.message).to.contain('ne peut pas afficher la carte');
    expect(event.message).to.not.contain('WebGL');
    await waitUntil(() => list(el), 'list shown instead of the map');
    await list(el)!.updateComplete;
    expect(items(el)).to.have.length(6);
    expect(root(el).querySelector('service-locator-map')).to.equal(null);
    // The map can never be shown here: "Carte" and "Liste et carte" are disabled, the reason said
    // beside them, in words (issue 16).
    const reason = root(el).querySelector('#map-off')!;
    expect(reason.textContent).to.contain('Ce navigateur ou cet appareil ne peut pas afficher la carte');
    expect(root(el).textContent).to.not.contain('WebGL');
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part="view-switch"] button')];
    expect(buttons.map((b) => [b.textContent.trim(), b.disabled])).to.deep.equal([['Liste', false], ['Carte', true], ['Liste et carte', true]]);
    expect(buttons[1]!.getAttribute('aria-describedby')).to.equal('map-off');
    expect(root(el).querySelector('[part="view-switch"] button[aria-pressed="true"]')!.textContent.trim()).to.equal('Liste');
    // "Voir sur la carte" is not offered when there is no map.
    expect(list(el)!.shadowRoot!.querySelector('[aria-label^="Voir sur la carte"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
