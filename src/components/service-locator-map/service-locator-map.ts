/**
 * `<service-locator-map>`: the map view. It hosts a {@link MapAdapter} in a container that Lit
 * never renders into, and renders around it what makes the map usable without seeing it: the
 * "Lieux visibles sur la carte" list (buttons, updated when the map moves) and a text legend.
 *
 * Owns: the adapter's lifecycle (mount on connect, unmount on disconnect or failure), turning
 * adapter events into this element's events, and the map's surrounding text.
 * Does not own: the selection (the root sets `selectedId` after a select event), the list mode,
 * or the MapLibre code (the default adapter is loaded with a dynamic import).
 *
 * Not self-registering: the root calls `ServiceLocatorMapElement.define()` the first time the
 * map is shown (src/controllers/map-controller.ts).
 */
import { css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Place } from '../../core/catalogue/types.js';
import { KIND_LABELS, PLACE_KINDS } from '../../core/needs/vocabulary.js';
import { MapMountError, toMapPoints, type MapAdapter, type MapAdapterEvent, type MapFailureReason, type MapOrigin } from '../../map/map-adapter.js';
import { APPROXIMATE_LETTER_COLOR, CLUSTER_COLOR, KIND_SYMBOLS, MARKER_HALO_COLOR, ORIGIN_COLOR, SELECTION_COLOR } from '../../map/kind-symbols.js';
import { MAP_STRINGS } from '../../i18n/strings-map.js';
import type { Lang } from '../../core/lang.js';
import { BaseElement } from '../base-element.js';
import { themeTokens, viewHostStyles } from '../service-locator/theme.js';

/** Detail of `service-locator-map-select`. */
export interface MapSelectDetail {
  placeId: string;
}
/** Detail of `service-locator-map-failure`. */
export interface MapFailureDetail {
  reason: MapFailureReason;
  /** The same explanation the element shows, in plain words, in the current language. */
  message: string;
}
/** Detail of `service-locator-map-visible`. */
export interface MapVisibleDetail {
  placeIds: string[];
}
/** Internal events (see base-element.ts): event name → detail. The root listens on this element. */
export interface ServiceLocatorMapEvents {
  'service-locator-map-select': MapSelectDetail;
  'service-locator-map-failure': MapFailureDetail;
  'service-locator-map-visible': MapVisibleDetail;
}

/** How many places the visible list shows before asking to zoom in. */
const VISIBLE_LIST_MAX = 30;

const kindClasses = PLACE_KINDS.map(
  (kind) => `.kind-${kind} { background: ${KIND_SYMBOLS[kind].color}; color: ${KIND_SYMBOLS[kind].textColor}; }`,
).join('\n');

let ids = 0;

/**
 * @summary The map of places, with a list of the places it shows and a text legend.
 * @tag service-locator-map
 * @fires service-locator-map-select - A marker or a visible-list entry was chosen (internal: not bubbling, not composed; the root listens). Detail `{ placeId }`.
 * @fires service-locator-map-failure - The map cannot be shown (no WebGL2, lost WebGL context, …) (internal: not bubbling, not composed; the root listens). Detail `{ reason, message }`.
 * @fires service-locator-map-visible - The places in view changed (after a move or new places) (internal: not bubbling, not composed; the root listens). Detail `{ placeIds }`.
 * @csspart map - The box holding the map canvas.
 * @csspart visible-list - The list of places visible on the map.
 * @csspart legend - The text legend.
 * @cssproperty [--service-locator-map-height=420px] - Height of the map.
 */
export class ServiceLocatorMapElement extends BaseElement<ServiceLocatorMapEvents> {
  static override readonly tagName = 'service-locator-map';

