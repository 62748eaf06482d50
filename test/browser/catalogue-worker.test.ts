/**
 * The catalogue off the main thread (issue 15, item 1): a fetched catalogue is decoded, parsed
 * and validated in the catalogue worker (src/worker/catalogue-worker.ts), and the same places
 * reach the list whether the worker runs, cannot be created, or its file is missing (the page
 * then validates in slices); a catalogue given as a property is validated and indexed in
 * slices that let the page's own timers run; a large catalogue shows its progress in words in a
 * polite status, which passes axe.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorLoadEvent } from '../../src/components/service-locator/events.js';
import { NOW, SMALL, items, names, root } from './helpers/locator.js';
import { CatalogueController } from '../../src/controllers/catalogue-controller.js';

const PageWorker = globalThis.Worker;

/** Replaces the page's Worker for one test; every construction is recorded. */
function replaceWorker(make: (url: string | URL, options?: WorkerOptions) => Worker): { urls: string[] } {
  const seen = { urls: [] as string[] };
  globalThis.Worker = function (this: unknown, url: string | URL, options?: WorkerOptions) {
    seen.urls.push(String(url));
    return make(url, options);
  } as unknown as typeof Worker;
  return seen;
}

async function load(src: string, lang = 'fr'): Promise<{ el: ServiceLocatorElement; event: ServiceLocatorLoadEvent }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('service-locator');
  el.now = NOW;
  el.setAttribute('lang', lang);
  el.src = src;
  const loaded = oneEvent<ServiceLocatorLoadEvent>(el, 'service-locator-load');
  host.append(el);
  const event = await loaded;
  await el.updateComplete;
  return { el, event };
}

/** The small fixture's place count and first listed names, validated on the main thread as before. */
async function expected(): Promise<{ count: number; names: string[] }> {
  const { el, event } = await load(SMALL);
  await waitUntil(() => items(el).length > 0, 'listed');
  return { count: event.placeCount, names: items(el).map((li) => li.querySelector('h3')!.textContent.trim()) };
}

const WORKER_MIN_BYTES = CatalogueController.workerMinBytes;

