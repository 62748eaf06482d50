/**
 * Parts of the root element's template that need no state of their own: the "Où ?" area, the
 * bar above the results, the empty-result suggestions and the skipped-places notice. Each is a
 * function of what it shows and callbacks for what the resident does, so the root element stays
 * a composition of controllers and views.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { Place } from '../../core/catalogue/types.js';
import type { GazetteerEntry, SearchResult } from '../../core/search/types.js';
import type { CatalogueState } from '../../controllers/catalogue-controller.js';
import type { ValidationResult } from '../../core/catalogue/problems.js';
import type { NeedId } from '../../core/catalogue/types.js';
import { NO_FILTERS, type SearchFilters, type SearchState, type SortMode, type ViewMode } from '../../core/search/state.js';
import { KIND_LABELS, NEED_LABELS } from '../../core/needs/vocabulary.js';
import type { Origin, OriginController } from '../../controllers/origin-controller.js';
import type { MapOrigin } from '../../map/map-adapter.js';
import type { Lang, UiStrings } from '../../i18n/index.js';
import { hoursUnknownSentence, hoursUnknownShow } from '../../i18n/strings-search.js';
import { safeHref, telHref } from '../service-locator-list/links.js';
import type { ListOrigin, ServiceLocatorListEvents } from '../service-locator-list/service-locator-list.js';
import type { ServiceLocatorResultsActionsEvents } from '../service-locator-results-actions/service-locator-results-actions.js';

const POPULAR_NEEDS: NeedId[] = ['caf', 'papiers', 'impots', 'numerique'];

export interface LocationView {
  t: UiStrings;
  origin: OriginController;
  geocoder: boolean;
  geolocation: boolean;
  /** The origin was removed (the root re-runs the search). */
  onClear: () => void;
  /** "Autour de moi" pressed. */
  onLocate: () => void;
  /** The form was submitted. */
  onSubmit: () => void;
  /** The resident typed in the field (the national commune list starts loading then). */
  onInput: () => void;
}

/** "Où ?": the commune field, "Autour de moi", the origin chip and the commune choices (ARIA listbox). */
export function renderLocation(v: LocationView): TemplateResult {
  const { t, origin } = v;
  const label = v.geocoder ? t.communeLabelGeocoder : t.communeLabel;
  const choices = origin.choices;
  const optionId = (i: number) => `commune-choice-${i}`;
  const onKey = (e: KeyboardEvent) => {
    const n = choices.length;
    if (n === 0) return;
    let next: number;
    if (e.key === 'ArrowDown') next = (origin.active + 1) % n;
    else if (e.key === 'ArrowUp') next = (origin.active - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      origin.choose(choices[origin.active]!);
      return;
    } else return;
    e.preventDefault();
    origin.active = next;
    (e.currentTarget as HTMLElement).setAttribute('aria-activedescendant', optionId(next));
    for (const li of (e.currentTarget as HTMLElement).querySelectorAll('[role="option"]'))
      li.setAttribute('aria-selected', li.id === optionId(next) ? 'true' : 'false');
  };
  return html`<fieldset class="location" part="location">
    <legend>${t.whereLegend}</legend>
    <form
      class="row"
      @submit=${(e: Event) => {
        e.preventDefault();
        v.onSubmit();
      }}
    >
      <label for="commune" class="visually-hidden">${label}</label>
      <input
        id="commune"
        type="text"
        autocomplete="address-level2"
        placeholder=${label}
        .value=${origin.text}
        @input=${(e: Event) => {
          origin.text = (e.target as HTMLInputElement).value;
          v.onInput();
        }}
      />
      <button type="submit">${t.communeButton}</button>
      ${v.geolocation
        ? html`<button type="button" @click=${v.onLocate} ?disabled=${origin.busy === 'locating'}>${t.aroundMe}</button>`
        : nothing}
    </form>
    ${origin.origin
      ? html`<p class="origin message">
          <button type="button" aria-label=${t.originRemove(origin.origin.label)} @click=${v.onClear}>
            ${t.originLabel(origin.origin.label)} <span aria-hidden="true">×</span>
          </button>
        </p>`
      : nothing}
    <p class="message" role="status" tabindex="-1">${origin.message}</p>
    ${choices.length > 0
      ? html`<ul
          class="choices"
          role="listbox"
          tabindex="0"
          aria-label=${t.choicesLabel}
          aria-activedescendant=${optionId(origin.active)}
          @keydown=${onKey}
        >
          ${choices.map(
            (c, i) => html`<li
              role="option"
              id=${optionId(i)}
              aria-selected=${i === origin.active ? 'true' : 'false'}
              @click=${() => origin.choose(c)}
            >
              ${c.name}${c.postcodes.length ? ` (${c.postcodes.join(', ')})` : ''}
            </li>`,
          )}
        </ul>`
      : nothing}
  </fieldset>`;
}

