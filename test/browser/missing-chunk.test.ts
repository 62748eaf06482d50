// The built bundle with one of its lazy chunks gone (a page kept open or cached while the site
// deploys a new version, whose chunks have other hashed names; a dropped mobile connection): the
// test server (/__test__/chunks/) answers 404 for dist/<prefix>-<hash>.js while the cookie `fail-chunk=<prefix>` is
// set (test/helpers/server-middleware.mjs). What the resident gets must never be a loading
// message that lasts forever or a button that silently does nothing: the list with the part that
// failed said in words, or an error in words that says what to do; once the chunk is back, the
// retry path works where the browser fetches the chunk again.
import { expect } from '@open-wc/testing';
import { uiStrings } from '../../src/i18n/index.js';
import { actionsStrings } from '../../src/i18n/strings-actions.js';
import { assertBuilt, deepQueryAll, deepText, demoPlaceNames, loadFrame, waitFor, waitForPlaces } from './standalone-helpers.js';

const t = uiStrings('fr');

function chunkGone(prefix: string): void {
  document.cookie = `fail-chunk=${prefix}; path=/`;
}
function chunkBack(): void {
  document.cookie = 'fail-chunk=; path=/; max-age=0';
}

/**
 * Whether `words` are in a live region under `root` (role status or alert, through shadow roots):
 * a screen reader hears them where a sighted resident reads them.
 */
function said(root: ParentNode, words: string): boolean {
  return deepQueryAll(root, '[role="status"], [role="alert"]').some((n) => deepText(n).includes(words));
}

/** The first button under `root` (through shadow roots) whose text includes `text`. */
function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return deepQueryAll(root, 'button').find((b) => (b.textContent ?? '').includes(text)) as HTMLButtonElement | undefined;
}

