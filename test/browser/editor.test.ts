import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/editor/editor-page.js';
import type { ServiceLocatorEditorElement } from '../../src/editor/service-locator-editor.js';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { parseCatalogueText } from '../../src/core/catalogue/validate.js';
import { importTableur } from '../../src/core/import/tableur.js';
import { NOW, SMALL, deepActive, items, loaded } from './helpers/locator.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

const PARTLY_INVALID = '/test/browser/fixtures/lot-partly-invalid.json';
const TEMPLATE = '/data/templates/lieux-modele.csv';
const GAZETTEER = '/data/communes-france.json';

interface Saved {
  name: string;
  text: string;
  type: string;
}

async function editor(): Promise<{ el: ServiceLocatorEditorElement; saved: Saved[] }> {
  const saved: Saved[] = [];
  const el = await fixture<ServiceLocatorEditorElement>(
    html`<service-locator-editor communes=${GAZETTEER} .now=${NOW} .saveFile=${(name: string, text: string, type: string) => saved.push({ name, text, type })}></service-locator-editor>`,
  );
  return { el, saved };
}

const $ = <T extends Element = HTMLElement>(el: ServiceLocatorEditorElement, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(el: ServiceLocatorEditorElement, sel: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const status = (el: ServiceLocatorEditorElement): string => $(el, '.status').textContent.trim();
const placeButtons = (el: ServiceLocatorEditorElement) => $$<HTMLButtonElement>(el, '.place-button');

async function fileOf(url: string, name: string): Promise<DataTransfer> {
  const text = await (await fetch(url)).text();
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }));
  return dt;
}

async function openWithPicker(el: ServiceLocatorEditorElement, url: string, name: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#file');
  input.files = (await fileOf(url, name)).files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => placeButtons(el).length > 0, 'places listed');
  await el.updateComplete;
}

