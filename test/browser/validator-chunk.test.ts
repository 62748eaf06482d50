import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, SMALL, items } from './helpers/locator.js';
import { CatalogueController } from '../../src/controllers/catalogue-controller.js';

// Issue 15, item 3: the catalogue worker's bundle carries the validator, so the page downloads
// its own copy (src/core/validator-core.ts) only when no worker validates. The order of the two
// tests matters: a module is fetched once per page. Unbundled (this test server), a module
// worker's own imports are listed in the page's Resource Timing too in Chromium (not in Firefox):
// with the worker the validator's module is listed at most once (the worker's), and was listed
// twice in Chromium before.
const PageWorker = globalThis.Worker;
/** How many times the validator's module was listed after the first test. */
let afterWorker = 0;
/** The validator's module (problems as data: validate-data.ts) as fetched by the page or a worker's imports. */
const validatorRequests = () =>
  performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' && /\/core\/catalogue\/validate-data\.(js|ts)(\?|$)/.test(new URL(e.name).pathname));

async function listed(): Promise<ServiceLocatorElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('service-locator');
  el.now = NOW;
  el.src = SMALL;
  const loaded = oneEvent(el, 'service-locator-load');
  host.append(el);
  await loaded;
  await waitUntil(() => items(el).length > 0, 'expected the places to be listed', { timeout: 10000 });
  return el;
}

const WORKER_MIN_BYTES = CatalogueController.workerMinBytes;

describe('validator on the page only without a worker', function () {
  this.timeout(30000);
  // The fixture is small: without this the page would validate it itself, worker or not.
  before(() => {
    CatalogueController.workerMinBytes = 0;
  });
  after(() => {
    CatalogueController.workerMinBytes = WORKER_MIN_BYTES;
  });
  afterEach(() => {
    globalThis.Worker = PageWorker;
  });

  it('does not fetch the validator on the page when the catalogue worker validates', async () => {
    expect(validatorRequests(), 'nothing loaded the validator before this test').to.have.length(0);
    let workers = 0;
    globalThis.Worker = function (url: string | URL, options?: WorkerOptions) {
      workers++;
      return new PageWorker(url, options);
    } as unknown as typeof Worker;
    const el = await listed();
    expect(workers, 'the catalogue worker started').to.equal(1);
    expect(items(el).length).to.be.greaterThan(0);
    expect(validatorRequests().length, "the validator's module, fetched by the worker only").to.be.at.most(1);
    afterWorker = validatorRequests().length;
  });

  it('fetches it, and lists the same places, when no worker can start', async () => {
    globalThis.Worker = function () {
      throw new Error('no workers here');
    } as unknown as typeof Worker;
    const el = await listed();
    expect(items(el).length).to.be.greaterThan(0);
    expect(validatorRequests().length, 'the page loaded the validator too').to.equal(afterWorker + 1);
  });
});
