/**
 * The parts of `<service-locator-search>` that no first list paint shows (issue 15, item 3):
 * the filters' body (kind, conditions, radius, equipment, "Effacer les filtres") and the
 * suggestions (what is offered, the options, their arrow keys), with their styles and words (../../i18n/strings-filters.ts). The search
 * box loads this module after the first list has painted, so that opening the filters on a warm
 * page is immediate, or at once when the resident opens the filters or types before then; it
 * keeps the text box, the chips, the empty listbox the combobox controls and the disclosure's
 * summary itself, which the first list paint shows or points to.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { EQUIPMENT, type Equipment, type PlaceKind } from '../../core/catalogue/types.js';
import { RADIUS_CHOICES, type RadiusChoice, type SearchFilters } from '../../core/search/state.js';
import type { NeedSuggestion } from '../../core/search/types.js';
import { KIND_LABELS, PLACE_KINDS } from '../../core/needs/vocabulary.js';
import { fold } from '../../core/text/fold.js';
import { radiusLabel } from '../../i18n/strings-announce.js';
import { filterStrings } from '../../i18n/strings-filters.js';
import { uiStrings, type Lang } from '../../i18n/index.js';
import type { Facets } from './facets.js';

/** The styles of the options and of the filters' body, adopted with the element's own once here. */
export const panelStyles = css`
  [role='listbox'] {
    position: absolute;
    z-index: 5;
    left: 0;
    right: 0;
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.15);
    max-height: 20em;
    overflow-y: auto;
  }
  [role='option'] {
    padding: 0.6em 0.8em;
    min-height: var(--_target);
    cursor: pointer;
  }
  [role='option'] .term {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    outline: 2px solid transparent;
  }
  [role='option'][aria-selected='true'] .term {
    color: inherit;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0.5em 0;
    padding: 0.3em 0.8em 0.5em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.2em;
  }
  .checks label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/** What the filters' body reads from the search box and tells it back. */
export interface FiltersView {
  lang: Lang;
  filters: SearchFilters;
  facets: Facets | null;
  radius: RadiusChoice;
  /** How many filters are on ("Effacer les filtres" only then). */
  count: number;
  toggle<K extends 'kinds' | 'equipment'>(key: K, value: K extends 'kinds' ? PlaceKind : Equipment, on: boolean): void;
  setFlag(key: 'openNow' | 'walkIn' | 'wheelchair', on: boolean): void;
  setRadius(radius: RadiusChoice): void;
  clear(): void;
}

/**
 * A group of checkboxes, offering only values some place has (`count` 0 hides one, unless it
 * is ticked: it must stay removable); none left, no group.
 */
function renderChecks(
  lang: Lang,
  legend: string,
  name: string,
  options: Array<{ name?: string; label: string; count: number | undefined; hide?: boolean; on: boolean; set: (on: boolean) => void }>,
) {
  const w = filterStrings(lang);
  const offered = options.filter((o) => o.on || (!o.hide && o.count !== 0));
  if (offered.length === 0) return nothing;
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="checks">
      ${offered.map(
        (o) => html`<label
          ><input type="checkbox" name=${o.name ?? name} .checked=${o.on} @change=${(e: Event) => o.set((e.target as HTMLInputElement).checked)} />${o.count === undefined
            ? o.label
            : w.withCount(o.label, o.count)}</label
        >`,
      )}
    </div>
  </fieldset>`;
}