  // Only the theme's custom properties, not its element rules: those would restyle MapLibre's
  // own controls, which live in this shadow root too.
  static override styles = [
    themeTokens,
    viewHostStyles,
    css`
      .frame {
        position: relative;
        height: var(--service-locator-map-height, 420px);
        min-height: 200px;
        background: var(--_surface);
      }
      /* More specific than MapLibre's own .maplibregl-map { position: relative }. */
      .frame > .map {
        position: absolute;
        inset: 0;
      }
      .map canvas:focus-visible,
      .map canvas:focus {
        outline: 3px solid var(--_focus);
        outline-offset: -3px;
      }
      .failure {
        position: absolute;
        inset: 0;
        margin: 0;
        padding: 1rem;
        background: var(--_bg);
        color: var(--_text);
      }
      .notice {
        margin: 0.25rem 0;
        font-size: 0.9rem;
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      h3 {
        font-size: 1rem;
        margin: 0.75rem 0 0.25rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .visible button {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        width: 100%;
        min-height: 44px;
        padding: 0.25rem 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: 0.125rem 0;
        background: var(--_bg);
        color: var(--_text);
        font: inherit;
        text-align: start;
        cursor: pointer;
      }
      .visible button[aria-current='true'] {
        border: 3px solid ${unsafeCSS(SELECTION_COLOR)};
        font-weight: bold;
      }
      .visible button:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0.25rem 0;
      }
      .swatch {
        display: inline-flex;
        flex: none;
        align-items: center;
        justify-content: center;
        width: 1.5rem;
        height: 1.5rem;
        border-radius: 50%;
        border: 1px solid ${unsafeCSS(MARKER_HALO_COLOR)};
        font-size: 0.8rem;
        font-weight: bold;
        forced-color-adjust: none;
      }
      .swatch.approximate {
        background: ${unsafeCSS(MARKER_HALO_COLOR)};
        color: ${unsafeCSS(APPROXIMATE_LETTER_COLOR)};
        border: 3px solid ${unsafeCSS(KIND_SYMBOLS['france-services'].color)};
      }
      .swatch.selected {
        background: ${unsafeCSS(MARKER_HALO_COLOR)};
        border: 4px solid ${unsafeCSS(SELECTION_COLOR)};
      }
      .swatch.cluster {
        background: ${unsafeCSS(CLUSTER_COLOR)};
        color: ${unsafeCSS(MARKER_HALO_COLOR)};
      }
      ${unsafeCSS(kindClasses)}
      /* The resident's starting point: a ringed dot, distinct from every kind's symbol. */
      .map .sl-origin {
        width: 18px;
        height: 18px;
        border-radius: 50%;
        background: ${unsafeCSS(ORIGIN_COLOR)};
        border: 4px solid ${unsafeCSS(MARKER_HALO_COLOR)};
        box-shadow: 0 0 0 2px ${unsafeCSS(ORIGIN_COLOR)};
        forced-color-adjust: none;
      }
      /* 44 px targets, as for every other control of the widget (MapLibre's are 29 px). */
      .map .maplibregl-ctrl-group button {
        width: 44px;
        height: 44px;
      }
      .map .maplibregl-ctrl-attrib-button {
        width: 44px;
        height: 44px;
      }
    `,
  ];

  /** Places to draw (a bus: one point per stop). */
  @property({ attribute: false }) places: Place[] = [];
  /** Where the resident searches from (a named marker, framed with the places), or null. */
  @property({ attribute: false }) origin: MapOrigin | null = null;
  /** The chosen place, highlighted on the map; set by the root after a select event. */
  @property({ attribute: 'selected-id' }) selectedId: string | null = null;
  @property({ reflect: true }) override lang: Lang = 'fr';
  /** MapLibre style URL; empty: PLAN IGN; `offline`: the built-in offline style. */
  @property({ attribute: 'style-url' }) styleUrl = '';
  /** URL of MapLibre's worker for sites that host it apart; empty: the file beside the map's module. */
  @property({ attribute: 'worker-url' }) workerUrl = '';
  /** How long the style may take before the offline style replaces it (adapter default if unset). */
  @property({ attribute: 'style-timeout-ms', type: Number }) styleTimeoutMs: number | undefined = undefined;
  /** Ctrl/⌘ + scroll to zoom, two fingers to pan: for a map inside a scrolling page. */
  @property({ attribute: 'cooperative-gestures', type: Boolean }) cooperativeGestures = false;
  /** Makes the adapter; default: the MapLibre adapter, loaded by dynamic import. */
  @property({ attribute: false }) adapterFactory: (() => MapAdapter) | undefined = undefined;

