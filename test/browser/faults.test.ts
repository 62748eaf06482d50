/**
 * Fault injection on the whole `<service-locator>`: the map's style answers 404, its tile
 * server is unreachable, its WebGL context is lost; geolocation is denied, times out or never
 * answers; the geocoder answers 429, 500 or too late. In each case the widget keeps working
 * (the list is there and still searches) and says what happened in plain words.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { outcomeSentence } from '../../src/i18n/strings-search.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { uiStrings } from '../../src/i18n/index.js';
import { MAP_STRINGS } from '../../src/i18n/strings-map.js';
import { ORIGIN_STRINGS } from '../../src/i18n/strings-origin.js';
import { liveMapCount, type MapLibreAdapter } from '../../src/map/maplibre-adapter.js';
import { OFFLINE_STYLE_NAME } from '../../src/map/offline-style.js';
import { SMALL, countText, items, list, root } from './helpers/locator.js';
import { guardPage, settle, type Guard } from './hostile-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { describe: webglDescribe } = skipIn('firefox', NO_WEBGL);

const fr = uiStrings('fr');
const frOrigin = ORIGIN_STRINGS.fr;
const frMap = MAP_STRINGS.fr;
let guard: Guard;

beforeEach(() => {
  guard = guardPage();
});
afterEach(() => {
  const problems = guard.check();
  guard.dispose();
  expect(problems, 'host page and window listeners').to.deep.equal([]);
});

const mapOf = (el: ServiceLocatorElement) => root(el).querySelector<ServiceLocatorMapElement>('service-locator-map');

/** The element on the small Lot catalogue, with the map shown beside the list. */
async function withMap(mapStyle: string): Promise<{ el: ServiceLocatorElement; map: ServiceLocatorMapElement; adapter: MapLibreAdapter }> {
  const { el } = await settle(SMALL, (e) => {
    e.setAttribute('view', 'both');
    e.setAttribute('map-style', mapStyle);
    e.style.width = '1000px';
  });
  await waitUntil(() => mapOf(el), 'map element shown', { timeout: 15000 });
  const map = mapOf(el)!;
  await map.mapReady;
  const adapter = map.adapter as MapLibreAdapter;
  expect(adapter, 'map adapter').to.not.equal(undefined);
  return { el, map, adapter };
}

/** The list still lists the catalogue and a typed search still narrows it. */
async function listStillWorks(el: ServiceLocatorElement): Promise<void> {
  await waitUntil(() => list(el), 'list shown');
  await list(el)!.updateComplete;
  expect(items(el).length).to.equal(6);
  expect(countText(el)).to.equal(outcomeSentence('fr', { total: 6, results: [] }));
  const box = root(el).querySelector('service-locator-search')!;
  box.dispatchEvent(new CustomEvent('service-locator-search-text-submit', { detail: { text: 'Médiathèque' } }));
  await waitUntil(() => items(el).length === 1, 'search narrows the list');
  expect(items(el)[0]!.querySelector('h3')!.textContent).to.contain('Médiathèque');
}

function unreachableTilesStyle(): string {
  const style = {
    version: 8,
    name: 'unreachable-tiles',
    // Port 9 (discard) refuses connections: the tile server is unreachable.
    sources: { base: { type: 'vector', tiles: ['http://127.0.0.1:9/tiles/{z}/{x}/{y}.pbf'], maxzoom: 14 } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#EEEEEE' } },
      { id: 'roads', type: 'line', source: 'base', 'source-layer': 'roads' },
    ],
  };
  return `/__test__/delay?ms=0&body=${encodeURIComponent(JSON.stringify(style))}`;
}

