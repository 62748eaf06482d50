import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';

// view="coverage" on the root element: the planners' view loads on demand and receives the
// catalogue's places, the gazetteer (`communes`) and the outlines (`outlines`).
const NOW = new Date('2026-11-23T10:00:00Z');

describe('<service-locator view="coverage">', () => {
  it('shows the coverage figures, the shaded communes and the table, and passes axe', async () => {
    const el = await fixture<ServiceLocatorElement>(html`<service-locator
      src="/data/catalogue.json"
      communes="/data/communes.json"
      outlines="/data/outlines/communes-46-lot-cog2026.geojson"
      view="coverage"
      .now=${NOW}
    ></service-locator>`);
    const coverage = () => el.shadowRoot!.querySelector('service-locator-coverage');
    await waitUntil(() => coverage(), 'coverage view shown', { timeout: 15000 });
    const cov = coverage()!;
    // Communes come from the gazetteer (388 communes in three départements); the Lot outlines
    // define the territory, so the figures are the Lot's 312 communes.
    await waitUntil(() => /\d\s?%\s+de la population/.test(cov.shadowRoot!.textContent ?? ''), 'share in words', { timeout: 15000 });
    // Outlines are drawn as shaded paths once the GeoJSON arrives.
    await waitUntil(() => (cov.shadowRoot!.querySelectorAll('svg path').length ?? 0) > 300, 'outlines drawn', { timeout: 15000 });
    // Every Lot commune is within 30 minutes of a welcome point (as the CLI reports), so the
    // view says so in words rather than showing an empty table.
    await waitUntil(() => /312 communes à 30 minutes ou moins, 0 au-delà/.test(cov.shadowRoot!.textContent.replace(/\s+/g, ' ')), 'Lot figures', { timeout: 15000 });
    // The resident's list and map are not rendered in this view, and MapLibre is not loaded.
    expect(el.shadowRoot!.querySelector('service-locator-list')).to.equal(null);
    expect(el.shadowRoot!.querySelector('service-locator-map')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
