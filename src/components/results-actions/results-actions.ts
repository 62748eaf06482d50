/**
 * `<service-locator-results-actions>`: a small toolbar under the results to print them as a
 * clean A4 list and to download them as CSV (spreadsheet) or GeoJSON (map). Owns the buttons,
 * the file names and the download through a Blob URL made on click (a strict CSP without
 * `data:` still works); the printed list comes from ./print-model.ts and ./print.ts. Not
 * self-registering: call `defineResultsActions()`.
 *
 * @summary Print or download the current results.
 * @csspart toolbar - The group of buttons.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resultsToCsv, resultsToGeoJson } from '../../core/export/index.js';
import type { SearchResult } from '../../core/search/types.js';
import { actionsStrings } from '../../i18n/strings-actions.js';
import { themeStyles } from '../service-locator/theme.js';
import { buildPrintModel } from './print-model.js';
import { preparePrint, printModel } from './print.js';

export const RESULTS_ACTIONS_TAG = 'service-locator-results-actions';

/** `2026-11-23` in Europe/Paris. */
export function isoDay(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export class ResultsActionsElement extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        font-family: var(--_font);
        color: var(--_text);
      }
      :host([hidden]) {
        display: none;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0;
        padding: 0;
        border: 0;
      }
      button {
        flex: 0 1 auto;
        max-width: 100%;
        white-space: normal;
      }
    `,
  ];

  /** The results shown now (in display order). */
  @property({ attribute: false }) results: SearchResult[] = [];
  /** What was searched, in words ("CAF près de Lherm"), for the printed header. */
  @property({ attribute: false }) searchSummary = '';
  /** The catalogue's attribution, printed under the header. */
  @property({ attribute: false }) attribution = '';
  @property({ reflect: true }) override lang: 'fr' | 'en' = 'fr';
  /** The instant for hours phrases and the printed date (default: when printing). */
  @property({ attribute: false }) now?: Date;

  @state() private message = '';
  private cleanup: (() => void) | undefined;

  private get t() {
    return actionsStrings(this.lang === 'en' ? 'en' : 'fr');
  }

  private model() {
    return buildPrintModel(this.results ?? [], {
      lang: this.lang === 'en' ? 'en' : 'fr',
      now: this.now ?? new Date(),
      searchSummary: this.searchSummary,
      attribution: this.attribution,
    });
  }

  /**
   * Puts the printable list in the page (hidden on screen, alone in print) without opening the
   * print dialog; `cleanupPrint()` removes it. The print button goes through the same path.
   */
  preparePrint(): void {
    this.cleanupPrint();
    this.cleanup = preparePrint(this.ownerDocument, this.model());
  }

  /** Removes what `preparePrint()` or the print button added to the page. */
  cleanupPrint(): void {
    const c = this.cleanup;
    this.cleanup = undefined;
    c?.();
  }

  /** Opens the print dialog for the current results (what the button does). */
  print(): void {
    this.cleanupPrint();
    this.cleanup = printModel(this.ownerDocument, this.model());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanupPrint();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('results')) this.message = '';
  }

  private download(kind: 'csv' | 'geojson'): void {
    const lang = this.lang === 'en' ? 'en' : 'fr';
    const results = this.results ?? [];
    const name = `${this.t.fileStem}-${isoDay(this.now ?? new Date())}.${kind}`;
    const blob =
      kind === 'csv'
        ? // French spreadsheets expect semicolons (the comma is the decimal separator).
          new Blob([resultsToCsv(results, lang, { separator: lang === 'fr' ? ';' : ',' })], { type: 'text/csv;charset=utf-8' })
        : new Blob([JSON.stringify(resultsToGeoJson(results, lang), null, 2)], { type: 'application/geo+json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    try {
      a.click();
    } finally {
      a.remove();
      // Some browsers read the URL after click returns: revoke a little later.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    this.message = this.t.downloaded(name);
  }

  protected override render() {
    const t = this.t;
    if (!this.results?.length) return nothing;
    return html`<div class="bar" role="group" aria-label=${t.groupLabel} part="toolbar">
        <button type="button" class="print" aria-describedby="print-desc" @click=${() => this.print()}>${t.print}</button>
        <button type="button" class="csv" aria-describedby="csv-desc" @click=${() => this.download('csv')}>${t.downloadCsv}</button>
        <button type="button" class="geojson" aria-describedby="geojson-desc" @click=${() => this.download('geojson')}>${t.downloadGeoJson}</button>
      </div>
      <span id="print-desc" hidden>${t.printHint}</span>
      <span id="csv-desc" hidden>${t.downloadCsvLabel}</span>
      <span id="geojson-desc" hidden>${t.downloadGeoJsonLabel}</span>
      <p class="visually-hidden" role="status">${this.message}</p>`;
  }
}

/** Registers `<service-locator-results-actions>` once. */
export function defineResultsActions(): void {
  if (!customElements.get(RESULTS_ACTIONS_TAG)) customElements.define(RESULTS_ACTIONS_TAG, ResultsActionsElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'service-locator-results-actions': ResultsActionsElement;
  }
}
