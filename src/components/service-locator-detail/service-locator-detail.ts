/**
 * `<service-locator-detail>`: everything the catalogue holds for one place, in a modal native
 * `<dialog>` (focus kept inside, Escape closes). Owns the dialog's opening and closing, the
 * week table, the bus's upcoming stops and their .ics download (a Blob URL made on click, so a
 * strict CSP without `data:` still works). A bus reached through one stop (`stopId`) leads with
 * that stop and its next visit; the other stops are one click away, in a disclosure. A stop whose
 * dates are not fixed (`frequency`) shows its pattern in words and offers no .ics (nothing certain
 * to put in a diary). Returning focus to the opener is the root's job: it
 * knows who opened the dialog; this element only says it closed.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Place, Stop } from '../../core/catalogue/types.js';
import { KIND_LABELS, NEED_LABELS } from '../../core/needs/vocabulary.js';
// The hours modules, not hours/index.ts (the whole API, with the parser's fast path the data core brings).
import { departmentOf as placeDepartment } from '../../core/hours/calendar.js';
import { visitsToICS } from '../../core/hours/ics.js';
import { describeFrequency, describeStatus, describeVisit } from '../../core/hours/phrases.js';
import { getStatus } from '../../core/hours/status.js';
import { nextVisits } from '../../core/hours/visits.js';
import { weekTable } from '../../core/hours/week.js';
import { keepTogether, uiStrings, type Lang } from '../../i18n/index.js';
import { formatDate, formatMinutes, formatWeekday } from '../../i18n/formats.js';
import { detailStrings } from '../../i18n/strings-detail.js';
import { themeStyles, viewHostStyles } from '../service-locator/theme.js';
import { BaseElement } from '../base-element.js';
import { mailHref, safeHref, telHref } from '../service-locator-list/links.js';
import { guardPlace, placeName } from '../../core/catalogue/place-guard.js';
import { saveBlob } from '../download.js';

/** Internal events (see base-element.ts): event name → detail. The root listens on this element. */
export interface ServiceLocatorDetailEvents {
  /** "Voir sur la carte" was pressed (the dialog has closed). */
  'service-locator-detail-show-on-map': { placeId: string };
  /** The dialog closed (Escape, the close button or `close()`). */
  'service-locator-detail-close': undefined;
  /** The place could not be shown whole (the dialog says so); the root reports it. */
  'service-locator-detail-render-error': { placeId: string; name: string; error: unknown };
}

/**
 * @summary The detail dialog of one place (internal to `<service-locator>`).
 * @tag service-locator-detail
 * @fires service-locator-detail-show-on-map - "Voir sur la carte" was pressed (internal: not bubbling, not composed; the root listens). Detail `{ placeId }`.
 * @fires service-locator-detail-close - The dialog closed (internal: not bubbling, not composed; the root listens).
 * @fires service-locator-detail-render-error - The place was shown incomplete (internal: not bubbling, not composed; the root listens). Detail `{ placeId, name, error }`.
 * @csspart detail - The dialog (exported by the root).
 * @csspart close-button - The dialog's close button (exported by the root).
 */