/** The unknown-hours notice under "Ouvert maintenant": counted, with a button to list them too. */
export function renderHoursUnknown(lang: Lang, state: SearchState, count: number | undefined, onShow: () => void) {
  if (!state.filters.openNow || state.includeUnknownHours || !count) return nothing;
  return html`<p class="notice hours-unknown" part="status">
    ${hoursUnknownSentence(lang, count)}${lang === 'fr' ? '\u00a0:' : ':'}
    <button type="button" @click=${onShow}>${hoursUnknownShow(lang)}</button>
  </p>`;
}

export interface EmptyView {
  t: UiStrings;
  lang: Lang;
  state: SearchState;
  hasOrigin: boolean;
  didYouMean: TemplateResult | typeof nothing;
  /** `help-contact`, offered when nothing is found. */
  helpContact: string;
  /** Applies a change to the search (a removed criterion, a popular need). */
  change: (next: Partial<SearchState>) => void;
  clearOrigin: () => void;
}

/** No result: what to remove, what else to try. */
export function renderEmpty(v: EmptyView): TemplateResult {
  const { t, lang, state } = v;
  const f = state.filters;
  const label = (n: NeedId) => NEED_LABELS[n]?.[lang] ?? n;
  const setF = (next: Partial<SearchFilters>) => v.change({ filters: { ...f, ...next } });
  const removals: Array<{ label: string; run: () => void }> = [];
  for (const n of state.needs) removals.push({ label: label(n), run: () => v.change({ needs: state.needs.filter((x) => x !== n) }) });
  for (const k of f.kinds) removals.push({ label: KIND_LABELS[k][lang], run: () => setF({ kinds: f.kinds.filter((x) => x !== k) }) });
  if (f.openNow) removals.push({ label: t.openNow, run: () => setF({ openNow: false }) });
  if (f.walkIn) removals.push({ label: t.walkIn, run: () => setF({ walkIn: false }) });
  if (f.wheelchair) removals.push({ label: t.wheelchair, run: () => setF({ wheelchair: false }) });
  for (const q of f.equipment) removals.push({ label: t.equipment[q], run: () => setF({ equipment: f.equipment.filter((x) => x !== q) }) });
  return html`<div class="empty" part="empty">
    <h3>${t.emptyTitle}</h3>
    <p>${t.emptyTry}</p>
    ${v.didYouMean}
    <ul>
      ${removals.map((r) => html`<li><button type="button" @click=${r.run}>${t.emptyRemoveFilter(r.label)}</button></li>`)}
      ${state.text
        ? html`<li><button type="button" @click=${() => v.change({ text: '' })}>${t.emptyClearText(state.text)}</button></li>`
        : nothing}
      ${v.hasOrigin ? html`<li><button type="button" @click=${v.clearOrigin}>${t.emptyWiden}</button></li>` : nothing}
    </ul>
    <p>${t.emptyPopular}</p>
    <ul>
      ${POPULAR_NEEDS.filter((n) => !state.needs.includes(n)).map(
        (n) => html`<li>
          <button type="button" @click=${() => v.change({ needs: [n], filters: NO_FILTERS, text: '' })}>
            ${label(n)}
          </button>
        </li>`,
      )}
    </ul>
    ${renderHelp(t, v.helpContact)}
  </div>`;
}

/** Places the validator skipped: said, with the reasons one click away. */
export function renderProblems(t: UiStrings, lang: Lang, result: ValidationResult) {
  const skipped = new Set(result.problems.filter((p) => p.severity === 'error' && p.placeIndex !== undefined).map((p) => p.placeIndex));
  if (skipped.size === 0) return nothing;
  const errors = result.problems.filter((p) => p.severity === 'error').slice(0, 50);
  return html`<div class="notice" part="status">
    <p>${t.skipped(skipped.size)}</p>
    <details class="problems">
      <summary>${t.skippedShow}</summary>
      <ul>
        ${errors.map((p) => html`<li><code>${p.path}</code> : ${p.message[lang]}</li>`)}
      </ul>
    </details>
  </div>`;
}

export interface ToolbarView {
  t: UiStrings;
  view: ViewMode;
  /** Why the map can never be shown here (no WebGL, a policy): "Carte" is disabled, this said; else null. */
  mapOff: string | null;
  hasOrigin: boolean;
  sort: SortMode;
  /** The count sentence ("12 lieux à moins de 30 km de Lherm"). */
  sentence: string;
  onSort: (sort: 'relevance' | 'distance') => void;
  onView: (view: ViewMode) => void;
}

