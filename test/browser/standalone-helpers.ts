// Helpers for the tests that load real pages (standalone build, iframe page, CSP page) in an
// iframe of the test page: waiting, reading through shadow roots, reaching the map's idle.
import type { MapAdapter } from '../../src/map/map-adapter.js';

/** The part of `<service-locator-map>` these tests use (objects from another frame: no instanceof). */
interface MapElementLike extends Element {
  adapter: MapAdapter | undefined;
}

/** Polls `check` every 50 ms until it returns a value other than undefined/null/false. */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs: number, what: string): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (performance.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Adds an iframe to the test page and resolves once its document has loaded. */
export async function loadFrame(src: string, { width = 1200, height = 900 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Every element under `root` (and in its own shadow root), through open shadow roots, matching `selector`. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  const own = (root as Element).shadowRoot;
  if (own) visit(own);
  return found;
}

/** Text under `node`, through open shadow roots (hidden elements included), as it is. */
export function deepRawText(node: Node): string {
  let text = '';
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent ?? '';
    const shadow = (n as Element).shadowRoot;
    if (shadow) for (const c of shadow.childNodes) visit(c);
    for (const c of n.childNodes) visit(c);
  };
  visit(node);
  return text;
}

/** Text under `node`, through open shadow roots (hidden elements included), spaces collapsed. */
export function deepText(node: Node): string {
  return deepRawText(node).replace(/\s+/g, ' ');
}

/** Names of the places of the demo catalogue, as served to the pages. */
export async function demoPlaceNames(): Promise<string[]> {
  const response = await fetch('/data/catalogue.json');
  if (!response.ok) throw new Error(`/data/catalogue.json: HTTP ${response.status} (the demo catalogue is missing)`);
  const catalogue = (await response.json()) as { places: { name: string }[] };
  return catalogue.places.map((p) => p.name);
}

/** Fails fast with a clear message when the standalone build is missing. */
export async function assertBuilt(): Promise<void> {
  const response = await fetch('/dist/service-locator.js', { method: 'HEAD' });
  if (!response.ok) throw new Error('dist/service-locator.js is missing: run `npm run build` before the browser tests.');
}

/** Waits until the element in `doc` shows at least `min` names of the demo catalogue. */
export async function waitForPlaces(doc: Document, names: string[], min = 3, timeoutMs = 15000): Promise<string[]> {
  const el = doc.querySelector('service-locator');
  if (!el) throw new Error('no <service-locator> in the page');
  return waitFor(
    () => {
      const text = deepText(el);
      const shown = names.filter((n) => text.includes(n));
      return new Set(shown).size >= Math.min(min, names.length) ? shown : undefined;
    },
    timeoutMs,
    `${min} places of the demo catalogue in the rendered element`,
  );
}

/**
 * Waits for the map inside `doc` to be mounted and to reach MapLibre's `idle` (which needs
 * the worker file: without it the map never becomes idle). Rejects at once on a map failure.
 */
export async function waitForMapIdle(doc: Document, timeoutMs = 30000): Promise<MapElementLike> {
  let failure: string | undefined;
  // The map's own events stay inside the root; the root reports a map failure publicly.
  const onFailure = (event: Event) => {
    const e = event as Event & { kind?: string; message?: string };
    if (e.kind === 'map') failure = e.message ?? 'map';
  };
  doc.addEventListener('service-locator-error', onFailure);
  try {
    const map = await waitFor(
      () => {
        if (failure) throw new Error(`The map failed: ${failure}`);
        const el = deepQueryAll(doc, 'service-locator-map')[0] as MapElementLike | undefined;
        return el?.adapter ? el : undefined;
      },
      timeoutMs,
      'the map to be mounted (service-locator-map with an adapter)',
    );
    const adapter = map.adapter;
    if (!adapter) throw new Error('The map adapter went away');
    await Promise.race([
      adapter.whenIdle(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`map not idle after ${timeoutMs} ms (worker file missing?)`)), timeoutMs)),
    ]);
    if (failure) throw new Error(`The map failed: ${failure}`);
    return map;
  } finally {
    doc.removeEventListener('service-locator-error', onFailure);
  }
}
