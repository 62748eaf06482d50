/**
 * Long-lived pages: `<service-locator>` connected and disconnected 100 times (with the map on
 * some cycles), 20 instances on one page, and 20 maps created one after another beyond the
 * browser's ~16 live WebGL contexts. Nothing may stay behind: no MapLibre map (the adapter's
 * `liveMapCount()`), no canvas, no live WebGL context, no window/document listener, no timer,
 * interval or animation frame. Observed by wrapping those APIs before the elements exist.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import type { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { uiStrings } from '../../src/i18n/index.js';
import { MAP_STRINGS } from '../../src/i18n/strings-map.js';
import { liveMapCount, type MapLibreAdapter } from '../../src/map/maplibre-adapter.js';
import { NOW, SMALL, items, list, root } from './helpers/locator.js';
import { deepElements, guardPage, type Guard } from './hostile-helpers.js';
import { hasWebGL2, NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

const fr = uiStrings('fr');

interface ListenerRecord {
  target: string;
  type: string;
  listener: unknown;
  capture: boolean;
  once: boolean;
  /** Who registered it (first frame outside this file). */
  where: string;
}

/** The caller of a wrapped API, or '' when it is test code (its own waitUntil timers and so on). */
function caller(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(3);
  const first = frames[0]?.trim() ?? '';
  return /\/test\/|@open-wc|@web\/|mocha|chai/.test(first) ? '' : first;
}

/** Records what is registered from now on, until `restore()`. */
class Tracker {
  readonly listeners: ListenerRecord[] = [];
  readonly timeouts = new Map<number, string>();
  readonly intervals = new Set<number>();
  readonly frames = new Set<number>();
  readonly contexts: WebGLRenderingContext[] = [];
  private readonly undo: Array<() => void> = [];

  constructor() {
    for (const [name, target] of [
      ['window', window],
      ['document', document],
    ] as const) this.wrapListeners(name, target);
    this.wrapTimers();
    this.wrapContexts();
  }

  private wrapListeners(name: string, target: EventTarget): void {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const records = this.listeners;
    const capture = (o: boolean | AddEventListenerOptions | EventListenerOptions | undefined) => (typeof o === 'boolean' ? o : !!o?.capture);
    target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener && !records.some((r) => r.target === name && r.type === type && r.listener === listener && r.capture === capture(options))) {
        const rec: ListenerRecord = { target: name, type, listener, capture: capture(options), once: typeof options === 'object' && !!options.once, where: caller() };
        records.push(rec);
        const signal = typeof options === 'object' ? options.signal : undefined;
        signal?.addEventListener('abort', () => records.splice(records.indexOf(rec) >>> 0, records.includes(rec) ? 1 : 0));
      }
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const i = records.findIndex((r) => r.target === name && r.type === type && r.listener === listener && r.capture === capture(options));
      if (i >= 0) records.splice(i, 1);
      return remove.call(this, type, listener, options);
    };
    this.undo.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }

  private wrapTimers(): void {
    const w = window as unknown as Record<string, unknown>;
    const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
    const timeouts = this.timeouts;
    const intervals = this.intervals;
    const frames = this.frames;
    w['setTimeout'] = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const where = caller();
      const id: number = st(
        (...a: unknown[]) => {
          timeouts.delete(id);
          if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      );
      if (where) timeouts.set(id, `${ms ?? 0} ms ${where}`);
      return id;
    };
    w['clearTimeout'] = (id?: number) => {
      if (id !== undefined) timeouts.delete(id);
      ct(id);
    };
    w['setInterval'] = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = si(fn, ms, ...args);
      intervals.add(id);
      return id;
    };
    w['clearInterval'] = (id?: number) => {
      if (id !== undefined) intervals.delete(id);
      ci(id);
    };
    w['requestAnimationFrame'] = (fn: FrameRequestCallback) => {
      const id = raf((t) => {
        frames.delete(id);
        fn(t);
      });
      frames.add(id);
      return id;
    };
    w['cancelAnimationFrame'] = (id: number) => {
      frames.delete(id);
      caf(id);
    };
    this.undo.push(() => Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf }));
  }

  private wrapContexts(): void {
    const proto = HTMLCanvasElement.prototype;
    const get = proto.getContext;
    const contexts = this.contexts;
    proto.getContext = function (this: HTMLCanvasElement, id: string, options?: unknown) {
      const ctx = (get as (this: HTMLCanvasElement, id: string, o?: unknown) => RenderingContext | null).call(this, id, options);
      if (ctx && (id === 'webgl2' || id === 'webgl') && !contexts.includes(ctx as WebGLRenderingContext)) contexts.push(ctx as WebGLRenderingContext);
      return ctx;
    } as typeof proto.getContext;
    this.undo.push(() => (proto.getContext = get));
  }

  /** Listeners still registered (a `once` listener that fired cannot be seen: listed apart). */
  liveListeners(): string[] {
    return this.listeners.filter((r) => !r.once && r.where).map((r) => `${r.target}:${r.type} ${r.where}`);
  }

  liveContexts(): number {
    return this.contexts.filter((c) => !c.isContextLost()).length;
  }

  restore(): void {
    for (const u of this.undo.splice(0).reverse()) u();
  }
}

/** Waits until pending timeouts have fired (those shorter than `ms`), a few frames pass. */
async function quiet(ms = 1500): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await nextFrame();
  await nextFrame();
}

const mapOf = (el: ServiceLocatorElement) => root(el).querySelector<ServiceLocatorMapElement>('service-locator-map');

async function mapIdle(el: ServiceLocatorElement): Promise<void> {
  await waitUntil(() => mapOf(el)?.adapter, 'map adapter', { timeout: 15000 });
  await mapOf(el)!.mapReady;
  await (mapOf(el)!.adapter as MapLibreAdapter).whenIdle();
}