  /** Place ids in view, null until the map has said. */
  @state() protected visibleIds: string[] | null = null;
  /** The visible-list entry that holds the list's one tab stop (roving tabindex). */
  @state() protected activeId: string | null = null;
  /** Said when the keyboard moves to an entry (its marker is highlighted on the map). */
  @state() protected entryStatus = '';
  @state() protected failure: MapFailureDetail | null = null;
  @state() protected fallbackNotice = false;

  private container: HTMLDivElement | undefined;
  private _adapter: MapAdapter | undefined;
  private generation = 0;
  private readonly uid = `slm-${++ids}`;
  private readonly helpId = `${this.uid}-help`;
  private mountedPromise: Promise<void> = Promise.resolve();
  /** Settings the current map was built with (see `updated`). */
  private mountKey: string | undefined;
  /** The ids of the places drawn, to tell a new set of results from a re-render. */
  private placesKey = '';
  /** A focus asked for before the map was ready. */
  private pendingFocus: string | undefined;

  /** The current map adapter (undefined before mounting, after a failure and once disconnected). */
  get adapter(): MapAdapter | undefined {
    return this._adapter;
  }

  /** Settles when the current mount attempt is over (map created, or failure reported). */
  get mapReady(): Promise<void> {
    return this.mountedPromise;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On reconnection the container already exists: mount again. The first mount waits for
    // firstUpdated, which creates the container.
    if (this.container) this.mountMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unmountMap();
  }

  protected override firstUpdated(): void {
    const frame = this.renderRoot.querySelector('.frame');
    const container = document.createElement('div');
    container.className = 'map';
    container.setAttribute('part', 'map');
    frame?.prepend(container);
    this.container = container;
    this.mountMap();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // MapLibre takes its UI strings, style and gesture mode at construction: build it again.
    if (this.container && this.mountKey !== undefined && this.mountKey !== this.currentMountKey()) {
      this.mountMap();
      return;
    }
    const adapter = this._adapter;
    if (!adapter) return;
    const before: MapOrigin | null | undefined = changed.get('origin');
    const originChanged = changed.has('origin') && !sameOrigin(before, this.origin);
    if (originChanged) adapter.setOrigin(this.origin);
    // Only a new set of places (or a new origin) moves the view: a re-render with the same
    // places keeps the resident's zoom and position.
    // The id list is built only when the places were replaced (a 100k list is not joined on
    // every selection or language update).
    const key = changed.has('places') ? placesKey(this.places) : this.placesKey;
    if (key !== this.placesKey) {
      this.placesKey = key;
      adapter.setPoints(toMapPoints(this.places));
      adapter.fitToPoints();
    } else if (originChanged) adapter.fitToPoints();
    if (changed.has('selectedId')) adapter.select(this.selectedId);
  }

  /**
   * Focuses the visible-list entry of `placeId` (a detail opened from the map closes back to
   * it); false when that place is not in the list.
   */
  focusEntry(placeId: string | null): boolean {
    if (!placeId) return false;
    const b = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.visible button[data-place-id]')].find((x) => x.dataset['placeId'] === placeId);
    if (!b) return false;
    this.activeId = placeId;
    b.tabIndex = 0;
    b.focus();
    return true;
  }

