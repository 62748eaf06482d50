/**
 * Keeps the element's shareable state in the page's location hash (`url-state`), so a social
 * worker can send a link that opens on the same search, and so the back button steps back
 * through searches. Owns the popstate/hashchange listening and the history writes; the hash
 * format is the search state's (core/search/state.ts). Keys the element does not own are left
 * in the hash untouched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatHash, parseHash, type UrlState } from '../core/search/url-hash.js';

export { formatHash, parseHash, type UrlState } from '../core/search/url-hash.js';
export type { ViewMode } from '../core/search/state.js';

export class UrlStateController implements ReactiveController {
  enabled = false;
  private readonly onChange: (state: UrlState | null) => void;
  private readonly listener = () => {
    if (this.enabled) this.onChange(parseHash(location.hash));
  };

  constructor(host: ReactiveControllerHost, onChange: (state: UrlState | null) => void) {
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.listener);
    window.addEventListener('hashchange', this.listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.listener);
    window.removeEventListener('hashchange', this.listener);
  }

  read(): UrlState | null {
    return this.enabled ? parseHash(location.hash) : null;
  }

  /** Records the state: a new history entry when `push`, else replaces the current one. */
  write(state: UrlState, push: boolean): void {
    if (!this.enabled) return;
    const hash = formatHash(location.hash, state);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash || ''}`;
    try {
      if (push) history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // Sandboxed iframes may refuse history changes: the element keeps working without them.
    }
  }
}
