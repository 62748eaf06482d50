// The one contract of the inner views (src/components/base-element.ts): `define()` registers a
// class under its declared tag, once; `emit()` events stay on the element that fired them; the
// map's events no longer reach the host page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { BaseElement } from '../../src/components/base-element.js';
import { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { ServiceLocatorListElement } from '../../src/components/service-locator-list/service-locator-list.js';
import { ServiceLocatorSearchElement } from '../../src/components/service-locator-search/service-locator-search.js';
import { ServiceLocatorDetailElement } from '../../src/components/service-locator-detail/service-locator-detail.js';
import { ServiceLocatorResultsActionsElement } from '../../src/components/service-locator-results-actions/service-locator-results-actions.js';
import { ServiceLocatorCoverageElement } from '../../src/components/service-locator-coverage/service-locator-coverage.js';
import { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { MapMountError, type MapAdapter } from '../../src/map/map-adapter.js';
import { LOT_PLACES } from './map-test-helpers.js';

interface PingEvents {
  'test-ping-said': { n: number };
}

class TestPingElement extends BaseElement<PingEvents> {
  static override readonly tagName = 'test-ping';
  say(n: number): boolean {
    return this.emit('test-ping-said', { n });
  }
}

class TestNoTagElement extends BaseElement {}

/** Puts `<test-ping>` inside a host's shadow root, the way inner views sit inside the root. */
async function pingInShadow(): Promise<{ host: HTMLElement; ping: TestPingElement }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const shadow = host.attachShadow({ mode: 'open' });
  const ping = document.createElement('test-ping') as TestPingElement;
  shadow.append(ping);
  await ping.updateComplete;
  return { host, ping };
}

describe('BaseElement', () => {
  it('define() registers under the declared tag, and a second call leaves the first definition', () => {
    TestPingElement.define();
    expect(customElements.get('test-ping')).to.equal(TestPingElement);
    class Other extends BaseElement {
      static override readonly tagName = 'test-ping';
    }
    expect(() => Other.define()).to.not.throw();
    expect(() => TestPingElement.define()).to.not.throw();
    expect(customElements.get('test-ping')).to.equal(TestPingElement);
  });

  it('define() refuses a class that declares no tag', () => {
    expect(() => TestNoTagElement.define()).to.throw(/TestNoTagElement declares no static tagName/);
  });

  it('every element of the package declares its tag and registers through define()', () => {
    const classes: [{ readonly tagName: string; readonly name: string; define(): void }, string][] = [
      [ServiceLocatorElement, 'service-locator'],
      [ServiceLocatorSearchElement, 'service-locator-search'],
      [ServiceLocatorListElement, 'service-locator-list'],
      [ServiceLocatorDetailElement, 'service-locator-detail'],
      [ServiceLocatorMapElement, 'service-locator-map'],
      [ServiceLocatorResultsActionsElement, 'service-locator-results-actions'],
      [ServiceLocatorCoverageElement, 'service-locator-coverage'],
    ];
    for (const [cls, tag] of classes) {
      expect(cls.tagName, cls.name).to.equal(tag);
      cls.define();
      expect(customElements.get(tag), tag).to.equal(cls);
    }
  });

  it('emit() is heard on the element only: it neither bubbles nor leaves the shadow root', async () => {
    TestPingElement.define();
    const { host, ping } = await pingInShadow();
    const outside: Event[] = [];
    const onOutside = (e: Event) => outside.push(e);
    host.shadowRoot!.addEventListener('test-ping-said', onOutside);
    host.addEventListener('test-ping-said', onOutside);
    document.addEventListener('test-ping-said', onOutside);
    try {
      const heard = oneEvent(ping, 'test-ping-said');
      expect(ping.say(3)).to.equal(true);
      const e = (await heard) as CustomEvent<{ n: number }>;
      expect(e.detail).to.deep.equal({ n: 3 });
      expect(e.bubbles).to.equal(false);
      expect(e.composed).to.equal(false);
      expect(outside).to.deep.equal([]);
    } finally {
      host.shadowRoot!.removeEventListener('test-ping-said', onOutside);
      host.removeEventListener('test-ping-said', onOutside);
      document.removeEventListener('test-ping-said', onOutside);
    }
  });

  it("the map's failure event reaches its listener, not the page (the root is the only source of public events)", async () => {
    ServiceLocatorMapElement.define();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const onPage: string[] = [];
    const onDocument = (e: Event) => onPage.push(e.type);
    for (const type of ['service-locator-map-failure', 'service-locator-map-select', 'service-locator-map-visible']) document.addEventListener(type, onDocument);
    try {
      const map = document.createElement('service-locator-map');
      const failing = (): MapAdapter => ({
        mount: () => Promise.reject(new MapMountError('no-webgl', 'fake failure')),
        unmount: () => undefined,
        setPoints: () => undefined,
        select: () => undefined,
        setOrigin: () => undefined,
        focus: () => undefined,
        fitToPoints: () => undefined,
        whenIdle: () => Promise.resolve(),
        on: () => () => undefined,
      });
      map.adapterFactory = failing;
      map.places = LOT_PLACES;
      const failed = oneEvent(map, 'service-locator-map-failure');
      shadow.append(map);
      const e = (await failed) as CustomEvent<{ reason: string }>;
      expect(e.detail.reason).to.equal('no-webgl');
      expect(e.composed).to.equal(false);
      expect(onPage).to.deep.equal([]);
    } finally {
      for (const type of ['service-locator-map-failure', 'service-locator-map-select', 'service-locator-map-visible']) document.removeEventListener(type, onDocument);
    }
  });
});
