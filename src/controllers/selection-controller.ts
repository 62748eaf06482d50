/**
 * The chosen place and its detail dialog, for the root element. Owns the selection, where focus
 * goes back when the dialog closes (the button that opened it, else the first result), a
 * selection a shared link asked for before the catalogue arrived, and the dialog's code, loaded
 * on the first "Détails" (it carries the week table and the calendar export, which the list does
 * not need, so the first paint stays small).
 *
 * Does not own: the public events and the URL (the host, through `onOpened`), the map.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Place } from '../core/catalogue/types.js';
import type { ServiceLocatorDetailElement } from '../components/service-locator-detail/service-locator-detail.js';
import { lazy } from './lazy.js';

export interface SelectionControllerOptions {
  /** The host's `<service-locator-detail>` (it exists from the first render, upgraded later). */
  detail: () => ServiceLocatorDetailElement | null;
  /** Where the detail lives, to upgrade it once its code has loaded. */
  root: () => Node;
  /** Focus for when the opener is gone (the first result). */
  focusFallback: () => void;
}

export class SelectionController {
  /** The chosen place (highlighted in the list and on the map). */
  selectedId: string | null = null;
  /** A place a shared link opened before the catalogue was there. */
  pending: string | null = null;
  private opener: HTMLElement | null = null;
  private readonly host: ReactiveControllerHost & { updateComplete: Promise<boolean> };
  private readonly options: SelectionControllerOptions;
  private readonly load = lazy(() => import('../components/service-locator-detail/service-locator-detail.js'));

  constructor(host: ReactiveControllerHost & { updateComplete: Promise<boolean> }, options: SelectionControllerOptions) {
    this.host = host;
    this.options = options;
  }

  get open(): boolean {
    return !!this.options.detail()?.open;
  }

  select(placeId: string | null): void {
    this.selectedId = placeId;
    this.host.requestUpdate();
  }

  /**
   * Opens the detail of `place`; `stopId` (a bus reached through a stop) makes it lead with that
   * stop; `opener` gets focus back on close. False when it could not open (its chunk did not
   * come: the host says so in words, not a button that does nothing).
   */
  async show(place: Place, opener: HTMLElement | null = null, stopId?: string): Promise<boolean> {
    this.opener = opener;
    this.select(place.id);
    try {
      (await this.load()).ServiceLocatorDetailElement.define();
    } catch {
      return false; // A missing chunk: the list still carries every detail but the week table.
    }
    await this.host.updateComplete;
    // An element disconnected while the chunk loaded is not upgraded by the definition.
    customElements.upgrade(this.options.root());
    const detail = this.options.detail();
    if (typeof detail?.show !== 'function') return false;
    detail.stopId = stopId;
    await detail.show(place);
    return true;
  }

  /** The dialog closed: focus back where the resident was. */
  closed(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener && opener.isConnected) opener.focus();
    else this.options.focusFallback();
  }

  /** Closes the dialog without moving focus (the history went back). */
  close(): void {
    this.opener = null;
    if (this.open) this.options.detail()?.close();
  }

  /** A selection from the URL: shown now if the place is known, else once the catalogue is. */
  fromUrl(id: string, places: readonly Place[]): void {
    const place = places.find((p) => p.id === id);
    if (place) void this.show(place);
    else this.pending = id;
  }

  /** The catalogue arrived: open what a shared link asked for. */
  catalogueReady(places: readonly Place[]): void {
    const id = this.pending;
    this.pending = null;
    if (id) this.fromUrl(id, places);
    this.pending = null;
  }
}
