/**
 * `<service-locator-results-actions>`: a small toolbar under the results to print them as a
 * clean A4 list and to download them as CSV (spreadsheet) or GeoJSON (map). Owns the buttons,
 * the file names and the download through a Blob URL made on click (a strict CSP without
 * `data:` still works). The printed list and the file writers (./actions-core.ts, which pulls
 * in the hours engine and the exports) load through a dynamic `import()` started when results
 * are first shown, so they stay out of the initial bundle and a click does not wait for them.
 * Not self-registering: call `ServiceLocatorResultsActionsElement.define()`.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SearchResult } from '../../core/search/types.js';
import { actionsStrings } from '../../i18n/strings-actions.js';
import { themeStyles, viewHostStyles } from '../service-locator/theme.js';
import { BaseElement } from '../base-element.js';
import type { PrintOptions } from './print-model.js';
import { placeName } from '../../core/catalogue/place-guard.js';
import type { Lang } from '../../core/lang.js';
import { saveBlob } from '../download.js';

type ActionsCore = typeof import('./actions-core.js');
let core: Promise<ActionsCore> | undefined;
/** Loads ./actions-core.ts once per page (a failed load is retried on the next call). */
function loadCore(): Promise<ActionsCore> {
  core ??= import('./actions-core.js').catch((e: unknown) => {
    core = undefined;
    throw e;
  });
  return core;
}

/** `2026-11-23` in Europe/Paris. */
export function isoDay(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Internal events (see base-element.ts): event name → detail. The root listens on this element. */
export interface ServiceLocatorResultsActionsEvents {
  /** A place printed or exported incomplete; the root reports it once. */
  'service-locator-results-actions-render-error': { placeId: string; name: string; error: unknown };
}

/**
 * @summary Print or download the current results (internal to `<service-locator>`, which shows
 * it as the `results-actions` part).
 * @tag service-locator-results-actions
 * @fires service-locator-results-actions-render-error - A place was printed or exported incomplete (internal: not bubbling, not composed; the root listens). Detail `{ placeId, name, error }`.
 * @csspart toolbar - The group of buttons.
 */
export class ServiceLocatorResultsActionsElement extends BaseElement<ServiceLocatorResultsActionsEvents> {
  static override readonly tagName = 'service-locator-results-actions';
  static override styles = [
    themeStyles,
    viewHostStyles,
    css`
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
  @property({ reflect: true }) override lang: Lang = 'fr';
  /** The instant for hours phrases and the printed date (default: when printing). */
  @property({ attribute: false }) now?: Date;

  @state() private message = '';
  private cleanup: (() => void) | undefined;

  private get t() {
    return actionsStrings(this.lang === 'en' ? 'en' : 'fr');
  }

  private options(): PrintOptions {
    return {
      lang: this.lang === 'en' ? 'en' : 'fr',
      now: this.now ?? new Date(),
      searchSummary: this.searchSummary,
      attribution: this.attribution,
      onError: this.renderError,
    };
  }

  /**
   * A place printed or exported incomplete (its name and "informations incomplètes"): told to
   * the root, which reports it once (`service-locator-error`, kind `render`).
   */
  private readonly renderError = (placeId: string, error: unknown): void => {
    const place = this.results.find((r) => r.place.id === placeId)?.place;
    this.emit('service-locator-results-actions-render-error', { placeId, name: place ? placeName(place) : placeId, error });
  };

  /**
   * Puts the printable list in the page (hidden on screen, alone in print) without opening the
   * print dialog; `cleanupPrint()` removes it. The print button goes through the same path.
   */
  async preparePrint(): Promise<void> {
    const { prepare } = await loadCore();
    this.cleanupPrint();
    this.cleanup = prepare(this.ownerDocument, this.results ?? [], this.options());
  }

  /** Removes what `preparePrint()` or the print button added to the page. */
  cleanupPrint(): void {
    const c = this.cleanup;
    this.cleanup = undefined;
    c?.();
  }

  /** Opens the print dialog for the current results (what the button does). */
  async print(): Promise<void> {
    const { print } = await loadCore();
    this.cleanupPrint();
    this.cleanup = print(this.ownerDocument, this.results ?? [], this.options());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanupPrint();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A failure stays said (its chunk is still missing); a download's words go with its results.
    if (changed.has('results') && this.message !== this.t.failed) this.message = '';
  }

  protected override updated(): void {
    // Results are on screen: fetch the print/export code now, so a click finds it ready.
    if (this.results?.length) loadCore().catch(() => undefined);
  }

  /** Starts the download of the current results (what the CSV and GeoJSON buttons do). */
  async download(kind: 'csv' | 'geojson'): Promise<void> {
    const { exportBlob } = await loadCore();
    const lang = this.lang === 'en' ? 'en' : 'fr';
    const name = `${this.t.fileStem}-${isoDay(this.now ?? new Date())}.${kind}`;
    const blob = exportBlob(kind, this.results ?? [], lang, this.renderError);
    saveBlob(this.renderRoot, blob, name);
    this.message = this.t.downloaded(name);
  }

  /**
   * The print/export code could not be loaded (offline, or the site updated since the page
   * loaded): said on screen too, or a sighted resident meets a button that does nothing.
   */
  private failed(): void {
    this.message = this.t.failed;
  }

  protected override render() {
    const t = this.t;
    if (!this.results?.length) return nothing;
    return html`<div class="bar" role="group" aria-label=${t.groupLabel} part="toolbar">
        <button type="button" class="print" aria-describedby="print-desc" @click=${() => this.print().catch(() => this.failed())}>${t.print}</button>
        <button type="button" class="csv" aria-describedby="csv-desc" @click=${() => this.download('csv').catch(() => this.failed())}>${t.downloadCsv}</button>
        <button type="button" class="geojson" aria-describedby="geojson-desc" @click=${() => this.download('geojson').catch(() => this.failed())}>${t.downloadGeoJson}</button>
      </div>
      <span id="print-desc" hidden>${t.printHint}</span>
      <span id="csv-desc" hidden>${t.downloadCsvLabel}</span>
      <span id="geojson-desc" hidden>${t.downloadGeoJsonLabel}</span>
      <p class=${this.message === t.failed ? 'failed' : 'visually-hidden'} role="status">${this.message}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-locator-results-actions': ServiceLocatorResultsActionsElement;
  }
}
