/**
 * `<service-locator-coverage>`: the coverage view for staff pages. Shows the share of the
 * population within N minutes by car (estimate) of a qualifying place, the communes shaded by
 * estimated time on an inline SVG map (no map library), a legend in words, and an accessible
 * sortable table of the communes beyond the threshold. Owns rendering and the table's sort
 * order only; the figures come from the DOM-free core (src/core/coverage). The class does not
 * register itself.
 */
import { css, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Place } from '../../core/catalogue/types.js';
import type { NeedId, PlaceKind } from '../../core/needs/vocabulary.js';
import { nextVisits } from '../../core/hours/visits.js';
import {
  analyseCoverage,
  describeMethod,
  displayMinutes,
  formatCount,
  formatShare,
  outlinesByInsee,
  parseCoverageCommunes,
  DEFAULT_THRESHOLD_MINUTES,
  type CommuneCoverage,
  type CoverageResult,
  type CoverageTarget,
} from '../../core/coverage/index.js';
import { themeStyles, viewHostStyles } from '../service-locator/theme.js';
import { BaseElement } from '../base-element.js';
import { CLASS_FILL, TIME_CLASSES, fitProjection, outerPositions, pathData, timeClass, type TimeClass } from './choropleth.js';
import { COVERAGE_STRINGS, type SortKey } from './strings.js';
import type { Lang } from '../../core/lang.js';

/** A commune as the view accepts it: a gazetteer entry with a population (French field names accepted too). */
export interface CoverageCommuneInput {
  insee?: string;
  code?: string;
  name?: string;
  nom?: string;
  lat: number;
  lon: number;
  population?: number;
}

/**
 * @summary Coverage of a territory by places (share of the population within N minutes by car, map, table).
 * @tag service-locator-coverage
 * @cssproperty [--service-locator-accent=#0a4f9e] - Buttons and focus.
 * @csspart map - The SVG map.
 * @csspart table - The table of communes beyond the threshold.
 */
export class ServiceLocatorCoverageElement extends BaseElement {
  static override readonly tagName = 'service-locator-coverage';
  static override styles = [
    themeStyles,
    viewHostStyles,
    css`
      h2 {
        font-size: 1.3em;
        margin: 0 0 0.4em;
      }
      h3 {
        font-size: 1.05em;
        margin: 1em 0 0.4em;
      }
      .share {
        font-size: 1.1em;
      }
      .share strong {
        font-size: 1.2em;
      }
      figure {
        margin: 0.8em 0;
      }
      svg.map {
        display: block;
        width: 100%;
        max-width: 640px;
        height: auto;
        background: var(--_bg);
      }
      svg.map path,
      svg.map circle {
        stroke: var(--_bg);
        stroke-width: 0.6;
      }
      svg.map .beyond-outline {
        stroke: var(--_text);
        stroke-width: 0.9;
      }
      ul.legend {
        list-style: none;
        padding: 0;
        margin: 0.4em 0;
      }
      ul.legend li {
        display: flex;
        align-items: center;
        gap: 0.5em;
        margin: 0.2em 0;
      }
      ul.legend svg {
        flex: none;
        border: 1px solid var(--_border);
      }
      table {
        border-collapse: collapse;
        width: 100%;
        max-width: 760px;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding: 0.4em 0;
      }
      th,
      td {
        border-bottom: 1px solid var(--_border);
        padding: 0.3em 0.5em;
        text-align: start;
        vertical-align: top;
      }
      td.num,
      th.num {
        text-align: end;
      }
      th button {
        border: none;
        padding: 0.2em 0.3em;
        font-weight: 700;
        color: var(--_accent);
        background: transparent;
        min-height: var(--_target);
      }
      th button .arrow {
        display: inline-block;
        min-width: 1em;
      }
      details {
        margin-top: 1em;
      }
      summary {
        cursor: pointer;
        min-height: var(--_target);
        display: flex;
        align-items: center;
      }
      @media (forced-colors: active) {
        svg.map path,
        svg.map circle,
        ul.legend svg {
          forced-color-adjust: none;
        }
      }
    `,
  ];