describe('catalogue worker', function () {
  this.timeout(30000);
  // The fixtures are small: without this the page would validate them itself.
  before(() => {
    CatalogueController.workerMinBytes = 0;
  });
  after(() => {
    CatalogueController.workerMinBytes = WORKER_MIN_BYTES;
  });
  afterEach(() => {
    globalThis.Worker = PageWorker;
  });

  it('validates a fetched catalogue in the worker: its messages carry the places the list shows', async () => {
    const replies: string[] = [];
    const seen = replaceWorker((url, options) => {
      const w = new PageWorker(url, options);
      w.addEventListener('message', (e: MessageEvent<{ type: string }>) => replies.push(e.data.type));
      return w;
    });
    const { el, event } = await load(SMALL);
    expect(seen.urls).to.have.length(1);
    expect(seen.urls[0]).to.match(/\/worker\/catalogue-worker\.(js|ts)$/);
    expect(replies[0]).to.equal('ready');
    expect(replies).to.include('places');
    expect(replies.at(-1)).to.equal('done');
    await waitUntil(() => items(el).length > 0, 'listed');
    expect(event.placeCount).to.be.greaterThan(0);
  });

  it('a Worker constructor that throws: the page validates the catalogue itself, same places', async () => {
    const { count, names } = await expected();
    const seen = replaceWorker(() => {
      throw new DOMException('workers refused', 'SecurityError');
    });
    const { el, event } = await load(SMALL);
    expect(seen.urls).to.have.length(1);
    expect(event.placeCount).to.equal(count);
    await waitUntil(() => items(el).length > 0, 'listed');
    expect(items(el).map((li) => li.querySelector('h3')!.textContent.trim())).to.deep.equal(names);
  });

  it('a worker file that answers 404: the page validates the catalogue itself, same places', async () => {
    const { count } = await expected();
    const missing: string[] = [];
    replaceWorker((url, options) => {
      const w = new PageWorker('/__test__/no-such-worker.js', options);
      w.addEventListener('error', () => missing.push(String(url)));
      return w;
    });
    const { el, event } = await load(SMALL);
    expect(missing).to.have.length(1);
    expect(event.placeCount).to.equal(count);
    await waitUntil(() => items(el).length > 0, 'listed');
  });

  it('no Worker at all (an old or locked-down browser): the catalogue still loads', async () => {
    const { count } = await expected();
    (globalThis as { Worker?: unknown }).Worker = undefined;
    const { event } = await load(SMALL);
    expect(event.placeCount).to.equal(count);
  });

  /** 30,000 places made from the small fixture's, with ids of their own. */
  async function bigCatalogue(): Promise<{ places: { id: string }[] }> {
    const doc = (await (await fetch(SMALL)).json()) as { places: { id: string }[] };
    const base = doc.places;
    doc.places = Array.from({ length: 30000 }, (_, i) => ({ ...base[i % base.length]!, id: `p${i}` }));
    return doc;
  }

  it('a large catalogue given as a property is validated and indexed in slices: the page keeps its thread', async () => {
    const doc = await bigCatalogue();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('service-locator');
    el.now = NOW;
    let ticks = 0;
    let ticking = true;
    const tick = (): void => {
      ticks++;
      if (ticking) setTimeout(tick, 0);
    };
    const loaded = oneEvent<ServiceLocatorLoadEvent>(el, 'service-locator-load');
    el.catalogue = doc;
    host.append(el);
    setTimeout(tick, 0);
    const event = await loaded;
    ticking = false;
    expect(event.placeCount).to.equal(30000);
    // One task for 30,000 places would let a timer or two run (and with scheduler.yield()'s
    // continuations none ran at all); slices of ~8 ms let one run at least at every pause.
    expect(ticks, 'timer callbacks run while loading').to.be.greaterThan(5);
    await waitUntil(() => items(el).length > 0, 'listed');
  });

  it('a newer src while the worker validates a large catalogue: the older one is dropped, one load event', async () => {
    const { count } = await expected();
    const doc = await bigCatalogue();
    const big = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
    const workers: Worker[] = [];
    replaceWorker((url, options) => {
      const w = new PageWorker(url, options);
      workers.push(w);
      return w;
    });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('service-locator');
    el.now = NOW;
    el.src = big;
    const loads: number[] = [];
    el.addEventListener('service-locator-load', (e) => loads.push((e).placeCount));
    host.append(el);
    // The big catalogue is being read: its progress is in the status.
    await waitUntil(() => /\d/.test(root(el).querySelector('p.loading[role="status"]')?.textContent ?? ''), 'progress in words', { timeout: 20000 });
    el.src = SMALL;
    await waitUntil(() => loads.length > 0, 'the newer catalogue loaded', { timeout: 20000 });
    // Long enough for the older one to have finished, had it not been stopped.
    await new Promise((r) => setTimeout(r, 1500));
    URL.revokeObjectURL(big);
    expect(loads).to.deep.equal([count]);
    expect(workers.length).to.equal(2);
    await waitUntil(() => items(el).length > 0, 'listed');
  });

  it('the loading status, with its numbers, passes axe', async () => {
    const doc = await bigCatalogue();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('service-locator');
    el.now = NOW;
    el.catalogue = doc;
    host.append(el);
    await waitUntil(() => /\d/.test(root(el).querySelector('p.loading[role="status"]')?.textContent ?? ''), 'progress in words', { timeout: 20000 });
    await expect(el).to.be.accessible();
  });

  for (const [lang, pattern] of [
    ['fr', /^Chargement des lieux… [\d\u202f\u00a0 ]+ sur 30[\u202f\u00a0 ]000$|^Préparation de la recherche… [\d\u202f\u00a0 ]+ lieux sur 30[\u202f\u00a0 ]000$/],
    ['en', /^Loading places… [\d,]+ of 30,000$|^Preparing the search… [\d,]+ of 30,000 places$/],
  ] as const) {
    it(`a large catalogue says how far it is in a polite status (${lang})`, async () => {
      const doc = await bigCatalogue();
      const src = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('service-locator');
      el.now = NOW;
      el.setAttribute('lang', lang);
      el.src = src;
      const said: string[] = [];
      const statuses: Element[] = [];
      const observer = new MutationObserver(() => {
        const status = root(el).querySelector('p.loading[role="status"]');
        if (status) {
          statuses.push(status);
          said.push(status.textContent.trim());
        }
      });
      const loaded = oneEvent(el, 'service-locator-load');
      host.append(el);
      observer.observe(root(el), { subtree: true, childList: true, characterData: true });
      await loaded;
      observer.disconnect();
      URL.revokeObjectURL(src);
      const withNumbers = said.filter((s) => /\d/.test(s));
      expect(withNumbers.length, `status texts: ${said.join(' | ')}`).to.be.greaterThan(0);
      for (const s of withNumbers) expect(s).to.match(pattern);
      // role="status" is a polite live region; the same element is updated, not replaced per step.
      expect(new Set(statuses).size).to.be.lessThan(statuses.length);
      await waitUntil(() => items(el).length > 0, 'listed');
    });
  }
});

