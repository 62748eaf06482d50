/**
 * Issue 15: `near="Nom (CP)"` is resolved from the postcode slice of the national gazetteer
 * (/data/communes/46.json from the sources, dist/communes/ in the builds) without downloading
 * every commune of France; a missing slice falls back to the national list with the same
 * answer. Its own file: the national list, once loaded, is memoised for the page, and the first
 * tests need a page that has never fetched it.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { NOW, SMALL, countText, items, loaded, root } from './helpers/locator.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';

const requested = (part: string): boolean => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(part));
const NATIONAL = '/data/communes-france.json';
const originLabel = (el: ServiceLocatorElement) => root(el).querySelector<HTMLButtonElement>('.origin button')?.getAttribute('aria-label') ?? '';
const ids = (el: ServiceLocatorElement) => items(el).map((li) => li.dataset['placeId']);

/** The slices answer 404 while this cookie is set (test/helpers/server-middleware.mjs). */
const noSlices = (on: boolean) => (document.cookie = `no-commune-slices=1; path=/${on ? '' : '; max-age=0'}`);

describe('<service-locator> near="Nom (CP)"', () => {
  afterEach(() => noSlices(false));

  it('a commune the catalogue knows: the list near Cahors without any commune list downloaded', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Cahors (46000)"></service-locator>`);
    await waitUntil(() => originLabel(el) === 'Ne plus chercher autour de Cahors', 'origin Cahors');
    await waitUntil(() => countText(el).endsWith('de Cahors'), `count near Cahors (was "${countText(el)}")`);
    expect(requested('/data/communes/46.json'), 'the slice').to.equal(false);
    expect(requested(NATIONAL), 'the national list').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('another commune of France: from its postcode slice, written as the resident may (case, accents, "St")', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="ST CIRQ LAPOPIE (46330)"></service-locator>`);
    await waitUntil(() => originLabel(el) === 'Ne plus chercher autour de Saint-Cirq-Lapopie', `origin Saint-Cirq-Lapopie (was "${originLabel(el)}")`);
    await waitUntil(() => countText(el).includes('de Saint-Cirq-Lapopie'), `count near Saint-Cirq-Lapopie (was "${countText(el)}")`);
    expect(requested('/data/communes/46.json'), 'the slice').to.equal(true);
    expect(requested(NATIONAL), 'the national list').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('without the slices (a bundler that did not copy them), the national list gives the same origin and list', async () => {
    noSlices(true);
    const without = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Brive-la-Gaillarde (19100)"></service-locator>`);
    await waitUntil(() => originLabel(without) === 'Ne plus chercher autour de Brive-la-Gaillarde', `origin Brive from the national list (was "${originLabel(without)}")`);
    expect(requested(NATIONAL), 'the national list').to.equal(true);
    noSlices(false);
    const withSlice = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Brive-la-Gaillarde (19100)"></service-locator>`);
    await waitUntil(() => originLabel(withSlice) === 'Ne plus chercher autour de Brive-la-Gaillarde', 'origin Brive from the slice');
    expect(requested('/data/communes/19.json'), 'the slice').to.equal(true);
    await waitUntil(() => countText(without) !== '' && countText(without) === countText(withSlice), `the same count ("${countText(without)}", "${countText(withSlice)}")`);
    expect(ids(without)).to.deep.equal(ids(withSlice));
  });

  it('a postcode that is not the commune\'s leaves no origin rather than a wrong one, and the page works', async () => {
    // There is no slice 99: the national look-up answers, and knows no such commune.
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Saint-Cirq-Lapopie (99999)"></service-locator>`);
    const known = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Cahors (46090)"></service-locator>`);
    await new Promise((r) => setTimeout(r, 500));
    for (const e of [el, known]) {
      expect(originLabel(e)).to.equal('');
      expect(countText(e)).to.equal('6 lieux trouvés');
    }
  });

  it('a bare name still takes the national look-up (namesakes), with the same list as with its postcode', async () => {
    const bare = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Cahors"></service-locator>`);
    await waitUntil(() => countText(bare).endsWith('de Cahors'), 'near Cahors');
    const sliced = await loaded(html`<service-locator src=${SMALL} .now=${NOW} near="Cahors (46000)"></service-locator>`);
    await waitUntil(() => countText(sliced).endsWith('de Cahors'), 'near Cahors (46000)');
    expect(ids(sliced)).to.deep.equal(ids(bare));
    expect(countText(sliced)).to.equal(countText(bare));
  });
});
