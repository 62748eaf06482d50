import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorErrorEvent, ServiceLocatorLoadEvent } from '../../src/components/service-locator/events.js';
import { NOW, SMALL, items, list, root } from './helpers/locator.js';
import { CatalogueController } from '../../src/controllers/catalogue-controller.js';

// Issue 15, item 3: the validator finds problems as data; their words (messages.ts, with
// problem-words.ts) and the JSON error locator (json-error.ts, json-locate.ts) load on the page
// only when there are problems to show, the locator only for a file that is not JSON. Neither
// the worker nor the page's validator imports them, so a clean catalogue never fetches them,
// worker or not. Unbundled (this test server), a module worker's imports are listed in the
// page's Resource Timing too in Chromium: that the worker does not import them is checked too.
// The order of the tests matters: a module is fetched once per page.
const PageWorker = globalThis.Worker;
const WORKER_MIN_BYTES = CatalogueController.workerMinBytes;

/** The modules of the problems' words fetched so far, by file name. */
const wordModules = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/core\/catalogue\/(messages|problem-words|json-error|json-locate)\.(js|ts)$/.exec(new URL(e.name).pathname)?.[1])
    .filter((name): name is string => name !== undefined);

async function load(src: string, event: 'service-locator-load' | 'service-locator-error'): Promise<{ el: ServiceLocatorElement; detail: unknown }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('service-locator');
  el.now = NOW;
  el.src = src;
  const done = oneEvent(el, event);
  host.append(el);
  const detail: unknown = await done;
  await el.updateComplete;
  return { el, detail };
}

describe('problems worded only when there are some', function () {
  this.timeout(30000);
  afterEach(() => {
    globalThis.Worker = PageWorker;
    CatalogueController.workerMinBytes = WORKER_MIN_BYTES;
  });

  it('a clean catalogue validated by the worker fetches no words', async () => {
    CatalogueController.workerMinBytes = 0;
    let workers = 0;
    globalThis.Worker = function (url: string | URL, options?: WorkerOptions) {
      workers++;
      return new PageWorker(url, options);
    } as unknown as typeof Worker;
    const { el, detail } = await load(SMALL, 'service-locator-load');
    expect(workers, 'the catalogue worker validated').to.equal(1);
    expect((detail as ServiceLocatorLoadEvent).problems).to.deep.equal([]);
    await waitUntil(() => items(el).length > 0, 'the places listed');
    expect(wordModules()).to.deep.equal([]);
  });

  it('a clean catalogue validated on the page fetches no words', async () => {
    globalThis.Worker = function () {
      throw new Error('no worker in this test');
    } as unknown as typeof Worker;
    CatalogueController.workerMinBytes = 0;
    const { el } = await load(`${SMALL}?page`, 'service-locator-load');
    await waitUntil(() => items(el).length > 0, 'the places listed');
    expect(wordModules()).to.deep.equal([]);
  });

  it('a catalogue with problems, validated by the worker, shows them in words; no JSON locator', async () => {
    CatalogueController.workerMinBytes = 0;
    const { el, detail } = await load('/test/browser/fixtures/lot-partly-invalid.json', 'service-locator-load');
    const problems = (detail as ServiceLocatorLoadEvent).problems;
    expect(problems.length).to.be.greaterThan(0);
    for (const p of problems) expect(p.message.fr, p.path).to.be.a('string').and.not.equal(p.code);
    await waitUntil(() => list(el), 'the list shown');
    const notice = root(el).querySelector('.notice')!;
    expect(notice.querySelector('details')!.textContent).to.contain('places[6].name');
    expect(notice.querySelector('details')!.textContent).to.contain('obligatoire');
    expect(wordModules().sort()).to.deep.equal(['messages', 'problem-words']);
    await expect(el).to.be.accessible();
  });

  it('a file that is not JSON is located, in words, with the locator loaded then', async () => {
    CatalogueController.workerMinBytes = 0;
    const { el, detail } = await load('/test/browser/fixtures/not-json.json', 'service-locator-error');
    expect((detail as ServiceLocatorErrorEvent).kind).to.equal('invalid');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(/pas utilisable : .*JSON valide \(ligne 2/);
    expect(wordModules().sort()).to.deep.equal(['json-error', 'json-locate', 'messages', 'problem-words']);
    await expect(el).to.be.accessible();
  });
});