  /** The catalogue's places (validated). */
  @property({ attribute: false }) places: Place[] = [];
  /** Communes with centre and population (`data/communes.json` entries, or gazetteer entries). */
  @property({ attribute: false }) communes: CoverageCommuneInput[] = [];
  /** Commune outlines (FeatureCollection; INSEE code in `properties.code`, `insee` or `INSEE_COM`). */
  @property({ attribute: false }) outlines: FeatureCollection | null = null;
  /** When true and outlines are given, only the communes that have an outline are counted. */
  @property({ attribute: false }) outlinesDefineTerritory = false;
  /** Threshold in minutes (default 30). */
  @property({ type: Number }) minutes = DEFAULT_THRESHOLD_MINUTES;
  /** Count only places offering this need. */
  @property() need: NeedId | '' = '';
  /** Count only places of this kind (ignored when `need` is set). */
  @property() kind: PlaceKind | '' = '';
  @property() override lang: Lang = 'fr';
  /** Instant from which bus visits are looked for (default: when the figures are computed). */
  @property({ attribute: false }) at: Date | null = null;

  @state() private sortKey: SortKey = 'population';
  @state() private ascending = false;
  @state() private announcement = '';

  private result: CoverageResult | null = null;
  private shapes = new Map<string, Polygon | MultiPolygon>();
  /** The map is rebuilt only when the figures, outlines or language change, not when the table is sorted. */
  private mapView: unknown = nothing;

