/**
 * `<service-locator>`: the root element. It composes controllers, one per concern (the
 * catalogue, the search, where from, the URL), and views that get data as properties and send
 * intents up as events: the search box, the accessible list (the primary path), the detail
 * dialog and the map, loaded by dynamic import only when it is shown. Public events are fired
 * here, on user actions only (load and error excepted). Nothing from the catalogue is rendered
 * as HTML, and no failure reaches the host page: every failure becomes a plain message.
 */
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { BaseElement } from '../base-element.js';
import { property, query } from 'lit/decorators.js';
import type { Place } from '../../core/catalogue/types.js';
import type { NeedSuggestion, SearchIndex } from '../../core/search/types.js';
import { isNeedId } from '../../core/needs/vocabulary.js';
import { facetsOf, facetsSteps } from '../service-locator-search/facets.js';
import { runInSlices } from '../../core/slices.js';
import { DEFAULT_SEARCH_STATE, isView, type SearchState, type ViewMode } from '../../core/search/state.js';
import { CatalogueController, type CatalogueState } from '../../controllers/catalogue-controller.js';
import { renderShardStatus } from './shard-status.js';
import { SearchController } from '../../controllers/search-controller.js';
import type { MapController } from '../../controllers/map-controller.js';
import { lazy } from '../../controllers/lazy.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { afterPaint } from '../../controllers/after-paint.js';
import type { CoverageController } from '../../controllers/coverage-controller.js';
import type { SelectionController } from '../../controllers/selection-controller.js';
import { GazetteerController } from '../../controllers/gazetteer-controller.js';
import { OriginController, geocoderEndpoint, parseCoordinates, type Origin } from '../../controllers/origin-controller.js';
import type { UrlStateController, UrlState } from '../../controllers/url-state-controller.js';
import type { DidYouMeanController } from '../service-locator-results-actions/did-you-mean-controller.js';
import { announceWords, outcomeSentence } from '../../i18n/strings-search.js';
import { FocusController, deepActiveElement } from '../../controllers/focus-controller.js';
import { uiStrings, toLang, type Lang, type UiStrings } from '../../i18n/index.js';
import type { ServiceLocatorSearchEvents } from '../service-locator-search/service-locator-search.js';
import type { ServiceLocatorDetailElement, ServiceLocatorDetailEvents } from '../service-locator-detail/service-locator-detail.js';
import type { ServiceLocatorListElement } from '../service-locator-list/service-locator-list.js';
import type { ServiceLocatorMapElement } from '../service-locator-map/service-locator-map.js';
import { themeStyles } from './theme.js';
import { rootStyles } from './service-locator.styles.js';
import {
  catalogueErrorMessage,
  renderError,
  renderHoursUnknown,
  renderLocation,
  renderProblems,
  renderResultsActions,
  renderList,
  renderSkipLinks,
  renderToolbar,
} from './root-views.js';
import {
  ServiceLocatorErrorEvent,
  ServiceLocatorLoadEvent,
  ServiceLocatorSearchEvent,
  ServiceLocatorSelectEvent,
  ServiceLocatorViewChangeEvent,
} from './events.js';

/** ./root-late.ts, loaded after the first list paint (its types only here: no static import). */
type RootLate = typeof import('./root-late.js');

