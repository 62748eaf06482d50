import { expect, html, waitUntil } from '@open-wc/testing';
import { NOW, SMALL, countText, deepActive, items, list, loaded, root } from './helpers/locator.js';

// The root element wires the print/download toolbar and the "did you mean" suggestions.
describe('<service-locator> results actions and "did you mean"', () => {
  it('shows the print and download toolbar above the results, and passes axe', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    await waitUntil(() => list(el), 'list shown');
    const actions = () => root(el).querySelector('service-locator-results-actions');
    await waitUntil(() => actions()?.shadowRoot?.querySelector('button'), 'toolbar rendered', { timeout: 10000 });
    const labels = [...actions()!.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent.trim());
    expect(labels.some((l) => l.includes('Imprimer'))).to.equal(true);
    expect(labels.some((l) => l.includes('CSV'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers a correction when a typo in the first letter finds nothing, and runs it', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} query="kaf"></service-locator>`);
    await waitUntil(() => root(el).querySelector('.empty'), 'empty result');
    const suggestion = () =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.did-you-mean button')].find((b) => b.textContent.includes('CAF'));
    await waitUntil(() => suggestion(), 'suggestion "CAF" offered', { timeout: 10000 });
    await expect(el).to.be.accessible();
    suggestion()!.click();
    await waitUntil(() => list(el) && items(el).length > 0, 'results after the suggestion');
    expect(countText(el)).to.match(/lieux? trouvés?/);
    await waitUntil(() => deepActive()?.classList.contains('count'), 'focus on the result count');
    // The correction replaced the text: the search box shows it.
    expect(root(el).querySelector('service-locator-search')!.shadowRoot!.querySelector('input')!.value.toLowerCase()).to.contain('caf');
  });
});
