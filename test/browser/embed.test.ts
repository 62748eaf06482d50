// The iframe page (demo/embed.html) for sites that strip scripts: whitelisted parameters only,
// the demo places listed, the map reaching idle; and the generator's snippets.
import { expect, fixture, html } from '@open-wc/testing';
import { NEED_IDS } from '../../src/core/needs/vocabulary.js';
import { parseEmbedParams, safeHttpUrl, safeNear } from '../../demo/embed-params.js';
import { assertBuilt, demoPlaceNames, loadFrame, waitFor, waitForMapIdle, waitForPlaces } from './standalone-helpers.js';

const base = 'https://mairie.example/pages/carte.html';
const parse = (search: string) => parseEmbedParams(search, { base, needIds: NEED_IDS });

describe('embed page parameters', () => {
  it('maps the whitelisted parameters to attributes', () => {
    const r = parse('?src=https://data.example/cat.json&need=caf,sante&view=both&lang=en&query=impôts&near=44.45,1.44&map-style=offline&no-geolocation=1');
    expect(r.attributes).to.deep.equal({
      src: 'https://data.example/cat.json',
      need: 'caf,sante',
      view: 'both',
      lang: 'en',
      query: 'impôts',
      near: '44.45,1.44',
      'map-style': 'offline',
      'no-geolocation': '',
    });
    expect(r.rejected).to.deep.equal([]);
  });

  it('refuses catalogue URLs that are not http(s) and values outside the vocabularies', () => {
    const r = parse('?src=javascript:alert(1)&view=grid&lang=de&need=caf,pirate&near=<b>x</b>&map-style=data:text/json,{}&onload=alert(1)&theme=../../evil&accent=red;x');
    expect(r.attributes).to.deep.equal({ need: 'caf' });
    expect(r.rejected.sort()).to.deep.equal(['accent', 'lang', 'map-style', 'near', 'need', 'src', 'theme', 'view']);
    expect(r.theme).to.equal(null);
    expect(r.colours).to.deep.equal({});
  });

  it('accepts relative catalogue paths and commune names; checks coordinates', () => {
    expect(safeHttpUrl('../data/catalogue.json', base)).to.equal('../data/catalogue.json');
    expect(safeHttpUrl('//cdn.example/c.json', base)).to.equal('//cdn.example/c.json');
    for (const bad of ['data:application/json,{}', 'javascript:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'file:///etc/passwd', '']) expect(safeHttpUrl(bad, base), bad).to.equal(null);
    expect(safeNear('Saint-Cirq-Lapopie')).to.equal('Saint-Cirq-Lapopie');
    expect(safeNear("L'Hospitalet-près-l'Andorre")).to.equal("L'Hospitalet-près-l'Andorre");
    expect(safeNear('44.1, 1.4')).to.equal('44.1,1.4');
    expect(safeNear('95,1')).to.equal(null);
    expect(safeNear('"><script>')).to.equal(null);
  });

  it('takes a theme and colours', () => {
    const r = parse('?theme=commune&accent=%231d6b4f&accent-text=%23fff');
    expect(r.theme).to.equal('commune');
    expect(r.colours).to.deep.equal({ '--service-locator-accent': '#1d6b4f', '--service-locator-accent-text': '#fff' });
  });
});

describe('embed page (iframe)', function () {
  this.timeout(90000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('lists the demo places full-height, in the language asked for, with a heading and a noscript text', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame('/demo/embed.html?src=/data/catalogue.json&lang=en&theme=departement&accent=%237d1838&unknown=1');
    const doc = frame.contentDocument!;
    await waitForPlaces(doc, names);
    const el = doc.querySelector('service-locator')!;
    expect(el.getAttribute('src')).to.equal('/data/catalogue.json');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.hasAttribute('unknown')).to.equal(false);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('Places that help with paperwork');
    expect(doc.querySelector('h1')!.textContent).to.equal('Places that help with paperwork');
    expect(doc.querySelector('noscript')!.textContent).to.contain('JavaScript');
    const style = frame.contentWindow!.getComputedStyle(el);
    expect(style.getPropertyValue('--service-locator-accent').trim()).to.equal('#7d1838');
    await waitFor(() => doc.querySelector('link[href$="themes/departement.css"]'), 5000, 'the theme stylesheet');
    await waitFor(() => style.getPropertyValue('--service-locator-radius').trim() === '2px', 5000, 'the theme to apply');
  });

  it('drops invalid parameters, says so, and still shows the default catalogue', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame('/demo/embed.html?src=javascript:alert(1)&view=grid');
    const doc = frame.contentDocument!;
    await waitForPlaces(doc, names);
    const el = doc.querySelector('service-locator')!;
    expect(el.getAttribute('src')).to.equal('../data/catalogue.json');
    expect(el.hasAttribute('view')).to.equal(false);
    expect(doc.querySelector('.embed-notice')!.textContent).to.equal('Paramètres ignorés car invalides : src, view.');
  });

  it('opens the map (view=map) and reaches idle: the worker file is found', async () => {
    await assertBuilt();
    frame = await loadFrame('/demo/embed.html?src=/data/catalogue.json&view=map&map-style=offline');
    const map = await waitForMapIdle(frame.contentDocument!);
    expect(map.shadowRoot!.querySelector('canvas')).to.not.equal(null);
  });
});