function newLocator(view: 'list' | 'both' = 'list'): ServiceLocatorElement {
  const el = document.createElement('service-locator');
  el.now = NOW;
  el.src = SMALL;
  el.setAttribute('map-style', 'offline');
  el.setAttribute('view', view);
  el.style.width = '900px';
  return el;
}

async function listed(el: ServiceLocatorElement): Promise<void> {
  await waitUntil(() => list(el) && items(el).length > 0, 'places listed', { timeout: 15000 });
}

describe('lifecycle of <service-locator>', function () {
  this.timeout(180000);
  let guard: Guard;
  let tracker: Tracker;
  let host: HTMLDivElement;

  before(async () => {
    if (!hasWebGL2) return; // no map to warm up (headless Firefox): the map tests skip themselves
    // Warm-up, untracked: MapLibre sets up page-wide singletons once (its worker pool and the
    // pool's document `visibilitychange` listener). Those are not per instance; what the tests
    // count must come back to zero after each widget is removed.
    const el = newLocator('both');
    document.body.append(el);
    await mapIdle(el);
    el.remove();
    await quiet(300);
  });

  beforeEach(() => {
    guard = guardPage();
    tracker = new Tracker();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    tracker.restore();
    host.remove();
    const problems = guard.check();
    guard.dispose();
    expect(problems).to.deep.equal([]);
  });

  /** What a removed widget must not leave behind. */
  async function expectNothingLeft(baselineMaps: number): Promise<void> {
    await quiet();
    expect(liveMapCount(), 'live MapLibre maps').to.equal(baselineMaps);
    expect(deepElements(document.body).filter((e) => e.localName === 'canvas').length, 'canvases').to.equal(0);
    expect(tracker.liveContexts(), 'WebGL contexts not released').to.equal(0);
    expect(tracker.liveListeners(), 'window/document listeners').to.deep.equal([]);
    expect([...tracker.intervals], 'intervals').to.deep.equal([]);
    expect([...tracker.timeouts.values()], 'pending timeouts').to.deep.equal([]);
    expect(tracker.frames.size, 'pending animation frames').to.equal(0);
  }

  webglIt('100 connect/disconnect cycles (the map shown on every tenth) leave nothing behind', async () => {
    const baseline = liveMapCount();
    const el = newLocator();
    host.append(el);
    await listed(el);
    for (let i = 0; i < 100; i++) {
      if (i % 10 === 5) {
        el.setAttribute('view', 'both');
        host.append(el);
        await mapIdle(el);
        expect(liveMapCount()).to.equal(baseline + 1);
        el.remove();
        el.setAttribute('view', 'list');
        expect(liveMapCount(), `cycle ${i}`).to.equal(baseline);
      } else {
        host.append(el);
        await el.updateComplete;
        expect(items(el).length).to.equal(6);
        el.remove();
      }
    }
    await expectNothingLeft(baseline);
    // Still usable after all that.
    host.append(el);
    await listed(el);
    expect(items(el).length).to.equal(6);
    el.remove();
  });

  it('moved in the page while the catalogue is loading: it still loads (no lasting "connection failed")', async () => {
    const el = newLocator();
    el.src = '/__test__/delay?ms=300&body=' + encodeURIComponent(await (await fetch(SMALL)).text());
    host.append(el);
    await el.updateComplete;
    el.remove();
    host.append(el); // a framework re-parenting the element
    await waitUntil(() => list(el) || root(el).querySelector('[role="alert"]'), 'settled', { timeout: 10000 });
    expect(root(el).querySelector('[role="alert"]')?.textContent ?? '').to.equal('');
    expect(items(el).length).to.equal(6);
    el.remove();
  });

  webglIt('20 instances on one page, then removed: each lists its places; no map, context, listener or timer left', async () => {
    const baseline = liveMapCount();
    const els = Array.from({ length: 20 }, (_, i) => newLocator(i % 4 === 0 ? 'both' : 'list'));
    host.append(...els);
    await Promise.all(els.map((e) => listed(e)));
    await Promise.all(els.filter((_, i) => i % 4 === 0).map((e) => mapIdle(e)));
    expect(liveMapCount()).to.equal(baseline + 5);
    for (const e of els) expect(items(e).length).to.equal(6);
    for (const e of els) e.remove();
    await expectNothingLeft(baseline);
  });

  webglIt('20 maps created one after another beyond the ~16 live WebGL contexts: the last one renders; those that lost their context fall back to the list, in words', async () => {
    const baseline = liveMapCount();
    const els: ServiceLocatorElement[] = [];
    for (let i = 0; i < 20; i++) {
      const el = newLocator('both');
      els.push(el);
      host.append(el);
      await listed(el);
      await mapIdle(el);
    }
    // The last map reached idle (above) and draws its places.
    const last = mapOf(els[19]!)!.adapter as MapLibreAdapter;
    expect(last.map!.queryRenderedFeatures().length).to.be.greaterThan(0);
    await quiet(500);
    // Those whose context the browser took back show the list with the plain explanation.
    const fellBack = els.filter((e) => !mapOf(e));
    for (const e of fellBack) {
      const notices = [...root(e).querySelectorAll('.notice')].map((n) => n.textContent.trim());
      expect(notices).to.include(fr.mapFallback(MAP_STRINGS.fr.failures['context-lost']));
      expect(items(e).length).to.equal(6);
    }
    expect(liveMapCount()).to.equal(baseline + 20 - fellBack.length);
    expect(liveMapCount() - baseline, 'maps alive at once').to.be.at.most(20);
    for (const e of els) e.remove();
    await expectNothingLeft(baseline);
  });
});
