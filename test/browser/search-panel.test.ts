import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, SMALL, announcer, deepActive, filtersBody, firstItemPaint, loaded, search } from './helpers/locator.js';

// Issue 15, item 3: the filters' body and the suggestions' options (search-panel.ts) are not in
// the code of the first list paint; they load after it, so that a resident who opens "Filtres"
// later finds them there at once, whole, with the same words. The first test must be the first
// of this page to load that module (search-panel-cold.test.ts opens the filters before it came).
const PANEL = /\/src\/components\/service-locator-search\/search-panel\.ts$/;
/** The words a change is announced with (what changed, then the count), loaded after that paint too. */
const ANNOUNCE = /\/src\/i18n\/strings-announce\.ts$/;
const requests = (module: RegExp) => performance.getEntriesByType('resource').filter((e) => module.test(new URL(e.name).pathname)) as PerformanceResourceTiming[];
const panelRequests = () => requests(PANEL);
const nb = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe("<service-locator-search> filters' body after the first list", () => {
  it('is requested only after the first list item has painted; then opening is immediate and whole', async () => {
    expect(panelRequests(), 'this test must be the first to load the panel').to.have.length(0);
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    const painted = await firstItemPaint(el);
    for (const r of [...panelRequests(), ...requests(ANNOUNCE)]) expect(r.startTime, `${r.name} requested before the first list paint`).to.be.at.least(painted - 1);
    const box = await filtersBody(el);
    expect(panelRequests().length, 'loaded after the paint, unasked').to.be.greaterThan(0);
    await waitUntil(() => requests(ANNOUNCE).length > 0, 'the words of what changed, loaded after the paint, unasked');
    const details = box.querySelector('details')!;
    expect(details.open, 'still closed').to.equal(false);
    const summary = details.querySelector('summary')!;
    summary.focus();
    summary.click();
    // On a warm page the click opens the disclosure in the same task, its body already there.
    expect(details.open, 'open at once').to.equal(true);
    expect(deepActive(), 'focus stays on the summary').to.equal(summary);
    expect([...details.querySelectorAll('legend')].map((l) => nb(l.textContent))).to.deep.equal([
      'Type de lieu',
      'Ouverture et accueil',
      'Distance',
      'Équipement sur place',
    ]);
    // Styled by the panel's sheet: a fieldset's border and the checks' row.
    expect(getComputedStyle(details.querySelector('.checks')!).display).to.equal('flex');
    details.querySelector<HTMLInputElement>('input[name="wheelchair"]')!.click();
    await waitUntil(() => [...details.querySelectorAll('button')].some((b) => nb(b.textContent) === 'Effacer les filtres'), 'the clear button');
    expect(nb(summary.textContent)).to.equal('Filtres (1 actif)');
    await waitUntil(() => announcer(el).textContent.includes('ajouté'), 'the change said', { timeout: 3000 });
    expect(nb(announcer(el).textContent)).to.match(/^Filtre Accessible en fauteuil roulant ajouté : \d+ lieux? trouvés?$/);
    await expect(el).to.be.accessible();
  });

  it('says the same in English', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} lang="en"></service-locator>`);
    const box = await filtersBody(el);
    const details = box.querySelector('details')!;
    details.querySelector('summary')!.click();
    expect([...details.querySelectorAll('legend')].map((l) => nb(l.textContent))).to.deep.equal(['Kind of place', 'Opening and access', 'Distance', 'Equipment on site']);
    details.querySelector<HTMLInputElement>('input[name="walk-in"]')!.click();
    await waitUntil(() => [...details.querySelectorAll('button')].some((b) => nb(b.textContent) === 'Clear filters'), 'the clear button, in English');
    expect(nb(search(el).shadowRoot!.querySelector('summary')!.textContent)).to.equal('Filters (1 active)');
  });
});