/** The filters' body, inside the search box's `<details>` after its summary. */
export function renderFilters(v: FiltersView): TemplateResult {
  const { lang, filters: f, facets: fc } = v;
  const t = uiStrings(lang);
  const w = filterStrings(lang);
  return html`${renderChecks(
      lang,
      w.kindLegend,
      'kind',
      PLACE_KINDS.map((k) => ({ label: KIND_LABELS[k][lang], count: fc ? (fc.kinds.get(k) ?? 0) : undefined, on: f.kinds.includes(k), set: (on: boolean) => v.toggle('kinds', k, on) })),
    )}
    ${renderChecks(lang, w.conditionsLegend, 'condition', [
      { name: 'open-now', label: t.openNow, count: undefined, hide: !!fc && fc.withHours === 0, on: f.openNow, set: (on: boolean) => v.setFlag('openNow', on) },
      { name: 'walk-in', label: t.walkIn, count: fc?.walkIn, on: f.walkIn, set: (on: boolean) => v.setFlag('walkIn', on) },
      { name: 'wheelchair', label: t.wheelchair, count: fc?.wheelchair, on: f.wheelchair, set: (on: boolean) => v.setFlag('wheelchair', on) },
    ])}
    <fieldset>
      <legend>${w.radiusLegend}</legend>
      <div class="checks">
        ${RADIUS_CHOICES.map(
          (r) => html`<label
            ><input type="radio" name="radius" .checked=${v.radius === r} @change=${() => v.setRadius(r)} />${radiusLabel(lang, r)}</label
          >`,
        )}
      </div>
    </fieldset>
    ${renderChecks(
      lang,
      w.equipmentLegend,
      'equipment',
      EQUIPMENT.map((q) => ({ label: t.equipment[q], count: fc ? (fc.equipment.get(q) ?? 0) : undefined, on: f.equipment.includes(q), set: (on: boolean) => v.toggle('equipment', q, on) })),
    )}
    ${v.count > 0 ? html`<button type="button" @click=${v.clear}>${w.clearFilters}</button>` : nothing}`;
}

/**
 * The combobox's suggestions: the needs offered for the text, whether the listbox is open and
 * which option is active (ARIA 1.2 combobox with list autocomplete). Every change asks the host
 * to render again.
 */
export class Suggestions {
  list: NeedSuggestion[] = [];
  open = false;
  active = -1;
  private readonly host: { requestUpdate(): void };

  constructor(host: { requestUpdate(): void }) {
    this.host = host;
  }

  /** Offers up to 8 needs for `text` (2 letters or more), less those already chosen; a failing `suggest` offers none. */
  refresh(text: string, suggest: (text: string, lang: Lang) => NeedSuggestion[], lang: Lang, chosen: readonly string[]): void {
    const t = text.trim();
    let list: NeedSuggestion[] = [];
    if (t.length >= 2) {
      try {
        list = suggest(t, lang).filter((s) => !chosen.includes(s.need)).slice(0, 8);
      } catch {
        list = [];
      }
    }
    this.list = list;
    this.open = list.length > 0;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** Closes the listbox (its options stay, for the arrow keys to open it again). */
  hide(): void {
    this.open = false;
    this.host.requestUpdate();
  }

  /** No options any more (one was picked). */
  clear(): void {
    this.list = [];
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /**
   * The arrow keys (open, move, wrap), Enter on the active option (`pick`), Escape while open
   * (closes, and goes no further). True when the key was the listbox's.
   */
  key(e: KeyboardEvent, pick: (index: number) => void): boolean {
    const n = this.list.length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n > 0) {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!this.open) {
        this.open = true;
        this.active = down ? 0 : n - 1;
      } else this.active = down ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
      this.host.requestUpdate();
      return true;
    }
    if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      pick(this.active);
      return true;
    }
    if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      e.stopPropagation();
      this.open = false;
      this.active = -1;
      this.host.requestUpdate();
      return true;
    }
    return false;
  }
}

/** The suggestions' options, inside the combobox's listbox; option ids are `${base}-opt-${i}`. */
export function renderOptions(suggestions: readonly NeedSuggestion[], active: number, base: string, pick: (index: number) => void): TemplateResult[] {
  return suggestions.map(
    (s, i) => html`<li
      role="option"
      id="${base}-opt-${i}"
      aria-selected=${i === active ? 'true' : 'false'}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => pick(i)}
    >
      ${s.label}${s.term && !s.otherLanguage && !fold(s.label).includes(fold(s.term)) ? html` <span class="term">(${s.term})</span>` : nothing}
    </li>`,
  );
}
