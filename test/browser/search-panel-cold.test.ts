import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ServiceLocatorSearchElement } from '../../src/components/service-locator-search/service-locator-search.js';

// The filters opened before their body's code has come (search-panel.ts loads after the first
// list paint): the disclosure opens once it has, whole, never empty and then growing, and the
// focus stays on its summary. Its own page: no other test may have loaded that module first.
const PANEL = /\/src\/components\/service-locator-search\/search-panel\.ts$/;
const panelRequests = () => performance.getEntriesByType('resource').filter((e) => PANEL.test(new URL(e.name).pathname));

describe("<service-locator-search> opened before the filters' body has come", () => {
  it('opens once the body is here, with it, focus kept on the summary', async () => {
    ServiceLocatorSearchElement.define();
    expect(panelRequests(), 'nothing loaded the panel yet').to.have.length(0);
    const box = await fixture<ServiceLocatorSearchElement>(html`<service-locator-search></service-locator-search>`);
    const details = box.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('fieldset'), 'no body yet').to.equal(null);
    const openWithBody: boolean[] = [];
    details.addEventListener('toggle', () => openWithBody.push(details.open && !!details.querySelector('fieldset')));
    const summary = details.querySelector('summary')!;
    summary.focus();
    summary.click();
    expect(details.open, 'not opened empty').to.equal(false);
    await waitUntil(() => details.open, 'open once the body has come');
    expect(details.querySelector('fieldset'), 'the body').to.not.equal(null);
    await waitUntil(() => openWithBody.length > 0, 'toggle event');
    expect(openWithBody, 'never open without its body').to.deep.equal([true]);
    expect(box.shadowRoot!.activeElement, 'focus on the summary').to.equal(summary);
    await expect(box).to.be.accessible();
  });
});
