/**
 * The first use of the national commune list, as `npm run bench:commune` does it on the demo
 * page: on a fresh element the resident's FIRST interaction is typing a commune in "Où ?" and
 * pressing "Chercher autour". The list is then still downloading (the input starts it) and the
 * index that will know it is built in slices afterwards: a look-up answered from the index of
 * the catalogue's communes alone says "Aucune commune connue", or takes a catalogue commune for
 * the one typed. Each test forgets the page's memoised download first, so each is a first use
 * (the other location tests load the list once for the whole file).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { countText, loaded, root } from './helpers/locator.js';
import { resetGazetteerLoads } from '../../src/core/geo/gazetteer-loader.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';

/** As the bench: the field's input event (which starts the download), then the click. */
const submitCommune = async (el: ServiceLocatorElement, text: string): Promise<void> => {
  const input = root(el).querySelector<HTMLInputElement>('#commune')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('.location button[type="submit"]')!.click();
};

const status = (el: ServiceLocatorElement): string => root(el).querySelector('.location [role="status"]')?.textContent ?? '';

describe('<service-locator> first use of the national commune list', () => {
  beforeEach(() => resetGazetteerLoads());

  it('"Vif" as the first thing typed in "Où ?" is found (Isère, far from every place), never called unknown', async () => {
    const el = await loaded();
    await submitCommune(el, 'Vif');
    await waitUntil(() => countText(el).includes('de Vif') || status(el).includes('Aucune commune connue'), 'Vif answered', { timeout: 20000 });
    expect(status(el)).to.not.contain('Aucune commune connue');
    expect(countText(el)).to.match(/^Aucun lieu à moins de 30 km de Vif ; voici les 3 plus proches, de \d+ à \d+ km$/);
  });

  it('"Cahus" (Lot, no place) as the first thing typed is Cahus, not the catalogue\'s Catus a letter away', async () => {
    const el = await loaded();
    await submitCommune(el, 'Cahus');
    // The first origin set is the answer (one per submit): whichever commune the count names.
    await waitUntil(() => / km de /.test(countText(el)) || status(el).includes('Aucune commune connue'), 'Cahus answered', { timeout: 20000 });
    expect(countText(el)).to.match(/^Aucun lieu à moins de 30 km de Cahus ; /);
    expect(root(el).querySelector('.origin button')!.getAttribute('aria-label')).to.equal('Ne plus chercher autour de Cahus');
  });
});
