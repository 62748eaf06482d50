/** The demo catalogue (Lot, Aisne, Isère) in a `<service-locator>`, for the tests of what a resident sees. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorMapElement } from '../../../src/components/service-locator-map/service-locator-map.js';
import type { MapLibreAdapter } from '../../../src/map/maplibre-adapter.js';
import { items, root } from './locator.js';

export const DEMO = '/data/catalogue.json';
/** Tuesday 1 December 2026, 10:00 in Paris: most places with hours are open. */
export const TUESDAY_MORNING = new Date('2026-12-01T10:00:00+01:00');

export const mapOf = (el: ServiceLocatorElement) => root(el).querySelector<ServiceLocatorMapElement>('service-locator-map');

/** The demo catalogue with the offline map style, once its first results are listed. */
export async function demo(attrs: { near?: string; view?: string; query?: string; now?: Date } = {}): Promise<ServiceLocatorElement> {
  const el = await fixture<ServiceLocatorElement>(
    html`<service-locator src=${DEMO} .now=${attrs.now ?? TUESDAY_MORNING} near=${attrs.near ?? ''} query=${attrs.query ?? ''} view=${attrs.view ?? 'list'} map-style="offline"></service-locator>`,
  );
  await waitUntil(() => items(el).length > 0, 'results', { timeout: 10000 });
  return el;
}

/** The real map, idle, with its visible-places list filled. */
export async function idleMap(el: ServiceLocatorElement): Promise<MapLibreAdapter> {
  await waitUntil(() => mapOf(el)?.adapter, 'map shown', { timeout: 15000 });
  const adapter = mapOf(el)!.adapter as MapLibreAdapter;
  await adapter.whenIdle();
  await waitUntil(() => mapOf(el)!.shadowRoot!.querySelector('.visible button'), 'visible places listed', { timeout: 10000 });
  return adapter;
}
