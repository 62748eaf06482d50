/**
 * A sharded catalogue (`service-locator split`) served by the test server: the shard holding the
 * resident's origin is fetched first, a list that shards still loading could change says so
 * ("Liste partielle…"), one whose missing shards cannot matter does not, and a shard whose bytes
 * do not match the index's SHA-256 is reported, named, and skipped while the others are shown.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorLoadEvent } from '../../src/components/service-locator/events.js';
import { shardStrings } from '../../src/i18n/strings-shards.js';
import { NOW, countText, items, list, root } from './helpers/locator.js';

const DIR = '/test/browser/fixtures/shards/';
const fr = shardStrings('fr');
/** Cahors, in the Lot (46): the Isère (38) is about 250 km away, the Aisne (02) about 600. */
const CAHORS = '44.4475,1.4412';

const statusText = (el: ServiceLocatorElement) => root(el).querySelector('.shard-status [role="status"]')?.textContent?.trim() ?? null;
const progressText = (el: ServiceLocatorElement) => root(el).querySelector('.shard-status p:not([role])')?.textContent?.trim() ?? '';

/** The URLs the page fetches, in order (the real fetch still does the work). */
function recordFetches(): { urls: string[]; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return original.call(window, input, init);
  };
  return { urls, restore: () => void (window.fetch = original) };
}

async function sharded(index: string, near = ''): Promise<{ el: ServiceLocatorElement; load: Promise<ServiceLocatorLoadEvent> }> {
  const el = await fixture<ServiceLocatorElement>(html`<service-locator .now=${NOW} near=${near} src=${DIR + index}></service-locator>`);
  const load = oneEvent<ServiceLocatorLoadEvent>(el, 'service-locator-load');
  return { el, load };
}

describe('sharded catalogue', () => {
  it('fetches the shard holding the origin first, then the nearest, and loads every place once', async () => {
    const fetches = recordFetches();
    try {
      const { el, load } = await sharded('index.json', CAHORS);
      const e = await load;
      expect(e.placeCount).to.equal(157);
      expect(e.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
      const shards = fetches.urls.filter((u) => /\/shards\/\d+\.json$/.test(u)).map((u) => /(\d+)\.json$/.exec(u)![1]);
      expect(shards).to.deep.equal(['46', '38', '02']);
      await waitUntil(() => list(el), 'list shown');
      expect(statusText(el), 'final: nothing partial to say').to.equal('');
    } finally {
      fetches.restore();
    }
  });

  it('without an origin, says the list is partial while shards load (accessible), and stops saying it once all are in', async () => {
    const { el, load } = await sharded('index-slow.json');
    let loadedYet = false;
    void load.then(() => (loadedYet = true));
    await waitUntil(() => items(el).length > 0, 'first shard listed', { timeout: 5000 });
    expect(loadedYet, 'the far shards are still on their way').to.equal(false);
    expect(statusText(el)).to.equal(fr.partial);
    expect(progressText(el)).to.equal(fr.progress(1, 3));
    expect(countText(el)).to.contain('40');
    await expect(el).to.be.accessible();
    const e = await load;
    expect(e.placeCount).to.equal(157);
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
    expect(progressText(el)).to.equal('');
    await waitUntil(() => countText(el).includes('157'), `every place counted (count: ${countText(el)})`);
  });

  it('around an origin, the list is final as soon as no shard still loading can come nearer', async () => {
    const { el, load } = await sharded('index-slow.json', CAHORS);
    let loadedYet = false;
    void load.then(() => (loadedYet = true));
    await waitUntil(() => items(el).length > 0, 'Lot listed', { timeout: 5000 });
    await el.updateComplete;
    expect(loadedYet, 'the Aisne and the Isère are still on their way').to.equal(false);
    // Every place within 30 km of Cahors is in the Lot: nothing partial to say.
    expect(statusText(el)).to.equal('');
    expect(countText(el)).to.match(/30 km/);
    await load;
  });

  it('a shard whose SHA-256 does not match is reported by name and skipped; the others are shown', async () => {
    const { el, load } = await sharded('index-bad-hash.json');
    const e = await load;
    expect(e.placeCount).to.equal(157 - 52);
    const reported = e.problems.filter((p) => p.code === 'shard-unavailable');
    expect(reported.length).to.equal(1);
    expect(reported[0]!.message.fr).to.contain('Fragment 38 (38.json)');
    expect(reported[0]!.message.en).to.contain('SHA-256 does not match');
    await el.updateComplete;
    // Without an origin every shard matters: the list says what is missing.
    expect(statusText(el)).to.equal(fr.missing(['38']));
    await waitUntil(() => countText(el).includes('105'), `the other shards counted (count: ${countText(el)})`);
    await expect(el).to.be.accessible();
  });
});
