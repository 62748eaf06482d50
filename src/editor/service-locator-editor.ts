/**
 * `<service-locator-editor>`: the staff page's editor (demo/editor.html). Opens a catalogue JSON
 * or a staff spreadsheet, lists the places with the validator's problems, edits one place (or
 * one stop of a bus) in a form, previews the widget on the edited catalogue, and saves the valid
 * catalogue as JSON or as the spreadsheet. Everything happens in the page: files are read with
 * the File API and saved as blob downloads; nothing is sent anywhere.
 *
 * Owns the editing state and focus; the data rules live in ./editor-model.ts and the core (the
 * same validator, spreadsheet reader and hours engine as the widget and the CLI). Loaded only by
 * the editor page's own bundle (src/editor/editor-page.ts), never by the widget's chunks.
 *
 * Nothing from a file is rendered as HTML: every value reaches the page through Lit text and
 * property bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { BaseElement } from '../components/base-element.js';
import { property, state } from 'lit/decorators.js';
import type { Place, Stop } from '../core/catalogue/types.js';
import { APPOINTMENT_POLICIES, EQUIPMENT } from '../core/catalogue/types.js';
import type { ValidationProblem } from '../core/catalogue/problems.js';
import { KIND_LABELS, NEED_IDS, NEED_LABELS, PLACE_KINDS, type NeedId } from '../core/needs/vocabulary.js';
import { DAY_NAMES_FR, daysToHours, hoursInWords, hoursToDays } from '../core/import/day-hours.js';
import { formatIssue, type ImportIssue } from '../core/import/common.js';
import { tableurTemplate, type CommuneCentre } from '../core/import/tableur.js';
import type { TableurNote } from '../core/import/tableur-write.js';
import { loadGazetteer } from '../core/geo/gazetteer-loader.js';
import type { CommuneMatcher } from '../core/geo/commune-matcher.js';
import type { GazetteerEntry } from '../core/search/types.js';
import {
  EMPTY_META,
  exportJson,
  exportTableur,
  newPlace,
  newStop,
  openFile,
  problemWhere,
  problemsByPlace,
  validate,
  asCatalogue,
  type EditorDocument,
} from './editor-model.js';
import { PointMap } from './point-map.js';
import { editorStyles } from './editor-styles.js';
import { plural } from '../i18n/plural.js';
import { saveBlob } from '../components/download.js';

/** Saves a file for the user (default: a blob download); replaced by tests. */
export type SaveFile = (name: string, text: string, type: string) => void;

const FIELD_LABELS: Record<string, string> = {
  id: 'Identifiant',
  name: 'Nom',
  kind: 'Type de lieu',
  needs: 'Besoins',
  'address.street': 'Adresse',
  'address.postcode': 'Code postal',
  'address.city': 'Commune',
  'address.insee': 'Code INSEE',
  'location.lat': 'Latitude',
  'location.lon': 'Longitude',
  'location.precision': 'Précision du point',
  hours: 'Horaires',
  hoursNote: 'Précisions sur les horaires',
  'contact.phone': 'Téléphone',
  'contact.email': 'Courriel',
  'contact.website': 'Site internet',
  appointment: 'Rendez-vous',
  equipment: 'Équipement',
  'accessibility.wheelchair': 'Accès en fauteuil roulant',
  'accessibility.note': 'Accessibilité (précisions)',
  free: 'Gratuit',
  partners: 'Partenaires',
  description: 'Description',
  stops: 'Arrêts',
};
/** Problems on a whole object belong to its first field in the form. */
const FIELD_ALIASES: Record<string, string> = {
  address: 'address.city',
  location: 'location.lat',
  contact: 'contact.phone',
  accessibility: 'accessibility.wheelchair',
  frequency: 'hours',
};
const EQUIPMENT_LABELS: Record<(typeof EQUIPMENT)[number], string> = {
  computer: 'Ordinateur en libre accès',
  printer: 'Imprimante',
  scanner: 'Scanner',
  wifi: 'Wifi',
  phone: 'Téléphone à disposition',
};
const APPOINTMENT_LABELS: Record<(typeof APPOINTMENT_POLICIES)[number], string> = {
  'walk-in': 'Sans rendez-vous',
  appointment: 'Sur rendez-vous',
  both: 'Avec ou sans rendez-vous',
};
const WHEELCHAIR_LABELS = { yes: 'Oui', limited: 'En partie', no: 'Non' } as const;

/** "3 lieux", "1 erreur": the count and its French noun (the editor is in French only). */
const counted = (n: number, one: string, many: string): string => `${n} ${plural('fr', n, one, many)}`;
/** A decimal as typed by French staff ("44,6086") or copied ("44.6086"). */
const parseDecimal = (s: string): number => (s.trim() === '' ? NaN : Number(s.trim().replace(',', '.')));
/** Rows skipped (a row may have several reasons). */
const skippedRows = (issues: readonly ImportIssue[]): number => new Set(issues.filter((i) => i.severity === 'skipped').map((i) => i.line ?? i.record ?? i)).size;
const fieldKey = (field: string): string => FIELD_ALIASES[field] ?? field;
const idOf = (prefix: string, key: string): string => `${prefix}${key.replace(/\./g, '-')}`;

const blobDownload: SaveFile = (name, text, type) => saveBlob(document.body, new Blob([text], { type }), name);

/**
 * @summary Catalogue editor for staff: open, fix, preview and save a catalogue, in the browser only.
 */
export class ServiceLocatorEditorElement extends BaseElement {
  static override readonly tagName = 'service-locator-editor';
  static override styles = editorStyles;

  /** URL of the compact national gazetteer (`data/communes-france.json`), for commune centres. */
  @property() communes = '';
  /** The instant the preview evaluates hours at (default: now). */
  @property({ attribute: false }) now: Date | undefined = undefined;
  /** How files are saved (default: a download made in the page). */
  @property({ attribute: false }) saveFile: SaveFile = blobDownload;

