/**
 * `<service-locator-list>`: the accessible list of results, the element's primary path (the
 * map is an enhancement). A real `<ul>` with a heading per place, its kind, distance, open
 * status in words, next bus visit, "position approximative", and actions with explicit
 * accessible names. Owns paging ("Afficher plus", which moves focus to the first new place);
 * it does not search or select: intents go up as events.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GeoPoint, Place } from '../../core/catalogue/types.js';
import { KIND_LABELS } from '../../core/needs/vocabulary.js';
import type { SearchResult } from '../../core/search/types.js';
// The hours modules themselves, not hours/index.ts: the week table and the iCalendar export stay
// out of the first list's chunk (issue 15, item 3).
import { departmentOf as placeDepartment } from '../../core/hours/calendar.js';
import { describeFrequency, describeStatus, describeVisit } from '../../core/hours/phrases.js';
import { getStatus } from '../../core/hours/status.js';
import { nextVisits } from '../../core/hours/visits.js';
import { formatDistance, keepTogether, uiStrings, type Lang } from '../../i18n/index.js';
import { themeStyles, viewHostStyles } from '../service-locator/theme.js';
import { BaseElement } from '../base-element.js';
import { proximityOf } from '../../core/search/proximity.js';
import { directionsUrl, telHref } from './links.js';
import { guardPlace, placeName } from '../../core/catalogue/place-guard.js';

/** Internal events (see base-element.ts): event name → detail. The root listens on this element. */
export interface ServiceLocatorListEvents {
  'service-locator-list-details': { placeId: string; opener: HTMLElement };
  /** A place could not be shown whole (its card says so); the root reports it. */
  'service-locator-list-render-error': { placeId: string; name: string; error: unknown };
}

export const PAGE_SIZE = 20;

/** Where the resident searches from, as the list reads it (see `origin`). */
export interface ListOrigin extends GeoPoint {
  insee?: string | undefined;
  precise?: boolean;
}

/**
 * @summary The accessible list of results (internal to `<service-locator>`).
 * @tag service-locator-list
 * @fires service-locator-list-details - A place's "Détails" was pressed (internal: not bubbling, not composed; the root listens). Detail `{ placeId, opener }`.
 * @fires service-locator-list-render-error - A card was shown incomplete (internal: not bubbling, not composed; the root listens). Detail `{ placeId, name, error }`.
 * @csspart list - The list of results (exported by the root).
 * @csspart item - One place in the list (exported by the root).
 * @csspart details-button - A place's "Détails" button (exported by the root).
 * @csspart more-button - The "Afficher plus" button (exported by the root).
 */
export class ServiceLocatorListElement extends BaseElement<ServiceLocatorListEvents> {
  static override readonly tagName = 'service-locator-list';
  static override styles = [
    themeStyles,
    viewHostStyles,
    css`
      ul.results {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.place {
        border: 1px solid var(--_border-soft);
        border-radius: var(--_radius);
        padding: 0.9em 0.85em 0.85em;
        margin: 0 0 0.75em;
        background: var(--_bg);
      }
      li.place.selected {
        border-color: var(--_accent);
        box-shadow: inset 4px 0 0 var(--_accent);
      }
      h3 {
        margin: 0;
        font-size: 1.15em;
        line-height: 1.3;
        overflow-wrap: break-word;
      }
      h3:focus {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      p {
        margin: 0.2em 0 0;
        overflow-wrap: break-word;
      }
      .kind {
        color: var(--_muted);
        font-size: 0.95em;
        margin-top: 0.1em;
      }
      .meta,
      .address {
        color: var(--_muted);
      }
      .status {
        margin-top: 0.55em;
        font-weight: 600;
      }
      .status.open {
        color: var(--_open);
      }
      .status.closed {
        color: var(--_closed);
      }
      .status .dot {
        display: inline-block;
        width: 0.6em;
        height: 0.6em;
        border-radius: 50%;
        margin-inline-end: 0.4em;
        background: currentColor;
        vertical-align: 0.1em;
      }
      .approx {
        font-style: italic;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 0.8em;
      }
      .actions .button:not(.primary) {
        border-color: var(--_border-soft);
      }
      .actions button,
      .actions .button {
        padding-inline: 0.7em;
      }
      .more {
        margin: 0.3em 0 1em;
      }
    `,
  ];