  /** The last computed figures (read-only), for a host page that wants to export them. */
  get coverage(): CoverageResult | null {
    return this.result;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('outlines')) this.shapes = this.outlines ? outlinesByInsee(this.outlines) : new Map<string, Polygon | MultiPolygon>();
    if (['places', 'communes', 'minutes', 'need', 'kind', 'at', 'outlines', 'outlinesDefineTerritory'].some((k) => changed.has(k as keyof ServiceLocatorCoverageElement))) {
      const target: CoverageTarget = this.need ? { need: this.need } : this.kind ? { kind: this.kind } : {};
      const parsed = parseCoverageCommunes(this.communes ?? []).communes;
      // With `outlinesDefineTerritory`, a commune list wider than the outlines (a gazetteer of
      // several départements) does not change the territory's figures.
      const communes = this.outlinesDefineTerritory && this.shapes.size > 0 ? parsed.filter((c) => this.shapes.has(c.insee)) : parsed;
      this.result = analyseCoverage(this.places ?? [], communes, {
        thresholdMinutes: this.minutes,
        target,
        busVisits: { from: this.at ?? new Date(), nextVisits },
      });
    }
    if (['places', 'communes', 'minutes', 'need', 'kind', 'at', 'outlines', 'lang'].some((k) => changed.has(k as keyof ServiceLocatorCoverageElement)))
      this.mapView = this.result && this.result.counts.communes > 0 ? this.renderMap(this.result) : nothing;
  }

  private get t() {
    return COVERAGE_STRINGS[this.lang === 'en' ? 'en' : 'fr'];
  }

  override render() {
    const r = this.result;
    const t = this.t;
    const lang = this.lang === 'en' ? 'en' : 'fr';
    const m = r?.thresholdMinutes ?? DEFAULT_THRESHOLD_MINUTES;
    return html`<section aria-labelledby="cov-heading">
      <h2 id="cov-heading">${t.heading(m)}</h2>
      ${!r || r.counts.communes === 0
        ? html`<p>${t.noCommunes}</p>`
        : html`<p class="share">
              <strong>${formatShare(r.population.share, lang)}</strong>
              ${t.share(formatCount(r.population.within, lang), formatCount(r.population.total, lang), m)}
            </p>
            <p>${t.counts(r.counts.within, r.counts.beyond, m)} ${r.points.points === 0 ? t.noPlaces : nothing}</p>
            ${this.mapView} ${this.renderTable(r)}
            <details>
              <summary>${t.methodHeading}</summary>
              <ul>
                ${describeMethod(r.model, lang).map((l) => html`<li>${l}</li>`)}
              </ul>
            </details>`}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private patterns(): SVGTemplateResult {
    return svg`<defs>
      <pattern id="cov-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#4a8bc4"></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#0b2c55" stroke-width="2.2"></line>
      </pattern>
      <pattern id="cov-cross" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#1f4e8c"></rect><path d="M0 0L6 6M6 0L0 6" stroke="#ffffff" stroke-width="1.2"></path>
      </pattern>
      <pattern id="cov-dots" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#c8c8c8"></rect><circle cx="2.5" cy="2.5" r="1.1" fill="#333333"></circle>
      </pattern>
    </defs>`;
  }

  private renderMap(r: CoverageResult) {
    const t = this.t;
    const m = r.thresholdMinutes;
    const positions: Position[] = [];
    for (const c of r.communes) {
      const g = this.shapes.get(c.insee);
      if (g) for (const p of outerPositions(g)) positions.push(p);
      else positions.push([c.lon, c.lat]);
    }
    const proj = fitProjection(positions);
    if (!proj) return nothing;
    const shapes = r.communes.map((c) => {
      const cls = timeClass(c.minutes, m);
      const g = this.shapes.get(c.insee);
      const label = `${c.name} : ${this.minutesText(c)}`;
      if (g)
        return svg`<path d=${pathData(g, proj)} fill=${CLASS_FILL[cls]} fill-rule="evenodd" class=${c.covered ? '' : 'beyond-outline'}><title>${label}</title></path>`;
      const [x, y] = proj.project(c.lon, c.lat);
      return svg`<circle cx=${x} cy=${y} r="4" fill=${CLASS_FILL[cls]} class=${c.covered ? '' : 'beyond-outline'}><title>${label}</title></circle>`;
    });
    const present = new Set<TimeClass>(r.communes.map((c) => timeClass(c.minutes, m)));
    return html`<figure>
      <svg
        part="map"
        class="map"
        role="img"
        aria-label=${t.mapLabel(r.counts.within, r.counts.beyond, m)}
        viewBox="0 0 ${proj.width} ${proj.height}"
        xmlns="http://www.w3.org/2000/svg"
      >
        ${this.patterns()} ${shapes}
      </svg>
      <figcaption>
        <h3 id="cov-legend">${t.legendHeading}</h3>
        <ul class="legend" aria-labelledby="cov-legend">
          ${TIME_CLASSES.filter((c) => present.has(c) || c !== 'none').map(
            (c) => html`<li>
              <!-- The fills reference the patterns defined once in the map above (same shadow root). -->
              <svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
                <rect width="28" height="18" fill=${CLASS_FILL[c]}></rect>
              </svg>
              <span>${t.classLabel(c, m)}</span>
            </li>`,
          )}
        </ul>
      </figcaption>
    </figure>`;
  }

  private minutesText(c: CommuneCoverage): string {
    const m = displayMinutes(c.minutes);
    return m === null ? this.t.noPlace : `${m} min`;
  }

  private sorted(rows: readonly CommuneCoverage[]): CommuneCoverage[] {
    const dir = this.ascending ? 1 : -1;
    const key = this.sortKey;
    const cmpName = (a: CommuneCoverage, b: CommuneCoverage): number => a.name.localeCompare(b.name, 'fr');
    return [...rows].sort((a, b) => {
      let d: number;
      if (key === 'name') d = cmpName(a, b);
      else if (key === 'population') d = a.population - b.population;
      else d = (a.minutes ?? Infinity) - (b.minutes ?? Infinity);
      return d * dir || cmpName(a, b);
    });
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.ascending = !this.ascending;
    else {
      this.sortKey = key;
      // Names read best A→Z; population and minutes largest first (the planner's question).
      this.ascending = key === 'name';
    }
    this.announcement = this.t.sorted(this.t.columns[key], this.ascending);
  }

  private renderTable(r: CoverageResult) {
    const t = this.t;
    const m = r.thresholdMinutes;
    const lang = this.lang === 'en' ? 'en' : 'fr';
    if (r.beyond.length === 0) return html`<p>${t.noneBeyond(m)}</p>`;
    const header = (key: SortKey, num: boolean) => {
      const active = this.sortKey === key;
      const sort = active ? (this.ascending ? 'ascending' : 'descending') : nothing;
      return html`<th scope="col" class=${num ? 'num' : ''} aria-sort=${sort}>
        <button type="button" data-sort=${key} @click=${() => this.sortBy(key)}>
          ${t.columns[key]}<span class="arrow" aria-hidden="true">${active ? (this.ascending ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>`;
    };
    return html`<table part="table">
      <caption>${t.tableCaption(r.beyond.length, m)}</caption>
      <thead>
        <tr>
          ${header('name', false)} ${header('population', true)} ${header('minutes', true)}
          <th scope="col">${t.columns.nearest}</th>
        </tr>
      </thead>
      <tbody>
        ${this.sorted(r.beyond).map(
          (c) => html`<tr>
            <th scope="row">${c.name}</th>
            <td class="num">${formatCount(c.population, lang)}</td>
            <td class="num">${displayMinutes(c.minutes) ?? t.noPlace}</td>
            <td>${c.nearest?.name ?? t.noPlace}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-locator-coverage': ServiceLocatorCoverageElement;
  }
}