webglDescribe('faults: the map', function () {
  this.timeout(40000);

  it('style 404: the map switches to the offline outlines, says so, and the list keeps working', async () => {
    const { el, map, adapter } = await withMap('/__test__/status/404');
    await waitUntil(() => map.shadowRoot!.querySelector('.notice')?.textContent === frMap.styleFallback, 'fallback notice', { timeout: 15000 });
    await adapter.whenIdle();
    expect(adapter.map!.getStyle().name).to.equal(OFFLINE_STYLE_NAME);
    await listStillWorks(el);
  });

  it('tile server unreachable: same fallback and notice once no tile came back', async () => {
    const { el, map, adapter } = await withMap(unreachableTilesStyle());
    await waitUntil(() => map.shadowRoot!.querySelector('.notice')?.textContent === frMap.styleFallback, 'fallback notice', { timeout: 20000 });
    await adapter.whenIdle();
    expect(adapter.map!.getStyle().name).to.equal(OFFLINE_STYLE_NAME);
    await listStillWorks(el);
  });

  it('WebGL context lost: the map is released, list mode with a plain explanation; the map can be opened again', async () => {
    const before = liveMapCount();
    const { el, map, adapter } = await withMap('offline');
    await adapter.whenIdle();
    expect(liveMapCount()).to.equal(before + 1);
    const canvas = map.shadowRoot!.querySelector('canvas')!;
    canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    await waitUntil(() => !mapOf(el), 'map removed', { timeout: 10000 });
    const notice = [...root(el).querySelectorAll('.notice')].map((n) => n.textContent.trim());
    expect(notice).to.include(fr.mapFallback(frMap.failures['context-lost']));
    expect(notice.join(' ')).to.match(/La carte s'est arrêtée.*La liste des lieux reste utilisable/);
    expect(liveMapCount()).to.equal(before);
    expect(root(el).querySelector('.views button[aria-pressed="true"]')!.textContent.trim()).to.equal(fr.views.list);
    await listStillWorks(el);
    await expect(el).to.be.accessible();
    // Asking for the map again works (a new context).
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.views button')];
    buttons.find((b) => b.textContent.trim() === fr.views.both)!.click();
    await waitUntil(() => mapOf(el)?.adapter, 'map back', { timeout: 15000 });
    await mapOf(el)!.mapReady;
    await (mapOf(el)!.adapter as MapLibreAdapter).whenIdle();
    expect(liveMapCount()).to.equal(before + 1);
  });
});

type GeoStub = Pick<Geolocation, 'getCurrentPosition'>;

function stubGeolocation(getCurrentPosition: GeoStub['getCurrentPosition']): () => void {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition, watchPosition: () => 0, clearWatch: () => undefined } });
  return () => void delete (navigator as unknown as Record<string, unknown>)['geolocation'];
}

const geoError = (code: number): GeolocationPositionError =>
  ({ code, message: 'stub', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 });

async function pressAroundMe(el: ServiceLocatorElement): Promise<void> {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('.location button')].find((b) => b.textContent.trim() === fr.aroundMe)!;
  expect(button, '"Autour de moi" button').to.not.equal(undefined);
  button.click();
  await el.updateComplete;
}

const locationMessage = (el: ServiceLocatorElement) => root(el).querySelector('.location p.message[role="status"]')?.textContent?.trim() ?? '';

