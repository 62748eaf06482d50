/**
 * `<service-locator>`: the root element. It owns the state (catalogue, query, needs, filters,
 * origin, sort, selection, view) and wires the pure core (validation, search, hours) to the
 * views: the search box, the accessible list (the primary path), the detail dialog and the
 * map, loaded by dynamic import only when it is shown. Views get data as properties and send
 * intents up as events; public events are fired here, on user actions only (load and error
 * excepted). Nothing from the catalogue is rendered as HTML, and no failure reaches the host
 * page: every failure becomes a plain message.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { FeatureCollection } from 'geojson';
import type { GeoPoint, NeedId, Place } from '../../core/catalogue/types.js';
import type { ValidationProblem, ValidationResult } from '../../core/catalogue/problems.js';
import { isNeedId, KIND_LABELS, NEED_LABELS, PLACE_KINDS } from '../../core/needs/vocabulary.js';
import type { GazetteerEntry, SearchIndex, SearchOutcome, SearchQuery, SearchResult } from '../../core/search/types.js';
import { placeOpenState } from '../../core/hours/index.js';
import { fold } from '../../core/text/normalise.js';
import { CatalogueController, type CatalogueState } from '../../controllers/catalogue-controller.js';
import { loadDataCore, loadedDataCore } from '../../controllers/data-core-loader.js';
import { DidYouMeanController, renderDidYouMean } from '../results-actions/did-you-mean-controller.js';
import { actionsStrings } from '../../i18n/strings-actions.js';
import { UrlStateController, type UrlState, type ViewMode } from '../../controllers/url-state-controller.js';
import { LocationController, geocoderEndpoint } from '../../controllers/location-controller.js';
import { uiStrings, toLang, type Lang, type UiStrings } from '../../i18n/index.js';
import { NO_FILTERS, type SearchFilters } from '../search-box/search-box.js';
import type { PlaceDetailElement } from '../place-detail/place-detail.js';
import type { PlaceListElement } from '../place-list/place-list.js';
import { themeStyles } from './theme.js';
import {
  ServiceLocatorErrorEvent,
  ServiceLocatorLoadEvent,
  ServiceLocatorSearchEvent,
  ServiceLocatorSelectEvent,
  ServiceLocatorViewChangeEvent,
} from './events.js';

export * from './events.js';
export type { ViewMode } from '../../controllers/url-state-controller.js';

interface Origin {
  point: GeoPoint;
  label: string;
  /** What the resident or the deployer gave, kept for the URL (`near`). */
  source: string;
}

const POPULAR_NEEDS: NeedId[] = ['caf', 'papiers', 'impots', 'numerique'];
const COORDS = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

const isView = (v: unknown): v is ViewMode => v === 'list' || v === 'map' || v === 'both';

/** The deepest focused element, through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let a: Element | null = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a instanceof HTMLElement ? a : null;
}

/**
 * @summary Shows where to get in-person help with administrative and social procedures (France
 * services, CCAS, centres sociaux, digital-help points, itinerant buses), as an accessible list
 * with an optional map.
 * @tag service-locator
 *
 * @fires service-locator-select - {ServiceLocatorSelectEvent} The user chose a place (`placeId`, `place`).
 * @fires service-locator-search - {ServiceLocatorSearchEvent} The user changed the search (`query`, `total`).
 * @fires service-locator-view-change - {ServiceLocatorViewChangeEvent} The user switched list / map / both (`view`).
 * @fires service-locator-load - {ServiceLocatorLoadEvent} The catalogue is loaded (`placeCount`, `problems`).
 * @fires service-locator-error - {ServiceLocatorErrorEvent} The catalogue or the map failed (`kind`, `message`, `status`).
 *
 * @csspart coverage - The planners' coverage view (`view="coverage"`).
 * @csspart results-actions - The print and download toolbar above the list.
 * @csspart search - The search area (text box, chips, filters).
 * @csspart search-input - The search text box.
 * @csspart search-button - The search button.
 * @csspart chip - A chosen need (a button that removes it).
 * @csspart filters - The filters disclosure.
 * @csspart location - The "Où ?" area (commune field, "Autour de moi").
 * @csspart toolbar - The bar with the result count, sort and view switch.
 * @csspart count - The visible result count.
 * @csspart view-switch - The list / map / both buttons.
 * @csspart list - The list of results.
 * @csspart item - One place in the list.
 * @csspart details-button - A place's "Détails" button.
 * @csspart more-button - The "Afficher plus" button.
 * @csspart empty - The empty-result suggestions.
 * @csspart map - The map view.
 * @csspart detail - The detail dialog.
 * @csspart close-button - The detail dialog's close button.
 * @csspart status - Loading and fallback messages.
 * @csspart error - The error message.
 *
 * @cssproperty [--service-locator-accent=#0a4f9e] - Accent colour (buttons, links, selection).
 * @cssproperty [--service-locator-accent-text=#ffffff] - Text on the accent colour.
 * @cssproperty [--service-locator-text=#1b1b1b] - Text colour.
 * @cssproperty [--service-locator-muted=#4a4a4a] - Secondary text colour.
 * @cssproperty [--service-locator-background=#ffffff] - Background.
 * @cssproperty [--service-locator-surface=#f4f5f7] - Background of chips and highlighted rows.
 * @cssproperty [--service-locator-border=#6b6b6b] - Borders of fields and cards.
 * @cssproperty [--service-locator-radius=6px] - Corner radius.
 * @cssproperty [--service-locator-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--service-locator-focus=#b3400a] - Focus ring colour.
 * @cssproperty [--service-locator-open=#1a6630] - Colour of "Ouvert" (always with words).
 * @cssproperty [--service-locator-closed=#9e2227] - Colour of "Fermé" (always with words).
 * @cssproperty [--service-locator-map-height=420px] - Height of the map.
 */
