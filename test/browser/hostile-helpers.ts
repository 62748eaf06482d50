/**
 * Guards shared by the resilience tests (hostile catalogues, faults, lifecycle): a canary a
 * payload would call, listeners for unhandled rejections and errors, a sentinel of the host
 * page's own content, and deep queries through shadow roots.
 */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { CANARY } from '../fixtures/hostile/catalogues.mjs';
import { list, items, root } from './helpers/locator.js';

type CanaryWindow = Window & Record<string, unknown>;

export interface Guard {
  /** Tags passed to the canary (a payload that ran). */
  pwned: string[];
  /** Unhandled rejections and uncaught errors seen on window. */
  failures: string[];
  /** Problems found by `check()`; empty when the host page is intact. */
  check(): string[];
  dispose(): void;
}

/**
 * Installs the canary, the window listeners and a sentinel paragraph in the host page.
 * `check()` reports a payload that ran, an unhandled rejection or error, and any change to the
 * sentinel, the document title or Object.prototype.
 */
export function guardPage(): Guard {
  const pwned: string[] = [];
  const failures: string[] = [];
  (window as unknown as CanaryWindow)[CANARY] = (tag: unknown) => void pwned.push(String(tag));
  const onRejection = (e: PromiseRejectionEvent) => void failures.push(`unhandledrejection: ${String(e.reason)}`);
  const onError = (e: Event) => {
    const target = e.target;
    // A resource that failed to load (an <img src=x> built from data) also lands here.
    if (target && target !== window && target instanceof Element) failures.push(`resource error on <${target.localName}>`);
    else failures.push(`error: ${(e as ErrorEvent).message}`);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError, true);
  const sentinel = document.createElement('p');
  sentinel.id = 'host-sentinel';
  sentinel.textContent = 'Contenu de la page hôte, à ne pas toucher.';
  document.body.prepend(sentinel);
  const title = document.title;
  return {
    pwned,
    failures,
    check() {
      const out: string[] = [];
      if (pwned.length) out.push(`payload ran: ${pwned.join(', ')}`);
      out.push(...failures);
      const s = document.getElementById('host-sentinel');
      if (s !== sentinel || !sentinel.isConnected || sentinel.textContent !== 'Contenu de la page hôte, à ne pas toucher.' || sentinel.attributes.length !== 1)
        out.push('host sentinel changed');
      if (document.title !== title) out.push('document title changed');
      if ('polluted' in Object.prototype) out.push('Object.prototype polluted');
      return out;
    },
    dispose() {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError, true);
      sentinel.remove();
      delete (window as unknown as CanaryWindow)[CANARY];
    },
  };
}

/** Every element under `node`, through open shadow roots. */
export function deepElements(node: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (n: ParentNode) => {
    for (const el of n.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(node);
  return found;
}

/** Text under `node`, through open shadow roots, as it is (payload text must survive exactly). */
export { deepRawText as deepText } from './standalone-helpers.js';

/**
 * What data could have turned into active content inside the widget: script-like elements,
 * inline event handler attributes, and links or sources with a scheme other than http(s),
 * tel and mailto.
 */
export function activeContent(el: Element): string[] {
  const out: string[] = [];
  for (const e of deepElements(el.shadowRoot!)) {
    if (['script', 'iframe', 'object', 'embed', 'img', 'foreignobject'].includes(e.localName)) out.push(`<${e.localName}>`);
    for (const a of e.attributes) {
      if (/^on/i.test(a.name)) out.push(`${e.localName}[${a.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(a.name.toLowerCase())) {
        if (!/^(https?:|tel:|mailto:|#)/i.test(a.value.trim())) out.push(`${e.localName}[${a.name}=${a.value.slice(0, 60)}]`);
      }
    }
  }
  return out;
}

/** Appends a `<service-locator>` on `src` and waits for its load or error event. */
export async function settle(
  src: string,
  setup: (el: ServiceLocatorElement) => void = () => undefined,
): Promise<{ el: ServiceLocatorElement; event: Event }> {
  const host = await fixture<HTMLDivElement>(html`<div class="host-column"></div>`);
  const el = document.createElement('service-locator');
  el.now = new Date('2026-12-03T14:00:00Z');
  setup(el);
  el.src = src;
  const done = Promise.race([oneEvent(el, 'service-locator-load'), oneEvent(el, 'service-locator-error')]);
  host.append(el);
  const event = await done;
  await el.updateComplete;
  return { el, event };
}

/** Names of every place in the list, after pressing "Afficher plus" until all are shown. */
export async function allListedNames(el: ServiceLocatorElement): Promise<string[]> {
  await waitUntil(() => list(el), 'list rendered');
  const l = list(el)!;
  await l.updateComplete;
  for (let guard = 0; guard < 1000; guard++) {
    const more = l.shadowRoot!.querySelector<HTMLButtonElement>('button.more');
    if (!more) break;
    more.click();
    await l.updateComplete;
  }
  return items(el).map((li) => li.querySelector('h3')!.textContent.trim());
}

/** The error box's text (role=alert), or '' when there is none. */
export const alertText = (el: ServiceLocatorElement) => root(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
