import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, SMALL, announcer, deepActive, items, list, loaded, search, detailDialog } from './helpers/locator.js';

describe('<service-locator> keyboard only', () => {
  it('type "caf", pick a suggestion, reach the results, open a detail, Escape returns focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">avant</button>
      <service-locator src=${SMALL} .now=${NOW}></service-locator>
    </div>`);
    const el = wrapper.querySelector('service-locator') as ServiceLocatorElement;
    await new Promise((r) => setTimeout(r, 0));
    await waitUntil(() => list(el), 'list rendered');
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();

    // The skip link comes first, then the search box.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Aller aux résultats');
    await sendKeys({ press: 'Tab' });
    const input = search(el).shadowRoot!.querySelector('input[role="combobox"]')!;
    expect(deepActive() === input, 'focus in the search box').to.equal(true);
    await sendKeys({ type: 'caf' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'suggestions open');
    const options = [...search(el).shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.length).to.be.greaterThan(0);
    expect(options[0]!.textContent).to.match(/CAF/);

    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => search(el).shadowRoot!.querySelector('.chips button'), 'chip shown');
    expect(search(el).shadowRoot!.querySelector('.chips button')!.getAttribute('aria-label')).to.match(/^Retirer la démarche : CAF/);
    expect(input.getAttribute('aria-expanded')).to.equal('false');

    // Only the places answering "caf" remain, and the live region says so.
    await waitUntil(() => items(el).length === 3, 'three caf places');
    await waitUntil(() => announcer(el).textContent.trim() === 'Démarche CAF, allocations ajoutée\u00a0: 3 lieux trouvés', 'announced, with what changed');

    let details: Element | null = null;
    for (let i = 0; i < 40 && !details; i++) {
      await sendKeys({ press: 'Tab' });
      const a = deepActive();
      if (a?.getAttribute('part') === 'details-button') details = a;
    }
    expect(details, 'a Détails button is reachable with Tab').to.not.equal(null);
    const name = details!.getAttribute('aria-label')!.replace(/^Détails : /, '');

    await sendKeys({ press: 'Enter' });
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'dialog open');
    expect(dialog.querySelector('h2')!.textContent).to.equal(name);
    expect(deepActive() === dialog.querySelector('h2'), 'focus on the dialog title').to.equal(true);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'dialog closed');
    await waitUntil(() => deepActive() === details, 'focus back on the Détails button');
  });

  it('Escape closes the suggestions first, then clears the text', async () => {
    const el = await loaded();
    const input = search(el).shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'impo' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'suggestions open (aria-expanded=true) after typing impo');
    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('impo');
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
  });

  it('ArrowUp wraps to the last suggestion; clicking a suggestion adds the need', async () => {
    const el = await loaded();
    const input = search(el).shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'papiers' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'suggestions open (aria-expanded=true) after typing papiers');
    const options = [...search(el).shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    await sendKeys({ press: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[options.length - 1]!.id);
    options[0]!.click();
    await waitUntil(() => search(el).shadowRoot!.querySelector('.chips button'), 'a need chip after clicking the first suggestion');
    expect(search(el).shadowRoot!.querySelector('.chips')!.textContent).to.match(/Papiers/);
  });
});