/**
 * The one compact bar above the results: the count, the sort and the view as a segmented
 * control. Nothing else comes between the search and the first result (print and downloads are
 * after the list).
 */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const { t } = v;
  // 'auto' mirrors the index's default: distance when there is an origin, else relevance.
  const sortValue = v.sort === 'auto' ? (v.hasOrigin ? 'distance' : 'relevance') : v.sort;
  return html`<div class="toolbar" part="toolbar">
    <p class="count" part="count" id="results" tabindex="-1">${v.sentence}</p>
    <div class="sort">
      <label for="sort">${t.sortLabel}</label>
      <select id="sort" .value=${sortValue} @change=${(e: Event) => v.onSort((e.target as HTMLSelectElement).value === 'distance' ? 'distance' : 'relevance')}>
        <option value="relevance" ?selected=${sortValue === 'relevance'}>${t.sortRelevance}</option>
        <option value="distance" ?selected=${sortValue === 'distance'} ?disabled=${!v.hasOrigin}>${t.sortDistance}</option>
      </select>
    </div>
    <div class="views" role="group" aria-label=${t.viewLabel} part="view-switch">
      ${(['list', 'map', 'both'] as const).map(
        (m) => html`<button
          type="button"
          aria-pressed=${v.view === m ? 'true' : 'false'}
          ?disabled=${!!v.mapOff && m !== 'list'}
          aria-describedby=${v.mapOff && m !== 'list' ? 'map-off' : nothing}
          @click=${() => v.onView(m)}
        >${t.views[m]}</button>`,
      )}
    </div>
    <p class="map-off" id="map-off" role="status" ?hidden=${!v.mapOff}>${v.mapOff ?? ''}</p>
  </div>`;
}

export interface SkipLinksView {
  t: UiStrings;
  /** The map is shown (offer "Aller à la carte"). */
  map: boolean;
  onResults: () => void;
  onMap: () => void;
}

/**
 * Skip links, first in the widget and shown on focus: past the search to the results, and to
 * the map. Buttons that move focus, not fragment links: a fragment does not reach into a
 * shadow root.
 */
export function renderSkipLinks(v: SkipLinksView): TemplateResult {
  return html`<nav class="skips" aria-label=${v.t.skipsLabel}>
    <button type="button" class="skip" @click=${v.onResults}>${v.t.skipToResults}</button>
    ${v.map ? html`<button type="button" class="skip" @click=${v.onMap}>${v.t.skipToMap}</button>` : nothing}
  </nav>`;
}

/** `help-contact`: a phone number to call or a page to open, offered where a resident is stuck. */
export function renderHelp(t: UiStrings, contact: string): TemplateResult | typeof nothing {
  const value = contact.trim();
  if (!value) return nothing;
  const tel = /^[+\d][\d .-]{5,}$/.test(value) ? telHref(value) : null;
  if (tel) return html`<p class="help" part="help">${t.helpLead} <a href=${tel} aria-label=${t.helpCallLabel(value)}>${t.helpCall(value)}</a></p>`;
  const href = safeHref(value, ['http:', 'https:', 'mailto:']);
  if (!href) return nothing;
  return html`<p class="help" part="help">${t.helpLead} <a href=${href} target="_blank" rel="noopener noreferrer">${t.helpPage}</a></p>`;
}

