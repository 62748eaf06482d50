/**
 * `<service-locator-search>`: what the resident is looking for. An ARIA 1.2 combobox (list
 * autocomplete) suggesting needs in plain words, chips for the chosen needs, and the filters
 * (kind, open now, walk-in, equipment, wheelchair access) in a disclosure. Owns the keyboard
 * behaviour of the combobox; it does not search: suggestions come from the `suggest` function
 * the root passes down, and every change goes up as an event the root turns into a search.
 *
 * The filters' body and the suggestions' options are ./search-panel.ts, a module of their own
 * (issue 15, item 3: no first list paint shows them): loaded after that paint, so that a warm
 * page opens the filters at once, or as soon as the resident opens them or types before then.
 */
import { adoptStyles, css, html, nothing, type LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { NeedId } from '../../core/catalogue/types.js';
import { NO_FILTERS, DEFAULT_RADIUS_KM, type RadiusChoice, type SearchFilters } from '../../core/search/state.js';
import { NEED_LABELS } from '../../core/needs/vocabulary.js';
import type { NeedSuggestion } from '../../core/search/types.js';
import { uiStrings, type Lang } from '../../i18n/index.js';
import { preloadAnnounceWords } from '../../i18n/strings-search.js';
import { afterPaint } from '../../controllers/after-paint.js';
import { lazy } from '../../controllers/lazy.js';
import { themeStyles, viewHostStyles } from '../service-locator/theme.js';
import { BaseElement } from '../base-element.js';
import type { Facets } from './facets.js';

export { NO_FILTERS, type SearchFilters } from '../../core/search/state.js';

export function activeFilterCount(f: SearchFilters): number {
  return f.kinds.length + f.equipment.length + (f.openNow ? 1 : 0) + (f.walkIn ? 1 : 0) + (f.wheelchair ? 1 : 0);
}

/** Internal events (see base-element.ts): event name → detail. The root listens on this element. */
export interface ServiceLocatorSearchEvents {
  'service-locator-search-text-input': { text: string };
  'service-locator-search-text-submit': { text: string };
  'service-locator-search-need-add': { need: NeedId; term: string };
  'service-locator-search-need-remove': { need: NeedId };
  'service-locator-search-filters-change': { filters: SearchFilters };
  'service-locator-search-radius-change': { radius: RadiusChoice };
}

let uid = 0;

/** The filters' body and the options (./search-panel.ts), once here: shared by every search box. */
let panel: typeof import('./search-panel.js') | undefined;
const loadPanel = lazy(() =>
  import('./search-panel.js').then((m) => {
    panel = m;
  }),
);

/**
 * @summary The search box: need suggestions, chips, filters (internal to `<service-locator>`).
 * @tag service-locator-search
 * @fires service-locator-search-text-input - The resident typed (internal: not bubbling, not composed; the root listens). Detail `{ text }`.
 * @fires service-locator-search-text-submit - The search was submitted (internal: not bubbling, not composed; the root listens). Detail `{ text }`.
 * @fires service-locator-search-need-add - A suggested need was chosen (internal: not bubbling, not composed; the root listens). Detail `{ need, term }`.
 * @fires service-locator-search-need-remove - A need's chip was removed (internal: not bubbling, not composed; the root listens). Detail `{ need }`.
 * @fires service-locator-search-filters-change - A filter changed (internal: not bubbling, not composed; the root listens). Detail `{ filters }`.
 * @fires service-locator-search-radius-change - The radius changed (internal: not bubbling, not composed; the root listens). Detail `{ radius }`.
 * @csspart search-field - The label, text box and button together.
 * @csspart search-input - The search text box (exported by the root).
 * @csspart search-button - The search button (exported by the root).
 * @csspart chips - The list of chosen needs.
 * @csspart chip - A chosen need, a button that removes it (exported by the root).
 * @csspart filters - The filters disclosure (exported by the root).
 */
export class ServiceLocatorSearchElement extends BaseElement<ServiceLocatorSearchEvents> {
  static override readonly tagName = 'service-locator-search';
  static override styles = [
    themeStyles,
    viewHostStyles,
    css`
      .field {
        position: relative;
      }
      label.main {
        display: block;
        font-weight: 600;
        margin-bottom: 0.2em;
      }
      .hint {
        margin: 0 0 0.3em;
        color: var(--_muted);
        font-size: 0.95em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      .row input {
        flex: 1 1 12em;
        min-width: 0;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        margin: 0.5em 0 0;
        padding: 0;
        list-style: none;
      }
      .chips button {
        border-radius: 999px;
        background: var(--_surface);
        color: var(--_text);
        border-color: var(--_border);
      }
      .chips button span[aria-hidden] {
        font-size: 1.2em;
        line-height: 1;
      }
      details {
        margin-top: 0.6em;
      }
      summary {
        display: flex;
        align-items: center;
        min-height: var(--_target);
        cursor: pointer;
        font-weight: 600;
        color: var(--_accent);
      }
    `,
  ];

  @property() override lang: Lang = 'fr';
  /** The text in the box (the root's query). */
  @property() text = '';
  @property({ attribute: false }) needs: NeedId[] = [];
  @property({ attribute: false }) filters: SearchFilters = NO_FILTERS;
  /** How far from the origin (applies once there is one: a commune, a position). */
  @property({ attribute: false }) radius: RadiusChoice = DEFAULT_RADIUS_KM;
  /** Need suggestions for what is typed (from the search index). */
  @property({ attribute: false }) suggest: (text: string, lang: Lang) => NeedSuggestion[] = () => [];
  /**
   * What the catalogue's places offer (see ./facets.ts): only values some place has are offered,
   * with their count. Null: every value, without counts.
   */
  @property({ attribute: false }) facets: Facets | null = null;

  /** The suggestions (./search-panel.ts), once its code has come. */
  private combo?: import('./search-panel.js').Suggestions;
  @state() private filtersOpen = false;
  /** The panel's chunk did not come at the last try: the opened filters say so in words. */
  @state() private panelFailed = false;
  /** Whether this element's shadow root has adopted the panel's styles. */
  private panelStyled = false;

  @query('input[role="combobox"]') private input!: HTMLInputElement;

  private readonly base = `sl-search-${++uid}`;

  /** Moves focus to the text box. */
  override focus(): void {
    this.input?.focus();
  }

  protected override firstUpdated(): void {
    // After the first list has painted (the search box paints with it), so that opening the
    // filters later costs no round trip, nor the words that announce a change (the root says
    // them 700 ms after it); never before that paint (npm run size).
    void afterPaint().then(() => {
      void this.loadPanel();
      void preloadAnnounceWords();
    });
  }

  /** Loads ./search-panel.ts (once per page) and renders with it; never rejects. */
  private loadPanel(): Promise<void> {
    return loadPanel().then(
      () => {
        this.panelFailed = false;
        this.requestUpdate();
      },
      () => {
        // A missing chunk (a broken deployment): the box and the chips still work; the next
        // opening or keystroke tries again, and the opened filters say why they are empty.
        this.panelFailed = true;
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (panel && !this.panelStyled && this.renderRoot instanceof ShadowRoot) {
      this.panelStyled = true;
      adoptStyles(this.renderRoot, [...(this.constructor as typeof LitElement).elementStyles, panel.panelStyles]);
    }
    // Suggestions come once the search index is built (after the first list): a resident who
    // typed before then, still in the box with nothing suggested, gets them now.
    if (changed.has('suggest') && changed.get('suggest') !== undefined && !this.combo?.open && this.input && this.shadowRoot?.activeElement === this.input)
      this.refreshSuggestions(this.input.value);
  }

  private refreshSuggestions(text: string): void {
    if (panel) (this.combo ??= new panel.Suggestions(this)).refresh(text, this.suggest, this.lang, this.needs);
    else if (text.trim().length >= 2)
      // The suggestions' code has not come yet (typed right after the first list): offered once
      // it has, if the box still has the focus and nothing is open.
      void this.loadPanel().then(() => {
        if (panel && !this.combo?.open && this.input && this.shadowRoot?.activeElement === this.input) this.refreshSuggestions(this.input.value);
      });
  }

  private onInput(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.text = text;
    this.refreshSuggestions(text);
    this.emit('service-locator-search-text-input', { text });
  }

  private pick(index: number): void {
    const s = this.combo?.list[index];
    if (!s) return;
    this.combo!.clear();
    this.text = '';
    this.input.value = '';
    this.emit('service-locator-search-need-add', { need: s.need, term: s.term });
    this.input.focus();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.combo?.key(e, (i) => this.pick(i))) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      this.combo?.hide();
      this.emit('service-locator-search-text-submit', { text: this.input.value });
    } else if (e.key === 'Escape' && this.input.value) {
      e.preventDefault();
      this.input.value = '';
      this.text = '';
      this.emit('service-locator-search-text-input', { text: '' });
    } else if (e.key === 'Tab') this.combo?.hide();
  }

  private onBlur(): void {
    // Let a click on an option land before the list closes.
    setTimeout(() => {
      if (this.shadowRoot?.activeElement !== this.input) this.combo?.hide();
    }, 150);
  }

  private toggleFilter<K extends 'kinds' | 'equipment'>(key: K, value: SearchFilters[K][number], on: boolean): void {
    const current = this.filters[key] as string[];
    const next = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    this.emit('service-locator-search-filters-change', { filters: { ...this.filters, [key]: next } });
  }

  private setFlag(key: 'openNow' | 'walkIn' | 'wheelchair', on: boolean): void {
    this.emit('service-locator-search-filters-change', { filters: { ...this.filters, [key]: on } });
  }

  private needLabel(need: NeedId): string {
    return NEED_LABELS[need]?.[this.lang] ?? need;
  }

  /**
   * The summary's click before the filters' body has come (the first list just painted, a slow
   * connection): the disclosure opens once it has, whole, rather than empty and then growing.
   */
  private onSummaryClick(e: Event): void {
    if (panel) return;
    e.preventDefault();
    void this.loadPanel().then(() => (this.filtersOpen = true));
  }

  override render() {
    const t = uiStrings(this.lang);
    const listId = `${this.base}-list`;
    const c = this.combo;
    const open = !!c?.open;
    const activeId = c && open && c.active >= 0 ? `${this.base}-opt-${c.active}` : undefined;
    const count = activeFilterCount(this.filters);
    return html`
      <div class="field" part="search-field">
        <label class="main" for="${this.base}-input">${t.searchLabel}</label>
        <p class="hint" id="${this.base}-hint">${t.searchHint}</p>
        <div class="row">
          <input
            id="${this.base}-input"
            part="search-input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${listId}
            aria-describedby="${this.base}-hint"
            aria-activedescendant=${activeId ?? nothing}
            .value=${this.text}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @blur=${this.onBlur}
          />
          <button
            type="button"
            class="primary"
            part="search-button"
            @click=${() => {
              this.combo?.hide();
              this.emit('service-locator-search-text-submit', { text: this.input.value });
            }}
          >
            ${t.searchButton}
          </button>
        </div>
        <ul role="listbox" id=${listId} aria-label=${t.suggestionsLabel} ?hidden=${!open}>
          ${panel && c ? panel.renderOptions(c.list, c.active, this.base, (i) => this.pick(i)) : nothing}
        </ul>
      </div>
      ${this.needs.length > 0
        ? html`<ul class="chips" part="chips" aria-label=${t.chipsLabel}>
            ${this.needs.map(
              (need) => html`<li>
                <button
                  type="button"
                  part="chip"
                  aria-label=${t.removeNeed(this.needLabel(need))}
                  @click=${() => this.emit('service-locator-search-need-remove', { need })}
                >
                  ${this.needLabel(need)} <span aria-hidden="true">×</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <details
        part="filters"
        ?open=${this.filtersOpen}
        @toggle=${(e: Event) => {
          this.filtersOpen = (e.target as HTMLDetailsElement).open;
          if (this.filtersOpen) void this.loadPanel();
        }}
      >
        <summary @click=${this.onSummaryClick}>${count > 0 ? t.filtersActive(count) : t.filters}</summary>
        ${panel
          ? panel.renderFilters({
              lang: this.lang,
              filters: this.filters,
              facets: this.facets,
              radius: this.radius,
              count,
              toggle: (key, value, on) => this.toggleFilter(key, value, on),
              setFlag: (key, on) => this.setFlag(key, on),
              setRadius: (radius) => this.emit('service-locator-search-radius-change', { radius }),
              clear: () => this.emit('service-locator-search-filters-change', { filters: NO_FILTERS }),
            })
          : this.panelFailed
            ? html`<p role="status">${t.filtersUnavailable}</p>`
            : nothing}
      </details>
    `;
  }
}
