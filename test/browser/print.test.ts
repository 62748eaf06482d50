import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ServiceLocatorResultsActionsElement } from '../../src/components/service-locator-results-actions/service-locator-results-actions.js';
import { PRINT_ROOT_CLASS } from '../../src/components/service-locator-results-actions/print.js';
import { RESULTS, NOW } from './results-actions-fixture.js';

ServiceLocatorResultsActionsElement.define();

interface PdfText {
  text: string;
  pages: number;
}

const printPdf = async (): Promise<PdfText> => (await executeServerCommand<PdfText, undefined>('print-pdf'));
/** PDF text runs may split or join spaces differently: compare on single spaces. */
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

async function mount(lang: 'fr' | 'en' = 'fr'): Promise<ServiceLocatorResultsActionsElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <p class="sentinel">SENTINELLE-HOTE page de la commune</p>
    <service-locator-results-actions
      lang=${lang}
      .results=${RESULTS}
      .now=${NOW}
      .searchSummary=${'CAF près de Lherm'}
      .attribution=${'Département du Lot, Etalab 2.0'}
    ></service-locator-results-actions>
  </div>`);
  const el = wrap.querySelector('service-locator-results-actions')!;
  await el.updateComplete;
  return el;
}

describe('printing the results list', () => {
  let realPrint: typeof window.print;
  beforeEach(() => {
    realPrint = window.print;
  });
  afterEach(() => {
    window.print = realPrint;
    document.querySelectorAll('.' + PRINT_ROOT_CLASS).forEach((n) => n.remove());
  });

  it('prints the header, names, phones, hours and bus visits, and nothing of the host page', async () => {
    const el = await mount();
    await el.preparePrint();
    const { text, pages } = await printPdf();
    const t = squash(text);
    expect(pages).to.be.greaterThan(0);
    expect(t).to.contain("Lieux d'accueil et d'aide");
    expect(t).to.contain('Recherche : CAF près de Lherm');
    expect(t).to.contain('Liste imprimée le lundi 23 novembre 2026 à 11 h');
    expect(t).to.contain('Source : Département du Lot, Etalab 2.0');
    expect(t).to.contain('France services de Gramat');
    expect(t).to.contain('05 65 11 22 33');
    expect(t).to.contain('lundi : 9 h – 12 h, 13 h 30 – 17 h');
    expect(t).to.contain('samedi : fermé');
    expect(t).to.contain('Bus France services du Lot');
    expect(t).to.contain('05 65 44 55 66');
    expect(t).to.contain('Prochain passage à Place de la mairie : jeudi 26 novembre, 14 h – 17 h 15');
    expect(t).to.contain('Passage possible à Lherm');
    expect(t).to.contain('à confirmer');
    expect(t).to.contain('CCAS de Lherm');
    expect(t).to.contain('Horaires non communiqués');
    expect(t).to.contain('Position approximative');
    // The host page and the toolbar are not printed.
    expect(t).not.to.contain('SENTINELLE-HOTE');
    expect(t).not.to.contain('Imprimer la liste');
    expect(t).not.to.contain('Télécharger');
  });

  it('leaves the page as it was after printing, and hides the list on screen while prepared', async () => {
    const el = await mount();
    const sheetsBefore = document.adoptedStyleSheets.length;
    await el.preparePrint();
    const root = document.querySelector<HTMLElement>('.' + PRINT_ROOT_CLASS)!;
    expect(root.parentElement).to.equal(document.body);
    expect(getComputedStyle(root).display).to.equal('none');
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore + 1);
    // Preparing again replaces, never stacks.
    await el.preparePrint();
    expect(document.querySelectorAll('.' + PRINT_ROOT_CLASS).length).to.equal(1);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore + 1);
    el.cleanupPrint();
    expect(document.querySelector('.' + PRINT_ROOT_CLASS)).to.equal(null);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
    // Without preparation the PDF is the page itself: the sentinel shows (the check above can fail).
    const { text } = await printPdf();
    expect(squash(text)).to.contain('SENTINELLE-HOTE');
  });

  it('the print button prepares the same list, opens the dialog and cleans up on afterprint', async () => {
    const el = await mount();
    let printedText = '';
    window.print = () => {
      printedText = document.querySelector('.' + PRINT_ROOT_CLASS)?.shadowRoot?.textContent ?? '';
    };
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.print')!;
    expect(button.textContent.trim()).to.equal('Imprimer la liste');
    button.click();
    await waitUntil(() => printedText !== '', 'print() was called');
    expect(printedText).to.contain('France services de Gramat');
    expect(printedText).to.contain('05 65 11 22 33');
    // Still there until the browser says printing is over.
    expect(document.querySelector('.' + PRINT_ROOT_CLASS)).not.to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('.' + PRINT_ROOT_CLASS)).to.equal(null);
  });

  it('prints under a host print sheet that hides everything its own way', async () => {
    const host = new CSSStyleSheet();
    host.replaceSync('@media print { body * { visibility: hidden !important; } div { display: none; } h2 { display: none; } }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, host];
    try {
      const el = await mount();
      await el.preparePrint();
      const t = squash((await printPdf()).text);
      expect(t).to.contain('France services de Gramat');
      expect(t).to.contain('05 65 44 55 66');
      expect(t).not.to.contain('SENTINELLE-HOTE');
      el.cleanupPrint();
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== host);
    }
  });

  it('removes the prepared list when the element leaves the page', async () => {
    const el = await mount();
    await el.preparePrint();
    el.remove();
    expect(document.querySelector('.' + PRINT_ROOT_CLASS)).to.equal(null);
  });

  it('prints in English', async () => {
    const el = await mount('en');
    await el.preparePrint();
    const t = squash((await printPdf()).text);
    expect(t).to.contain('List printed on Monday, 23 November 2026 at 11 am');
    // One time format per language (issue 16): the printed week says times as the cards do.
    expect(t).to.contain('Monday: 9 am – noon, 1:30 pm – 5 pm');
    expect(t).to.contain('Next visit to Place de la mairie: Thursday 26 November, 2 pm – 5:15 pm');
    expect(t).to.contain('Hours not known');
    el.cleanupPrint();
  });
});
