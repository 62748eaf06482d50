import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, SMALL, deepActive, firstItemPaint, items, root } from './helpers/locator.js';

// Issue 15, item 3: what the first list does not need loads after it has painted. Print and
// downloads (<service-locator-results-actions>) are asked for only then; the toolbar still
// appears, and the keyboard path to it is unchanged.
const actionsRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => /\/service-locator-results-actions\.(js|ts)(\?|$)/.test(new URL(e.name).pathname + new URL(e.name).search));

describe('<service-locator> first paint', () => {
  it('requests the print and download code only after the first list item is painted, then shows the toolbar', async () => {
    expect(actionsRequests(), 'this test must be the first to load the toolbar').to.have.length(0);
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    const painted = await firstItemPaint(el, 600);
    await waitUntil(() => customElements.get('service-locator-results-actions'), 'expected the toolbar code to load after the first paint', { timeout: 10000 });
    const requests = actionsRequests();
    expect(requests.length, 'one request for the toolbar module').to.be.greaterThan(0);
    for (const r of requests) expect(r.startTime, `${r.name} requested before the first paint`).to.be.at.least(painted - 1);
    const actions = root(el).querySelector('service-locator-results-actions')!;
    await waitUntil(() => actions.shadowRoot?.querySelector('button.print'), 'expected the toolbar to render its buttons');
    await expect(el).to.be.accessible();
  });

  it('keeps the keyboard path: the "Imprimer ou télécharger" disclosure opens with Enter and Tab reaches "Imprimer"', async () => {
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    await waitUntil(() => items(el).length > 0, 'expected the results to be listed', { timeout: 10000 });
    const summary = root(el).querySelector<HTMLElement>('.export summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector<HTMLDetailsElement>('.export')!.open, 'expected Enter to open the disclosure');
    const print = () => root(el).querySelector('service-locator-results-actions')!.shadowRoot?.querySelector('button.print');
    await waitUntil(() => print(), 'expected the toolbar buttons', { timeout: 10000 });
    await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'focus on "Imprimer"').to.equal(print());
    await expect(el).to.be.accessible();
  });
});