  @property() override lang: Lang = 'fr';
  @property({ attribute: false }) results: SearchResult[] = [];
  @property({ attribute: false }) now: Date = new Date();
  @property({ attribute: false }) selectedId: string | null = null;
  /** Show the "show on the map" action (false when the map failed or is turned off). */
  @property({ type: Boolean }) mapAvailable = false;
  /** Directions URL template: `{lat}`, `{lon}`, `{name}`, `{from}` (origin `lat,lon` or empty). */
  @property() directions = '';
  /**
   * Where the resident searches from: the point, and the commune it is the centre of (`insee`)
   * or a real position (`precise`). Directions start from it only when it is a real position.
   */
  @property({ attribute: false }) origin: ListOrigin | null = null;

  @state() private limit = PAGE_SIZE;
  private focusIndex = -1;
  /** Places whose card failed, told once each (the list re-renders every minute). */
  private readonly failed = new WeakSet<object>();
  private pendingFailures: ServiceLocatorListEvents['service-locator-list-render-error'][] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('results')) this.limit = PAGE_SIZE;
  }

  protected override updated(): void {
    // Told after the render, not during it: the root's handler may update state.
    const failures = this.pendingFailures;
    this.pendingFailures = [];
    for (const f of failures) this.emit('service-locator-list-render-error', f);
    if (this.focusIndex >= 0) {
      const h = this.renderRoot.querySelectorAll<HTMLElement>('li.place h3')[this.focusIndex];
      this.focusIndex = -1;
      h?.focus();
    }
  }

  /** Focuses the first result's heading (after a search made from the keyboard). */
  focusFirst(): boolean {
    const h = this.renderRoot.querySelector<HTMLElement>('li.place h3');
    h?.focus();
    return !!h;
  }

  private showMore(): void {
    this.focusIndex = this.limit;
    this.limit += PAGE_SIZE;
  }

  /**
   * One card inside a guard: a value that makes it throw costs that card (its name and
   * "informations incomplètes"), never the list.
   */
  private renderGuarded(r: SearchResult, index: number) {
    return guardPlace(
      r.place,
      () => this.renderPlace(r, index),
      (name, id) => html`<li class="place incomplete" part="item" data-place-id=${id}>
        <h3 id=${`place-${index}`} tabindex="-1" lang=${this.lang === 'fr' ? nothing : 'fr'}>${name}</h3>
        <p class="meta">${uiStrings(this.lang).incomplete}</p>
      </li>`,
      (placeId, error) => {
        if (this.failed.has(r.place)) return;
        this.failed.add(r.place);
        this.pendingFailures.push({ placeId, name: placeName(r.place), error });
      },
    );
  }

  /**
   * A card, in the order a resident reads it: name, kind, the status line (in words), distance,
   * address; one primary action (the detail) and at most two links (call, directions). Website,
   * map and the rest are in the detail. A bus reached through one stop speaks of that stop only.
   */
  private renderPlace(r: SearchResult, index: number) {
    const t = uiStrings(this.lang);
    const p: Place = r.place;
    const headingId = `place-${index}`;
    const stop = r.stopId && p.stops ? p.stops.find((s) => s.id === r.stopId) : undefined;
    const where = stop ? { address: stop.address, location: stop.location } : p;
    const addressLine = [where.address.street, [where.address.postcode, where.address.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    // Catalogue text is French; an English page says so, for screen readers' pronunciation.
    const dataLang = this.lang === 'fr' ? nothing : 'fr';
    return html`<li class="place ${p.id === this.selectedId ? 'selected' : ''}" part="item" data-place-id=${p.id}>
      <h3 id=${headingId} tabindex="-1" lang=${dataLang}>${p.name}</h3>
      <p class="kind">${KIND_LABELS[p.kind][this.lang]}${stop ? html` · <span lang=${dataLang}>${t.stopLine(stop.name)}</span>` : nothing}</p>
      ${this.renderStatus(p, r.stopId)}
      ${r.distanceKm !== undefined ? html`<p class="meta">${this.distanceText(r.distanceKm, where)}</p>` : nothing}
      ${addressLine ? html`<p class="address" lang=${dataLang}>${addressLine}</p>` : nothing}
      ${where.location.precision === 'commune' ? html`<p class="approx meta">${t.approximateShort}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" part="details-button" aria-label=${t.detailsLabel(p.name)}
          @click=${(e: Event) => this.emit('service-locator-list-details', { placeId: p.id, opener: e.currentTarget as HTMLElement })}>
          ${t.details}
        </button>
        ${p.contact?.phone && telHref(p.contact.phone)
          ? html`<a class="button" href=${telHref(p.contact.phone)!} aria-label=${t.callLabel(p.name, p.contact.phone)}>${t.call}</a>`
          : nothing}
        ${this.renderDirections(p, where.location)}
      </div>
    </li>`;
  }

  /** "à 850 m", or for a commune-centre position "dans la commune" / "à environ 3 km". */
  private distanceText(km: number, where: Pick<Place, 'address' | 'location'>): string {
    const t = uiStrings(this.lang);
    const p = proximityOf(km, where, this.origin);
    if (p.kind === 'in-commune') return t.inCommune;
    if (p.kind === 'about') return t.aboutDistance(formatDistance(this.lang, p.km));
    return t.distance(formatDistance(this.lang, p.km));
  }

  private renderDirections(p: Place, to: GeoPoint) {
    const t = uiStrings(this.lang);
    // A commune centre is not where the resident is: the directions page then asks them where
    // they start, rather than routing from the commune centre (often the same point as an
    // approximate place, which gives an empty route).
    const from = this.origin && this.origin.precise !== false ? this.origin : null;
    const href = directionsUrl(this.directions, to, p.name, from);
    if (!href) return nothing;
    return html`<a class="button" href=${href} target="_blank" rel="noopener noreferrer" aria-label=${t.directionsLabel(p.name)}
      >${t.directions}</a
    >`;
  }

  private renderStatus(p: Place, stopId: string | undefined) {
    const t = uiStrings(this.lang);
    if (p.kind === 'bus' && p.stops && p.stops.length > 0) {
      const visit = nextVisits(p, this.now, { days: 60, limit: 1, ...(stopId ? { stopId } : {}) })[0];
      if (visit) return html`<p class="status">${keepTogether(describeVisit(visit, this.lang))}</p>`;
      // Reached through a stop whose dates are not fixed: its pattern, in one short line, never
      // dates; where to learn them is in the detail.
      const stop = stopId ? p.stops.find((s) => s.id === stopId) : undefined;
      if (stop?.frequency && !stop.hours) {
        const { datesNote: _note, ...pattern } = stop.frequency;
        return html`<p class="status">${keepTogether(describeFrequency(pattern, this.lang))}</p>`;
      }
      return html`<p class="status">${t.nextVisitUnknown}</p>`;
    }
    if (!p.hours) return html`<p class="status">${t.hoursUnknown}</p>`;
    const status = getStatus(p.hours, this.now, placeDepartment(p));
    // The dot is decoration beside the words; the words carry the state.
    return html`<p class="status ${status.state}">${status.state === 'unknown' ? nothing : html`<span class="dot" aria-hidden="true"></span>`}${keepTogether(describeStatus(status, this.now, this.lang))}</p>`;
  }

  override render() {
    const t = uiStrings(this.lang);
    const shown = this.results.slice(0, this.limit);
    const remaining = this.results.length - shown.length;
    return html`
      <ul class="results" part="list" aria-label=${t.resultsHeading}>
        ${repeat(shown, (r) => r.place.id, (r, i) => this.renderGuarded(r, i))}
      </ul>
      ${remaining > 0
        ? html`<button type="button" class="more" part="more-button" @click=${this.showMore}>${t.showMore(remaining)}</button>`
        : nothing}
    `;
  }
}