describe('a lazy chunk of the built bundle cannot be fetched', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement | undefined;
  let names: string[] = [];
  let runs = 0;
  before(async () => {
    await assertBuilt();
    names = await demoPlaceNames();
  });
  afterEach(() => {
    chunkBack();
    frame?.remove();
    frame = undefined;
  });

  async function pageWithout(prefix: string): Promise<{ doc: Document; el: Element; requested: () => string[] }> {
    chunkGone(prefix);
    // A path of its own per page: no file of another page's run from the browser's cache.
    frame = await loadFrame(`/__test__/missing-chunk-page?run=${prefix}-${(runs += 1)}-${Date.now()}`);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    await waitFor(() => win.customElements.get('service-locator'), 10000, 'the standalone build to define <service-locator>');
    const el = doc.querySelector('service-locator')!;
    const requested = () => win.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\//, ''));
    return { doc, el, requested };
  }

  /** Reloads the page under test (what the words ask for) and waits for its element. */
  async function reload(): Promise<Element> {
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame!.contentWindow!.location.reload();
    await loaded;
    return waitFor(() => frame!.contentDocument!.querySelector('service-locator'), 10000, 'the page again');
  }

  /** The way out the words name: the chunk back and the page reloaded, "Détails" opens the dialog (Chromium would also fetch the chunk again at the next click). */
  async function detailOpensOnceBack(): Promise<void> {
    chunkBack();
    const again = await reload();
    await waitForPlaces(frame!.contentDocument!, names);
    (await waitFor(() => button(again, t.details), 10000, 'a "Détails" button')).click();
    await waitFor(() => deepQueryAll(again, 'dialog[open]')[0], 10000, 'the detail dialog, the chunk back');
    expect(deepText(again)).to.not.include(t.detailUnavailable);
  }

  /** Waits for the element to show the list, or `words`, and says which. */
  function listOr(el: Element, words: string, what: string): Promise<'list' | 'words'> {
    return waitFor(
      () => {
        const text = deepText(el);
        if (text.includes(words)) return 'words';
        return names.filter((n) => text.includes(n)).length >= 3 ? 'list' : undefined;
      },
      20000,
      what,
    );
  }

  for (const prefix of ['first-list', 'validator-core']) {
    it(`${prefix} (before the first list): an error in words that says to reload, and the retry works once the chunk is back`, async () => {
      const { el, requested } = await pageWithout(prefix);
      expect(await listOr(el, t.errorCode, `the list or "${t.errorCode}"`)).to.equal('words');
      expect(requested().some((n) => n.startsWith(`${prefix}-`)), `${prefix} was asked for`).to.equal(true);
      const text = deepText(el);
      expect(text).to.include(t.errorTitle);
      expect(said(el, t.errorCode), 'the error in a live region').to.equal(true);
      expect(text).to.not.include(t.loading);
      // The way out named: reload the page. The retry button tries again meanwhile: Chromium
      // fetches a failed dynamic import again, Firefox keeps the failure for the page's life (the
      // same words again), where only the reload the words ask for helps.
      chunkBack();
      const failedAgain = new Promise<'words'>((resolve) => el.addEventListener('service-locator-error', () => resolve('words'), { once: true }));
      button(el, t.retry)!.click();
      if ((await Promise.race([failedAgain, waitForPlaces(el.ownerDocument, names).then(() => 'list' as const)])) === 'words') await reload();
      await waitForPlaces(frame!.contentDocument!, names);
    });
  }

  it('root-late (after the paint): the list shows; "Détails" says in words that it failed, then opens once the chunk is back', async () => {
    const { el, doc } = await pageWithout('root-late');
    await waitForPlaces(doc, names);
    const details = await waitFor(() => button(el, t.details), 10000, 'a "Détails" button');
    details.click();
    await waitFor(() => said(el, t.detailUnavailable), 10000, `"${t.detailUnavailable}" after "Détails"`);
    await detailOpensOnceBack();
  });

  it('root-late: the map view says the map is unavailable and the list stays', async () => {
    const { el, doc } = await pageWithout('root-late');
    await waitForPlaces(doc, names);
    el.setAttribute('view', 'map');
    await waitFor(() => said(el, t.mapUnavailable), 10000, `"${t.mapUnavailable}"`);
    await waitForPlaces(doc, names);
  });

  it('service-locator-detail: "Détails" says in words that it failed, then opens once the chunk is back', async () => {
    const { el, doc } = await pageWithout('service-locator-detail');
    await waitForPlaces(doc, names);
    // A place far down the list: the words must come into view, not above the fold unseen.
    const far = deepQueryAll(el, 'button').filter((b) => (b.textContent ?? '').includes(t.details)).at(-1) as HTMLButtonElement;
    far.scrollIntoView();
    far.click();
    await waitFor(() => said(el, t.detailUnavailable), 10000, `"${t.detailUnavailable}" after "Détails"`);
    const notice = deepQueryAll(el, '[role="status"]').find((n) => deepText(n).includes(t.detailUnavailable))!;
    await waitFor(
      () => {
        const box = notice.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= doc.defaultView!.innerHeight;
      },
      5000,
      'the words in view',
    );
    await detailOpensOnceBack();
  });
  /** Types `text` in the search box and presses its button. */
  function search(el: Element, text: string): void {
    const input = deepQueryAll(el, 'input[role="combobox"]')[0] as HTMLInputElement;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    button(el, t.searchButton)!.click();
  }

  /** The list's count says places were found for the search. */
  const answered = (el: Element): boolean => /\d+ lieux? trouvés?/.test(deepQueryAll(el, '.count')[0]?.textContent ?? '');

  it('data-core (the index, after the paint): the list shows; a search says in words that it cannot, not "Préparation…" forever', async () => {
    const { el, doc } = await pageWithout('data-core');
    await waitForPlaces(doc, names);
    search(el, 'caf');
    await waitFor(() => said(el, t.searchUnavailable), 15000, `"${t.searchUnavailable}"`);
    expect(answered(el)).to.equal(false);
    chunkBack();
    const again = await reload();
    await waitForPlaces(frame!.contentDocument!, names);
    search(again, 'caf');
    await waitFor(() => answered(again), 15000, 'an answer to "caf", the chunk back');
    expect(deepText(again)).to.not.include(t.searchUnavailable);
  });

  it('search-panel (suggestions and filters, after the paint): the search still answers, and "Filtres" says in words that they are unavailable', async () => {
    const { el, doc } = await pageWithout('search-panel');
    await waitForPlaces(doc, names);
    search(el, 'caf');
    await waitFor(() => answered(el), 15000, 'an answer to "caf"');
    (deepQueryAll(el, 'summary').find((s) => (s.textContent ?? '').includes(t.filters)) as HTMLElement).click();
    await waitFor(() => said(el, t.filtersUnavailable), 10000, `"${t.filtersUnavailable}" after "Filtres"`);
  });

  it('strings-announce (words of what changed, after the paint): the search answers and the live region says the count', async () => {
    const { el, doc } = await pageWithout('strings-announce');
    await waitForPlaces(doc, names);
    search(el, 'caf');
    await waitFor(() => answered(el), 15000, 'an answer to "caf"');
    await waitFor(() => /\d+ lieux? trouvés?/.test(deepQueryAll(el, '#announcer')[0]?.textContent ?? ''), 10000, 'the count in the live region');
  });

  it('origin-requests (the commune look-up, on first use): "Chercher autour" says in words that it could not search', async () => {
    const { el, doc } = await pageWithout('origin-requests');
    await waitForPlaces(doc, names);
    const input = deepQueryAll(el, 'input#commune')[0] as HTMLInputElement;
    input.value = 'Cahors';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    button(el, t.communeButton)!.click();
    await waitFor(() => deepQueryAll(el, '.message')[0]?.textContent?.includes(t.originUnavailable), 10000, `"${t.originUnavailable}" after "Chercher autour"`);
  });

  it('root-late: a search that finds nothing says so in words (the empty state), not "Chargement des lieux…" forever', async () => {
    const { el, doc } = await pageWithout('root-late');
    await waitForPlaces(doc, names);
    search(el, 'zzqxwv');
    await waitFor(() => said(el, t.emptyUnavailable), 15000, 'words for the empty result');
    expect(deepText(el)).to.not.include(t.loading);
  });

  it('actions-core (print and downloads, after the paint): "Télécharger (CSV)" says, visibly and in a live region, that it failed', async () => {
    const { el, doc } = await pageWithout('actions-core');
    await waitForPlaces(doc, names);
    const words = actionsStrings('fr');
    // The index answers first: new results reset the toolbar's message.
    search(el, 'caf');
    await waitFor(() => answered(el), 15000, 'an answer to "caf"');
    (await waitFor(() => button(el, words.downloadCsv), 10000, `"${words.downloadCsv}"`)).click();
    const status = await waitFor(
      () => deepQueryAll(el, '[role="status"]').find((n) => (n.textContent ?? '').includes(words.failed)) as HTMLElement | undefined,
      10000,
      `"${words.failed}"`,
    );
    // Seen as well as heard: a sighted resident must not meet a button that does nothing.
    const box = status.getBoundingClientRect();
    expect(box.width > 1 && box.height > 1, 'the failure words take room on screen').to.equal(true);
    expect(words.failed).to.include('Rechargez la page');
  });
});
