import { expect, fixture, html } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, countText, items, loaded, names, root } from './helpers/locator.js';

describe('<service-locator> loading and states', () => {
  it('shows a loading state, then the places as an accessible list', async () => {
    const el = await fixture<ServiceLocatorElement>(
      html`<service-locator src="/__test__/delay?ms=800&amp;body=%7B%7D" .now=${NOW}></service-locator>`,
    );
    expect(root(el).querySelector('.loading')?.textContent).to.contain('Chargement des lieux');
    await expect(el).to.be.accessible();
  });

  it('lists every valid place with heading, kind, status and approximate position', async () => {
    const el = await loaded();
    expect(items(el)).to.have.length(6);
    expect(names(el)).to.include('France services Cahors');
    const gourdon = items(el).find((li) => li.dataset['placeId'] === 'cs-gourdon')!;
    expect(gourdon.textContent).to.contain('Position approximative');
    expect(gourdon.textContent).to.contain('Horaires non communiqués');
    const cahors = items(el).find((li) => li.dataset['placeId'] === 'fs-cahors')!;
    expect(cahors.querySelector('.status')!.textContent).to.match(/Ouvert/);
    expect(cahors.querySelector('a[href^="tel:"]')!.getAttribute('aria-label')).to.equal('Appeler France services Cahors au 05 65 20 88 70');
    expect(countText(el)).to.equal('6 lieux trouvés');
    await expect(el).to.be.accessible();
  });
});