  /** Focuses the map itself (the "Aller à la carte" skip link). */
  focusMap(): void {
    const target = this.container?.querySelector<HTMLElement>('canvas') ?? this.renderRoot.querySelector<HTMLElement>('.visible button[tabindex="0"]');
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Arrow keys, Home and End move through the visible list; the marker follows. */
  private onListKey(e: KeyboardEvent, ids: readonly string[]): void {
    const i = ids.indexOf(this.activeId ?? '');
    let next: number;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = Math.min(i + 1, ids.length - 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = Math.max(i - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = ids.length - 1;
    else return;
    e.preventDefault();
    const id = ids[next];
    if (id === undefined) return;
    this.activeId = id;
    this._adapter?.select(id);
    const place = this.places.find((p) => p.id === id);
    if (place) this.entryStatus = MAP_STRINGS[this.lang].markerChosen(place.name, KIND_LABELS[place.kind][this.lang]);
    void this.updateComplete.then(() => this.focusEntry(id));
  }

  /**
   * Centres and zooms on a place, or on one stop of a bus (`stopId`): "Voir sur la carte".
   * Asked before the map is ready, it happens once it is.
   */
  focusPlace(placeId: string, stopId?: string): void {
    const id = stopId ? `${placeId}#${stopId}` : placeId;
    if (this._adapter) this._adapter.focus(id);
    else this.pendingFocus = id;
  }

  private currentMountKey(): string {
    return JSON.stringify([this.lang, this.styleUrl || '', this.workerUrl || '', this.styleTimeoutMs ?? null, this.cooperativeGestures, this.adapterFactory !== undefined]);
  }

  private mountMap(): void {
    this.unmountMap();
    const container = this.container;
    if (!container || !this.isConnected) return;
    const generation = ++this.generation;
    this.mountKey = this.currentMountKey();
    this.failure = null;
    this.fallbackNotice = false;
    this.visibleIds = null;
    this.mountedPromise = this.createAdapter()
      .then(async (adapter) => {
        if (generation !== this.generation) {
          adapter.unmount();
          return;
        }
        this._adapter = adapter;
        adapter.on((event) => {
          if (generation === this.generation) this.onAdapterEvent(event);
        });
        adapter.setPoints(toMapPoints(this.places));
        this.placesKey = placesKey(this.places);
        adapter.setOrigin(this.origin);
        if (this.selectedId !== null) adapter.select(this.selectedId);
        await adapter.mount({
          container,
          styleRoot: this.renderRoot as ShadowRoot,
          ...(this.styleUrl ? { styleUrl: this.styleUrl } : {}),
          ...(this.workerUrl ? { workerUrl: this.workerUrl } : {}),
          ...(this.styleTimeoutMs !== undefined ? { styleTimeoutMs: this.styleTimeoutMs } : {}),
          lang: this.lang,
          reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
          cooperativeGestures: this.cooperativeGestures,
        });
        if (generation !== this.generation) return;
        if (this.pendingFocus) adapter.focus(this.pendingFocus);
        this.pendingFocus = undefined;
        const canvas = container.querySelector('canvas');
        canvas?.setAttribute('aria-describedby', this.helpId);
      })
      .catch((error: unknown) => {
        if (generation !== this.generation) return;
        this.fail(error instanceof MapMountError ? error.reason : 'unknown');
      });
  }

  private async createAdapter(): Promise<MapAdapter> {
    if (this.adapterFactory) return this.adapterFactory();
    const { createMapLibreAdapter } = await import('../../map/maplibre-adapter.js');
    return createMapLibreAdapter();
  }

  private unmountMap(): void {
    this.generation++;
    const adapter = this._adapter;
    this._adapter = undefined;
    adapter?.unmount();
  }

  private onAdapterEvent(event: MapAdapterEvent): void {
    switch (event.type) {
      case 'select':
        this.emit('service-locator-map-select', { placeId: event.placeId });
        break;
      case 'visible-change':
        this.visibleIds = event.placeIds;
        this.emit('service-locator-map-visible', { placeIds: event.placeIds });
        break;
      case 'style-fallback':
        this.fallbackNotice = true;
        break;
      case 'failure':
        // Release the map (and its WebGL context) at once; the list keeps working.
        this.unmountMap();
        this.fail(event.reason);
        break;
    }
  }

  private fail(reason: MapFailureReason): void {
    const message = MAP_STRINGS[this.lang].failures[reason];
    this.failure = { reason, message };
    this.container?.replaceChildren();
    this.emit('service-locator-map-failure', { reason, message });
  }

  private choose(placeId: string): void {
    this.emit('service-locator-map-select', { placeId });
  }

  override render() {
    const s = MAP_STRINGS[this.lang];
    return html`
      <div class="frame">
        ${this.failure ? html`<p class="failure">${this.failure.message}</p>` : nothing}
      </div>
      <p id=${this.helpId} class="visually-hidden">${s.keyboardHelp}</p>
      <p class="notice" role="status">${this.fallbackNotice ? s.styleFallback : ''}</p>
      ${this.renderVisibleList()} ${this.renderLegend()}
    `;
  }

  private renderVisibleList() {
    const s = MAP_STRINGS[this.lang];
    const headingId = `${this.uid}-visible`;
    const helpId = `${this.uid}-visible-help`;
    const byId = new Map(this.places.map((p) => [p.id, p]));
    const visible = (this.visibleIds ?? []).map((id) => byId.get(id)).filter((p): p is Place => p !== undefined);
    const shown = visible.slice(0, VISIBLE_LIST_MAX);
    const ids = shown.map((p) => p.id);
    // One tab stop: the entry last moved to, else the chosen place, else the first.
    const active = ids.includes(this.activeId ?? '') ? this.activeId : ids.includes(this.selectedId ?? '') ? this.selectedId : ids[0];
    let status: string | undefined;
    if (this.failure) status = undefined;
    else if (this.visibleIds === null) status = s.visibleLoading;
    else if (visible.length === 0) status = s.visibleNone;
    const dataLang = this.lang === 'fr' ? nothing : 'fr';
    return html`
      <section class="visible" part="visible-list" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${s.visibleHeading}</h3>
        <p id=${helpId} class="visually-hidden">${s.visibleHelp}</p>
        ${status ? html`<p>${status}</p>` : nothing}
        <ul @keydown=${(e: KeyboardEvent) => this.onListKey(e, ids)}>
          ${repeat(
            shown,
            (place) => place.id,
            (place) => html`<li>
              <button
                type="button"
                data-place-id=${place.id}
                tabindex=${place.id === active ? '0' : '-1'}
                aria-describedby=${helpId}
                aria-current=${place.id === this.selectedId ? 'true' : 'false'}
                @focus=${() => (this.activeId = place.id)}
                @click=${() => this.choose(place.id)}
              >
                <span class="swatch kind-${place.kind}" aria-hidden="true">${KIND_SYMBOLS[place.kind].letter}</span>
                <span><span lang=${dataLang}>${place.name}</span><span class="visually-hidden"> (${KIND_LABELS[place.kind][this.lang]})</span></span>
              </button>
            </li>`,
          )}
        </ul>
        <p class="visually-hidden" role="status">${this.entryStatus}</p>
        ${visible.length > shown.length ? html`<p>${s.visibleMore(visible.length - shown.length)}</p>` : nothing}
      </section>
    `;
  }

  private renderLegend() {
    const s = MAP_STRINGS[this.lang];
    const headingId = `${this.uid}-legend`;
    return html`
      <section class="legend" part="legend" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${s.legendHeading}</h3>
        <ul>
          ${PLACE_KINDS.map(
            (kind) => html`<li>
              <span class="swatch kind-${kind}" aria-hidden="true">${KIND_SYMBOLS[kind].letter}</span>
              <span>${KIND_LABELS[kind][this.lang]}</span>
            </li>`,
          )}
          <li><span class="swatch approximate" aria-hidden="true">F</span><span>${s.approximateLegend}</span></li>
          <li><span class="swatch selected" aria-hidden="true"></span><span>${s.selectedLegend}</span></li>
          <li><span class="swatch cluster" aria-hidden="true">3</span><span>${s.clusterLegend}</span></li>
        </ul>
      </section>
    `;
  }
}

const placesKey = (places: readonly Place[]): string => places.map((p) => p.id).join('\u0000');
const sameOrigin = (a: MapOrigin | null | undefined, b: MapOrigin | null): boolean =>
  (a ?? null) === b || (!!a && !!b && a.lat === b.lat && a.lon === b.lon && a.label === b.label);

declare global {
  interface HTMLElementTagNameMap {
    'service-locator-map': ServiceLocatorMapElement;
  }
}
