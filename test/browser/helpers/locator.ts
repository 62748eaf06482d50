/** Helpers shared by the `<service-locator>` browser tests. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../../src/components/service-locator/service-locator.js';
import '../../../src/define.js';

export const SMALL = '/test/browser/fixtures/lot-small.json';
/** Thursday 3 December 2026, 15:00 in Paris: the 1st Thursday, the bus is in Lherm. */
export const NOW = new Date('2026-12-03T14:00:00Z');

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export const root = (el: ServiceLocatorElement) => el.shadowRoot!;
export const search = (el: ServiceLocatorElement) => root(el).querySelector('service-locator-search')!;
/**
 * The search box's shadow root once the filters' body is there: it comes after the first list
 * paint (search-panel.ts), as a resident finds it when opening "Filtres".
 */
export async function filtersBody(el: ServiceLocatorElement): Promise<ShadowRoot> {
  await waitUntil(() => search(el).shadowRoot?.querySelector('details fieldset'), "the filters' body rendered (its code loads after the first list)");
  return search(el).shadowRoot!;
}
export const list = (el: ServiceLocatorElement) => root(el).querySelector('service-locator-list');
export const detail = (el: ServiceLocatorElement) => root(el).querySelector('service-locator-detail')!;
/**
 * The detail's dialog, once the dialog's code (loaded on the first "Détails", after the root's
 * late parts: two chunks) has rendered it. Up to 5 s: waitUntil's default second was too short
 * for Firefox under a loaded machine (keyboard.test.ts failed in multi-file runs, passed alone).
 */
export async function detailDialog(el: ServiceLocatorElement): Promise<HTMLDialogElement> {
  await waitUntil(() => detail(el).shadowRoot?.querySelector('dialog'), 'the detail dialog rendered (its code loads on first use)', { timeout: 5000 });
  return detail(el).shadowRoot!.querySelector('dialog')!;
}
export const items = (el: ServiceLocatorElement) => [...(list(el)?.shadowRoot?.querySelectorAll('li.place') ?? [])] as HTMLElement[];
export const names = (el: ServiceLocatorElement) => items(el).map((li) => li.querySelector('h3')!.textContent.trim());
export const announcer = (el: ServiceLocatorElement) => root(el).querySelector('#announcer')!;
export const countText = (el: ServiceLocatorElement) => root(el).querySelector('.count')?.textContent?.trim() ?? '';

/** A `<service-locator>` on the small Lot fixture, loaded, at NOW. */
export async function loaded(tpl = html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`): Promise<ServiceLocatorElement> {
  const el = await fixture<ServiceLocatorElement>(tpl);
  if (!list(el) && !root(el).querySelector('.empty')) {
    await oneEvent(el, 'service-locator-load');
  }
  await el.updateComplete;
  await waitUntil(() => list(el) || root(el).querySelector('.empty'), 'results rendered');
  await list(el)?.updateComplete;
  return el;
}

/**
 * The time of the frame whose rendering painted the element's first list item: the clock read
 * in that frame's animation-frame callback. A request made by the render that inserted the item
 * comes before it; one made after that frame's paint comes after. (Reading the clock one frame
 * later failed in Firefox under load: its idle callback may run before the next frame's callback.)
 */
export async function firstItemPaint(el: ServiceLocatorElement, maxFrames = 1200): Promise<number> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  let painted = performance.now();
  for (let i = 0; items(el).length === 0; i++) {
    if (i > maxFrames) throw new Error(`expected the first list item within ${maxFrames} frames`);
    await frame();
    painted = performance.now();
  }
  return painted;
}
