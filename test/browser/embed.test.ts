// The iframe page (demo/embed.html) for sites that strip scripts: whitelisted parameters only,
// the demo places listed, the map reaching idle; and the generator's snippets.
import { expect, fixture, html } from '@open-wc/testing';
import { NEED_IDS } from '../../src/core/needs/vocabulary.js';
import { contrastRatio, parseAllowedOrigins, parseEmbedParams, safeHttpUrl, safeNear } from '../../demo/embed-params.js';
import { assertBuilt, demoPlaceNames, loadFrame, waitFor, waitForMapIdle, waitForPlaces } from './standalone-helpers.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);

const base = 'https://mairie.example/pages/carte.html';
// A string rather than a literal specifier, so that tsc does not resolve the built demo module.
const GENERATOR_URL: string = '/demo/generator.js';
const parse = (search: string, allowedOrigins?: string[]) => parseEmbedParams(search, { base, needIds: NEED_IDS, ...(allowedOrigins ? { allowedOrigins } : {}) });

describe('embed page parameters', () => {
  it('maps the whitelisted parameters to attributes', () => {
    const r = parse('?src=https://data.example/cat.json&need=caf,sante&view=both&lang=en&query=impôts&near=44.45,1.44&map-style=offline&no-geolocation=1', [
      'https://mairie.example',
      'https://data.example',
    ]);
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

  it('accepts catalogues and map styles from the page origin only by default, and names any other origin', () => {
    const own = parse('?src=/data/c.json&map-style=https://mairie.example/style.json');
    expect(own.attributes).to.deep.equal({ src: '/data/c.json', 'map-style': 'https://mairie.example/style.json' });
    expect(own.refusedOrigins).to.deep.equal([]);
    const r = parse('?src=https://stranger.example/fake.json&map-style=http://tiles.stranger.example:8080/s.json');
    expect(r.attributes).to.deep.equal({});
    expect(r.refusedOrigins).to.deep.equal([
      { name: 'src', origin: 'https://stranger.example' },
      { name: 'map-style', origin: 'http://tiles.stranger.example:8080' },
    ]);
    // Same host, other scheme or port: another origin.
    expect(parse('?src=http://mairie.example/c.json').refusedOrigins).to.deep.equal([{ name: 'src', origin: 'http://mairie.example' }]);
    expect(parse('?src=https://mairie.example:8443/c.json').refusedOrigins).to.deep.equal([{ name: 'src', origin: 'https://mairie.example:8443' }]);
    const listed = parseAllowedOrigins('https://data.example, https://tiles.example/any/path javascript:x nonsense', base);
    expect(listed).to.deep.equal(['https://mairie.example', 'https://data.example', 'https://tiles.example']);
    const ok = parse('?src=https://data.example/c.json&map-style=https://tiles.example/s.json', listed);
    expect(ok.attributes).to.deep.equal({ src: 'https://data.example/c.json', 'map-style': 'https://tiles.example/s.json' });
    expect(ok.refusedOrigins).to.deep.equal([]);
  });

  it('takes a theme and colours', () => {
    const r = parse('?theme=commune&accent=%231d6b4f&accent-text=%23fff');
    expect(r.theme).to.equal('commune');
    expect(r.colours).to.deep.equal({ '--service-locator-accent': '#1d6b4f', '--service-locator-accent-text': '#fff' });
    expect(r.corrected).to.deep.equal([]);
  });

  it('corrects an accent/text pair under 4.5:1, and says which (issue 16)', () => {
    // A yellow accent: unreadable as text on white; darkened, same hue, until it reads.
    const yellow = parse('?accent=%23ffee00');
    const accent = yellow.colours['--service-locator-accent']!;
    expect(contrastRatio(accent, '#ffffff')).to.be.at.least(4.5);
    expect(contrastRatio(accent, '#ffffff')).to.be.below(5.5);
    expect(yellow.corrected.map((c) => [c.name, c.from, c.to])).to.deep.equal([['accent', '#ffee00', accent]]);
    // A text colour that does not read on the accent: white or near-black instead.
    const pair = parse('?accent=%230a4f9e&accent-text=%230b5faf');
    expect(pair.colours['--service-locator-accent']).to.equal('#0a4f9e');
    expect(pair.colours['--service-locator-accent-text']).to.equal('#ffffff');
    expect(pair.corrected.map((c) => c.name)).to.deep.equal(['accent-text']);
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

  it('a yellow accent is corrected, said in the page, and the widget keeps AA contrast (issue 16)', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame('/demo/embed.html?src=/data/catalogue.json&accent=%23ffee00');
    const doc = frame.contentDocument!;
    await waitForPlaces(doc, names);
    const el = doc.querySelector('service-locator')!;
    const accent = frame.contentWindow!.getComputedStyle(el).getPropertyValue('--service-locator-accent').trim();
    expect(contrastRatio(accent, '#ffffff')).to.be.at.least(4.5);
    expect(doc.querySelector('.embed-notice')!.textContent).to.match(/^Couleur principale #ffee00 corrigée en #[0-9a-f]{6} : son contraste était de 1,\d:1, il en faut au moins 4,5:1/);
  });

  it('drops invalid parameters, says so, and still shows the default catalogue', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    frame = await loadFrame('/demo/embed.html?src=javascript:alert(1)&view=grid');
    const doc = frame.contentDocument!;
    await waitForPlaces(doc, names);
    const el = doc.querySelector('service-locator')!;
    expect(el.getAttribute('src')).to.equal('../data/catalogue.json');
    // The root element reflects its view (749dd8a): the refused "grid" left the default.
    expect(el.getAttribute('view') ?? 'list').to.equal('list');
    expect(doc.querySelector('.embed-notice')!.textContent).to.equal('Paramètres ignorés car invalides : src, view.');
  });

  it('refuses a catalogue from an origin the deployer did not list, names it, and shows its own', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const src = encodeURIComponent(`${other}/__test__/cors-catalogue`);
    frame = await loadFrame(`/demo/embed.html?src=${src}`);
    const doc = frame.contentDocument!;
    await waitForPlaces(doc, names);
    expect(doc.querySelector('service-locator')!.getAttribute('src')).to.equal('../data/catalogue.json');
    expect(doc.querySelector('.embed-notice')!.textContent).to.equal(`Catalogue refusé : ${other} ne fait pas partie des origines autorisées par cette page.`);
  });

  it('loads a catalogue from an origin listed in data-allowed-origins', async () => {
    await assertBuilt();
    const names = await demoPlaceNames();
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const src = `${other}/__test__/cors-catalogue`;
    frame = await loadFrame(`/__test__/embed-page?allowed=${encodeURIComponent(other)}&src=${encodeURIComponent(src)}&lang=en`);
    const doc = frame.contentDocument!;
    await waitForPlaces(doc, names);
    expect(doc.querySelector('service-locator')!.getAttribute('src')).to.equal(src);
    expect(doc.querySelector('.embed-notice')).to.equal(null);
    // The list does not open the page to everyone: a third origin is still refused, in English here.
    frame.remove();
    frame = await loadFrame(`/__test__/embed-page?allowed=${encodeURIComponent(other)}&map-style=${encodeURIComponent('https://tiles.stranger.example/style.json')}&lang=en`);
    await waitFor(() => frame!.contentDocument!.querySelector('.embed-notice'), 10000, 'the refusal notice');
    expect(frame.contentDocument!.querySelector('.embed-notice')!.textContent).to.equal('Map style refused: https://tiles.stranger.example is not one of the origins this page allows.');
  });

  webglIt('opens the map (view=map) and reaches idle: the worker file is found', async () => {
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
    const { mountGenerator } = (await import(GENERATOR_URL)) as typeof import('../../demo/generator.js');
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
    // embed.html accepts its own origin only: the generator writes the line listing the others.
    expect(gen.snippets().allowedOrigins).to.deep.equal([]);
    host.querySelector<HTMLInputElement>('#gen-src')!.value = 'https://data.example.fr/lieux.json';
    gen.updateNow();
    expect(gen.snippets().embedScript).to.equal('<script type="module" src="embed.js" data-allowed-origins="https://data.example.fr"></script>');
    expect(host.querySelector<HTMLTextAreaElement>('#gen-embed-config')!.value).to.equal(gen.snippets().embedScript);
    // The preview iframe is the iframe snippet, title included.
    const preview = host.querySelector<HTMLIFrameElement>('.preview-frame')!;
    expect(preview.title).to.equal('Où faire ses démarches à "Lherm" <ici>');
    expect(preview.getAttribute('src')).to.contain('/demo/embed.html?src=');
    await expect(host).to.be.accessible();
  });

  it('warns about a colour pair below 4.5:1 in words', async () => {
    await assertBuilt();
    const { mountGenerator } = (await import(GENERATOR_URL)) as typeof import('../../demo/generator.js');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const gen = mountGenerator(host, { base: new URL('/demo/generator.html', location.href).href, previewDelayMs: 0 });
    host.querySelector<HTMLInputElement>('#gen-accent')!.value = '#ffcc00';
    gen.updateNow();
    const said = host.querySelector('#gen-contrast')!.textContent;
    expect(said).to.match(/^Contraste insuffisant/);
    // French numbers (issue 16): "1,6:1", never "1.6:1"; and the code carries the correction.
    expect(said).to.not.match(/\d\.\d:1/);
    expect(said).to.match(/Le code ci-dessous est corrigé : couleur principale #[0-9a-f]{6} au lieu de #ffcc00/);
    const fixed = /couleur principale (#[0-9a-f]{6})/.exec(said)![1]!;
    expect(gen.snippets().script).to.contain(`--service-locator-accent: ${fixed};`);
    expect(gen.snippets().script).to.not.contain('#ffcc00');
    expect(contrastRatio(fixed, '#ffffff')).to.be.at.least(4.5);
  });

  it('reflows at 320 px: no horizontal scrolling (issue 16)', async () => {
    await assertBuilt();
    const frame = await loadFrame('/demo/generator.html', { width: 320, height: 640 });
    try {
      const doc = frame.contentDocument!;
      await waitFor(() => doc.querySelector('#gen-accent'), 5000, 'the generator built');
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      frame.remove();
    }
  });

  it('copies a snippet (or selects it when the clipboard is refused) and says so in a status message', async () => {
    await assertBuilt();
    const { mountGenerator } = (await import(GENERATOR_URL)) as typeof import('../../demo/generator.js');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    mountGenerator(host, { base: new URL('/demo/generator.html', location.href).href, previewDelayMs: 0 });
    const status = host.querySelector('[role="status"]')!;
    host.querySelector<HTMLButtonElement>('[data-copy="gen-iframe-snippet"]')!.click();
    await waitFor(() => status.textContent || undefined, 5000, 'the copy status');
    expect(status.textContent).to.match(/^Code de l'iframe (copié dans le presse-papiers|sélectionné : appuyez sur Ctrl\+C)/);
  });
});

