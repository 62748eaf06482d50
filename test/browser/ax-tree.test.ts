/**
 * What a screen reader is given, state by state (issue 16): the accessibility tree Chromium
 * exposes (roles, names, states, order), compared with committed snapshots in
 * test/browser/__snapshots__/ax/. A change there is a change a screen-reader user hears: review
 * the diff, then `UPDATE_SNAPSHOTS=1 npm run test:browser` to accept it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { NOW, SMALL, detailDialog, items, loaded, root } from './helpers/locator.js';
import { skipIn } from './helpers/skip.js';

const NO_CDP = 'the accessibility tree is read through the Chrome DevTools protocol';
const { it: cdpIt } = skipIn('firefox', NO_CDP);

async function snapshot(name: string): Promise<void> {
  // Let pending renders and announcements settle: the tree is read as the resident would meet it.
  await new Promise((r) => setTimeout(r, 900));
  const r = await executeServerCommand<{ actual: string; expected: string; written: boolean }, { name: string }>('ax-snapshot', { name });
  expect(r.actual, `accessibility tree "${name}" (UPDATE_SNAPSHOTS=1 to accept a reviewed change)`).to.equal(r.expected);
}

describe('accessibility tree snapshots', () => {
  cdpIt('results', async () => {
    await loaded(html`<service-locator src=${SMALL} .now=${NOW} need="caf"></service-locator>`);
    await snapshot('results');
  });

  cdpIt('detail', async () => {
    const el = await loaded();
    items(el).find((li) => li.dataset['placeId'] === 'fs-cahors')!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'open');
    await snapshot('detail');
    dialog.close();
  });

  cdpIt('empty', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} query="zzzzzz" help-contact="05 65 00 00 00"></service-locator>`);
    await waitUntil(() => root(el).querySelector('.empty'), 'empty');
    await snapshot('empty');
  });

  cdpIt('error', async () => {
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src="/__test__/status/404" help-contact="05 65 00 00 00"></service-locator>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error');
    await snapshot('error');
  });

  cdpIt('map with visible places', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} view="both" map-style="offline"></service-locator>`);
    await waitUntil(() => root(el).querySelector<ServiceLocatorMapElement>('service-locator-map')?.adapter, 'map', { timeout: 15000 });
    const map = root(el).querySelector<ServiceLocatorMapElement>('service-locator-map')!;
    await map.adapter!.whenIdle();
    await waitUntil(() => map.shadowRoot!.querySelector('.visible button'), 'visible places', { timeout: 10000 });
    await snapshot('map');
  });
});
