import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorSearchEvent } from '../../src/components/service-locator/events.js';
import { ANNOUNCE_DELAY_MS } from '../../src/controllers/search-controller.js';
import { NOW, SMALL, announcer, countText, firstItemPaint, items, names, root, search } from './helpers/locator.js';

// Issue 15, item 3: the first list (no query) paints before the search index, its thesaurus and
// the rest of the data core are even requested, and it is the list the index gives. A query at
// load waits for the index: no list meanwhile, never a wrong one. A search asked before the index
// is built says it is being prepared, then lists and announces what the index finds.
// The first test must be the first of this page to load the data core.
/** The index's modules as the test server serves them (one request per module). */
const INDEX_MODULES = /\/src\/core\/(data-core|search\/search-index|needs\/thesaurus|geo\/gazetteer)\.ts$/;
const indexRequests = () => performance.getEntriesByType('resource').filter((e) => INDEX_MODULES.test(new URL(e.name).pathname)) as PerformanceResourceTiming[];

describe('<service-locator> first list before the index', () => {
  it('paints the query-less list before the index code is requested, and it is the list the index gives', async () => {
    expect(indexRequests(), 'this test must be the first to load the data core').to.have.length(0);
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    const loadEvent = oneEvent(el, 'service-locator-load');
    const painted = await firstItemPaint(el);
    const first = { names: names(el), count: countText(el), nodes: items(el) };
    expect(first.names.length, 'a page of places').to.be.greaterThan(0);
    expect(first.count).to.match(/^\d+ lieux?\b/);
    for (const r of indexRequests()) expect(r.startTime, `${r.name} requested before the first list paint`).to.be.at.least(painted - 1);
    // The index comes after: the load event says the catalogue is searchable.
    await loadEvent;
    await waitUntil(() => indexRequests().length > 0, 'expected the index code to load after the first list');
    await el.updateComplete;
    expect(names(el), 'the same places in the same order').to.deep.equal(first.names);
    expect(countText(el), 'the same count sentence').to.equal(first.count);
    // The index's answer is the browse's: the list keeps its items, nothing re-rendered.
    const now = items(el);
    for (let i = 0; i < now.length; i++) expect(now[i], `item ${i} kept`).to.equal(first.nodes[i]);
    // Nothing was announced at load (as before: only what the resident changes is spoken).
    expect(announcer(el).textContent.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a query at load waits for the index: the first list painted is the index answer', async () => {
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW} query="caf"></service-locator>`);
    await firstItemPaint(el);
    const atPaint = { names: names(el), count: countText(el) };
    // (The index's code was loaded by the first test: the page's module cache keeps it, so its
    // requests say nothing here. What proves the wait is the list itself: the query's answer,
    // not the query-less list the browse would have painted.)
    const fresh = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    await oneEvent(fresh, 'service-locator-load');
    await waitUntil(() => items(fresh).length > 0);
    expect(atPaint.count, 'not the query-less list').to.not.equal(countText(fresh));
    search(fresh).dispatchEvent(new CustomEvent('service-locator-search-text-submit', { detail: { text: 'caf' } }));
    await waitUntil(() => countText(fresh) === atPaint.count && names(fresh).join() === atPaint.names.join(), 'the same list as an indexed search for "caf"');
  });

  it('a query in the URL hash (url-state) waits for the index too', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#q=caf');
    try {
      const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW} url-state></service-locator>`);
      await firstItemPaint(el);
      const atPaint = names(el);
      const indexed = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW} query="caf"></service-locator>`);
      await oneEvent(indexed, 'service-locator-load');
      await waitUntil(() => items(indexed).length > 0);
      expect(atPaint).to.deep.equal(names(indexed));
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('a search asked before the index is built: "being prepared", no list meanwhile, then the index answer, its count announced and its event', async () => {
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    const loadEvent = oneEvent(el, 'service-locator-load');
    const searched = oneEvent(el, 'service-locator-search');
    await firstItemPaint(el);
    // At once, in the frame after the first paint: the index is not built yet.
    search(el).dispatchEvent(new CustomEvent('service-locator-search-text-submit', { detail: { text: 'caf' } }));
    await el.updateComplete;
    const loading = root(el).querySelector('.list-pane .loading');
    expect(loading, 'the list pane says the search is being prepared').to.not.equal(null);
    expect(loading!.getAttribute('role')).to.equal('status');
    expect(items(el), 'no list that does not answer the search').to.have.length(0);
    expect(countText(el), 'no count that does not answer the search').to.equal('');
    await loadEvent;
    await waitUntil(() => items(el).length > 0, 'the index answer listed');
    const count = countText(el);
    const event = (await searched) as unknown as ServiceLocatorSearchEvent;
    expect(event.total, 'the event counts what the index found').to.equal(Number(count.match(/\d+/)![0]));
    // The announcement waited for the index and says the count sentence.
    await waitUntil(() => announcer(el).textContent.trim() !== '', 'the count announced', { timeout: ANNOUNCE_DELAY_MS + 5000 });
    expect(announcer(el).textContent).to.contain(count);
    await expect(el).to.be.accessible();
  });
});
