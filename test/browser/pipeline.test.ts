import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';

describe('pipeline', () => {
  it('renders the element in Chromium', async () => {
    const el = await fixture(html`<service-locator></service-locator>`);
    expect(el.shadowRoot?.textContent).to.contain('service-locator');
  });
});