describe('embed generator', function () {
  this.timeout(30000);

  it('produces a script snippet and an iframe snippet with a title, and is accessible', async () => {
    await assertBuilt();
    const { mountGenerator } = (await import('/demo/generator.js' as string)) as typeof import('../../demo/generator.js');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const gen = mountGenerator(host, { base: new URL('/demo/generator.html', location.href).href, previewDelayMs: 0 });
    const view = host.querySelector<HTMLSelectElement>('#gen-view')!;
    view.value = 'list';
    const need = host.querySelector<HTMLSelectElement>('#gen-need')!;
    need.value = 'caf';
    const accent = host.querySelector<HTMLInputElement>('#gen-accent')!;
    accent.value = '#7d1838';
    gen.updateNow();
    const { script, iframe } = gen.snippets();
    expect(script).to.contain(`<script type="module" src="${location.origin}/dist/service-locator.js"></script>`);
    expect(script).to.contain(`<service-locator src="${location.origin}/data/catalogue.json" need="caf" view="list" map-style="offline"></service-locator>`);
    expect(script).to.contain('--service-locator-accent: #7d1838;');
    expect(iframe).to.match(/^<iframe src="[^"]+\/demo\/embed\.html\?src=[^"]+&amp;need=caf&amp;view=list&amp;map-style=offline&amp;accent=%237d1838" title="Liste des lieux d&#39;aide aux démarches"/);
    // Whatever the user leaves in the title field, the iframe keeps a title.
    const title = host.querySelector<HTMLInputElement>('#gen-title')!;
    title.value = '   ';
    gen.updateNow();
    expect(gen.snippets().iframe).to.match(/ title="[^"]{10,}"/);
    title.value = 'Où faire ses démarches à "Lherm" <ici>';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    gen.updateNow();
    expect(gen.snippets().iframe).to.contain('title="Où faire ses démarches à &quot;Lherm&quot; &lt;ici&gt;"');
    // The preview iframe is the iframe snippet, title included.
    const preview = host.querySelector<HTMLIFrameElement>('.preview-frame')!;
    expect(preview.title).to.equal('Où faire ses démarches à "Lherm" <ici>');
    expect(preview.getAttribute('src')).to.contain('/demo/embed.html?src=');
    await expect(host).to.be.accessible();
  });

  it('warns about a colour pair below 4.5:1 in words', async () => {
    await assertBuilt();
    const { mountGenerator } = (await import('/demo/generator.js' as string)) as typeof import('../../demo/generator.js');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const gen = mountGenerator(host, { base: new URL('/demo/generator.html', location.href).href, previewDelayMs: 0 });
    host.querySelector<HTMLInputElement>('#gen-accent')!.value = '#ffcc00';
    gen.updateNow();
    expect(host.querySelector('#gen-contrast')!.textContent).to.match(/^Contraste insuffisant/);
  });

  it('copies a snippet (or selects it when the clipboard is refused) and says so in a status message', async () => {
    await assertBuilt();
    const { mountGenerator } = (await import('/demo/generator.js' as string)) as typeof import('../../demo/generator.js');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    mountGenerator(host, { base: new URL('/demo/generator.html', location.href).href, previewDelayMs: 0 });
    const status = host.querySelector('[role="status"]')!;
    host.querySelector<HTMLButtonElement>('[data-copy="gen-iframe-snippet"]')!.click();
    await waitFor(() => status.textContent || undefined, 5000, 'the copy status');
    expect(status.textContent).to.match(/^Code de l'iframe (copié dans le presse-papiers|sélectionné : appuyez sur Ctrl\+C)/);
  });
});