/**
 * Small catalogues need no worker (issue 15, item 3): its 17.7 KB gzip and its start cost more
 * than validating a few hundred KB on the page. The size decides: the Content-Length when it
 * already says "large", else the bytes once they have come.
 */
describe('which catalogues the worker validates', function () {
  this.timeout(30000);
  const DRIP = '/__test__/hostile/drip?chunks=4&ms=800';
  let workersAt: { catalogueDone: boolean }[] = [];
  /** Counts the workers started, and whether the catalogue `path` had finished downloading then. */
  const watchWorkers = (path: string): void => {
    workersAt = [];
    // A full timeline takes no more entries: the catalogue's would never be seen.
    performance.clearResourceTimings();
    globalThis.Worker = function (url: string | URL, options?: WorkerOptions) {
      const done = performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname + new URL(e.name).search === path);
      workersAt.push({ catalogueDone: done });
      return new PageWorker(url, options);
    } as unknown as typeof Worker;
  };
  afterEach(() => {
    globalThis.Worker = PageWorker;
    CatalogueController.workerMinBytes = WORKER_MIN_BYTES;
  });

  it('a small catalogue is validated on the page: no worker starts, the same places are listed', async () => {
    CatalogueController.workerMinBytes = 0;
    const viaWorker = await load(SMALL);
    await waitUntil(() => items(viaWorker.el).length > 0, 'listed through the worker');
    const expectedNames = names(viaWorker.el);
    CatalogueController.workerMinBytes = WORKER_MIN_BYTES;
    watchWorkers(SMALL);
    const { el, event } = await load(SMALL);
    expect(workersAt, 'workers started').to.have.length(0);
    expect(event.placeCount).to.equal(viaWorker.event.placeCount);
    await waitUntil(() => items(el).length > 0, 'listed');
    expect(names(el)).to.deep.equal(expectedNames);
  });

  it('one byte over the threshold goes to the worker, at the threshold stays on the page', async () => {
    const bytes = (await (await fetch(SMALL)).arrayBuffer()).byteLength;
    CatalogueController.workerMinBytes = bytes - 1;
    watchWorkers(SMALL);
    await load(SMALL);
    expect(workersAt, 'over: workers started').to.have.length(1);
    CatalogueController.workerMinBytes = bytes;
    watchWorkers(SMALL);
    await load(SMALL);
    expect(workersAt, 'at: workers started').to.have.length(0);
  });

  it('a Content-Length over the threshold starts the worker while the body still downloads', async () => {
    CatalogueController.workerMinBytes = 100;
    const src = `${DRIP}&sized=1`;
    watchWorkers(src);
    const { event } = await load(src);
    expect(workersAt, 'workers started').to.have.length(1);
    expect(workersAt[0]!.catalogueDone, 'the catalogue had finished downloading').to.equal(false);
    expect(event.placeCount).to.be.greaterThan(0);
  });

  it('no Content-Length (chunked): the bytes decide once they have come', async () => {
    CatalogueController.workerMinBytes = 100;
    watchWorkers(DRIP);
    const { event } = await load(DRIP);
    expect(workersAt, 'workers started').to.have.length(1);
    expect(workersAt[0]!.catalogueDone, 'the catalogue had finished downloading').to.equal(true);
    expect(event.placeCount).to.be.greaterThan(0);
    CatalogueController.workerMinBytes = 1e9;
    watchWorkers(DRIP);
    const small = await load(DRIP);
    expect(workersAt, 'under the threshold: workers started').to.have.length(0);
    expect(small.event.placeCount).to.equal(event.placeCount);
  });
});