export class ServiceLocatorDetailElement extends BaseElement<ServiceLocatorDetailEvents> {
  static override readonly tagName = 'service-locator-detail';
  static override styles = [
    themeStyles,
    viewHostStyles,
    css`
      /* The dialog is the box: the host takes no room of its own. */
      :host {
        display: contents;
      }
      dialog {
        width: min(44rem, calc(100vw - 1rem));
        max-height: calc(100dvh - 1rem);
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_text);
        font-family: var(--_font);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      .head {
        position: sticky;
        top: 0;
        display: flex;
        align-items: flex-start;
        justify-content: space-between;
        gap: 0.5em;
        padding: 0.8em 1em 0.5em;
        background: var(--_bg);
        border-bottom: 1px solid var(--_border);
      }
      h2 {
        margin: 0;
        font-size: 1.3em;
        line-height: 1.25;
        overflow-wrap: break-word;
      }
      /* A phone: a full-height sheet, and a header that leaves room for the content. */
      @media (max-width: 40rem), (max-height: 30rem) {
        dialog {
          width: 100vw;
          max-width: 100vw;
          height: 100dvh;
          max-height: 100dvh;
          margin: 0;
          border: 0;
          border-radius: 0;
        }
        .head {
          padding: 0.4em 0.6em 0.4em 1em;
          align-items: center;
        }
        h2 {
          font-size: 1.1em;
        }
        .head .kind {
          font-size: 0.9em;
        }
      }
      @media (max-height: 30rem) {
        /* Short screens (a phone on its side, 400 % zoom): the header scrolls with the content. */
        .head {
          position: static;
        }
      }
      .head button {
        flex: none;
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0.6em 0 0;
      }
      .contact a {
        display: inline-flex;
        align-items: center;
        min-height: var(--_target);
        padding: 0 0.2em;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--_focus);
      }
      .body {
        padding: 0.5em 1em 1em;
      }
      h3 {
        font-size: 1.05em;
        margin: 1em 0 0.3em;
      }
      p,
      li,
      td {
        overflow-wrap: break-word;
      }
      td {
        hyphens: manual;
      }
      p {
        margin: 0.2em 0;
      }
      .kind {
        color: var(--_muted);
        margin: 0.2em 0 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.3em 0.5em;
        border-bottom: 1px solid var(--_surface);
        vertical-align: top;
      }
      tr.today {
        background: var(--_surface);
        font-weight: 700;
      }
      ul {
        margin: 0.2em 0;
        padding-left: 1.2em;
      }
      .stops {
        list-style: none;
        padding: 0;
      }
      .stops > li {
        border-top: 1px solid var(--_surface);
        padding: 0.5em 0;
      }
      .status {
        font-weight: 600;
      }
      .other-stops summary {
        cursor: pointer;
        min-height: 44px;
        display: flex;
        align-items: center;
        font-weight: 600;
      }
    `,
  ];

  @property() override lang: Lang = 'fr';
  @property({ attribute: false }) place: Place | null = null;
  @property({ attribute: false }) now: Date = new Date();
  /**
   * For a bus reached through one of its stops (a search result's `stopId`): that stop leads,
   * the others are folded away. Unknown ids are ignored (every stop listed).
   */
  @property({ attribute: false }) stopId: string | undefined = undefined;

  /** Offer "Voir sur la carte" (false when the map cannot be shown on this device). */
  @property({ attribute: false }) mapAvailable = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  /** Catalogue text is French: on an English page it is marked so (WCAG 3.1.2). */
  private get dataLang(): 'fr' | typeof nothing {
    return this.lang === 'fr' ? nothing : 'fr';
  }

  /** "Voir sur la carte": the dialog closes (focus goes back to its opener) and the root shows the place. */
  private showOnMap(placeId: string): void {
    this.close();
    this.emit('service-locator-detail-show-on-map', { placeId });
  }
  /** Places whose detail failed, told once each; and the failure to tell after this render. */
  private readonly failed = new WeakSet<object>();
  private pendingFailure: ServiceLocatorDetailEvents['service-locator-detail-render-error'] | undefined;

  /** True while the dialog is open. */
  get open(): boolean {
    return !!this.dialog?.open;
  }