/** Types into a field as a person would: focus, select all, type. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

async function setByChange(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('change'));
}

const previewOf = (el: ServiceLocatorEditorElement): ServiceLocatorElement => $<ServiceLocatorElement>(el, 'service-locator');

describe('<service-locator-editor>', () => {
  it('starts with a file picker, a drop zone and the template, and is accessible', async () => {
    const { el, saved } = await editor();
    expect($(el, 'label[for="file"]').textContent).to.contain('Catalogue (.json) ou tableur (.csv)');
    expect($(el, '#file-hint').textContent).to.contain('rien n’est envoyé');
    await expect(el).to.be.accessible();
    const templateButton = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.includes('modèle de tableur'))!;
    templateButton.click();
    expect(saved[0]!.name).to.equal('lieux-modele.csv');
    const template = await (await fetch(TEMPLATE)).text();
    expect(saved[0]!.text.replace(/^\uFEFF/, '')).to.equal(template.replace(/^\uFEFF/, ''));
  });

  it('opens a catalogue and shows the validator’s problems by place and field', async () => {
    const { el } = await editor();
    await openWithPicker(el, PARTLY_INVALID, 'lot.json');
    expect(placeButtons(el)).to.have.length(8);
    await waitUntil(() => status(el).includes('ouvert'), 'status said');
    expect(status(el)).to.equal('Catalogue « lot.json » ouvert : 8 lieux, 2 lieux à corriger (2 erreurs).');
    expect(deepActive()?.id).to.equal('places-h');
    const broken = placeButtons(el)[6]!;
    expect(broken.textContent).to.contain('Lieu sans nom');
    expect(broken.textContent).to.contain('1 erreur');
    broken.click();
    await el.updateComplete;
    await waitUntil(() => deepActive()?.id === 'form-h', 'focus on the form heading');
    const summary = $(el, '.problems');
    expect(summary.textContent).to.contain('Nom');
    const name = $<HTMLInputElement>(el, '#p-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('p-name-err');
    // "Nom" in the summary goes to the field.
    summary.querySelector<HTMLButtonElement>('button.link')!.click();
    await waitUntil(() => deepActive()?.id === 'p-name', 'focus on the name field');
    await typeInto(name, 'CCAS de Cahors');
    await el.updateComplete;
    expect(placeButtons(el)[6]!.textContent).not.to.contain('erreur');
    expect($(el, '.ok').textContent).to.contain('Aucun problème');
    await waitUntil(() => status(el) === '8 lieux, 1 lieu à corriger (1 erreur).', 'new summary spoken', { timeout: 4000 });

    placeButtons(el)[7]!.click();
    await el.updateComplete;
    const lat = $<HTMLInputElement>(el, '#p-location-lat');
    expect(lat.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#p-location-lat-err').textContent).to.match(/latitude/i);
    await expect(el).to.be.accessible();
  });

  it('edits hours day by day, needs and the point; the saved catalogue validates and the widget lists it', async () => {
    const { el, saved } = await editor();
    await openWithPicker(el, SMALL, 'lot-small.json');
    placeButtons(el)[1]!.click(); // CIAS du Grand-Figeac, Mo-Fr 08:30-12:00
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#day-0').value).to.equal('08:30 - 12:00');
    expect($<HTMLInputElement>(el, '#day-6').value).to.equal('');

    // Hours: Monday afternoon too, Saturday morning, closed on public holidays.
    await typeInto($<HTMLInputElement>(el, '#day-0'), '08:30 - 12:00 / 14h - 17h');
    await typeInto($<HTMLInputElement>(el, '#day-5'), '9:00-11:30');
    $<HTMLInputElement>(el, '#hours-ph').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#p-hours').value).to.equal('Mo 08:30-12:00,14:00-17:00; Tu-Fr 08:30-12:00; Sa 09:00-11:30; PH off');
    const words = $$(el, '.hours-words li').map((li) => li.textContent.trim());
    expect(words[0]).to.equal('lundi de 8 h 30 à 12 h et de 14 h à 17 h');
    expect(words[5]).to.equal('samedi de 9 h à 11 h 30');
    expect(words[6]).to.equal('dimanche : fermé');
    expect(words[7]).to.equal('fermé les jours fériés');

    // A day that cannot be read is named, and the hours stay as they were.
    await typeInto($<HTMLInputElement>(el, '#day-2'), 'midi');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#day-2').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#day-2-err').textContent).to.contain('illisible');
    // (Emptied on the way, Wednesday read as closed; "midi" then changes nothing.)
    expect($<HTMLInputElement>(el, '#p-hours').value).to.equal('Mo 08:30-12:00,14:00-17:00; Tu,Th,Fr 08:30-12:00; Sa 09:00-11:30; PH off');
    await typeInto($<HTMLInputElement>(el, '#day-2'), '08:30 - 12:00');

    // Needs as chips.
    expect($<HTMLInputElement>(el, '#need-logement').checked).to.equal(true);
    const caf = $<HTMLInputElement>(el, '#need-caf');
    expect(caf.checked).to.equal(false);
    caf.click();
    await el.updateComplete;
    expect(caf.checked).to.equal(true);

    // Move the point (as typed by French staff, with a comma).
    await setByChange($<HTMLInputElement>(el, '#p-location-lat'), '44,6102');
    await setByChange($<HTMLInputElement>(el, '#p-location-lon'), '2,0345');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#p-location-lat').value).to.equal('44.6102');

    await expect(el).to.be.accessible();

    // The preview follows.
    await waitUntil(() => {
      const shown = previewOf(el).catalogue as { places: { id: string; needs: string[]; hours?: string }[] } | undefined;
      return shown?.places.find((p) => p.id === 'cias-figeac')?.needs.includes('caf');
    }, 'preview has the edited catalogue', { timeout: 5000 });
    await waitUntil(() => items(previewOf(el)).length === 6, 'preview lists the places');

    // Save: a valid catalogue, dated today, that the widget lists.
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.includes('catalogue (JSON)'))!.click();
    const json = saved.find((s) => s.name === 'lot-small.json')!;
    expect(json.type).to.equal('application/json');
    const result = parseCatalogueText(json.text);
    expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(result.meta.updated).to.equal('2026-12-03');
    const cias = result.places.find((p) => p.id === 'cias-figeac')!;
    expect(cias.hours).to.equal('Mo 08:30-12:00,14:00-17:00; Tu-Fr 08:30-12:00; Sa 09:00-11:30; PH off');
    expect(cias.needs).to.deep.equal(['caf', 'logement', 'aide-sociale']);
    expect(cias.location).to.deep.equal({ lat: 44.6102, lon: 2.0345, precision: 'exact' });
    await waitUntil(() => status(el).startsWith('Catalogue enregistré'), 'save said');
    expect(status(el)).to.equal('Catalogue enregistré : 6 lieux.');

    const widget = await loaded(html`<service-locator .catalogue=${JSON.parse(json.text)} .now=${NOW}></service-locator>`);
    expect(items(widget)).to.have.length(6);
    const card = items(widget).find((li) => li.dataset['placeId'] === 'cias-figeac')!;
    expect(card.textContent).to.contain('CIAS du Grand-Figeac');
    // Thursday 3 December 2026, 15:00: closed (mornings only on Thursdays).
    expect(card.querySelector('.status')!.textContent).to.match(/Fermé/);
  });

  it('adds a place at a commune centre from the gazetteer, saves it as the spreadsheet too', async () => {
    const { el, saved } = await editor();
    await openWithPicker(el, SMALL, 'lot-small.json');
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.trim() === 'Ajouter un lieu')!.click();
    await waitUntil(() => deepActive()?.id === 'p-name', 'focus on the new place’s name');
    expect(placeButtons(el)).to.have.length(7);
    await sendKeys({ type: 'Permanence CAF de Lherm' });
    $<HTMLInputElement>(el, '#need-caf').click();
    const kind = $<HTMLSelectElement>(el, '#p-kind');
    kind.value = 'permanence';
    kind.dispatchEvent(new Event('change'));

    const q = $<HTMLInputElement>(el, '#commune-q');
    q.focus();
    await sendKeys({ type: 'Lherm' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.communes button').length > 0, 'communes found', { timeout: 10000 });
    const lherm = $$<HTMLButtonElement>(el, '.communes button').find((b) => b.textContent.startsWith('Lherm (46'))!;
    await expect(el).to.be.accessible();
    lherm.click();
    await waitUntil(() => deepActive()?.id === 'p-location-lat', 'focus on the latitude');
    expect($<HTMLInputElement>(el, '#p-address-city').value).to.equal('Lherm');
    expect($<HTMLInputElement>(el, '#p-address-insee').value).to.equal('46171');
    expect($(el, '#pos-hint').textContent).to.contain('Position approximative');
    await waitUntil(() => status(el).includes('Lherm'), 'point said');
    expect(placeButtons(el)[6]!.textContent).not.to.contain('erreur');

    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.includes('Télécharger le tableur (CSV)'))!.click();
    const csv = saved.find((s) => s.name === 'lot-small-tableur.csv')!;
    const communes = (await (await fetch('/data/communes.json')).json()) as { name: string; insee: string; lat: number; lon: number }[];
    const back = importTableur(csv.text, { communes });
    const place = back.catalogue.places.find((p) => p.name === 'Permanence CAF de Lherm')!;
    expect(place.location.precision).to.equal('commune');
    expect(place.needs).to.deep.equal(['caf']);
    expect(back.issues.filter((i) => i.severity === 'skipped')).to.deep.equal([]);
    expect(back.catalogue.places).to.have.length(7);
  });

  it('adds and removes a bus stop and a place, focus following', async () => {
    const { el } = await editor();
    await openWithPicker(el, SMALL, 'lot-small.json');
    placeButtons(el)[4]!.click(); // the bus
    await el.updateComplete;
    const before = $$(el, '.stops li').length;
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.trim() === 'Ajouter un arrêt')!.click();
    await waitUntil(() => deepActive()?.id === 's-name', 'focus on the stop’s name');
    expect($(el, '#form-h').textContent).to.contain('Arrêt « sans nom »');
    await sendKeys({ type: 'Place du marché' });
    await setByChange($<HTMLInputElement>(el, '#s-address-city'), 'Cahors');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.trim() === 'Revenir au bus')!.click();
    await waitUntil(() => deepActive()?.id === `stop-edit-${before}`, 'focus back on the stop');
    expect($$(el, '.stops li')).to.have.length(before + 1);
    expect($$(el, '.stops li')[before]!.textContent).to.contain('problème');
    $$<HTMLButtonElement>(el, '.stops button').find((b) => b.textContent.includes('Supprimer l’arrêt « Place du marché »'))!.click();
    await waitUntil(() => deepActive()?.id === 'stops-h', 'focus on the stops heading');
    expect($$(el, '.stops li')).to.have.length(before);

    $$<HTMLButtonElement>(el, '.danger button')[0]!.click(); // remove the bus
    await waitUntil(() => deepActive()?.id === 'place-4', 'focus on the next place');
    expect(placeButtons(el)).to.have.length(5);
    await waitUntil(() => status(el).includes('supprimé'), 'removal said');
    expect(status(el)).to.contain('Lieu « Bus France services Grand Cahors » supprimé.');
  });

  it('opens a spreadsheet by drag and drop and names the rows it skipped', async () => {
    const { el } = await editor();
    const template = await (await fetch(TEMPLATE)).text();
    const bad = template.replace(/\r\n$/, '') + '\r\n;Sans type;;;;;Cahors;;44.44;1.44\r\n';
    const dt = new DataTransfer();
    dt.items.add(new File([bad], 'lieux.csv', { type: 'text/csv' }));
    $(el, '.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await waitUntil(() => placeButtons(el).length > 0, 'places listed', { timeout: 10000 });
    expect(placeButtons(el).map((b) => b.querySelector('.name')!.textContent)).to.deep.equal(['CCAS de Figeac', 'Bus France services du Ségala']);
    const issues = $(el, '.import-issues');
    expect(issues.hasAttribute('open')).to.equal(true);
    expect(issues.textContent).to.contain('ligne 5');
    expect(issues.textContent).to.contain('Type de lieu');
    await waitUntil(() => status(el).startsWith('Tableur « lieux.csv » ouvert'), 'status');
    expect(status(el)).to.contain('1 ligne ignorée');
    await expect(el).to.be.accessible();
  });

  webglIt('places the point with a click on the map or at its centre', async () => {
    const { el } = await editor();
    await openWithPicker(el, SMALL, 'lot-small.json');
    const toggle = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.includes('Placer le point sur une carte'))!;
    toggle.click();
    await waitUntil(() => $(el, '#point-map').querySelector('canvas'), 'map mounted', { timeout: 15000 });
    await el.mapIdle();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    type Raw = { fire(type: string, data: unknown): void; jumpTo(o: unknown): void; project(p: [number, number]): { x: number; y: number } };
    const raw = (el as unknown as { pointMap: { adapter: { map: Raw } } }).pointMap.adapter.map;
    raw.fire('click', { lngLat: { lat: 44.45, lng: 1.44 }, point: raw.project([1.44, 44.45]) });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#p-location-lat').value).to.equal('44.45');
    expect($<HTMLInputElement>(el, '#p-location-lon').value).to.equal('1.44');
    raw.jumpTo({ center: [1.5, 44.5] });
    $<HTMLButtonElement>(el, '#map-centre').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#p-location-lat').value).to.equal('44.5');
    expect($<HTMLInputElement>(el, '#p-location-lon').value).to.equal('1.5');
    await el.mapIdle();
    await expect(el).to.be.accessible();
  });

  it('runs from the built page (demo/editor.html loads dist/editor/, never the widget’s entry)', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Éditeur';
    frame.src = '/demo/editor.html';
    frame.style.width = '1200px';
    frame.style.height = '800px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('service-locator-editor')?.shadowRoot?.querySelector('#file'), 'built editor upgraded', { timeout: 15000 });
      const doc = frame.contentDocument!;
      // (The test server injects its own web-socket script.)
      const scripts = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')).filter((src) => !src!.startsWith('/__web-dev-server'));
      expect(scripts).to.deep.equal(['../dist/editor/editor.js']);
      const loaded = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => new URL(r.name));
      expect(loaded.map((u) => u.pathname)).to.include('/dist/editor/editor.js');
      expect(loaded.map((u) => u.pathname)).not.to.include('/dist/service-locator.js');
      // Nothing from another site: no upload, no tracker, no tiles.
      expect(loaded.filter((u) => u.origin !== location.origin).map(String)).to.deep.equal([]);
      const template = [...doc.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
      expect(template).to.deep.equal(['../data/templates/lieux-modele.csv']);
      expect((await fetch(new URL(template[0]!, frame.contentWindow!.location.href))).ok).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