  @state() private doc: EditorDocument | null = null;
  @state() private fileName = '';
  @state() private selected = -1;
  @state() private stopIndex = -1;
  @state() private problems: ValidationProblem[] = [];
  @state() private importIssues: ImportIssue[] = [];
  @state() private status = '';
  @state() private dayCells: string[] | null = null;
  @state() private communeQuery = '';
  @state() private communeResults: GazetteerEntry[] | null = null;
  @state() private communeMessage = '';
  @state() private mapOpen = false;
  @state() private mapMessage = '';
  @state() private exportNotes: TableurNote[] = [];
  @state() private preview: unknown = undefined;
  @state() private dragging = false;

  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSummary = '';
  private matcher: Promise<CommuneMatcher | undefined> | undefined;
  private readonly pointMap = new PointMap((lat, lon) => this.placePoint(lat, lon, 'exact', 'Point placé sur la carte.'));

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    clearTimeout(this.statusTimer);
    this.pointMap.unmount();
    this.mapOpen = false;
  }

  // ---- the document ---------------------------------------------------------------------------

  /** The catalogue as edited so far (drafts, possibly invalid). */
  get catalogue(): unknown {
    return this.doc ? asCatalogue(this.doc) : undefined;
  }

  private get place(): Place | undefined {
    return this.doc?.places[this.selected];
  }

  private get target(): Place | Stop | undefined {
    const p = this.place;
    return p && this.stopIndex >= 0 ? p.stops?.[this.stopIndex] : p;
  }

  private setDoc(doc: EditorDocument, status: string): void {
    this.doc = doc;
    this.exportNotes = [];
    this.select(doc.places.length ? 0 : -1, -1);
    this.revalidate();
    this.schedulePreview(0);
    this.say(`${status} ${this.summary()}`);
    this.lastSummary = this.summary();
  }

  /** After every edit: problems now, the preview and the spoken summary once typing pauses. */
  private changed(): void {
    this.revalidate();
    this.requestUpdate();
    this.schedulePreview(400);
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      const s = this.summary();
      if (s !== this.lastSummary) this.say(s);
      this.lastSummary = s;
    }, 1200);
    this.syncMap();
  }

  private revalidate(): void {
    this.problems = this.doc ? validate(this.doc).problems : [];
  }

  private schedulePreview(ms: number): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      this.preview = this.doc ? structuredClone(asCatalogue(this.doc)) : undefined;
    }, ms);
  }

  private summary(): string {
    if (!this.doc) return '';
    const by = problemsByPlace(this.problems);
    let broken = 0;
    let errors = 0;
    let warnings = 0;
    for (const [k, list] of by) {
      const e = list.filter((p) => p.severity === 'error').length;
      if (k >= 0 && e) broken++;
      errors += e;
      warnings += list.length - e;
    }
    const n = this.doc.places.length;
    const parts = [counted(n, 'lieu', 'lieux')];
    parts.push(broken ? `${counted(broken, 'lieu', 'lieux')} à corriger (${counted(errors, 'erreur', 'erreurs')})` : 'aucune erreur');
    if (warnings) parts.push(counted(warnings, 'remarque', 'remarques'));
    return parts.join(', ') + '.';
  }

  private say(text: string): void {
    // Re-setting the same text is not announced: clear first, then set on the next frame.
    this.status = '';
    requestAnimationFrame(() => (this.status = text));
  }

  // ---- opening --------------------------------------------------------------------------------

  private async openFiles(files: FileList | null | undefined): Promise<void> {
    const file = files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isCsv = /\.(csv|txt)$/i.test(file.name);
    const communes = isCsv ? await this.communeCentres() : [];
    const r = openFile(file.name, bytes, communes);
    this.importIssues = r.issues;
    this.fileName = file.name;
    if (!r.doc) {
      this.say(`Le fichier « ${file.name} » n’a pas pu être lu : ${r.issues[0]?.message.fr ?? 'format inconnu'}.`);
      return;
    }
    const skipped = skippedRows(r.issues);
    this.setDoc(
      r.doc,
      r.kind === 'tableur'
        ? `Tableur « ${file.name} » ouvert${skipped ? ` (${counted(skipped, 'ligne ignorée', 'lignes ignorées')}, voir la liste)` : ''} :`
        : `Catalogue « ${file.name} » ouvert :`,
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#places-h')?.focus();
  }

  private startEmpty(): void {
    this.importIssues = [];
    this.fileName = '';
    const doc: EditorDocument = { meta: { ...EMPTY_META }, places: [] };
    this.setDoc(doc, 'Nouveau catalogue :');
    void this.addPlace();
  }

  private async communeCentres(): Promise<CommuneCentre[]> {
    const m = await this.loadMatcher();
    return m ? m.entries.map((e) => ({ name: e.name, ...(e.insee ? { insee: e.insee } : {}), postcodes: e.postcodes, lat: e.lat, lon: e.lon })) : [];
  }

  private loadMatcher(): Promise<CommuneMatcher | undefined> {
    if (!this.communes) return Promise.resolve(undefined);
    this.matcher ??= loadGazetteer(new URL(this.communes, document.baseURI)).then((r) => {
      if (r.ok) return r.matcher;
      this.matcher = undefined;
      return undefined;
    });
    return this.matcher;
  }

  // ---- selection, adding, removing -----------------------------------------------------------

  private select(index: number, stop: number): void {
    this.selected = index;
    this.stopIndex = stop;
    const t = this.target;
    this.dayCells = t ? [...hoursToDays(t.hours).days] : null;
    this.communeQuery = '';
    this.communeResults = null;
    this.communeMessage = '';
    this.mapMessage = '';
    this.syncMap();
  }

  private async focusId(id: string): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (el instanceof HTMLFieldSetElement) el.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    else el?.focus();
  }

  private async choose(index: number): Promise<void> {
    this.select(index, -1);
    await this.focusId('form-h');
  }

  private async addPlace(): Promise<void> {
    if (!this.doc) return;
    const p = newPlace(this.doc.places);
    this.doc.places.push(p);
    this.select(this.doc.places.length - 1, -1);
    this.changed();
    this.say('Lieu ajouté à la fin de la liste : écrivez son nom.');
    await this.focusId('p-name');
  }

  private async removePlace(): Promise<void> {
    const doc = this.doc;
    const p = this.place;
    if (!doc || !p) return;
    doc.places.splice(this.selected, 1);
    const next = Math.min(this.selected, doc.places.length - 1);
    this.select(next, -1);
    this.changed();
    this.say(`Lieu « ${p.name || 'sans nom'} » supprimé. ${doc.places.length ? '' : 'Le catalogue est vide.'}`);
    await this.focusId(next >= 0 ? `place-${next}` : 'places-h');
  }

  private async addStop(): Promise<void> {
    const bus = this.place;
    if (!bus) return;
    const s = newStop(bus);
    (bus.stops ??= []).push(s);
    this.select(this.selected, bus.stops.length - 1);
    this.changed();
    this.say('Arrêt ajouté : écrivez son nom.');
    await this.focusId('s-name');
  }

  private async removeStop(i: number): Promise<void> {
    const bus = this.place;
    const s = bus?.stops?.[i];
    if (!bus?.stops || !s) return;
    bus.stops.splice(i, 1);
    if (bus.stops.length === 0) delete bus.stops;
    this.select(this.selected, -1);
    this.changed();
    this.say(`Arrêt « ${s.name || 'sans nom'} » supprimé.`);
    await this.focusId('stops-h');
  }

  private async editStop(i: number): Promise<void> {
    this.select(this.selected, i);
    await this.focusId('form-h');
  }

  private async backToBus(): Promise<void> {
    const i = this.stopIndex;
    this.select(this.selected, -1);
    await this.focusId(`stop-edit-${i}`);
  }

  // ---- editing --------------------------------------------------------------------------------

  /** Sets or removes (empty) an optional text of the target, `path` like `contact.phone`. */
  private setText(obj: Record<string, unknown>, path: string, value: string, required = false): void {
    const keys = path.split('.');
    let o = obj;
    for (const k of keys.slice(0, -1)) {
      if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
      o = o[k] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1]!;
    if (value === '' && !required) delete o[last];
    else o[last] = value;
    // An optional group left empty goes away with its last field.
    if (keys.length === 2 && !required && Object.keys(o).length === 0) delete obj[keys[0]!];
    this.changed();
  }

  private placePoint(lat: number, lon: number, precision: 'exact' | 'commune', said: string): void {
    const t = this.target;
    if (!t) return;
    t.location = { lat, lon, precision };
    this.changed();
    this.say(`${said} Latitude ${String(lat).replace('.', ',')}, longitude ${String(lon).replace('.', ',')}.`);
  }

  private setDay(day: number, value: string): void {
    const t = this.target;
    if (!t || !this.dayCells) return;
    this.dayCells = this.dayCells.map((v, i) => (i === day ? value : v));
    this.writeDays();
  }

  private writeDays(): void {
    const t = this.target;
    if (!t || !this.dayCells) return;
    const closed = this.renderRoot.querySelector<HTMLInputElement>('#hours-ph')?.checked ?? false;
    const r = daysToHours(this.dayCells, closed);
    if (r.problems.length) return this.requestUpdate();
    if (r.hours) t.hours = r.hours;
    else delete t.hours;
    this.changed();
  }

  private setOsmHours(value: string): void {
    const t = this.target;
    if (!t) return;
    if (value.trim()) t.hours = value;
    else delete t.hours;
    this.dayCells = [...hoursToDays(t.hours).days];
    this.changed();
  }

  private async searchCommune(): Promise<void> {
    const q = this.communeQuery.trim();
    if (!q) return;
    this.communeMessage = 'Recherche…';
    const m = await this.loadMatcher();
    if (!m) {
      this.communeResults = null;
      this.communeMessage = 'La liste des communes n’a pas pu être chargée : écrivez la latitude et la longitude.';
      return;
    }
    const found = m.find(q, 8).map((x) => x.entry);
    this.communeResults = found;
    this.communeMessage = found.length ? `${counted(found.length, 'commune trouvée', 'communes trouvées')} : choisissez-la.` : `Aucune commune ne correspond à « ${q} ».`;
  }

  private async takeCommune(c: GazetteerEntry): Promise<void> {
    const t = this.target;
    if (!t) return;
    t.address.city = c.name;
    if (c.insee) t.address.insee = c.insee;
    if (c.postcodes.length === 1) t.address.postcode = c.postcodes[0]!;
    this.communeResults = null;
    this.communeMessage = '';
    this.placePoint(c.lat, c.lon, 'commune', `Point placé au centre de ${c.name} (position approximative).`);
    await this.focusId(this.stopIndex >= 0 ? 's-location-lat' : 'p-location-lat');
  }

  // ---- the map --------------------------------------------------------------------------------

  private syncMap(): void {
    const t = this.target;
    const p = this.place;
    if (!t || !p) return;
    this.pointMap.setPoint('edited', t.name || 'Lieu sans nom', (PLACE_KINDS as readonly string[]).includes(p.kind) ? p.kind : 'permanence', t.location.lat, t.location.lon, t.location.precision === 'commune');
  }

  private async toggleMap(): Promise<void> {
    this.mapOpen = !this.mapOpen;
    if (!this.mapOpen) {
      this.pointMap.unmount();
      return;
    }
    await this.updateComplete;
    const container = this.renderRoot.querySelector<HTMLElement>('#point-map')!;
    this.syncMap();
    try {
      await this.pointMap.mount(container, this.renderRoot as ShadowRoot);
      this.mapMessage = '';
    } catch {
      this.mapMessage = 'La carte ne peut pas s’afficher dans ce navigateur : écrivez la latitude et la longitude, ou prenez le centre d’une commune.';
    }
  }

  /** Resolves when the map, once opened, has drawn (for tests and the page). */
  mapIdle(): Promise<void> {
    return this.pointMap.whenIdle();
  }

  // ---- saving ---------------------------------------------------------------------------------

  private today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(this.now ?? new Date());
  }

  private baseName(): string {
    return (this.fileName.replace(/\.(json|csv|txt)$/i, '') || 'catalogue').replace(/[^\w.-]+/g, '-');
  }

  private saveJson(): void {
    if (!this.doc) return;
    const out = exportJson(this.doc, this.today());
    this.saveFile(`${this.baseName()}.json`, out.text, 'application/json');
    this.say(
      `Catalogue enregistré : ${counted(out.catalogue.places.length, 'lieu', 'lieux')}` +
        (out.leftOut ? `, ${counted(out.leftOut, 'lieu laissé de côté', 'lieux laissés de côté')} à cause d’erreurs.` : '.'),
    );
  }

  private saveTableur(): void {
    if (!this.doc) return;
    const out = exportTableur(this.doc);
    this.exportNotes = out.notes;
    this.saveFile(`${this.baseName()}-tableur.csv`, out.text, 'text/csv;charset=utf-8');
    this.say(
      `Tableur enregistré` +
        (out.leftOut ? `, sans ${counted(out.leftOut, 'lieu', 'lieux')} qui ont des erreurs` : '') +
        (out.notes.length ? ` ; ${counted(out.notes.length, 'remarque', 'remarques')} sur ce que le tableur ne peut pas garder.` : '.'),
    );
  }

  private saveTemplate(): void {
    this.saveFile('lieux-modele.csv', '\uFEFF' + tableurTemplate(), 'text/csv;charset=utf-8');
  }

  // ---- rendering ------------------------------------------------------------------------------

  override render(): TemplateResult {
    return html`
      <section class="open" aria-labelledby="open-h">
        <h2 id="open-h">Ouvrir</h2>
        <div
          class="drop ${this.dragging ? 'dragging' : ''}"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.dragging = true;
          }}
          @dragleave=${() => (this.dragging = false)}
          @drop=${(e: DragEvent) => {
            e.preventDefault();
            this.dragging = false;
            void this.openFiles(e.dataTransfer?.files);
          }}
        >
          <label for="file">Catalogue (.json) ou tableur (.csv)</label>
          <input id="file" type="file" accept=".json,.csv,application/json,text/csv" aria-describedby="file-hint" @change=${(e: Event) => void this.openFiles((e.target as HTMLInputElement).files)} />
          <p id="file-hint" class="hint">Ou déposez le fichier dans ce cadre. Il reste sur cet ordinateur : rien n’est envoyé.</p>
        </div>
        <p class="actions">
          <button type="button" @click=${() => this.startEmpty()}>Commencer un catalogue vide</button>
          <button type="button" @click=${() => this.saveTemplate()}>Télécharger le modèle de tableur (CSV)</button>
        </p>
      </section>
      <p class="status" role="status">${this.status}</p>
      ${this.doc ? this.renderWorkspace(this.doc) : nothing}
    `;
  }

  private renderWorkspace(doc: EditorDocument): TemplateResult {
    const by = problemsByPlace(this.problems);
    return html`
      <div class="workspace">
        <section class="places" aria-labelledby="places-h">
          <h2 id="places-h" tabindex="-1">Lieux (${doc.places.length})</h2>
          <p class="summary">${this.summary()}</p>
          ${this.renderCatalogueProblems(by.get(-1) ?? [])}
          <ul class="place-list">
            ${doc.places.map((p, i) => {
              const list = by.get(i) ?? [];
              const errors = list.filter((x) => x.severity === 'error').length;
              const notes = list.length - errors;
              return html`<li>
                <button type="button" id="place-${i}" class="place-button ${errors ? 'has-errors' : ''}" aria-current=${i === this.selected ? 'true' : nothing} @click=${() => void this.choose(i)}>
                  <span class="name">${p.name || 'Lieu sans nom'}</span>
                  <span class="where">${p.address.city}</span>
                  ${errors ? html`<span class="badge error">${counted(errors, 'erreur', 'erreurs')}</span>` : nothing}
                  ${notes ? html`<span class="badge note">${counted(notes, 'remarque', 'remarques')}</span>` : nothing}
                </button>
              </li>`;
            })}
          </ul>
          <p><button type="button" @click=${() => void this.addPlace()}>Ajouter un lieu</button></p>
          ${this.renderImportIssues()}
        </section>
        <section class="form" aria-labelledby="form-h">${this.renderForm(by.get(this.selected) ?? [])}</section>
        <section class="preview" aria-labelledby="preview-h">
          <h2 id="preview-h">Aperçu</h2>
          <p class="hint">Le composant tel que les habitants le verront, avec le catalogue modifié (les lieux avec une erreur n’y sont pas).</p>
          <service-locator lang="fr" view="list" no-geolocation .catalogue=${this.preview} .now=${this.now}></service-locator>
        </section>
      </div>
      <section class="save" aria-labelledby="save-h">
        <h2 id="save-h">Enregistrer</h2>
        <p class="hint">Seuls les lieux sans erreur sont enregistrés. Le fichier est créé dans le navigateur et téléchargé sur cet ordinateur.</p>
        <p class="actions">
          <button type="button" @click=${() => this.saveJson()}>Télécharger le catalogue (JSON)</button>
          <button type="button" @click=${() => this.saveTableur()}>Télécharger le tableur (CSV)</button>
        </p>
        ${this.exportNotes.length
          ? html`<h3>Ce que le tableur ne garde pas</h3>
              <ul class="notes">
                ${this.exportNotes.map((n) => html`<li>${this.nameOf(n.placeId, n.stopId)} : ${n.message.fr}</li>`)}
              </ul>`
          : nothing}
      </section>
    `;
  }

  private nameOf(placeId: string, stopId?: string): string {
    const p = this.doc?.places.find((x) => x.id === placeId);
    const s = stopId ? p?.stops?.find((x) => x.id === stopId) : undefined;
    return s ? `${p?.name ?? placeId}, arrêt « ${s.name} »` : (p?.name ?? placeId);
  }

  /** The catalogue's own fields (the date is set when saving); its problems beside them. */
  private renderCatalogueProblems(list: ValidationProblem[]): TemplateResult {
    const meta = this.doc!.meta as unknown as Record<string, unknown>;
    const errs = new Map<string, string[]>();
    const other: ValidationProblem[] = [];
    for (const x of list) {
      if (['name', 'territory', 'licence', 'attribution'].includes(x.path)) errs.set(x.path, [...(errs.get(x.path) ?? []), x.message.fr]);
      else if (x.path !== 'updated') other.push(x);
    }
    const ctx: FieldCtx = { prefix: 'c-', errs };
    const str = (k: string): string => (typeof meta[k] === 'string' ? meta[k] : '');
    const count = list.filter((x) => x.path !== 'updated').length;
    return html`<details class="catalogue-meta">
      <summary>Informations sur le catalogue${count ? ` (${counted(count, 'remarque', 'remarques')})` : ''}</summary>
      ${this.field(ctx, 'name', 'Nom du catalogue', str('name'), (v) => this.setText(meta, 'name', v, true))}
      ${this.field(ctx, 'territory', 'Territoire couvert', str('territory'), (v) => this.setText(meta, 'territory', v, true), { hint: 'Par exemple « Communauté de communes du Grand-Figeac ».' })}
      ${this.field(ctx, 'attribution', 'Attribution (qui publie ces données)', str('attribution'), (v) => this.setText(meta, 'attribution', v, true))}
      ${this.field(ctx, 'licence', 'Licence', str('licence'), (v) => this.setText(meta, 'licence', v, true))}
      <p class="hint">La date de mise à jour est celle du jour de l’enregistrement.</p>
      ${other.length ? html`<ul>${other.map((p) => html`<li>${p.message.fr}</li>`)}</ul>` : nothing}
    </details>`;
  }

  private renderImportIssues(): TemplateResult | typeof nothing {
    if (!this.importIssues.length) return nothing;
    const skipped = skippedRows(this.importIssues);
    return html`<details class="import-issues" ?open=${skipped > 0}>
      <summary>Lecture du fichier : ${counted(this.importIssues.length, 'remarque', 'remarques')}${skipped ? `, dont ${counted(skipped, 'ligne ignorée', 'lignes ignorées')}` : ''}</summary>
      <p class="hint">Les lignes ignorées ne sont pas dans la liste : corrigez-les dans le tableur et rouvrez-le, ou ajoutez le lieu ici.</p>
      <ul>${this.importIssues.map((i) => html`<li>${formatIssue(i, 'fr')}</li>`)}</ul>
    </details>`;
  }

  // ---- the form -------------------------------------------------------------------------------

  private renderForm(placeProblems: ValidationProblem[]): TemplateResult {
    const p = this.place;
    const t = this.target;
    if (!p || !t) return html`<h2 id="form-h" tabindex="-1">Modifier</h2><p>Choisissez un lieu dans la liste, ou ajoutez-en un.</p>`;
    const isStop = this.stopIndex >= 0;
    const prefix = isStop ? 's-' : 'p-';
    const mine = placeProblems.filter((x) => {
      const w = problemWhere(x);
      return isStop ? w.stopIndex === this.stopIndex : w.stopIndex === undefined;
    });
    const errs = new Map<string, string[]>();
    for (const x of mine) {
      const k = fieldKey(problemWhere(x).field);
      errs.set(k, [...(errs.get(k) ?? []), x.message.fr]);
    }
    const ctx: FieldCtx = { prefix, errs };
    return html`
      <h2 id="form-h" tabindex="-1">${isStop ? `Arrêt « ${t.name || 'sans nom'} » du ${p.name || 'bus'}` : `Modifier « ${p.name || 'lieu sans nom'} »`}</h2>
      ${isStop ? html`<p><button type="button" @click=${() => void this.backToBus()}>Revenir au bus</button></p>` : nothing}
      ${this.renderProblemSummary(mine, placeProblems, prefix, isStop)}
      <form @submit=${(e: Event) => e.preventDefault()} novalidate>
        ${isStop ? this.renderStopIdentity(t, ctx) : this.renderIdentity(p, ctx)}
        ${this.renderAddress(t, ctx)} ${this.renderPosition(t, ctx)} ${this.renderHours(t, ctx)}
        ${isStop ? nothing : this.renderReception(p, ctx)}
        ${!isStop && (p.kind === 'bus' || p.stops?.length) ? this.renderStops(p, placeProblems) : nothing}
      </form>
      ${this.renderMap()}
      <p class="danger">
        ${isStop
          ? html`<button type="button" @click=${() => void this.removeStop(this.stopIndex)}>Supprimer l’arrêt « ${t.name || 'sans nom'} »</button>`
          : html`<button type="button" @click=${() => void this.removePlace()}>Supprimer le lieu « ${p.name || 'sans nom'} »</button>`}
      </p>
    `;
  }

  private renderProblemSummary(mine: ValidationProblem[], all: ValidationProblem[], prefix: string, isStop: boolean): TemplateResult {
    const stopProblems = isStop ? [] : all.filter((x) => problemWhere(x).stopIndex !== undefined);
    if (!mine.length && !stopProblems.length) return html`<p class="ok">Aucun problème ${isStop ? 'sur cet arrêt' : 'sur ce lieu'}.</p>`;
    return html`<div class="problems" role="group" aria-labelledby="problems-h">
      <h3 id="problems-h">À corriger</h3>
      <ul>
        ${mine.map((x) => {
          const key = fieldKey(problemWhere(x).field);
          const label = FIELD_LABELS[key];
          return html`<li class=${x.severity}>
            <span class="sev">${x.severity === 'error' ? 'Erreur' : 'Remarque'}</span>
            ${label ? html`<button type="button" class="link" @click=${() => void this.focusId(idOf(prefix, key))}>${label}</button> :` : html`<span>champ « ${problemWhere(x).field || '—'} » :</span>`}
            ${x.message.fr}
          </li>`;
        })}
        ${stopProblems.map((x) => {
          const i = problemWhere(x).stopIndex!;
          const s = this.place?.stops?.[i];
          return html`<li class=${x.severity}>
            <span class="sev">${x.severity === 'error' ? 'Erreur' : 'Remarque'}</span>
            <button type="button" class="link" @click=${() => void this.editStop(i)}>Arrêt « ${s?.name || `n° ${i + 1}`} »</button> : ${x.message.fr}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private field(ctx: FieldCtx, key: string, label: string, value: string, set: (v: string) => void, o: FieldOptions = {}): TemplateResult {
    const id = idOf(ctx.prefix, key);
    const errs = ctx.errs.get(key) ?? [];
    const described = [o.hint ? `${id}-hint` : '', errs.length ? `${id}-err` : ''].filter(Boolean).join(' ');
    const input = o.multiline
      ? html`<textarea id=${id} rows="3" .value=${value} aria-invalid=${errs.length ? 'true' : nothing} aria-describedby=${described || nothing} @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea>`
      : html`<input
          id=${id}
          type=${o.type ?? 'text'}
          inputmode=${o.inputmode ?? nothing}
          autocomplete="off"
          .value=${value}
          ?required=${o.required ?? false}
          aria-invalid=${errs.length ? 'true' : nothing}
          aria-describedby=${described || nothing}
          @input=${o.onChange ? nothing : (e: Event) => set((e.target as HTMLInputElement).value)}
          @change=${o.onChange ? (e: Event) => set((e.target as HTMLInputElement).value) : nothing}
        />`;
    return html`<div class="field">
      <label for=${id}>${label}${o.required ? html` <span class="req">(obligatoire)</span>` : nothing}</label>
      ${o.hint ? html`<p id="${id}-hint" class="hint">${o.hint}</p>` : nothing} ${input}
      ${errs.length ? html`<p id="${id}-err" class="err">${errs.join(' ')}</p>` : nothing}
    </div>`;
  }

  private fieldsetErrors(ctx: FieldCtx, key: string): TemplateResult | typeof nothing {
    const errs = ctx.errs.get(key) ?? [];
    return errs.length ? html`<p id="${idOf(ctx.prefix, key)}-err" class="err">${errs.join(' ')}</p>` : nothing;
  }

  private renderIdentity(p: Place, ctx: FieldCtx): TemplateResult {
    const rec = p as unknown as Record<string, unknown>;
    const knownKind = (PLACE_KINDS as readonly string[]).includes(p.kind);
    const needs = new Set<string>(p.needs);
    const unknownNeeds = p.needs.filter((n) => !(NEED_IDS as readonly string[]).includes(n));
    const kindId = idOf(ctx.prefix, 'kind');
    const kindErrs = ctx.errs.get('kind') ?? [];
    return html`<fieldset>
        <legend>Le lieu</legend>
        ${this.field(ctx, 'name', 'Nom', p.name, (v) => this.setText(rec, 'name', v, true), { required: true })}
        <div class="field">
          <label for=${kindId}>Type de lieu <span class="req">(obligatoire)</span></label>
          <select id=${kindId} aria-invalid=${kindErrs.length ? 'true' : nothing} aria-describedby=${kindErrs.length ? `${kindId}-err` : nothing} @change=${(e: Event) => this.setText(rec, 'kind', (e.target as HTMLSelectElement).value, true)}>
            ${knownKind ? nothing : html`<option value=${p.kind} selected>${p.kind ? `Inconnu : ${p.kind}` : 'Choisissez un type'}</option>`}
            ${PLACE_KINDS.map((k) => html`<option value=${k} ?selected=${k === p.kind}>${KIND_LABELS[k].fr}</option>`)}
          </select>
          ${kindErrs.length ? html`<p id="${kindId}-err" class="err">${kindErrs.join(' ')}</p>` : nothing}
        </div>
        ${this.field(ctx, 'id', 'Identifiant', p.id, (v) => this.setText(rec, 'id', v, true), { required: true, hint: 'Unique dans le catalogue ; gardez-le quand le lieu change de nom (les liens partagés en dépendent).' })}
      </fieldset>
      <fieldset id=${idOf(ctx.prefix, 'needs')} class="chips" aria-describedby=${ctx.errs.has('needs') ? `${idOf(ctx.prefix, 'needs')}-err` : nothing}>
        <legend>Besoins auxquels le lieu répond <span class="req">(au moins un)</span></legend>
        ${NEED_IDS.map((n) => this.chip(`need-${n}`, NEED_LABELS[n].fr, needs.has(n), (on) => this.toggleNeed(p, n, on)))}
        ${unknownNeeds.map((n, i) => this.chip(`need-unknown-${i}`, `Inconnu : ${n}`, true, (on) => this.toggleNeed(p, n, on)))}
        ${this.fieldsetErrors(ctx, 'needs')}
      </fieldset>`;
  }

  private chip(id: string, label: string, checked: boolean, set: (on: boolean) => void): TemplateResult {
    return html`<span class="chip"><input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} /><label for=${id}>${label}</label></span>`;
  }

  private toggleNeed(p: Place, n: string, on: boolean): void {
    const set = new Set<string>(p.needs);
    if (on) set.add(n);
    else set.delete(n);
    // Vocabulary order, as the validator and the widget list them; unknown words after.
    p.needs = [...NEED_IDS.filter((x) => set.has(x)), ...[...set].filter((x) => !(NEED_IDS as readonly string[]).includes(x))] as NeedId[];
    this.changed();
  }

  private renderStopIdentity(s: Stop, ctx: FieldCtx): TemplateResult {
    const rec = s as unknown as Record<string, unknown>;
    return html`<fieldset>
      <legend>L’arrêt</legend>
      ${this.field(ctx, 'name', 'Nom de l’arrêt', s.name, (v) => this.setText(rec, 'name', v, true), { required: true })}
      ${this.field(ctx, 'id', 'Identifiant de l’arrêt', s.id, (v) => this.setText(rec, 'id', v, true), { required: true })}
    </fieldset>`;
  }

  private renderAddress(t: Place | Stop, ctx: FieldCtx): TemplateResult {
    const a = t.address as unknown as Record<string, unknown>;
    const rec = t as unknown as Record<string, unknown>;
    const str = (k: string): string => (typeof a[k] === 'string' ? a[k] : '');
    return html`<fieldset>
      <legend>Adresse</legend>
      ${this.field(ctx, 'address.street', 'Adresse (numéro et rue)', str('street'), (v) => this.setText(rec, 'address.street', v))}
      ${this.field(ctx, 'address.postcode', 'Code postal', str('postcode'), (v) => this.setText(rec, 'address.postcode', v), { inputmode: 'numeric' })}
      ${this.field(ctx, 'address.city', 'Commune', str('city'), (v) => this.setText(rec, 'address.city', v, true), { required: true })}
      ${this.field(ctx, 'address.insee', 'Code INSEE de la commune', str('insee'), (v) => this.setText(rec, 'address.insee', v), { hint: '5 caractères, par exemple 46102 ; il dit aussi les jours fériés du département.' })}
    </fieldset>`;
  }

  private renderPosition(t: Place | Stop, ctx: FieldCtx): TemplateResult {
    const l = t.location;
    const show = (n: number): string => (Number.isFinite(n) ? String(n) : '');
    const setCoord = (k: 'lat' | 'lon', v: string): void => {
      t.location = { ...t.location, [k]: parseDecimal(v), precision: 'exact' };
      this.changed();
    };
    return html`<fieldset id=${idOf(ctx.prefix, 'location')}>
      <legend>Position</legend>
      <p class="hint" id="pos-hint">
        ${l.precision === 'commune'
          ? 'Position approximative : le centre de la commune. Écrivez les coordonnées exactes, ou placez le point sur la carte, pour la préciser.'
          : 'Coordonnées en degrés décimaux (adresse.data.gouv.fr les donne), ou placez le point sur la carte.'}
      </p>
      <div class="row">
        ${this.field(ctx, 'location.lat', 'Latitude', show(l.lat), (v) => setCoord('lat', v), { inputmode: 'decimal', onChange: true, required: true })}
        ${this.field(ctx, 'location.lon', 'Longitude', show(l.lon), (v) => setCoord('lon', v), { inputmode: 'decimal', onChange: true, required: true })}
      </div>
      <div class="field commune-pick">
        <label for="commune-q">Prendre le centre d’une commune</label>
        <p class="hint" id="commune-q-hint">Nom ou code postal ; la position sera dite approximative.</p>
        <div class="row">
          <input
            id="commune-q"
            type="search"
            autocomplete="off"
            aria-describedby="commune-q-hint"
            .value=${this.communeQuery}
            @input=${(e: Event) => (this.communeQuery = (e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void this.searchCommune();
              }
            }}
          />
          <button type="button" @click=${() => void this.searchCommune()}>Chercher la commune</button>
        </div>
        <p class="hint" aria-live="polite">${this.communeMessage}</p>
        ${this.communeResults?.length
          ? html`<ul class="communes">
              ${this.communeResults.map(
                (c) => html`<li><button type="button" @click=${() => void this.takeCommune(c)}>${c.name} (${c.postcodes.join(', ') || c.dep || ''})</button></li>`,
              )}
            </ul>`
          : nothing}
      </div>
      <p>
        <button type="button" aria-expanded=${this.mapOpen ? 'true' : 'false'} aria-controls="map-panel" @click=${() => void this.toggleMap()}>
          ${this.mapOpen ? 'Masquer la carte' : 'Placer le point sur une carte'}
        </button>
      </p>
    </fieldset>`;
  }

  private renderMap(): TemplateResult {
    return html`<div id="map-panel" class="map-panel" ?hidden=${!this.mapOpen}>
      <p class="hint" id="map-hint">Cliquez sur la carte pour placer le point. Au clavier : déplacez la carte avec les flèches (après l’avoir atteinte avec Tab), puis placez le point au centre.</p>
      <div id="point-map" class="point-map"></div>
      <p>
        <button type="button" id="map-centre" @click=${() => {
          const c = this.pointMap.centre();
          if (c) this.placePoint(c.lat, c.lon, 'exact', 'Point placé au centre de la carte.');
        }}>Placer le point au centre de la carte</button>
      </p>
      ${this.mapMessage ? html`<p class="err">${this.mapMessage}</p>` : nothing}
    </div>`;
  }

  private renderHours(t: Place | Stop, ctx: FieldCtx): TemplateResult {
    const rec = t as unknown as Record<string, unknown>;
    const days = this.dayCells ?? [...hoursToDays(t.hours).days];
    const read = hoursToDays(t.hours);
    const check = daysToHours(days, read.holidaysClosed);
    const dayErr = new Map(check.problems.map((x) => [x.day, x.message.fr]));
    const osmId = idOf(ctx.prefix, 'hours');
    const osmErrs = ctx.errs.get('hours') ?? [];
    return html`<fieldset>
      <legend>Horaires d’ouverture</legend>
      <p class="hint" id="days-hint">Un jour par ligne, par exemple <span class="example">09:00 - 12:00 / 13:30 - 17:00</span>. Laissez vide un jour de fermeture. Si tous les jours sont vides, les horaires sont « non communiqués ».</p>
      ${typeof t.hours === 'string' && read.readable && !read.exact
        ? html`<p class="warn" id="days-warn">Ces horaires ont des règles qu’on ne peut pas écrire jour par jour (semaines, dates, remarques). Les jours ci-dessous montrent une semaine type ; en modifier un remplace ces règles.</p>`
        : nothing}
      <div class="days">
        ${DAY_NAMES_FR.map((name, i) => {
          const id = `day-${i}`;
          const err = dayErr.get(i);
          return html`<div class="field day">
            <label for=${id}>${name.charAt(0).toUpperCase() + name.slice(1)}</label>
            <input id=${id} type="text" autocomplete="off" .value=${days[i] ?? ''} aria-invalid=${err ? 'true' : nothing} aria-describedby=${err ? `days-hint ${id}-err` : 'days-hint'} @input=${(e: Event) => this.setDay(i, (e.target as HTMLInputElement).value)} />
            ${err ? html`<p id="${id}-err" class="err">${err} : écrivez les plages comme 09:00 - 12:00.</p>` : nothing}
          </div>`;
        })}
      </div>
      <div class="check">
        <input type="checkbox" id="hours-ph" .checked=${read.holidaysClosed} @change=${() => this.writeDays()} />
        <label for="hours-ph">Fermé les jours fériés</label>
      </div>
      <div class="field">
        <label for=${osmId}>Horaires au format OpenStreetMap</label>
        <p class="hint" id="${osmId}-hint">Écrit par les jours ci-dessus ; modifiable pour les règles avancées (par exemple <span class="example">Th[1,3] 14:00-17:00</span>, le 1er et le 3e jeudi).</p>
        <input id=${osmId} type="text" autocomplete="off" spellcheck="false" .value=${typeof t.hours === 'string' ? t.hours : ''} aria-invalid=${osmErrs.length ? 'true' : nothing} aria-describedby=${`${osmId}-hint${osmErrs.length ? ` ${osmId}-err` : ''}`} @change=${(e: Event) => this.setOsmHours((e.target as HTMLInputElement).value)} />
        ${osmErrs.length ? html`<p id="${osmId}-err" class="err">${osmErrs.join(' ')}</p>` : nothing}
      </div>
      <div class="words">
        <h3 id="words-h">En clair</h3>
        <ul aria-labelledby="words-h" class="hours-words">
          ${hoursInWords(t.hours, 'fr').map((line) => html`<li>${line}</li>`)}
        </ul>
      </div>
      ${this.field(ctx, 'hoursNote', 'Précisions sur les horaires', typeof t.hoursNote === 'string' ? t.hoursNote : '', (v) => this.setText(rec, 'hoursNote', v), { hint: 'Par exemple « fermé en août », « sur rendez-vous le mercredi ».' })}
    </fieldset>`;
  }

  private radios<T extends string>(name: string, legend: string, options: readonly T[], labels: Record<T, string>, value: string | undefined, set: (v: T | '') => void, ctx: FieldCtx, key: string): TemplateResult {
    return html`<fieldset id=${idOf(ctx.prefix, key)} class="radios">
      <legend>${legend}</legend>
      ${[...options, '' as T].map(
        (o) => html`<span class="radio"
          ><input type="radio" name=${name} id="${name}-${o || 'none'}" .checked=${(value ?? '') === o} @change=${() => set(o)} /><label for="${name}-${o || 'none'}"
            >${o ? labels[o] : 'Non précisé'}</label
          ></span
        >`,
      )}
      ${this.fieldsetErrors(ctx, key)}
    </fieldset>`;
  }

  private renderReception(p: Place, ctx: FieldCtx): TemplateResult {
    const rec = p as unknown as Record<string, unknown>;
    const c = (p.contact ?? {}) as Record<string, unknown>;
    const str = (v: unknown): string => (typeof v === 'string' ? v : '');
    const eq = new Set<string>(Array.isArray(p.equipment) ? p.equipment : []);
    return html`<fieldset>
        <legend>Contact</legend>
        ${this.field(ctx, 'contact.phone', 'Téléphone', str(c['phone']), (v) => this.setText(rec, 'contact.phone', v), { type: 'tel', hint: 'Par exemple 05 65 50 05 40.' })}
        ${this.field(ctx, 'contact.email', 'Courriel', str(c['email']), (v) => this.setText(rec, 'contact.email', v), { type: 'email' })}
        ${this.field(ctx, 'contact.website', 'Site internet', str(c['website']), (v) => this.setText(rec, 'contact.website', v), { type: 'url', hint: 'Une adresse qui commence par https://' })}
      </fieldset>
      ${this.radios('appointment', 'Rendez-vous', APPOINTMENT_POLICIES, APPOINTMENT_LABELS, p.appointment, (v) => this.setText(rec, 'appointment', v), ctx, 'appointment')}
      <fieldset id=${idOf(ctx.prefix, 'equipment')} class="chips">
        <legend>Équipement à disposition du public</legend>
        ${EQUIPMENT.map((e) =>
          this.chip(`eq-${e}`, EQUIPMENT_LABELS[e], eq.has(e), (on) => {
            const next = EQUIPMENT.filter((x) => (x === e ? on : eq.has(x)));
            if (next.length) p.equipment = next;
            else delete p.equipment;
            this.changed();
          }),
        )}
        ${this.fieldsetErrors(ctx, 'equipment')}
      </fieldset>
      ${this.radios('wheelchair', 'Accès en fauteuil roulant', ['yes', 'limited', 'no'] as const, WHEELCHAIR_LABELS, p.accessibility?.wheelchair, (v) => this.setText(rec, 'accessibility.wheelchair', v), ctx, 'accessibility.wheelchair')}
      <fieldset>
        <legend>Autres informations</legend>
        ${this.field(ctx, 'accessibility.note', 'Accessibilité (précisions)', str(p.accessibility?.note), (v) => this.setText(rec, 'accessibility.note', v), { hint: 'Boucle magnétique, langue des signes, gros caractères…' })}
        <div class="check">
          <input type="checkbox" id="free" .checked=${p.free === true} @change=${(e: Event) => {
            if ((e.target as HTMLInputElement).checked) p.free = true;
            else delete p.free;
            this.changed();
          }} />
          <label for="free">Gratuit</label>
        </div>
        ${this.field(ctx, 'description', 'Description', str(p.description), (v) => this.setText(rec, 'description', v), { multiline: true })}
      </fieldset>`;
  }

  private renderStops(bus: Place, problems: ValidationProblem[]): TemplateResult {
    const stops = bus.stops ?? [];
    const count = (i: number): number => problems.filter((x) => problemWhere(x).stopIndex === i).length;
    return html`<fieldset class="stops">
      <legend><span id="stops-h" tabindex="-1">Arrêts du bus (${stops.length})</span></legend>
      ${stops.length
        ? html`<ul>
            ${stops.map(
              (s, i) => html`<li>
                <span class="name">${s.name || 'Arrêt sans nom'}</span> <span class="where">${s.address.city}</span>
                ${count(i) ? html`<span class="badge error">${counted(count(i), 'problème', 'problèmes')}</span>` : nothing}
                <button type="button" id="stop-edit-${i}" @click=${() => void this.editStop(i)}>Modifier l’arrêt « ${s.name || 'sans nom'} »</button>
                <button type="button" @click=${() => void this.removeStop(i)}>Supprimer l’arrêt « ${s.name || 'sans nom'} »</button>
              </li>`,
            )}
          </ul>`
        : html`<p>Aucun arrêt : un bus sans arrêt est montré à son adresse.</p>`}
      <p><button type="button" @click=${() => void this.addStop()}>Ajouter un arrêt</button></p>
    </fieldset>`;
  }
}

interface FieldCtx {
  prefix: string;
  errs: Map<string, string[]>;
}

interface FieldOptions {
  hint?: string;
  type?: 'text' | 'tel' | 'email' | 'url' | 'number';
  inputmode?: string;
  required?: boolean;
  multiline?: boolean;
  /** Commit on change (blur, Enter) rather than on each keystroke: numbers being typed. */
  onChange?: boolean;
}