export class ServiceLocatorElement extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        font-family: var(--_font);
        color: var(--_text);
        background: var(--_bg);
        line-height: 1.45;
        overflow-wrap: anywhere;
      }
      :host([hidden]) {
        display: none;
      }
      .frame {
        /* On the frame, not the host: size containment on the host would collapse it in a flex row. */
        container-type: inline-size;
        padding: 0.5em;
      }
      .location {
        margin: 0.8em 0 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.3em 0.8em 0.6em;
      }
      .location legend {
        font-weight: 600;
        padding: 0 0.3em;
      }
      .location label {
        display: block;
        margin-bottom: 0.2em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .row input {
        flex: 1 1 10em;
        min-width: 0;
      }
      .origin button {
        border-radius: 999px;
        background: var(--_surface);
        color: var(--_text);
        border-color: var(--_border);
      }
      .choices {
        list-style: none;
        padding: 0;
        margin: 0.3em 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      .message {
        margin: 0.4em 0 0;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: center;
        justify-content: space-between;
        margin: 1em 0 0.6em;
      }
      .count {
        margin: 0;
        font-weight: 700;
        font-size: 1.1em;
      }
      .sort {
        display: flex;
        align-items: center;
        gap: 0.4em;
      }
      .views {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 1em;
      }
      @container (min-width: 56rem) {
        .layout.both {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          align-items: start;
        }
        .layout.both .map-pane {
          position: sticky;
          top: 0;
        }
      }
      .notice,
      .loading {
        padding: 0.6em 0.8em;
        border-left: 4px solid var(--_accent);
        background: var(--_surface);
        margin: 0.6em 0;
      }
      .error {
        padding: 0.8em 1em;
        border: 2px solid var(--_closed);
        border-radius: var(--_radius);
        margin: 0.6em 0;
      }
      .error h2 {
        font-size: 1.1em;
        margin: 0 0 0.3em;
      }
      .empty h3 {
        font-size: 1.05em;
        margin: 0.2em 0;
      }
      .empty ul {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      h2.results-heading {
        margin: 0;
      }
      details.problems summary {
        min-height: var(--_target);
        display: flex;
        align-items: center;
        cursor: pointer;
        color: var(--_accent);
      }
    `,
  ];

  /** URL of the catalogue (JSON, catalogue format v1). */
  @property() src: string | null = null;
  /** A catalogue object, used instead of `src` when set. */
  @property({ attribute: false }) catalogue: unknown = undefined;
  /**
   * `list` (default), `map`, or `both` (side by side on wide screens, stacked on narrow ones);
   * `coverage` for staff pages: communes shaded by estimated travel time (needs `communes`).
   */
  @property() view: ViewMode | 'coverage' = 'list';
  /**
   * URL of commune outlines (GeoJSON FeatureCollection, INSEE code in `properties.code`) for
   * `view="coverage"`, the planners' view; its communes and populations come from `communes`.
   */
  @property() outlines: string | null = null;
  /** `fr` (default) or `en`; switches at run time. */
  @property() override lang: Lang = 'fr';
  /** Initial search text. */
  @property() query = '';
  /** Initial needs, comma-separated ids (`caf,papiers`). */
  @property() need = '';
  /** Initial origin: `LAT,LON` or a commune name (resolved offline). */
  @property() near = '';
  /** MapLibre style URL for the map, or `offline` for the built-in offline style. */
  @property({ attribute: 'map-style' }) mapStyle = '';
  /** Hides "Autour de moi" (the browser's position is then never asked). */
  @property({ type: Boolean, attribute: 'no-geolocation' }) noGeolocation = false;
  /** Keeps query, needs, filters, selection and view in the location hash. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /** Address geocoding: absent = off; a URL = that GeoCodeJSON endpoint; any other value = IGN Géoplateforme. */
  @property() geocoder: string | null = null;
  /** URL of a commune list (gazetteer) for offline commune search beyond the catalogue's own communes. */
  @property() communes: string | null = null;
  /** Directions URL template: `{lat}`, `{lon}`, `{name}`, `{from}`. Default: OpenStreetMap. */
  @property() directions = '';
  /** How long to wait for the geocoder before saying it does not respond (ms). */
  @property({ attribute: false }) geocoderTimeoutMs = 8000;
  /** How long to wait for the catalogue before saying the server does not respond (ms). */
  @property({ attribute: false }) catalogueTimeoutMs = 20000;
  /** The instant used for open status and bus visits (default: the current time). */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private text = '';
  @state() private needs: NeedId[] = [];
  @state() private filters: SearchFilters = NO_FILTERS;
  @state() private origin: Origin | null = null;
  @state() private sortMode: 'auto' | 'relevance' | 'distance' = 'auto';
  @state() private selectedId: string | null = null;
  @state() private mapFailure: string | null = null;
  @state() private mapLoaded = false;
  @state() private locationMessage = '';
  @state() private communeChoices: GazetteerEntry[] = [];
  @state() private communeText = '';
  @state() private announcement = '';
  @state() private index: SearchIndex | null = null;
  @state() private gazetteer: GazetteerEntry[] = [];
  @state() private coverageReady = false;
  @state() private outlinesData: FeatureCollection | null = null;
  private coverageImport?: Promise<void>;
  /** "Vouliez-vous dire …": fuse.js over the thesaurus, communes and names, loaded on an empty result. */
  private readonly didYouMean = new DidYouMeanController(this, () => ({
    places: this.places,
    gazetteer: this.gazetteer,
    lang: this.language,
  }));
  private actionsImport?: Promise<void>;
  private cooperativeGestures = false;
  private outlinesFor: string | null = null;

  private outcome: SearchOutcome | null = null;
  /** The view the page asked for, restored when the history goes back to a hash without ours. */
  private initialView: ViewMode | null = null;
  private opener: HTMLElement | null = null;
  private textTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private nearResolvedFor: string | null = null;
  private mapImport?: Promise<void>;
  private pendingSelect: string | null = null;
  private gazetteerFor: string | null = null;
  /** The gazetteer being fetched: a commune search waits for it rather than say "unknown". */
  private gazetteerLoad: Promise<void> = Promise.resolve();

  @query('service-locator-detail') private detail!: PlaceDetailElement;
  @query('service-locator-list') private list?: PlaceListElement;

  private readonly catalogueCtl = new CatalogueController(this, {
    onSettled: (s) => this.onCatalogueSettled(s),
    timeoutMs: () => this.catalogueTimeoutMs,
  });
  private readonly urlCtl = new UrlStateController(this, (s) => this.applyUrlState(s, true));
  private readonly location = new LocationController(this);

  private get t(): UiStrings {
    return uiStrings(this.language);
  }

  private get language(): Lang {
    return toLang(this.lang);
  }

  private get at(): Date {
    return this.now ?? new Date();
  }

  private get effectiveView(): ViewMode {
    const v = isView(this.view) ? this.view : 'list';
    return this.mapFailure ? 'list' : v;
  }

  private get places(): Place[] {
    return this.catalogueCtl.state.status === 'ready' ? this.catalogueCtl.state.result.places : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.urlCtl.enabled = this.urlState;
    if (this.initialView === null) this.initialView = isView(this.view) ? this.view : 'list';
    if (this.urlState) this.applyUrlState(this.urlCtl.read(), false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.textTimer);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    try {
      this.syncInputs(changed);
      if (
        changed.has('index') ||
        changed.has('text') ||
        changed.has('needs') ||
        changed.has('filters') ||
        changed.has('origin') ||
        changed.has('sortMode') ||
        changed.has('now') ||
        this.outcome === null
      ) {
        this.runSearch();
      }
    } catch (e) {
      // Never let a bad input break the host page; log for the deployer.
      console.error('service-locator:', e);
    }
  }

  protected override updated(): void {
    if (this.effectiveView !== 'list' && !this.mapFailure) void this.ensureMap();
  }

  private syncInputs(changed: PropertyValues): void {
    if (changed.has('urlState')) this.urlCtl.enabled = this.urlState;
    if ((changed.has('src') || changed.has('catalogue')) && this.isConnected) {
      this.index = null;
      this.outcome = null;
      void this.catalogueCtl.load({ src: this.src, catalogue: this.catalogue });
    }
    if (changed.has('communes') && this.communes && this.communes !== this.gazetteerFor) {
      this.gazetteerLoad = this.loadGazetteer(this.communes);
    }
    if (changed.has('outlines') && this.outlines && this.outlines !== this.outlinesFor) this.loadOutlines(this.outlines);
    if (changed.has('query') && changed.get('query') !== undefined) this.text = this.query;
    else if (changed.has('query') && !this.text) this.text = this.query;
    if (changed.has('need')) {
      const list = this.need
        .split(',')
        .map((s) => s.trim())
        .filter(isNeedId);
      if (list.length > 0 || changed.get('need') !== undefined) this.needs = [...new Set(list)];
    }
    if (changed.has('near')) this.nearResolvedFor = null;
    if (this.index && this.near && this.nearResolvedFor !== this.near) {
      this.nearResolvedFor = this.near;
      this.resolveNear(this.near);
    }
  }

  private async loadGazetteer(url: string): Promise<void> {
    this.gazetteerFor = url;
    try {
      const [r, core] = await Promise.all([fetch(url, { credentials: 'same-origin' }), loadDataCore()]);
      if (!r.ok) return;
      this.gazetteer = core.parseGazetteer(await r.json());
      this.buildIndex();
      // A `near` commune known only to the gazetteer can be resolved now.
      if (!this.origin) this.nearResolvedFor = null;
    } catch {
      // The catalogue's own communes still work.
    }
  }

  private buildIndex(): void {
    const state = this.catalogueCtl.state;
    // A ready catalogue implies the data core has loaded: the controller validated with it.
    const core = loadedDataCore();
    if (state.status !== 'ready' || !core) return;
    this.index = core.createSearchIndex(state.result.places, {
      gazetteer: this.gazetteer,
      openState: (place, at) => placeOpenState(place, at),
    });
  }

  private onCatalogueSettled(state: CatalogueState): void {
    if (state.status === 'ready') {
      this.buildIndex();
      this.dispatchEvent(new ServiceLocatorLoadEvent(state.result.places.length, state.result.problems));
      if (this.pendingSelect) {
        const id = this.pendingSelect;
        this.pendingSelect = null;
        const place = state.result.places.find((p) => p.id === id);
        if (place) {
          this.selectedId = id;
          void this.updateComplete.then(() => this.detail?.show(place));
        }
      }
    } else if (state.status === 'error') {
      const f = state.failure;
      const kind = f.kind === 'none' ? 'no-source' : f.kind;
      this.dispatchEvent(new ServiceLocatorErrorEvent(kind, this.errorMessage(state), f.kind === 'http' ? f.status : undefined));
    }
  }

  private errorMessage(state: CatalogueState): string {
    const t = this.t;
    if (state.status !== 'error') return '';
    const f = state.failure;
    switch (f.kind) {
      case 'network':
        return t.errorNetwork;
      case 'http':
        return t.errorHttp(f.status);
      case 'timeout':
        return t.errorTimeout;
      case 'none':
        return t.noSource;
      case 'invalid': {
        const first = f.result.problems.find((p) => p.severity === 'error') ?? f.result.problems[0];
        return t.errorInvalid(first ? first.message[this.language] : '');
      }
    }
  }

  private resolveNear(near: string): void {
    const m = COORDS.exec(near);
    if (m) {
      const point = { lat: Number(m[1]), lon: Number(m[2]) };
      if (Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180) {
        this.origin = { point, label: this.language === 'fr' ? 'la position indiquée' : 'the given position', source: near };
      }
      return;
    }
    const hit = this.pickCommune(near);
    if (hit) this.origin = { point: { lat: hit.lat, lon: hit.lon }, label: hit.name, source: hit.name };
  }

  /** The commune the text names unambiguously (exact name or postcode first), else null. */
  private pickCommune(text: string): GazetteerEntry | null {
    const found = this.index?.findCommunes(text, 8) ?? [];
    if (found.length === 0) return null;
    const key = fold(text);
    const exact = found.filter((c) => fold(c.name) === key || c.postcodes.includes(text.trim()));
    if (exact.length >= 1) return exact[0]!;
    return found.length === 1 ? found[0]! : null;
  }

  private buildQuery(): SearchQuery {
    const f = this.filters;
    const q: SearchQuery = {};
    if (this.text.trim()) q.text = this.text.trim();
    if (this.needs.length) q.needs = [...this.needs];
    if (f.kinds.length) q.kinds = [...f.kinds];
    if (f.openNow) q.openAt = this.at;
    if (f.walkIn) q.appointment = 'walk-in';
    if (f.equipment.length) q.equipment = [...f.equipment];
    if (f.wheelchair) q.wheelchair = true;
    if (this.origin) q.near = this.origin.point;
    if (this.sortMode !== 'auto' && (this.sortMode !== 'distance' || this.origin)) q.sort = this.sortMode;
    return q;
  }

  private runSearch(): void {
    if (!this.index) {
      this.outcome = null;
      void this.didYouMean.update('', false);
      return;
    }
    this.outcome = this.index.search(this.buildQuery());
    void this.didYouMean.update(this.text, this.outcome.total === 0);
    this.scheduleAnnouncement();
  }

  private get nearLabel(): string | undefined {
    return this.origin?.label ?? this.outcome?.commune?.name;
  }

  private countText(): string {
    return this.t.resultCount(this.outcome?.total ?? 0, this.nearLabel);
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    // Polite and debounced: one announcement once the resident stops typing.
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText();
    }, 600);
  }

  // ---- User intents ------------------------------------------------------------------------

  private afterUserSearch(push = true): void {
    void this.updateComplete.then(() => {
      this.writeUrl(push);
      this.dispatchEvent(new ServiceLocatorSearchEvent(this.buildQuery(), this.outcome?.total ?? 0));
    });
  }

  private onTextInput(e: CustomEvent<{ text: string }>): void {
    clearTimeout(this.textTimer);
    const text = e.detail.text;
    this.textTimer = setTimeout(() => {
      if (text === this.text) return;
      this.text = text;
      this.afterUserSearch(false);
    }, 250);
  }

  private onTextSubmit(e: CustomEvent<{ text: string }>): void {
    clearTimeout(this.textTimer);
    this.text = e.detail.text;
    this.afterUserSearch();
  }

  private onNeedAdd(e: CustomEvent<{ need: NeedId }>): void {
    clearTimeout(this.textTimer);
    if (!this.needs.includes(e.detail.need)) this.needs = [...this.needs, e.detail.need];
    this.text = '';
    this.afterUserSearch();
  }

  private removeNeed(need: NeedId): void {
    this.needs = this.needs.filter((n) => n !== need);
    this.afterUserSearch();
  }

  private onFiltersChange(e: CustomEvent<{ filters: SearchFilters }>): void {
    this.filters = e.detail.filters;
    this.afterUserSearch();
  }

  private setOrigin(origin: Origin | null, message = ''): void {
    this.origin = origin;
    this.locationMessage = message;
    this.communeChoices = [];
    if (origin && this.sortMode === 'relevance' && !this.text && this.needs.length === 0) this.sortMode = 'auto';
    this.afterUserSearch();
  }

  private async onAroundMe(): Promise<void> {
    this.locationMessage = this.t.locating;
    this.communeChoices = [];
    const r = await this.location.locate();
    if (r.ok) {
      this.setOrigin({ point: r.point, label: this.t.myPosition, source: `${r.point.lat.toFixed(4)},${r.point.lon.toFixed(4)}` });
      return;
    }
    const t = this.t;
    this.locationMessage =
      r.reason === 'denied' ? t.geoDenied : r.reason === 'timeout' ? t.geoTimeout : r.reason === 'unsupported' ? t.geoUnsupported : t.geoUnavailable;
  }

  private async onCommuneSubmit(e?: Event): Promise<void> {
    e?.preventDefault();
    const text = this.communeText.trim();
    if (!text) return;
    this.communeChoices = [];
    await this.gazetteerLoad;
    const m = COORDS.exec(text);
    if (m) {
      this.setOrigin({ point: { lat: Number(m[1]), lon: Number(m[2]) }, label: text, source: text });
      return;
    }
    const exact = this.pickCommune(text);
    if (exact) {
      this.setOrigin({ point: { lat: exact.lat, lon: exact.lon }, label: exact.name, source: exact.name });
      return;
    }
    const found = this.index?.findCommunes(text, 6) ?? [];
    const endpoint = geocoderEndpoint(this.geocoder);
    // An address (digits and words) goes to the geocoder when one is configured.
    if (endpoint && (found.length === 0 || /\d/.test(text))) {
      this.locationMessage = this.t.geocoding;
      const r = await this.location.geocode(endpoint, text, this.geocoderTimeoutMs);
      if (!r.ok) {
        const t = this.t;
        this.locationMessage = r.reason === 'rate-limited' ? t.geocodeRateLimited : r.reason === 'timeout' ? t.geocodeTimeout : t.geocodeFailed;
        return;
      }
      if (r.hits.length === 1) {
        const h = r.hits[0]!;
        this.setOrigin({ point: { lat: h.lat, lon: h.lon }, label: h.label, source: `${h.lat.toFixed(5)},${h.lon.toFixed(5)}` });
      } else {
        this.communeChoices = r.hits.map((h) => ({ name: h.label, postcodes: [], lat: h.lat, lon: h.lon }));
        this.locationMessage = this.t.communeChoose;
      }
      return;
    }
    if (found.length === 0) {
      this.locationMessage = this.t.communeNotFound(text);
      return;
    }
    this.communeChoices = found;
    this.locationMessage = this.t.communeChoose;
  }

  private chooseCommune(c: GazetteerEntry): void {
    this.communeText = c.name;
    this.setOrigin({ point: { lat: c.lat, lon: c.lon }, label: c.name, source: c.postcodes.length ? c.name : `${c.lat.toFixed(5)},${c.lon.toFixed(5)}` });
  }

  private setView(view: ViewMode): void {
    if (view === this.view && !this.mapFailure) return;
    this.view = view;
    if (view !== 'list') this.mapFailure = null;
    this.dispatchEvent(new ServiceLocatorViewChangeEvent(view));
    void this.updateComplete.then(() => this.writeUrl(true));
  }

  private async openDetail(placeId: string, opener: HTMLElement | null): Promise<void> {
    const place = this.places.find((p) => p.id === placeId);
    if (!place) return;
    this.opener = opener ?? deepActiveElement();
    this.selectedId = placeId;
    this.dispatchEvent(new ServiceLocatorSelectEvent(place));
    await this.updateComplete;
    await this.detail.show(place);
    this.writeUrl(true);
  }

  private onDetailClose(): void {
    const opener = this.opener;
    this.opener = null;
    this.writeUrl(false);
    if (opener && opener.isConnected) opener.focus();
    else this.list?.focusFirst();
  }

  private onShowOnMap(placeId: string): void {
    const place = this.places.find((p) => p.id === placeId);
    if (!place) return;
    this.selectedId = placeId;
    this.dispatchEvent(new ServiceLocatorSelectEvent(place));
    if (this.effectiveView === 'list') this.setView('both');
    else this.writeUrl(false);
    void this.updateComplete.then(() => this.renderRoot.querySelector('service-locator-map')?.scrollIntoView?.({ block: 'nearest' }));
  }

  private onMapSelect(e: CustomEvent<{ placeId: string }>): void {
    void this.openDetail(e.detail.placeId, deepActiveElement());
  }

  private onMapFailure(e: CustomEvent<{ reason: string; message: string }>): void {
    this.failMap(e.detail.message || this.t.mapUnavailable);
  }

  private failMap(message: string): void {
    this.mapFailure = message;
    this.dispatchEvent(new ServiceLocatorErrorEvent('map', message));
  }

  private ensureMap(): Promise<void> {
    if (!this.mapImport) {
      // In a page that scrolls, a wheel or one-finger drag over the map must scroll the page, not
      // move the map (ctrl/⌘ + wheel and two fingers do): decided once, as the map is first shown.
      const se = document.scrollingElement;
      this.cooperativeGestures = !!se && se.scrollHeight > window.innerHeight + 1;
      this.mapImport = import('../place-map/place-map.js')
        .then((m) => {
          m.definePlaceMap();
          this.mapLoaded = true;
        })
        .catch(() => {
          this.mapImport = undefined;
          this.failMap(this.t.mapUnavailable);
        });
    }
    return this.mapImport;
  }

  // ---- URL state ---------------------------------------------------------------------------

  private currentUrlState(): UrlState {
    return {
      query: this.text,
      needs: this.needs,
      kinds: this.filters.kinds,
      openNow: this.filters.openNow,
      walkIn: this.filters.walkIn,
      equipment: this.filters.equipment,
      wheelchair: this.filters.wheelchair,
      selected: this.detail?.open ? this.selectedId : null,
      view: !isView(this.view) || this.view === (this.initialView ?? 'list') ? null : this.view,
      near: this.origin?.source ?? null,
    };
  }

  private writeUrl(push: boolean): void {
    this.urlCtl.write(this.currentUrlState(), push);
  }

  private applyUrlState(s: UrlState | null, fromHistory: boolean): void {
    const st = s ?? {
      query: this.query,
      needs: [],
      kinds: [],
      openNow: false,
      walkIn: false,
      equipment: [],
      wheelchair: false,
      selected: null,
      view: null,
      near: null,
    };
    if (!s && !fromHistory) return;
    this.text = st.query;
    this.needs = st.needs;
    this.filters = { kinds: st.kinds, openNow: st.openNow, walkIn: st.walkIn, equipment: st.equipment, wheelchair: st.wheelchair };
    this.view = st.view ?? this.initialView ?? 'list';
    if (st.near) {
      if (this.index) this.resolveNear(st.near);
      else {
        this.near = st.near;
      }
    } else this.origin = null;
    const detailOpen = this.detail?.open;
    if (st.selected) {
      const place = this.places.find((p) => p.id === st.selected);
      if (place) {
        this.selectedId = place.id;
        void this.updateComplete.then(() => this.detail?.show(place));
      } else this.pendingSelect = st.selected;
    } else if (detailOpen) {
      this.opener = null;
      this.detail.close();
    }
  }

  // ---- Rendering ---------------------------------------------------------------------------

  private renderLocation() {
    const t = this.t;
    const label = geocoderEndpoint(this.geocoder) ? t.communeLabelGeocoder : t.communeLabel;
    return html`<fieldset class="location" part="location">
      <legend>${t.whereLegend}</legend>
      <form class="row" @submit=${(e: Event) => void this.onCommuneSubmit(e)}>
        <label for="commune" class="visually-hidden">${label}</label>
        <input
          id="commune"
          type="text"
          autocomplete="address-level2"
          placeholder=${label}
          .value=${this.communeText}
          @input=${(e: Event) => (this.communeText = (e.target as HTMLInputElement).value)}
        />
        <button type="submit">${t.communeButton}</button>
        ${this.noGeolocation
          ? nothing
          : html`<button type="button" @click=${() => void this.onAroundMe()} ?disabled=${this.location.busy === 'locating'}>
              ${t.aroundMe}
            </button>`}
      </form>
      ${this.origin
        ? html`<p class="origin message">
            <button type="button" aria-label=${t.originRemove(this.origin.label)} @click=${() => this.setOrigin(null)}>
              ${t.originLabel(this.origin.label)} <span aria-hidden="true">×</span>
            </button>
          </p>`
        : nothing}
      <p class="message" role="status">${this.locationMessage}</p>
      ${this.communeChoices.length > 0
        ? html`<ul class="choices">
            ${this.communeChoices.map(
              (c) => html`<li>
                <button type="button" @click=${() => this.chooseCommune(c)}>
                  ${c.name}${c.postcodes.length ? ` (${c.postcodes[0]})` : ''}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </fieldset>`;
  }

  private renderToolbar() {
    const t = this.t;
    const view = this.effectiveView;
    const hasOrigin = !!this.origin || !!this.outcome?.commune;
    // 'auto' mirrors the index's default: relevance for text, distance when there is an origin.
    const sortValue = this.sortMode === 'auto' ? (this.text.trim() || !hasOrigin ? 'relevance' : 'distance') : this.sortMode;
    return html`<div class="toolbar" part="toolbar">
      <p class="count" part="count" tabindex="-1">${this.countText()}</p>
      <div class="sort">
        <label for="sort">${t.sortLabel}</label>
        <select
          id="sort"
          .value=${sortValue}
          @change=${(e: Event) => {
            this.sortMode = (e.target as HTMLSelectElement).value === 'distance' ? 'distance' : 'relevance';
            this.afterUserSearch(false);
          }}
        >
          <option value="relevance" ?selected=${sortValue === 'relevance'}>${t.sortRelevance}</option>
          <option value="distance" ?selected=${sortValue === 'distance'} ?disabled=${!hasOrigin}>${t.sortDistance}</option>
        </select>
      </div>
      <div class="views" role="group" aria-label=${t.viewLabel} part="view-switch">
        ${(['list', 'map', 'both'] as const).map(
          (v) => html`<button type="button" aria-pressed=${view === v ? 'true' : 'false'} @click=${() => this.setView(v)}>
            ${t.views[v]}
          </button>`,
        )}
      </div>
    </div>`;
  }

  private renderEmpty() {
    const t = this.t;
    const lang = this.language;
    const f = this.filters;
    const label = (n: NeedId) => NEED_LABELS[n]?.[lang] ?? n;
    const removals: Array<{ label: string; run: () => void }> = [];
    for (const n of this.needs) removals.push({ label: label(n), run: () => this.removeNeed(n) });
    const setF = (next: Partial<SearchFilters>) => {
      this.filters = { ...this.filters, ...next };
      this.afterUserSearch();
    };
    for (const k of f.kinds) removals.push({ label: KIND_LABELS[k][lang], run: () => setF({ kinds: this.filters.kinds.filter((x) => x !== k) }) });
    if (f.openNow) removals.push({ label: t.openNow, run: () => setF({ openNow: false }) });
    if (f.walkIn) removals.push({ label: t.walkIn, run: () => setF({ walkIn: false }) });
    if (f.wheelchair) removals.push({ label: t.wheelchair, run: () => setF({ wheelchair: false }) });
    for (const q of f.equipment) removals.push({ label: t.equipment[q], run: () => setF({ equipment: this.filters.equipment.filter((x) => x !== q) }) });
    return html`<div class="empty" part="empty">
      <h3>${t.emptyTitle}</h3>
      <p>${t.emptyTry}</p>
      ${renderDidYouMean(this.didYouMean.suggestions, lang, (value) => {
        this.text = value;
        this.afterUserSearch();
        // The suggestions disappear with the new results: keep focus on what says what changed.
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.count')?.focus());
      })}
      <ul>
        ${removals.map((r) => html`<li><button type="button" @click=${r.run}>${t.emptyRemoveFilter(r.label)}</button></li>`)}
        ${this.text
          ? html`<li>
              <button
                type="button"
                @click=${() => {
                  this.text = '';
                  this.afterUserSearch();
                }}
              >
                ${t.emptyClearText(this.text)}
              </button>
            </li>`
          : nothing}
        ${this.origin
          ? html`<li><button type="button" @click=${() => this.setOrigin(null)}>${t.emptyWiden}</button></li>`
          : nothing}
      </ul>
      <p>${t.emptyPopular}</p>
      <ul>
        ${POPULAR_NEEDS.filter((n) => !this.needs.includes(n)).map(
          (n) => html`<li>
            <button
              type="button"
              @click=${() => {
                this.needs = [n];
                this.filters = NO_FILTERS;
                this.text = '';
                this.afterUserSearch();
              }}
            >
              ${label(n)}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderProblems(result: ValidationResult) {
    const t = this.t;
    const skipped = new Set(result.problems.filter((p) => p.severity === 'error' && p.placeIndex !== undefined).map((p) => p.placeIndex));
    if (skipped.size === 0) return nothing;
    const errors: ValidationProblem[] = result.problems.filter((p) => p.severity === 'error').slice(0, 50);
    return html`<div class="notice" part="status">
      <p>${t.skipped(skipped.size)}</p>
      <details class="problems">
        <summary>${t.skippedShow}</summary>
        <ul>
          ${errors.map((p) => html`<li><code>${p.path}</code> : ${p.message[this.language]}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  /**
   * Print and download the current results. Its code (and the print and export writers) loads
   * once there are results, so the initial chunk stays within budget.
   */
  private renderResultsActions(results: SearchResult[], attribution: string) {
    this.actionsImport ??= import('../results-actions/results-actions.js').then(
      (m) => m.defineResultsActions(),
      () => {
        this.actionsImport = undefined; // A missing chunk hides the toolbar; the list still works.
      },
    );
    const lang = this.language;
    const summary = actionsStrings(lang).summary(
      [this.text.trim(), ...this.needs.map((n) => NEED_LABELS[n][lang])],
      this.nearLabel,
    );
    return html`<service-locator-results-actions
      part="results-actions"
      lang=${lang}
      .results=${results}
      .now=${this.at}
      .searchSummary=${summary}
      .attribution=${attribution}
    ></service-locator-results-actions>`;
  }

  /** Commune outlines for the coverage view; without them the table still carries every figure. */
  private loadOutlines(url: string): void {
    this.outlinesFor = url;
    fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: unknown) => {
        if (this.outlinesFor === url && data && typeof data === 'object' && (data as { type?: unknown }).type === 'FeatureCollection') {
          this.outlinesData = data as FeatureCollection;
        }
      })
      .catch(() => undefined);
  }

  /** The planners' view, loaded on demand: staff pages only, residents never download it. */
  private renderCoverage(places: Place[]) {
    if (!this.coverageImport) {
      this.coverageImport = import('../coverage-view/coverage-view.js').then(
        (m) => {
          if (!customElements.get('service-locator-coverage')) customElements.define('service-locator-coverage', m.ServiceLocatorCoverageElement);
          this.coverageReady = true;
        },
        () => {
          this.coverageImport = undefined;
        },
      );
    }
    if (!this.coverageReady) return html`<p class="loading" part="status" role="status">${this.t.loading}</p>`;
    return html`<service-locator-coverage
      part="coverage"
      .places=${places}
      .communes=${this.gazetteer}
      .outlines=${this.outlinesData}
      .outlinesDefineTerritory=${true}
      .at=${this.now ?? null}
      need=${this.need && isNeedId(this.need) ? this.need : ''}
      lang=${this.language}
    ></service-locator-coverage>`;
  }

  private renderBody() {
    const t = this.t;
    const state = this.catalogueCtl.state;
    if (state.status === 'idle' || state.status === 'loading') {
      return html`<p class="loading" part="status" role="status">${t.loading}</p>`;
    }
    if (state.status === 'error') {
      return html`<div class="error" part="error" role="alert">
        <h2>${t.errorTitle}</h2>
        <p>${this.errorMessage(state)}</p>
        ${this.src && state.failure.kind !== 'invalid'
          ? html`<button type="button" @click=${() => void this.catalogueCtl.load({ src: this.src, catalogue: this.catalogue })}>
              ${t.retry}
            </button>`
          : nothing}
      </div>`;
    }
    if (this.view === 'coverage') return this.renderCoverage(state.result.places);
    const view = this.effectiveView;
    const results = this.outcome?.results ?? [];
    const resultPlaces = results.map((r) => r.place);
    const showList = view !== 'map';
    const showMap = view !== 'list' && this.mapLoaded;
    return html`
      ${this.renderProblems(state.result)}
      <service-locator-search
        part="search"
        exportparts="search-input, search-button, chip, filters"
        lang=${this.language}
        .text=${this.text}
        .needs=${this.needs}
        .filters=${this.filters}
        .kinds=${PLACE_KINDS.filter((k) => state.result.places.some((p) => p.kind === k))}
        .suggest=${(text: string, lang: Lang) => this.index?.suggestNeeds(text, lang, 8) ?? []}
        @sl-text-input=${this.onTextInput}
        @sl-text-submit=${this.onTextSubmit}
        @sl-need-add=${this.onNeedAdd}
        @sl-need-remove=${(e: CustomEvent<{ need: NeedId }>) => this.removeNeed(e.detail.need)}
        @sl-filters-change=${this.onFiltersChange}
      ></service-locator-search>
      ${this.renderLocation()}
      ${this.mapFailure ? html`<p class="notice" part="status" role="status">${t.mapFallback(this.mapFailure)}</p>` : nothing}
      <h2 class="results-heading visually-hidden">${t.resultsHeading}</h2>
      ${this.renderToolbar()}
      <div class="layout ${view}">
        ${showList
          ? html`<div class="list-pane">
              ${results.length === 0
                ? this.renderEmpty()
                : html`${this.renderResultsActions(results, state.result.meta.attribution)}<service-locator-list
                    part="list"
                    exportparts="list, item, details-button, more-button"
                    lang=${this.language}
                    .results=${results}
                    .now=${this.at}
                    .selectedId=${this.selectedId}
                    .origin=${this.origin?.point ?? null}
                    .mapAvailable=${!this.mapFailure}
                    directions=${this.directions}
                    @sl-details=${(e: CustomEvent<{ placeId: string; opener: HTMLElement }>) =>
                      void this.openDetail(e.detail.placeId, e.detail.opener)}
                    @sl-show-on-map=${(e: CustomEvent<{ placeId: string }>) => this.onShowOnMap(e.detail.placeId)}
                  ></service-locator-list>`}
            </div>`
          : nothing}
        ${showMap
          ? html`<div class="map-pane">
              <service-locator-map
                part="map"
                .places=${resultPlaces}
                .selectedId=${this.selectedId}
                .lang=${this.language}
                .styleUrl=${this.mapStyle || undefined}
                .cooperativeGestures=${this.cooperativeGestures}
                @service-locator-map-select=${this.onMapSelect}
                @service-locator-map-failure=${this.onMapFailure}
              ></service-locator-map>
            </div>`
          : view !== 'list'
            ? html`<p class="loading" part="status">${this.t.mapLoading}</p>`
            : nothing}
      </div>
    `;
  }

  override render() {
    const lang = this.language;
    return html`<section class="frame" aria-label=${this.t.regionLabel} lang=${lang}>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">${this.announcement}</div>
      <service-locator-detail
        exportparts="detail, close-button"
        lang=${lang}
        .now=${this.at}
        @sl-detail-close=${this.onDetailClose}
      ></service-locator-detail>
    </section>`;
  }
}
