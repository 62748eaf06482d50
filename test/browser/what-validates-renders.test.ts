/**
 * What validates, renders (issue 12, point 2): catalogues generated with the strange-but-legal
 * values of ./helpers/valid-catalogue.ts are validated by the core validator (every place must
 * pass), then shown in Chromium in the list, the detail, the map element (fake adapter: its
 * visible-places list and legend are what reads the data; one run below uses the real MapLibre
 * with the offline style) and the print, and exported (CSV with both separators, GeoJSON). Each
 * run asserts no page error, no place shown or written incomplete, no `service-locator-error`,
 * and every place present everywhere.
 *
 * 25 runs from a fixed seed by default, so the browser suite stays fast; PROPERTY_RUNS and
 * PROPERTY_SEED in web-test-runner's environment draw more or others
 * (`PROPERTY_RUNS=500 PROPERTY_SEED=7 WTR_FILES=test/browser/what-validates-renders.test.ts npx web-test-runner`).
 * A failure prints fast-check's seed and path: replay it, then make it a fixed regression test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorListElement } from '../../src/components/service-locator-list/service-locator-list.js';
import type { ServiceLocatorResultsActionsElement } from '../../src/components/service-locator-results-actions/service-locator-results-actions.js';
import { ServiceLocatorDetailElement } from '../../src/components/service-locator-detail/service-locator-detail.js';
import { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { PRINT_ROOT_CLASS } from '../../src/components/service-locator-results-actions/print.js';
import { validateCatalogue } from '../../src/core/catalogue/validate.js';
import type { Place } from '../../src/core/catalogue/types.js';
import { resultsToCsv, resultsToGeoJson } from '../../src/core/export/index.js';
import type { MapAdapter, MapAdapterEvent, MapPoint } from '../../src/map/map-adapter.js';
import { detail, items, list, root } from './helpers/locator.js';
import { hasWebGL2 } from './helpers/skip.js';
import { instant, validCatalogue } from './helpers/valid-catalogue.js';

ServiceLocatorDetailElement.define();
ServiceLocatorMapElement.define();

/** Directions templates: the default (no name in it) and two that encode the place's name. */
const DIRECTIONS = ['', 'https://www.google.com/maps/dir/?api=1&destination={lat},{lon}&destination_name={name}', 'https://carte.example.fr/itineraire?depuis={from}&vers={lat},{lon}&nom={name}'];

const DEFAULT_RUNS = 25;
const DEFAULT_SEED = 20261203;
const config = (async () => {
  const c = (await (await fetch('/__test__/property-runs')).json()) as { runs: number | null; seed: number | null };
  return { runs: c.runs ?? DEFAULT_RUNS, seed: c.seed ?? DEFAULT_SEED };
})();