export * from './events.js';
export type { ViewMode } from '../../core/search/state.js';

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
 * @fires service-locator-error - {ServiceLocatorErrorEvent} The catalogue or the map failed, or one place could only be shown incomplete (`kind` `render`, `placeId`) (`kind`, `message`, `status`).
 *
 * @csspart coverage - The planners' coverage view (`view="coverage"`).
 * @csspart results-actions - The print and download buttons (in the "Imprimer ou télécharger" disclosure after the list).
 * @csspart export-menu - The "Imprimer ou télécharger" disclosure after the list.
 * @csspart help - The "Besoin d'aide ?" line (`help-contact`).
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
 * @csspart did-you-mean - The "Vouliez-vous dire …" line when nothing was found.
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
 * @cssproperty [--service-locator-border=#6b6b6b] - Borders of fields.
 * @cssproperty [--service-locator-border-soft=#c4c8ce] - Borders of cards, the result bar and secondary links (their words identify them).
 * @cssproperty [--service-locator-radius=6px] - Corner radius.
 * @cssproperty [--service-locator-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--service-locator-focus=#b3400a] - Focus ring colour.
 * @cssproperty [--service-locator-open=#1a6630] - Colour of "Ouvert" (always with words).
 * @cssproperty [--service-locator-closed=#9e2227] - Colour of "Fermé" (always with words).
 * @cssproperty [--service-locator-map-height=420px] - Height of the map.
 */
export class ServiceLocatorElement extends BaseElement {
  static override readonly tagName = 'service-locator';
  static override styles = [themeStyles, rootStyles];

  /** URL of the catalogue (JSON, catalogue format v1), or of a sharded catalogue's index (`service-locator split`). */
  @property() src: string | null = null;
  /** A catalogue object, used instead of `src` when set. */
  @property({ attribute: false }) catalogue: unknown = undefined;
  /**
   * `list` (default), `map`, or `both` (side by side on wide screens, stacked on narrow ones);
   * `coverage` for staff pages: communes shaded by estimated travel time (needs `communes`).
   * Reflects the resident's choice, as built-in elements reflect their state.
   */
  @property({ reflect: true }) view: ViewMode | 'coverage' = 'list';
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
  /**
   * URL of `maplibre-gl-worker.mjs` when a site hosts it elsewhere than beside the widget's
   * files (default: resolved by the bundler or beside the map chunk). One setting per page.
   */
  @property({ attribute: 'worker-url' }) workerUrl = '';
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
  /**
   * Who residents can ask when the widget cannot help (an error, nothing found): a phone
   * number ("05 65 00 00 00") or a page (`https://…`, `mailto:…`).
   */
  @property({ attribute: 'help-contact' }) helpContact = '';
  /** How long to wait for the geocoder before saying it does not respond (ms). */
  @property({ attribute: false }) geocoderTimeoutMs = 8000;
  /** How long to wait for the catalogue before saying the server does not respond (ms). */
  @property({ attribute: false }) catalogueTimeoutMs = 20000;
  /** The instant used for open status and bus visits (default: the current time). */
  @property({ attribute: false }) now: Date | undefined = undefined;


  @query('service-locator-detail') private detail!: ServiceLocatorDetailElement;
  @query('service-locator-list') private list?: ServiceLocatorListElement;
  @query('service-locator-map') private mapView?: ServiceLocatorMapElement;

  private readonly catalogueCtl = new CatalogueController(this, {
    onSettled: (s) => this.onCatalogueSettled(s),
    timeoutMs: () => this.catalogueTimeoutMs,
    // A sharded catalogue loads the shards around the resident first.
    // `near` as coordinates is an origin at once (a commune name resolves once places are in).
    origin: () => this.origin.origin?.point ?? parseCoordinates(this.near),
    near: () => this.near,
  });
  private readonly search: SearchController = new SearchController(
    this,
    // `near` is resolved once the index is built: until then the first list waits for it.
    () => ({ origin: this.origin.origin?.point ?? null, at: this.at, originPending: !!this.near && !this.origin.origin }),
    (o, before) => announceWords(this.language, before, this.search.state, outcomeSentence(this.language, o, this.origin.origin?.label ?? o.commune?.name)),
  );
  /** Focus never lost: what had it disappeared → the count (or the search field). */
  private readonly focus_ = new FocusController(this, () => this.renderRoot.querySelector<HTMLElement>('.count') ?? this.renderRoot.querySelector('service-locator-search'));
  private readonly origin: OriginController = new OriginController(this, {
    strings: () => this.t,
    lang: () => this.language,
    lookup: (text: string) => this.communes_.resolve(text),
    communeWithPostcode: (name: string, postcode: string) => this.communes_.communeWithPostcode(name, postcode),
    geocoder: () => this.geocoder,
    geocoderTimeoutMs: () => this.geocoderTimeoutMs,
    onChange: (o) => this.onOriginChange(o),
  });
  /** The communes known: the catalogue's, the deployer's list, every commune of France on demand. */
  private readonly communes_: GazetteerController = new GazetteerController(this, {
    index: (): SearchIndex | null => this.search.index,
    indexReady: () => this.indexReady,
    onChange: () => void this.buildIndex(),
    whenIndexed: () => this.search.whenIndexed(),
  });
  /** `url-state` only: the URL's controller and the hash's format, a chunk of their own (scheduleUpdate). */
  private urlCtl: UrlStateController | null = null;
  private readonly loadUrlState = lazy(() => import('../../controllers/url-state-controller.js'));
  /**
   * What the first list paint does not run (./root-late.ts): the empty state, the commune
   * choices, the map pane, the coverage view and their controllers. Asked for once the first list
   * has painted, or as soon as one of them is needed; null until its chunk has come.
   */
  private late: RootLate | null = null;
  private readonly loadLate = lazy(() => import('./root-late.js'));
  /** The late parts' chunk failed at the last try: what waits for them says so rather than "Chargement…". */
  private lateFailed = false;
  /** The late parts asked for once the first list has painted, so that they are there when the resident acts. */
  private readonly prefetchLate = lazy(() => afterPaint().then(() => this.whenLate()));
  /** "Vouliez-vous dire …": fuse.js over the thesaurus, communes and names, loaded on an empty result. */
  private didYouMean: DidYouMeanController | null = null;
  /** The map view's code and failure; null (no map, no failure) until the late parts have come. */
  private map: MapController | null = null;
  /** The chosen place and the detail dialog; null (nothing chosen) until the late parts have come. */
  private selection: SelectionController | null = null;
  /** The planners' view (`view="coverage"`); null until the late parts have come. */
  private coverage: CoverageController | null = null;
  /** The late parts' chunk did not load as the map was shown: the list carries everything. */
  private lateMapFailure: string | null = null;
  /** The last "Détails" could not open (its chunk, or the late parts', did not come): said in words. */
  private detailFailure: string | null = null;
  /** Print and downloads: asked for once the first list has painted (it does not need them). */
  private readonly loadActions = lazy(() => afterPaint().then(() => import('../service-locator-results-actions/service-locator-results-actions.js')));
  /** `now` when the page sets none: one Date a minute, so the views get the same object between ticks. */
  private readonly clock = new ClockController(this, undefined, () => this.now === undefined);
  /** The search box's suggestions, one function for the element's life (a new one would re-render the box). */
  private readonly suggestNeeds = (text: string, l: Lang) => this.search.index?.suggestNeeds(text, l, 8) ?? [];
  /** The same before the index is built (the first list comes first): the box asks again once it is. */
  private readonly suggestNothing = (): NeedSuggestion[] => [];
  /** The view the page asked for, restored when the history goes back to a hash without ours. */
  private initialView: ViewMode | null = null;
  private nearResolvedFor: string | null = null;
  /** Settles once the index exists (a commune look-up waits for it rather than say "unknown"). */
  private indexReady!: Promise<void>;
  private resolveIndexReady!: () => void;
  private suggestedFor: unknown = undefined;

  constructor() {
    super();
    this.resetIndexReady();
  }

  /**
   * The late parts (./root-late.ts), their controllers made once the chunk has come; the root
   * renders again then. A failed chunk is asked for again at the next use (lazy).
   */
  private whenLate(): Promise<RootLate> {
    return this.loadLate().then((m) => {
      if (this.late) return m;
      this.late = m;
      this.lateFailed = false;
      // Their styles with the element's own, before any of them renders.
      if (this.renderRoot instanceof ShadowRoot) adoptStyles(this.renderRoot, [...(this.constructor as typeof ServiceLocatorElement).elementStyles, m.lateStyles]);
      this.didYouMean = new m.DidYouMeanController(this, () => ({ places: this.places, gazetteer: this.communes_.list, lang: this.language }));
      this.map = new m.MapController(this, {
        unavailable: () => this.t.mapUnavailable,
        onFailure: (message) => this.dispatchEvent(new ServiceLocatorErrorEvent('map', message)),
      });
      this.selection = new m.SelectionController(this, {
        detail: () => this.detail,
        root: () => this.renderRoot,
        // A detail opened from the map returns to that place's entry when the opener is gone.
        focusFallback: () => void (this.mapView?.focusEntry(this.selection?.selectedId ?? null) || this.list?.focusFirst()),
      });
      this.coverage = new m.CoverageController(this);
      this.requestUpdate();
      return m;
    }, (e: unknown) => {
      // A render once, at the first failure only: each render asks again (lateNow), and a
      // browser that keeps a failed import for the page's life would fail at once, in a loop.
      if (!this.lateFailed) {
        this.lateFailed = true;
        this.requestUpdate();
      }
      throw e;
    });
  }

  /** The late parts if they have come; else asks for them (the root renders again then) and null. */
  private lateNow(): RootLate | null {
    if (!this.late) this.whenLate().catch(() => undefined); // A missing chunk: asked again at the next render.
    return this.late;
  }

  private get t(): UiStrings {
    return uiStrings(this.language);
  }

  private get language(): Lang {
    return toLang(this.lang);
  }

  private get at(): Date {
    return this.now ?? this.clock.now;
  }

  private get effectiveView(): ViewMode {
    const v = isView(this.view) ? this.view : 'list';
    return this.mapFailure ? 'list' : v;
  }

  /** Why the map cannot be shown (its code, or the late parts', did not load; the map failed), or null. */
  private get mapFailure(): string | null {
    return this.map?.failure ?? this.lateMapFailure;
  }

  private get places(): Place[] {
    return this.catalogueCtl.state.status === 'ready' ? this.catalogueCtl.state.result.places : [];
  }

  private get nearLabel(): string | undefined {
    return this.origin.origin?.label ?? this.search.outcome?.commune?.name;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.initialView === null) this.initialView = isView(this.view) ? this.view : 'list';
    if (this.urlCtl) {
      this.urlCtl.enabled = this.urlState;
      if (this.urlState) this.applyUrlState(this.urlCtl.read(), false);
    }
  }

  /**
   * With `url-state`, the URL's controller comes before the update that needs it: the state a
   * shared link asks for is applied before the first render, as when the controller was in the
   * initial chunk (pages without the attribute never fetch it). A missing chunk: the element
   * works without the URL, and asks again at the next update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.urlState || this.urlCtl) return super.scheduleUpdate();
    return this.loadUrlState()
      .then(
        (m) => {
          if (this.urlCtl) return;
          this.urlCtl = new m.UrlStateController(this, (s) => this.applyUrlState(s, true));
          this.urlCtl.enabled = this.urlState;
          // Read at the first connection (connectedCallback reads it at the next ones), as before.
          if (!this.hasUpdated && this.isConnected) this.applyUrlState(this.urlCtl.read(), false);
        },
        () => undefined,
      )
      .then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('urlState') && this.urlCtl) this.urlCtl.enabled = this.urlState;
    if ((changed.has('src') || changed.has('catalogue')) && this.isConnected) {
      void this.search.setPlaces(null, []);
      this.resetIndexReady();
      void this.catalogueCtl.load({ src: this.src, catalogue: this.catalogue });
    }
    if (changed.has('communes') && this.communes) this.communes_.setListUrl(this.communes);
    if (changed.has('outlines') && this.outlines) {
      const url = this.outlines;
      void this.whenLate().then(
        () => {
          if (this.outlines === url) void this.coverage?.setOutlinesUrl(url);
        },
        () => undefined,
      );
    }
    if (changed.has('query') && (changed.get('query') !== undefined || !this.search.state.text)) this.search.set({ text: this.query }, false);
    if (changed.has('need')) {
      const list = [...new Set(this.need.split(',').map((s) => s.trim()).filter(isNeedId))];
      if (list.length > 0 || changed.get('need') !== undefined) this.search.set({ needs: list }, false);
    }
    if (changed.has('near')) this.nearResolvedFor = null;
    // A new catalogue: the list's code downloads with it, the index's too when a query waits for it.
    if ((changed.has('src') || changed.has('catalogue')) && this.isConnected) this.search.prefetch();
    if (this.search.index && this.near && this.nearResolvedFor !== this.near) {
      this.nearResolvedFor = this.near;
      void this.origin.resolve(this.near);
    }
  }

  protected override updated(): void {
    if (this.effectiveView !== 'list' && !this.mapFailure) void this.ensureMap();
    const outcome = this.search.outcome;
    // A list is on screen: the late parts come after its paint (a missing chunk: asked again at the next update).
    if (outcome && !this.late) this.prefetchLate().catch(() => undefined);
    if (outcome !== this.suggestedFor) {
      // Once per outcome: the controller asks for a render when its suggestions are set.
      this.suggestedFor = outcome;
      const empty = !!outcome && outcome.total === 0;
      // Suggestions only ever come for an empty result: its controller is one of the late parts.
      if (empty || this.didYouMean) {
        const text = this.search.state.text;
        void this.whenLate().then(
          () => {
            if (outcome === this.search.outcome) void this.didYouMean?.update(text, empty);
          },
          () => undefined,
        );
      }
      // A postcode in the search text that several communes share ("caf 46150"): ask which.
      // (Their code, a late part, is asked for by the render that lists them: renderLocation's `choices`.)
      if (outcome?.communeChoices?.length && !this.origin.origin) this.origin.offer(outcome.communeChoices, this.t.communeChoose);
    }
  }

  // ---- Resources ---------------------------------------------------------------------------

  /** The map view's code (the late parts first), when the map is shown. */
  private async ensureMap(): Promise<void> {
    // The map's own chunk asked for beside the late parts', not after them: a map shown at load
    // waits for one round trip, as before they were apart (its controller then finds it loaded).
    if (!this.late) void import('../service-locator-map/service-locator-map.js').catch(() => undefined);
    try {
      await this.whenLate();
    } catch {
      // Said as the map's own code failing is (map controller): the list carries everything.
      this.lateMapFailure = this.t.mapUnavailable;
      this.requestUpdate();
      this.dispatchEvent(new ServiceLocatorErrorEvent('map', this.lateMapFailure));
      return;
    }
    await this.map?.ensure();
  }

  private resetIndexReady(): void {
    this.indexReady = new Promise((resolve) => (this.resolveIndexReady = resolve));
  }

  /** Builds the index in slices (search controller); true once the places are searchable. */
  private buildIndex(): Promise<boolean> {
    const s = this.catalogueCtl.state;
    // The filters' counts, in slices: the first list waits for them, so its render finds them counted.
    const facets = s.status === 'ready' ? runInSlices(facetsSteps(s.result.places)).catch(() => undefined) : undefined;
    const built = this.search.setPlaces(s.status === 'ready' ? s.result.places : null, this.communes_.entries, facets);
    void built.then((ok) => ok && this.resolveIndexReady());
    return built;
  }

  /** Places already reported as shown incomplete, for this catalogue (ids). */
  private renderErrors = new Set<string>();

  /**
   * A view showed a place incomplete (its name and "informations incomplètes"): reported once per
   * place and catalogue, whichever view (list, detail, print, export) met it first.
   */
  private onRenderError(placeId: string, name: string): void {
    if (this.renderErrors.has(placeId)) return;
    this.renderErrors.add(placeId);
    const colon = this.language === 'fr' ? '\u00a0: ' : ': ';
    this.dispatchEvent(new ServiceLocatorErrorEvent('render', `${name}${colon}${this.t.incomplete}`, undefined, placeId));
  }

  private onCatalogueSettled(s: CatalogueState): void {
    this.renderErrors = new Set();
    if (s.status === 'ready') {
      const built = this.buildIndex();
      // A sharded catalogue settles after each merge: loaded once every shard has come or failed.
      if (s.shards && !s.shards.done) return;
      // `near` is resolved once places are in; a name the first shards did not know gets another try with all.
      if (s.shards && !this.origin.origin) this.nearResolvedFor = null;
      // Loaded once searchable (the index is built in slices); the first list may have painted before (search controller).
      void built.then((ok) => {
        if (!ok) return;
        this.dispatchEvent(new ServiceLocatorLoadEvent(s.result.places.length, s.result.problems));
        this.selection?.catalogueReady(s.result.places);
      });
    } else if (s.status === 'error') {
      const f = s.failure;
      this.dispatchEvent(new ServiceLocatorErrorEvent(f.kind === 'none' ? 'no-source' : f.kind, catalogueErrorMessage(this.t, this.language, s), f.kind === 'http' ? f.status : undefined));
    }
  }

  // ---- User intents ------------------------------------------------------------------------

  private afterUserSearch(push = true): void {
    void this.updateComplete.then(async () => {
      this.writeUrl(push);
      // Asked before the index was built (the first list needs none): the count is the index's.
      if (!this.search.outcome) {
        await this.search.whenIndexed();
        await this.updateComplete;
      }
      this.dispatchEvent(new ServiceLocatorSearchEvent(this.search.query(), this.search.outcome?.total ?? 0));
    });
  }

  private change(next: Partial<SearchState>, push = true): void {
    this.search.set(next);
    this.afterUserSearch(push);
  }

  private onOriginChange(origin: Origin | null): void {
    const s = this.search.state;
    // A resident who gives a place wants what is near it.
    if (origin && s.sort === 'relevance' && !s.text && s.needs.length === 0) this.search.set({ sort: 'auto' }, false);
    this.search.set({});
    this.afterUserSearch();
  }

  private async onLocate(): Promise<void> {
    await this.origin.locate();
    await this.updateComplete;
    // Focus says what happened: the new count, or the message that explains the failure.
    const target = this.origin.origin ? '.count' : '.location .message';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private async onCommuneSubmit(): Promise<void> {
    await this.origin.submit();
    // The choices' code (a late part) before they are focused.
    if (this.origin.choices.length > 0) await this.whenLate().catch(() => undefined);
    await this.updateComplete;
    if (this.origin.choices.length > 0) this.renderRoot.querySelector<HTMLElement>('.choices')?.focus();
  }

  private setView(view: ViewMode): void {
    if (view === this.view && !this.mapFailure) return;
    this.view = view;
    if (view !== 'list') {
      this.map?.retry();
      this.lateMapFailure = null;
    }
    this.dispatchEvent(new ServiceLocatorViewChangeEvent(view));
    void this.updateComplete.then(() => this.writeUrl(true));
  }

  /** Opens the detail; `stopId` (a bus reached through a stop) makes it lead with that stop. */
  private async openDetail(placeId: string, opener: HTMLElement | null, stopId?: string): Promise<void> {
    const place = this.places.find((p) => p.id === placeId);
    if (!place) return;
    this.dispatchEvent(new ServiceLocatorSelectEvent(place));
    const from = opener ?? deepActiveElement();
    let shown = false;
    try {
      await this.whenLate();
      shown = (await this.selection?.show(place, from, stopId)) ?? false;
    } catch {
      // A missing chunk (the late parts'), as the detail's own (selection controller): said below.
    }
    // Said in words, not a button that does nothing: the list carries every detail but the week table.
    this.detailFailure = shown ? null : this.t.detailUnavailable;
    this.requestUpdate();
    if (shown) this.writeUrl(true);
    // Above the results: brought into view, or a resident far down the list sees nothing happen.
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.detail-failure')?.scrollIntoView?.({ block: 'nearest' }));
  }

  /** "Voir sur la carte": select, show the map, centre and zoom on the place (or the stop reached). */
  private async onShowOnMap(placeId: string): Promise<void> {
    const place = this.places.find((p) => p.id === placeId);
    if (!place) return;
    const stopId = this.search.outcome?.results.find((r) => r.place.id === placeId)?.stopId;
    // Asked from the detail: the late parts are there.
    this.selection?.select(placeId);
    this.dispatchEvent(new ServiceLocatorSelectEvent(place));
    if (this.effectiveView === 'list') this.setView('both');
    else this.writeUrl(false);
    await this.ensureMap();
    await this.updateComplete;
    const map = this.renderRoot.querySelector<ServiceLocatorMapElement>('service-locator-map');
    map?.focusPlace(placeId, stopId);
    map?.scrollIntoView?.({ block: 'nearest' });
  }

  // ---- URL state ---------------------------------------------------------------------------

  private writeUrl(push: boolean): void {
    this.urlCtl?.write(
      {
        ...this.search.state,
        selected: this.selection?.open ? this.selection.selectedId : null,
        view: !isView(this.view) || this.view === (this.initialView ?? 'list') ? null : this.view,
        near: this.origin.origin?.source ?? null,
      },
      push,
    );
  }

  private applyUrlState(s: UrlState | null, fromHistory: boolean): void {
    if (!s && !fromHistory) return;
    const st: UrlState = s ?? { ...DEFAULT_SEARCH_STATE, text: this.query, selected: null, view: null, near: null };
    const { selected, view, near, ...search } = st;
    this.search.set(search, false);
    this.view = view ?? this.initialView ?? 'list';
    if (near) {
      if (near !== this.origin.origin?.source) {
        if (this.search.index) void this.origin.resolve(near);
        else this.near = near;
      }
    } else if (this.origin.origin) this.origin.set(null, '', false);
    // A shared link's detail: opened once the late parts have come (the catalogue too, if it has not).
    if (selected) void this.whenLate().then(() => this.selection?.fromUrl(selected, this.places), () => undefined);
    else this.selection?.close();
  }

  // ---- Rendering ---------------------------------------------------------------------------

  /** Print and download the current results; its code loads once there are results. */
  private renderActions(attribution: string) {
    this.loadActions().then((m) => m.ServiceLocatorResultsActionsElement.define(), () => undefined); // A missing chunk hides the toolbar only.
    const { state: s, outcome } = this.search;
    return renderResultsActions({ t: this.t, lang: this.language, results: outcome?.results ?? [], now: this.at, attribution, text: s.text, needs: s.needs, sentence: outcome ? outcomeSentence(this.language, outcome, this.nearLabel) : '', onRenderError: (id, name) => this.onRenderError(id, name) });
  }

  /**
   * "Chargement des lieux…" in a polite status; for a catalogue that takes a while, how far it
   * is in words ("… 40 000 sur 100 000"), validation first, then the search being prepared.
   */
  private renderLoading() {
    const t = this.t;
    const cat = this.catalogueCtl.state;
    const format = (n: number): string => n.toLocaleString(this.language);
    let text = t.loading;
    if (cat.status === 'loading' && cat.progress) text = t.loadingProgress(format(cat.progress.done), format(cat.progress.total));
    else if (cat.status === 'ready' && this.search.indexProgress) text = t.indexingProgress(format(this.search.indexProgress.done), format(this.search.indexProgress.total));
    else if (cat.status === 'ready' && this.search.unavailable) text = t.searchUnavailable;
    return html`<p class="loading" part="status" role="status">${text}</p>`;
  }

  /**
   * Nothing found: what to remove, what else to try. Its code is a late part; should the first
   * list be empty, a loading line until it has come (it follows one anyway).
   */
  private renderEmpty() {
    const late = this.lateNow();
    // Its words did not come: the sentence that stays true, not a loading line that lasts.
    if (!late) return this.lateFailed ? html`<p class="notice" part="status" role="status">${this.t.emptyUnavailable}</p>` : this.renderLoading();
    const t = this.t;
    const lang = this.language;
    const focusCount = () => this.renderRoot.querySelector<HTMLElement>('.count');
    return late.renderEmpty({
      t,
      lang,
      state: this.search.state,
      hasOrigin: !!this.origin.origin,
      didYouMean:
        this.didYouMean?.render(lang, (value) => {
          this.change({ text: value });
          // The suggestions disappear with the new results: focus what says what changed.
          void this.updateComplete.then(() => focusCount()?.focus());
        }) ?? nothing,
      helpContact: this.helpContact,
      // The button pressed goes with the empty state: focus the new count.
      change: (next) => {
        this.change(next);
        this.focus_.focusSoon(focusCount);
      },
      clearOrigin: () => {
        this.origin.set(null);
        this.focus_.focusSoon(focusCount);
      },
    });
  }

  private renderBody() {
    const t = this.t;
    const lang = this.language;
    const cat = this.catalogueCtl.state;
    if (cat.status === 'idle' || cat.status === 'loading') return this.renderLoading();
    if (cat.status === 'error') {
      const retry = this.src && cat.failure.kind !== 'invalid' ? () => void this.catalogueCtl.load({ src: this.src, catalogue: this.catalogue }) : null;
      return renderError(t, catalogueErrorMessage(t, lang, cat), retry, this.helpContact);
    }
    if (this.view === 'coverage') {
      const late = this.lateNow();
      // Its code loads when first shown (the late parts first): a loading line meanwhile.
      if (!late || !this.coverage) return html`<p class="loading" part="status" role="status">${t.loading}</p>`;
      this.coverage.ensure();
      // The planners' view: its communes and populations come from `communes`, its shading from `outlines`.
      return late.renderCoverage({ t, lang, ready: this.coverage.ready, places: cat.result.places, communes: this.communes_.list, outlines: this.coverage.outlines, at: this.now ?? null, need: this.need && isNeedId(this.need) ? this.need : '' });
    }
    // Validated, the search being prepared (a large catalogue): still loading for the resident.
    // (The first list comes before the index when no query needs it: search controller.)
    if (!this.search.ready) return this.renderLoading();
    const view = this.effectiveView;
    const s = this.search.state;
    const outcome = this.search.outcome;
    const results = outcome?.results ?? [];
    const origin = this.origin.origin;
    return html`
      ${renderSkipLinks({
        t,
        map: view !== 'list',
        onResults: () => this.renderRoot.querySelector<HTMLElement>('.count')?.focus(),
        onMap: () => this.mapView?.focusMap(),
      })}
      ${renderProblems(t, lang, cat.result)}
      <service-locator-search
        part="search"
        exportparts="search-input, search-button, chip, filters"
        lang=${lang}
        .text=${s.text}
        .needs=${s.needs}
        .filters=${s.filters}
        .radius=${s.radius}
        .facets=${facetsOf(cat.result.places)}
        .suggest=${this.search.index ? this.suggestNeeds : this.suggestNothing}
        @service-locator-search-text-input=${(e: CustomEvent<ServiceLocatorSearchEvents['service-locator-search-text-input']>) => this.search.type(e.detail.text, () => this.afterUserSearch(false))}
        @service-locator-search-text-submit=${(e: CustomEvent<ServiceLocatorSearchEvents['service-locator-search-text-submit']>) => this.change({ text: e.detail.text })}
        @service-locator-search-need-add=${(e: CustomEvent<ServiceLocatorSearchEvents['service-locator-search-need-add']>) =>
          this.change({ needs: s.needs.includes(e.detail.need) ? s.needs : [...s.needs, e.detail.need], text: '' })}
        @service-locator-search-need-remove=${(e: CustomEvent<ServiceLocatorSearchEvents['service-locator-search-need-remove']>) => this.change({ needs: s.needs.filter((n) => n !== e.detail.need) })}
        @service-locator-search-filters-change=${(e: CustomEvent<ServiceLocatorSearchEvents['service-locator-search-filters-change']>) => this.change({ filters: e.detail.filters })}
        @service-locator-search-radius-change=${(e: CustomEvent<ServiceLocatorSearchEvents['service-locator-search-radius-change']>) => this.change({ radius: e.detail.radius })}
      ></service-locator-search>
      ${renderLocation({
        t,
        origin: this.origin,
        geocoder: !!geocoderEndpoint(this.geocoder),
        geolocation: !this.noGeolocation,
        onClear: () => this.origin.set(null),
        onLocate: () => void this.onLocate(),
        onSubmit: () => void this.onCommuneSubmit(),
        onInput: () => void this.communes_.loadNational(),
        // Choices come after a request (a submit, a postcode searched): their code is a late part.
        choices: this.origin.choices.length ? (this.lateNow()?.renderChoices(t, this.origin) ?? nothing) : nothing,
      })}
      ${this.mapFailure && !this.map?.impossible ? html`<p class="notice" part="status" role="status">${t.mapFallback(this.mapFailure)}</p>` : nothing}
      ${this.detailFailure ? html`<p class="notice detail-failure" part="status" role="status">${this.detailFailure}</p>` : nothing}
      <h2 class="results-heading visually-hidden">${t.resultsHeading}</h2>
      ${renderToolbar({
        t,
        view,
        mapOff: this.map?.impossible ? this.map.failure : null,
        hasOrigin: !!origin || !!outcome?.commune,
        sort: s.sort,
        sentence: outcome ? outcomeSentence(lang, outcome, this.nearLabel) : '',
        onSort: (sort) => this.change({ sort }, false),
        onView: (v) => this.setView(v),
      })}
      ${renderShardStatus(lang, cat.shards, origin?.point ?? outcome?.commune ?? null, outcome)}
      ${renderHoursUnknown(lang, s, outcome?.hoursUnknown, () => this.change({ includeUnknownHours: true }))}
      <div class="layout ${view}">
        ${view !== 'map'
          ? html`<div class="list-pane">
              ${!outcome
                ? // A search asked before the index was built: it is being prepared, nothing is listed meanwhile.
                  this.renderLoading()
                : results.length === 0
                ? this.renderEmpty()
                : html`${renderList({
                    lang,
                    results,
                    now: this.at,
                    selectedId: this.selection?.selectedId ?? null,
                    origin,
                    mapAvailable: !this.mapFailure,
                    directions: this.directions,
                    onDetails: (id, opener) => void this.openDetail(id, opener, results.find((r) => r.place.id === id)?.stopId),
                    onRenderError: (id, name) => this.onRenderError(id, name),
                  })}`}
            </div>`
          : nothing}
        ${view === 'list'
          ? nothing
          : this.renderMapPane(results.length > 0)}
      </div>
      ${results.length ? this.renderActions(cat.result.meta.attribution) : nothing}
    `;
  }

  /** The map pane; until the map's code (the late parts first) has come, a loading line. */
  private renderMapPane(hasResults: boolean) {
    const t = this.t;
    const late = this.lateNow();
    const map = this.map;
    if (!late || !map) return html`<p class="loading" part="status">${t.mapLoading}</p>`;
    return late.renderMapPane({
      t,
      lang: this.language,
      loaded: map.loaded,
      places: this.search.resultPlaces,
      origin: map.origin(this.origin.origin, t.originMarker),
      selectedId: this.selection?.selectedId ?? null,
      styleUrl: this.mapStyle,
      workerUrl: this.workerUrl,
      cooperativeGestures: map.cooperativeGestures,
      onSelect: (id) => void this.openDetail(id, deepActiveElement()),
      onFailure: (message, reason) => map.fail(message || t.mapUnavailable, reason),
      onSkip: hasResults ? () => this.renderRoot.querySelector<HTMLElement>('.export summary')?.focus() : null,
    });
  }

  override render() {
    const lang = this.language;
    return html`<section class="frame" aria-label=${this.t.regionLabel} lang=${lang}>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">${this.search.announcement}</div>
      <service-locator-detail exportparts="detail, close-button" lang=${lang} .now=${this.at} .mapAvailable=${!this.map?.impossible}
        @service-locator-detail-show-on-map=${(e: CustomEvent<ServiceLocatorDetailEvents['service-locator-detail-show-on-map']>) => void this.onShowOnMap(e.detail.placeId)}
        @service-locator-detail-close=${() => {
        this.writeUrl(false);
        this.selection?.closed();
      }} @service-locator-detail-render-error=${(e: CustomEvent<ServiceLocatorDetailEvents['service-locator-detail-render-error']>) => this.onRenderError(e.detail.placeId, e.detail.name)}></service-locator-detail>
    </section>`;
  }
}
