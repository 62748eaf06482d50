/**
 * The planners' coverage view for the root element (`view="coverage"`): loads its code the first
 * time it is shown (residents never download it) and the commune outlines it shades (`outlines`
 * attribute; without them its table still carries every figure). Fetches are abortable: a newer
 * URL supersedes an older one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeatureCollection } from 'geojson';
import { fetchJson } from './fetch-json.js';
import { lazy } from './lazy.js';

export class CoverageController implements ReactiveController {
  /** `<service-locator-coverage>` is defined. */
  ready = false;
  outlines: FeatureCollection | null = null;
  private abort?: AbortController;
  private readonly host: ReactiveControllerHost;
  private readonly load = lazy(() => import('../components/service-locator-coverage/service-locator-coverage.js'));

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Loads the view's code once (a failed chunk is tried again at the next render). */
  ensure(): void {
    if (this.ready) return;
    this.load().then(
      (m) => {
        m.ServiceLocatorCoverageElement.define();
        this.ready = true;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  async setOutlinesUrl(url: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const data = await fetchJson(url, abort.signal);
    if (!abort.signal.aborted && data && typeof data === 'object' && (data as { type?: unknown }).type === 'FeatureCollection') {
      this.outlines = data as FeatureCollection;
      this.host.requestUpdate();
    }
  }
}