const text = (n: Element | null | undefined) => (n?.textContent ?? '').trim();
/** What the print writes for a name (whitespace collapsed, see print-model.ts). */
const printed = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Errors the page reports while `run` runs: uncaught errors and unhandled rejections. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Let a late rejection surface before the listeners go.
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** A map adapter that draws nothing and says every point it is given is in view. */
function fakeAdapter(): { factory: () => MapAdapter; points: () => MapPoint[] } {
  let points: MapPoint[] = [];
  const listeners = new Set<(e: MapAdapterEvent) => void>();
  const tell = () => {
    const placeIds = [...new Set(points.map((p) => p.placeId))];
    queueMicrotask(() => listeners.forEach((l) => l({ type: 'visible-change', placeIds })));
  };
  const adapter: MapAdapter = {
    mount: () => Promise.resolve(),
    unmount: () => undefined,
    setPoints: (p) => {
      points = p;
      tell();
    },
    select: () => undefined,
    setOrigin: () => undefined,
    focus: () => undefined,
    fitToPoints: () => tell(),
    whenIdle: () => Promise.resolve(),
    on: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { factory: () => adapter, points: () => points };
}

/** One generated catalogue through every view and export; throws on the first thing missing. */
async function check(doc: Record<string, unknown>, ids: string[], now: Date, lang: 'fr' | 'en', directions: string): Promise<void> {
  const result = validateCatalogue(doc);
  expect(result.places.map((p) => p.id), 'every generated place validates').to.deep.equal(ids);
  const byId = new Map(result.places.map((p) => [p.id, p] as const));
  const reported: string[] = [];
  const report = (where: string) => (id: string, e: unknown) => reported.push(`${where} ${id}: ${String(e)}`);

  const errors = await pageErrors(async () => {
    // The list.
    const el = await fixture<ServiceLocatorElement>(html`<service-locator lang=${lang} no-geolocation directions=${directions} .catalogue=${doc} .now=${now}></service-locator>`);
    el.addEventListener('service-locator-error', (e) => reported.push(`root ${e.kind} ${e.placeId ?? ''}: ${e.message}`));
    await waitUntil(() => list(el), 'the list rendered', { timeout: 10000 });
    const l = list(el) as ServiceLocatorListElement;
    await l.updateComplete;
    expect(items(el).map((li) => li.dataset['placeId']).sort(), 'every place in the list').to.deep.equal([...ids].sort());
    expect(l.shadowRoot!.querySelectorAll('li.incomplete').length, 'no card incomplete').to.equal(0);
    for (const li of items(el)) expect(text(li.querySelector('h3'))).to.equal(byId.get(li.dataset['placeId']!)!.name.trim());
    const results = l.results;

    // The detail, for every result (a bus reached through a stop leads with it).
    const d = detail(el);
    await d.updateComplete;
    for (const r of results) {
      d.stopId = r.stopId;
      await d.show(r.place);
      const dialog = d.shadowRoot!.querySelector('dialog')!;
      expect(text(dialog.querySelector('h2'))).to.equal(r.place.name.trim());
      expect(dialog.querySelector('.body')!.children.length, `the detail of ${r.place.id} has a body`).to.be.greaterThan(0);
      d.close();
      await d.updateComplete;
    }

    // The print, through the element's own path.
    await customElements.whenDefined('service-locator-results-actions');
    const actions = root(el).querySelector('service-locator-results-actions') as ServiceLocatorResultsActionsElement;
    await actions.preparePrint();
    try {
      const names = [...document.querySelector(`.${PRINT_ROOT_CLASS}`)!.shadowRoot!.querySelectorAll('li.place h2')].map((h) => h.textContent);
      expect(names, 'every place printed').to.deep.equal(results.map((r) => printed(r.place.name)));
    } finally {
      actions.cleanupPrint();
    }

    // The exports: both separators, read back by a CSV parser; GeoJSON through JSON.
    for (const separator of [',', ';'] as const) {
      const rows = parse(resultsToCsv(results, lang, { separator, onError: report(`csv${separator}`) }), { delimiter: separator, bom: true, relax_column_count: false });
      expect(rows.slice(1).map((row) => row[row.length - 1]), `every place in the CSV (${separator})`).to.deep.equal(results.map((r) => r.place.id));
    }
    const geo = JSON.parse(JSON.stringify(resultsToGeoJson(results, lang, { onError: report('geojson') }))) as { features: { properties: { id: string } }[] };
    expect([...new Set(geo.features.map((f) => f.properties.id))].sort(), 'every place in the GeoJSON').to.deep.equal([...ids].sort());
    el.remove();

    // The map element: its visible-places list and legend, drawn through a fake adapter.
    const fake = fakeAdapter();
    const map = await fixture<ServiceLocatorMapElement>(html`<service-locator-map style="width: 400px" .lang=${lang} .adapterFactory=${fake.factory} .places=${result.places}></service-locator-map>`);
    await map.mapReady;
    await waitUntil(() => map.shadowRoot!.querySelectorAll('.visible button[data-place-id]').length === ids.length, 'every place in the visible list', { timeout: 5000 });
    const visible = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.visible button[data-place-id]')].map((b) => b.dataset['placeId']);
    expect(visible.sort()).to.deep.equal([...ids].sort());
    expect(new Set(fake.points().map((p) => p.placeId)).size).to.equal(ids.length);
    map.remove();
  });
  expect(errors, 'no page error').to.deep.equal([]);
  expect(reported, 'nothing shown or written incomplete').to.deep.equal([]);
}

describe('what validates, renders (generated catalogues)', function () {
  it('every generated valid catalogue shows every place in the list, detail, map and print, and exports them all', async function () {
    const { runs, seed } = await config;
    this.timeout(30000 + runs * 15000);
    let made = 0;
    await fc.assert(
      fc.asyncProperty(validCatalogue(8), instant, fc.constantFrom('fr' as const, 'en' as const), fc.constantFrom(...DIRECTIONS), async ({ doc, ids }, now, lang, directions) => {
        made++;
        await check(doc, ids, now, lang, directions);
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    expect(made).to.be.at.least(runs);
  });

  (hasWebGL2 ? it : it.skip)('the real map (MapLibre, offline style) draws a generated catalogue without an error', async function () {
    this.timeout(60000);
    const { seed } = await config;
    const [sample] = fc.sample(validCatalogue(8), { seed, numRuns: 1 });
    if (!sample) throw new Error(`fast-check drew no catalogue for seed ${seed}`);
    const { doc, ids } = sample;
    const places: Place[] = validateCatalogue(doc).places;
    expect(places.map((p) => p.id)).to.deep.equal(ids);
    const failures: string[] = [];
    const errors = await pageErrors(async () => {
      const map = await fixture<ServiceLocatorMapElement>(html`<service-locator-map style="width: 600px; --service-locator-map-height: 400px" style-url="offline"
        .places=${places} @service-locator-map-failure=${(e: CustomEvent<{ message: string }>) => failures.push(e.detail.message)}></service-locator-map>`);
      await map.mapReady;
      await map.adapter!.whenIdle();
      await map.updateComplete;
      map.remove();
    });
    expect(failures).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});