  /** Opens the dialog on `place`; focus moves to its title. */
  async show(place: Place): Promise<void> {
    this.place = place;
    await this.updateComplete;
    if (!this.dialog.open) {
      try {
        this.dialog.showModal();
      } catch {
        this.dialog.setAttribute('open', '');
      }
    }
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('place') && !this.place) this.close();
    // Told after the render, not during it: the root's handler may update state.
    const f = this.pendingFailure;
    this.pendingFailure = undefined;
    if (f) this.emit('service-locator-detail-render-error', f);
  }

  private onClose(): void {
    this.emit('service-locator-detail-close', undefined);
  }

  private downloadIcs(stop: Stop): void {
    const place = this.place;
    if (!place) return;
    const visits = nextVisits(place, this.now, { stopId: stop.id, days: 120 });
    const ics = visitsToICS(place, visits, { now: this.now, stopId: stop.id });
    saveBlob(this.renderRoot, new Blob([ics], { type: 'text/calendar;charset=utf-8' }), `${(place.id + '-' + stop.id).replace(/[^\w.-]+/g, '_')}.ics`);
  }

  private renderHours(p: Place) {
    const t = detailStrings(this.lang);
    if (p.kind === 'bus' && p.stops && p.stops.length > 0 && !p.hours) return nothing;
    const department = placeDepartment(p);
    const status = getStatus(p.hours, this.now, department);
    const rows = weekTable(p.hours, this.now, department);
    return html`<section>
      <h3>${t.hours}</h3>
      <p class="status">${keepTogether(describeStatus(status, this.now, this.lang))}</p>
      ${p.hours && rows.some((r) => r.state !== 'unknown')
        ? html`<table>
            <caption class="visually-hidden">${t.hours}</caption>
            <tbody>
              ${rows.map(
                (r) => html`<tr class=${r.today ? 'today' : ''} aria-current=${r.today ? 'date' : 'false'}>
                  <th scope="row">${formatWeekday(this.lang, r.date)}${r.today ? ` (${t.today})` : ''}</th>
                  <td>
                    ${r.holiday && r.state === 'unknown'
                      ? t.holidayUnconfirmed
                      : r.state === 'open'
                        ? r.ranges.map((x) => `${formatMinutes(this.lang, x.from)} – ${formatMinutes(this.lang, x.to)}`).join(', ')
                        : r.state === 'closed'
                          ? t.closedDay
                          : t.unknownDay}${r.holiday && r.state !== 'unknown' ? ` (${t.holidayDay})` : ''}${r.comment ? html` (<span lang=${this.dataLang}>${r.comment}</span>)` : ''}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
      ${p.hoursNote ? html`<p lang=${this.dataLang}>${p.hoursNote}</p>` : nothing}
    </section>`;
  }

  private renderStop(p: Place, s: Stop) {
    const t = detailStrings(this.lang);
    const visits = s.hours ? nextVisits(p, this.now, { stopId: s.id, days: 60, limit: 3 }) : [];
    // Only dated visits go in a diary: a stop open around the clock has none to add.
    const dated = visits.some((v) => !v.aroundTheClock);
    const addr = [s.address.street, [s.address.postcode, s.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    return html`<li>
      <p lang=${this.dataLang}><strong>${s.name}</strong>${addr ? html` – ${addr}` : nothing}</p>
      ${s.location.precision === 'commune' ? html`<p><em>${t.approximate}</em></p>` : nothing}
      ${!s.hours
        ? html`<p>${s.frequency ? keepTogether(describeFrequency(s.frequency, this.lang)) : t.stopHoursUnknown}</p>`
        : visits.length === 0
          ? html`<p>${t.noUpcomingVisits}</p>`
          : html`<ul>
              ${visits.map((v) => html`<li>${keepTogether(describeVisit(v, this.lang))}</li>`)}
            </ul>`}
      ${s.hoursNote ? html`<p lang=${this.dataLang}>${s.hoursNote}</p>` : nothing}
      ${dated ? html`<button type="button" @click=${() => this.downloadIcs(s)}>${t.icsDownload(s.name)}</button>` : nothing}
    </li>`;
  }

  private renderStops(p: Place) {
    const t = detailStrings(this.lang);
    if (!p.stops || p.stops.length === 0) return nothing;
    const lead = this.stopId !== undefined ? p.stops.find((s) => s.id === this.stopId) : undefined;
    const others = lead ? p.stops.filter((s) => s !== lead) : p.stops;
    return html`<section>
      <h3>${t.stops}</h3>
      ${lead
        ? html`<ul class="stops lead">
              ${this.renderStop(p, lead)}
            </ul>
            ${others.length
              ? html`<details class="other-stops">
                  <summary>${t.otherStops(others.length)}</summary>
                  <ul class="stops">
                    ${others.map((s) => this.renderStop(p, s))}
                  </ul>
                </details>`
              : nothing}`
        : html`<ul class="stops">
            ${others.map((s) => this.renderStop(p, s))}
          </ul>`}
    </section>`;
  }

  private renderBody(p: Place) {
    const t = detailStrings(this.lang);
    const lang = this.lang;
    const addr = [p.address.street, [p.address.postcode, p.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const phone = p.contact?.phone;
    const tel = phone ? telHref(phone) : null;
    const mail = p.contact?.email ? mailHref(p.contact.email) : null;
    const web = p.contact?.website ? safeHref(p.contact.website, ['http:', 'https:']) : null;
    const sourceHref = p.source ? safeHref(p.source, ['http:', 'https:']) : null;
    const colon = lang === 'fr' ? '\u00a0: ' : ': ';
    return html`
      <section>
        <h3>${t.address}</h3>
        <p lang=${this.dataLang}>${addr}</p>
        ${p.location.precision === 'commune' ? html`<p><em>${t.approximate}</em></p>` : nothing}
        ${this.mapAvailable
          ? html`<p class="links">
              <button type="button" aria-label=${t.showOnMapLabel(p.name)} @click=${() => this.showOnMap(p.id)}>${t.showOnMapDetail}</button>
            </p>`
          : nothing}
      </section>
      ${this.renderHours(p)} ${this.renderStops(p)}
      ${p.needs.length > 0
        ? html`<section>
            <h3>${t.needs}</h3>
            <ul>
              ${p.needs.map((n) => html`<li>${NEED_LABELS[n]?.[lang] ?? n}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${phone || mail || web
        ? html`<section>
            <h3>${t.contact}</h3>
            ${phone ? html`<p class="contact">${t.phone}${colon}${tel ? html`<a href=${tel}>${phone}</a>` : phone}</p>` : nothing}
            ${mail ? html`<p class="contact">${t.email}${colon}<a href=${mail}>${p.contact!.email}</a></p>` : nothing}
            ${web
              ? html`<p>
                  <a href=${web} target="_blank" rel="noopener noreferrer">${p.contact!.website}</a>
                  <span class="visually-hidden">${t.newTab}</span>
                </p>`
              : nothing}
          </section>`
        : nothing}
      ${p.appointment
        ? html`<section>
            <h3>${t.appointmentHeading}</h3>
            <p>${t.appointment[p.appointment]}</p>
          </section>`
        : nothing}
      ${p.equipment && p.equipment.length > 0
        ? html`<section>
            <h3>${t.equipmentHeading}</h3>
            <ul>
              ${p.equipment.map((q) => html`<li>${uiStrings(this.lang).equipment[q]}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${p.accessibility && (p.accessibility.wheelchair || p.accessibility.note)
        ? html`<section>
            <h3>${t.accessibilityHeading}</h3>
            ${p.accessibility.wheelchair ? html`<p>${t.wheelchairValues[p.accessibility.wheelchair]}</p>` : nothing}
            ${p.accessibility.note ? html`<p lang=${this.dataLang}>${p.accessibility.note}</p>` : nothing}
          </section>`
        : nothing}
      ${p.free ? html`<p>${t.free}</p>` : nothing}
      ${p.partners && p.partners.length > 0
        ? html`<section>
            <h3>${t.partners}</h3>
            <ul>
              ${p.partners.map((x) => html`<li lang=${this.dataLang}>${x}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${p.description
        ? html`<section>
            <h3>${t.description}</h3>
            <p lang=${this.dataLang}>${p.description}</p>
          </section>`
        : nothing}
      ${p.source || p.updated
        ? html`<section>
            <h3>${t.source}</h3>
            ${p.source
              ? html`<p>${sourceHref ? html`<a href=${sourceHref} target="_blank" rel="noopener noreferrer">${p.source}</a>` : p.source}</p>`
              : nothing}
            ${p.updated ? html`<p>${t.updated(formatDate(lang, p.updated))}</p>` : nothing}
          </section>`
        : nothing}
    `;
  }

  /** The dialog's content: a head with its name and the close button, then the body. */
  private renderContent(name: string, kind: string, body: unknown) {
    const t = detailStrings(this.lang);
    return html`<div class="head">
        <div>
          <h2 id="detail-title" tabindex="-1" lang=${this.dataLang}>${name}</h2>
          ${kind ? html`<p class="kind">${kind}</p>` : nothing}
        </div>
        <button type="button" part="close-button" aria-label=${t.closeLabel(name)} @click=${() => this.close()}>
          ${t.close}
        </button>
      </div>
      <div class="body">${body}</div>`;
  }

  override render() {
    const p = this.place;
    // Inside a guard: a value that makes the detail throw leaves its name, "informations
    // incomplètes" and a working close button, rather than an empty dialog that cannot close.
    return html`<dialog part="detail" aria-labelledby="detail-title" @close=${this.onClose}>
      ${p
        ? guardPlace(
            p,
            () => this.renderContent(p.name, KIND_LABELS[p.kind][this.lang], this.renderBody(p)),
            (name) => this.renderContent(name, '', html`<p>${uiStrings(this.lang).incomplete}</p>`),
            (placeId, error) => {
              if (this.failed.has(p)) return;
              this.failed.add(p);
              this.pendingFailure = { placeId, name: placeName(p), error };
            },
          )
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-locator-detail': ServiceLocatorDetailElement;
  }
}