describe('faults: location', function () {
  this.timeout(40000);
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('geolocation denied: a plain message, the commune field offered, the list unchanged', async () => {
    let asked = 0;
    restore = stubGeolocation((_ok, fail) => {
      asked++;
      setTimeout(() => fail?.(geoError(1)), 10);
    });
    const { el } = await settle(SMALL);
    await pressAroundMe(el);
    await waitUntil(() => locationMessage(el) === frOrigin.geoDenied, 'denied message');
    expect(asked).to.equal(1);
    expect(locationMessage(el)).to.match(/commune/);
    await listStillWorks(el);
  });

  it('the answer\'s words come in a chunk of their own: the status goes from "locating" to the answer, never empty or a key between', async () => {
    restore = stubGeolocation((_ok, fail) => void setTimeout(() => fail?.(geoError(1)), 10));
    const { el } = await settle(SMALL);
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(locationMessage(el)));
    observer.observe(root(el), { subtree: true, childList: true, characterData: true });
    await pressAroundMe(el);
    await waitUntil(() => locationMessage(el) === frOrigin.geoDenied, 'denied message');
    observer.disconnect();
    const steps = said.filter((m, i) => m !== said[i - 1]);
    expect(steps.slice(steps.indexOf(fr.locating))).to.deep.equal([fr.locating, frOrigin.geoDenied]);
  });

  it('a position found is named in words once they have come, and said', async () => {
    restore = stubGeolocation((ok) => void setTimeout(() => ok({ coords: { latitude: 44.78, longitude: 1.65 } } as GeolocationPosition), 10));
    const { el } = await settle(SMALL);
    await pressAroundMe(el);
    await waitUntil(() => locationMessage(el) === frOrigin.located, 'located message');
    expect(root(el).querySelector('.origin')?.textContent).to.contain(frOrigin.myPosition);
  });

  it('geolocation timed out (the browser says so): a plain message', async () => {
    restore = stubGeolocation((_ok, fail) => void setTimeout(() => fail?.(geoError(3)), 10));
    const { el } = await settle(SMALL);
    await pressAroundMe(el);
    await waitUntil(() => locationMessage(el) === frOrigin.geoTimeout, 'timeout message');
    await listStillWorks(el);
  });

  it('geolocation that never answers (a prompt left open): the element gives up by itself and says so', async () => {
    restore = stubGeolocation(() => undefined);
    const { el } = await settle(SMALL);
    await pressAroundMe(el);
    expect(locationMessage(el)).to.equal(fr.locating);
    await listStillWorks(el);
    await waitUntil(() => locationMessage(el) === frOrigin.geoTimeout, 'timeout message', { timeout: 20000, interval: 250 });
  });
});

async function submitAddress(el: ServiceLocatorElement, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input#commune')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  input.form!.requestSubmit();
  await el.updateComplete;
}

describe('faults: geocoder', function () {
  this.timeout(30000);

  for (const [status, expected] of [
    [429, frOrigin.geocodeRateLimited],
    [500, frOrigin.geocodeFailed],
    [503, frOrigin.geocodeFailed],
  ] as const) {
    it(`geocoder answers ${status}: a plain message, the list unchanged`, async () => {
      const { el } = await settle(SMALL, (e) => e.setAttribute('geocoder', `/__test__/status/${status}`));
      await submitAddress(el, '12 rue de la Paix 46000');
      await waitUntil(() => locationMessage(el) === expected, `message for ${status}`, { timeout: 10000 });
      expect(root(el).querySelector('.origin')).to.equal(null);
      await listStillWorks(el);
    });
  }

  it('geocoder too slow: gives up after its timeout and says so', async () => {
    const { el } = await settle(SMALL, (e) => {
      e.setAttribute('geocoder', '/__test__/delay?ms=10000');
      e.geocoderTimeoutMs = 500;
    });
    await submitAddress(el, '12 rue de la Paix 46000');
    await waitUntil(() => locationMessage(el) === frOrigin.geocodeTimeout, 'timeout message', { timeout: 10000 });
    await listStillWorks(el);
  });

  it('geocoder answers 200 with garbage: "not found", never an exception', async () => {
    const garbage = encodeURIComponent('{"features":[{"geometry":{"coordinates":["x",1e400]},"properties":{"label":"<img src=x onerror=__slPwned(1)>"}}]}');
    const { el } = await settle(SMALL, (e) => e.setAttribute('geocoder', `/__test__/delay?ms=0&body=${garbage}`));
    await submitAddress(el, '12 rue de la Paix 46000');
    await waitUntil(() => locationMessage(el) === frOrigin.geocodeFailed, 'failed message', { timeout: 10000 });
    await listStillWorks(el);
  });
});