/** The catalogue could not be used: what happened, a retry when retrying can help, and who can help. */
export function renderError(t: UiStrings, message: string, retry: (() => void) | null, helpContact = ''): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <h2>${t.errorTitle}</h2>
    <p>${message}</p>
    ${retry ? html`<button type="button" @click=${retry}>${t.retry}</button>` : nothing}
    ${renderHelp(t, helpContact)}
  </div>`;
}

export interface CoverageView {
  t: UiStrings;
  lang: Lang;
  ready: boolean;
  places: Place[];
  communes: GazetteerEntry[];
  outlines: FeatureCollection | null;
  at: Date | null;
  need: NeedId | '';
}

/** The planners' view (staff pages only; its code loads when first shown). */
export function renderCoverage(v: CoverageView): TemplateResult {
  if (!v.ready) return html`<p class="loading" part="status" role="status">${v.t.loading}</p>`;
  return html`<service-locator-coverage
    part="coverage"
    .places=${v.places}
    .communes=${v.communes}
    .outlines=${v.outlines}
    .outlinesDefineTerritory=${true}
    .at=${v.at}
    need=${v.need}
    lang=${v.lang}
  ></service-locator-coverage>`;
}

/** The catalogue's failure in plain words. */
export function catalogueErrorMessage(t: UiStrings, lang: Lang, s: CatalogueState): string {
  if (s.status !== 'error') return '';
  const f = s.failure;
  switch (f.kind) {
    case 'network':
      return t.errorNetwork;
    case 'cors':
      return t.errorCors;
    case 'http':
      return t.errorHttp(f.status);
    case 'timeout':
      return t.errorTimeout;
    case 'none':
      return t.noSource;
    case 'invalid': {
      const first = f.result.problems.find((p) => p.severity === 'error') ?? f.result.problems[0];
      return t.errorInvalid(first ? first.message[lang] : '');
    }
  }
}

export interface ResultsActionsView {
  lang: Lang;
  results: SearchResult[];
  now: Date;
  attribution: string;
  text: string;
  needs: NeedId[];
  /** The count sentence, repeated in the printed header. */
  sentence: string;
  /** A place printed or exported incomplete (the root reports it once). */
  onRenderError?: (placeId: string, name: string) => void;
}

/**
 * Print and downloads, grouped behind one "Imprimer ou télécharger" disclosure after the list:
 * never between the search and the first result. The printed header says what the screen says
 * (what, and within what radius).
 */
export function renderResultsActions(v: ResultsActionsView & { t: UiStrings }): TemplateResult {
  const words = v.t.searchSummary([v.text.trim(), ...v.needs.map((n) => NEED_LABELS[n][v.lang])]);
  return html`<details class="export" part="export-menu">
    <summary>${v.t.exportMenu}</summary>
    <service-locator-results-actions
      part="results-actions"
      lang=${v.lang}
      .results=${v.results}
      .now=${v.now}
      .searchSummary=${v.sentence ? `${words} · ${v.sentence}` : words}
      .attribution=${v.attribution}
      @service-locator-results-actions-render-error=${(e: CustomEvent<ServiceLocatorResultsActionsEvents['service-locator-results-actions-render-error']>) =>
        v.onRenderError?.(e.detail.placeId, e.detail.name)}
    ></service-locator-results-actions>
  </details>`;
}

export interface ListView {
  lang: Lang;
  results: SearchResult[];
  now: Date;
  selectedId: string | null;
  origin: Origin | null;
  mapAvailable: boolean;
  directions: string;
  onDetails: (placeId: string, opener: HTMLElement) => void;
  /** A card shown incomplete (the root reports it once). */
  onRenderError?: (placeId: string, name: string) => void;
}

/** The list's view of each origin, made once per origin so the list sees the same object until it changes. */
const listOrigins = new WeakMap<Origin, ListOrigin>();
function listOrigin(o: Origin | null): ListOrigin | null {
  if (!o) return null;
  let v = listOrigins.get(o);
  if (!v) listOrigins.set(o, (v = { ...o.point, insee: o.insee, precise: o.precise }));
  return v;
}

/** The accessible list of results (the primary path). */
export function renderList(v: ListView): TemplateResult {
  const o = v.origin;
  return html`<service-locator-list
    part="list"
    exportparts="list, item, details-button, more-button"
    lang=${v.lang}
    .results=${v.results}
    .now=${v.now}
    .selectedId=${v.selectedId}
    .origin=${listOrigin(o)}
    .mapAvailable=${v.mapAvailable}
    directions=${v.directions}
    @service-locator-list-details=${(e: CustomEvent<ServiceLocatorListEvents['service-locator-list-details']>) => v.onDetails(e.detail.placeId, e.detail.opener)}
    @service-locator-list-render-error=${(e: CustomEvent<ServiceLocatorListEvents['service-locator-list-render-error']>) => v.onRenderError?.(e.detail.placeId, e.detail.name)}
  ></service-locator-list>`;
}

export interface MapPaneView {
  t: UiStrings;
  lang: Lang;
  /** The map's code has loaded (until then, a loading line). */
  loaded: boolean;
  places: Place[];
  origin: MapOrigin | null;
  selectedId: string | null;
  styleUrl: string;
  workerUrl: string;
  cooperativeGestures: boolean;
  onSelect: (placeId: string) => void;
  onFailure: (message: string, reason: string) => void;
  /** "Passer la carte": focus what follows the map; null when nothing does. */
  onSkip: (() => void) | null;
}

/** The map view, once its code has loaded. */
export function renderMapPane(v: MapPaneView): TemplateResult {
  if (!v.loaded) return html`<p class="loading" part="status">${v.t.mapLoading}</p>`;
  return html`<div class="map-pane">
    ${v.onSkip ? html`<button type="button" class="skip" @click=${v.onSkip}>${v.t.skipMap}</button>` : nothing}
    <service-locator-map
      part="map"
      .places=${v.places}
      .origin=${v.origin}
      .selectedId=${v.selectedId}
      .lang=${v.lang}
      .styleUrl=${v.styleUrl || ''}
      .workerUrl=${v.workerUrl}
      .cooperativeGestures=${v.cooperativeGestures}
      @service-locator-map-select=${(e: CustomEvent<{ placeId: string }>) => v.onSelect(e.detail.placeId)}
      @service-locator-map-failure=${(e: CustomEvent<{ message: string; reason: string }>) => v.onFailure(e.detail.message, e.detail.reason)}
    ></service-locator-map>
  </div>`;
}
