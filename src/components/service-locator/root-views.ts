/**
 * Parts of the root element's template that need no state of their own and that the first list
 * paint shows: the "Où ?" area, the bar above the results, the skipped-places notice, the error.
 * Each is a function of what it shows and callbacks for what the resident does, so the root
 * element stays a composition of controllers and views. What that paint does not show (the empty
 * state, the commune choices, the map pane, the coverage view) is in ./root-late.ts, a chunk
 * loaded after it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchResult } from '../../core/search/types.js';
import type { CatalogueState } from '../../controllers/catalogue-controller.js';
import type { ValidationResult } from '../../core/catalogue/problems.js';
import type { NeedId } from '../../core/catalogue/types.js';
import type { SearchState, SortMode, ViewMode } from '../../core/search/state.js';
import { NEED_LABELS } from '../../core/needs/vocabulary.js';
import type { Origin, OriginController } from '../../controllers/origin-controller.js';
import type { Lang, UiStrings } from '../../i18n/index.js';
import { hoursUnknownSentence, hoursUnknownShow } from '../../i18n/strings-search.js';
import { safeHref, telHref } from '../service-locator-list/links.js';
import type { ListOrigin, ServiceLocatorListEvents } from '../service-locator-list/service-locator-list.js';
import type { ServiceLocatorResultsActionsEvents } from '../service-locator-results-actions/service-locator-results-actions.js';

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
  /** The commune choices when there are some (./root-late.ts, renderChoices), else nothing. */
  choices: TemplateResult | typeof nothing;
}

/**
 * "Où ?": the commune field, "Autour de moi", the origin chip and, once the resident has a choice
 * to make, the commune choices (`choices`, ./root-late.ts: their code comes after the first paint).
 */
export function renderLocation(v: LocationView): TemplateResult {
  const { t, origin } = v;
  const label = v.geocoder ? t.communeLabelGeocoder : t.communeLabel;
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
    ${v.choices}
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

/** The catalogue's failure in plain words. */
export function catalogueErrorMessage(t: UiStrings, lang: Lang, s: CatalogueState): string {
  if (s.status !== 'error') return '';
  const f = s.failure;
  switch (f.kind) {
    case 'network':
      return f.code ? t.errorCode : t.errorNetwork;
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

