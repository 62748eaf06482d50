/**
 * A catalogue sent without a Content-Length (chunked, as servers compressing on the fly send it)
 * is most often small: the page's validator is fetched when the headers come, not one round trip
 * after the body (issue 15, item 3: the first list paint on a mobile network). Its own file: the
 * validator is a module loaded once per page, so no earlier test may have fetched it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorLoadEvent } from '../../src/components/service-locator/events.js';
import { NOW } from './helpers/locator.js';

/** 4 chunks, 800 ms apart: the body ends well after the headers. */
const DRIP = '/__test__/hostile/drip?chunks=4&ms=800';

describe('the page validator of an unsized catalogue', function () {
  this.timeout(30000);

  it('is requested while the body still downloads, and the catalogue loads', async () => {
    performance.clearResourceTimings();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el: ServiceLocatorElement = document.createElement('service-locator');
    el.now = NOW;
    el.src = DRIP;
    const loaded = oneEvent<ServiceLocatorLoadEvent>(el, 'service-locator-load');
    host.append(el);
    const event = await loaded;
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const catalogue = entries.find((e) => e.name.includes('/__test__/hostile/drip'));
    const validator = entries.find((e) => /validator-core/.test(e.name));
    expect(catalogue, 'the catalogue was fetched').to.not.equal(undefined);
    expect(validator, 'the validator was fetched').to.not.equal(undefined);
    expect(validator!.startTime, 'validator asked before the catalogue ended').to.be.lessThan(catalogue!.responseEnd);
    expect(event.placeCount).to.be.greaterThan(0);
  });
});
