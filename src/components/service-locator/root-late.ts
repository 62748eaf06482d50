/**
 * The parts of the root element that the first list paint (list view, no interaction, no query)
 * does not run, in a chunk of their own (issue 15, item 3: the code fetched before that paint is
 * budgeted, `npm run size`): the empty-result suggestions, the commune choices, the map pane and
 * the coverage view, and the controllers of the map, the coverage view, the detail dialog and
 * "Vouliez-vous dire". The root asks for this module once the first list has painted, and at
 * once when one of them is needed before (a map view, a shared link, an empty first list); until
 * it has come, it shows what it showed while these parts' own code loaded (a loading line), so
 * nothing shows that later moves.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { Place, NeedId } from '../../core/catalogue/types.js';
import type { GazetteerEntry } from '../../core/search/types.js';
import { NO_FILTERS, type SearchFilters, type SearchState } from '../../core/search/state.js';
import { KIND_LABELS, NEED_LABELS } from '../../core/needs/vocabulary.js';
import type { OriginController } from '../../controllers/origin-controller.js';
import type { MapOrigin } from '../../map/map-adapter.js';
import type { Lang, UiStrings } from '../../i18n/index.js';
import { LATE_STRINGS } from '../../i18n/strings-late.js';
import { renderHelp } from './root-views.js';

export { MapController } from '../../controllers/map-controller.js';
export { CoverageController } from '../../controllers/coverage-controller.js';
export { SelectionController } from '../../controllers/selection-controller.js';
export { DidYouMeanController } from '../service-locator-results-actions/did-you-mean-controller.js';

const POPULAR_NEEDS: NeedId[] = ['caf', 'papiers', 'impots', 'numerique'];

/**
 * The styles of these parts, adopted by the root with its own when this module comes (before
 * any of them renders).
 */
export const lateStyles = css`
  .map-pane {
    position: relative;
  }
  .map-pane .skip:focus {
    position: absolute;
    inset-inline-start: 0.5em;
    top: 0.5em;
    margin: 0;
  }
  .choices {
    list-style: none;
    padding: 0;
    margin: 0.3em 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
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
  .choices li[role='option'] {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    padding: 0.2em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choices li[aria-selected='true'] {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    background: var(--_surface);
  }
  .choices:focus {
    outline: none;
  }
`;

/**
 * The commune choices of "Où ?" (an ARIA listbox: arrows, Home, End move, Enter or Space
 * chooses), once a name or postcode matched several communes.
 */
export function renderChoices(t: UiStrings, origin: OriginController): TemplateResult | typeof nothing {
  const choices = origin.choices;
  if (choices.length === 0) return nothing;
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
  return html`<ul
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
    </ul>`;
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
  const w = LATE_STRINGS[lang];
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
    <h3>${w.emptyTitle}</h3>
    <p>${w.emptyTry}</p>
    ${v.didYouMean}
    <ul>
      ${removals.map((r) => html`<li><button type="button" @click=${r.run}>${w.emptyRemoveFilter(r.label)}</button></li>`)}
      ${state.text
        ? html`<li><button type="button" @click=${() => v.change({ text: '' })}>${w.emptyClearText(state.text)}</button></li>`
        : nothing}
      ${v.hasOrigin ? html`<li><button type="button" @click=${v.clearOrigin}>${w.emptyWiden}</button></li>` : nothing}
    </ul>
    <p>${w.emptyPopular}</p>
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
    ${v.onSkip ? html`<button type="button" class="skip" @click=${v.onSkip}>${LATE_STRINGS[v.lang].skipMap}</button>` : nothing}
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
