// The iframe page (embed.html): reads the whitelisted query parameters and creates one
// full-height <service-locator>. Loaded as a module, so it runs after the page is parsed.
import { NEED_IDS } from '../dist/service-locator.js';
import { parseAllowedOrigins, parseEmbedParams } from './embed-params.js';

const TITLES = { fr: "Lieux d'aide aux démarches", en: 'Places that help with paperwork' };
const IGNORED = {
  fr: (names) => `Paramètres ignorés car invalides : ${names.join(', ')}.`,
  en: (names) => `Parameters ignored because they are invalid: ${names.join(', ')}.`,
};
const REFUSED_ORIGIN = {
  fr: { src: 'Catalogue refusé', 'map-style': 'Style de carte refusé' },
  en: { src: 'Catalogue refused', 'map-style': 'Map style refused' },
};
const NOT_ALLOWED = {
  fr: (what, origin) => `${what} : ${origin} ne fait pas partie des origines autorisées par cette page.`,
  en: (what, origin) => `${what}: ${origin} is not one of the origins this page allows.`,
};
/** The demo catalogue, beside the demo (dist/ and data/ sit next to demo/ in the repo and on the demo server). */
const DEFAULT_SRC = '../data/catalogue.json';

// The deployer's list of other origins allowed for catalogues and map styles, on this page's
// own script tag (embed.html): <script type="module" src="embed.js" data-allowed-origins="…">.
// Without it, only this page's origin is allowed.
const config = document.querySelector('script[data-allowed-origins]');
const allowedOrigins = parseAllowedOrigins(config?.getAttribute('data-allowed-origins'), document.baseURI);
const { attributes, colours, theme, rejected, refusedOrigins, corrected } = parseEmbedParams(location.search, {
  base: document.baseURI,
  needIds: NEED_IDS,
  allowedOrigins,
});
const lang = attributes.lang ?? 'fr';
document.documentElement.lang = lang;
document.title = TITLES[lang];
const main = document.getElementById('embed');
const heading = document.getElementById('embed-title');
heading.textContent = TITLES[lang];

if (theme) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(`themes/${theme}.css`, import.meta.url).href;
  document.head.append(link);
}

if (rejected.length > 0) {
  // Said in the page (the deployer sees it while testing) and in the console.
  const notice = document.createElement('p');
  notice.className = 'embed-notice';
  notice.textContent = IGNORED[lang](rejected);
  main.append(notice);
  console.warn(`service-locator embed: ${IGNORED.en(rejected)}`);
}

for (const { name, origin } of refusedOrigins) {
  // Named in the page: the resident sees why the list is not the one the link promised.
  const notice = document.createElement('p');
  notice.className = 'embed-notice';
  notice.textContent = NOT_ALLOWED[lang](REFUSED_ORIGIN[lang][name], origin);
  main.append(notice);
  console.warn(`service-locator embed: ${NOT_ALLOWED.en(REFUSED_ORIGIN.en[name], origin)}`);
}

const RATIO = { fr: (r) => `${r.toFixed(1).replace('.', ',')}:1`, en: (r) => `${r.toFixed(1)}:1` };
const CORRECTED = {
  fr: (c) =>
    `${c.name === 'accent' ? 'Couleur principale' : 'Couleur du texte sur la couleur principale'} ${c.from} corrigée en ${c.to} : son contraste était de ${RATIO.fr(c.was)}, il en faut au moins 4,5:1 (il est de ${RATIO.fr(c.ratio)}).`,
  en: (c) =>
    `${c.name === 'accent' ? 'Accent colour' : 'Text colour on the accent'} ${c.from} corrected to ${c.to}: its contrast was ${RATIO.en(c.was)}, at least 4.5:1 is needed (it is ${RATIO.en(c.ratio)}).`,
};
for (const c of corrected) {
  // Said in the page: the deployer sees it while testing, and the residents keep readable text.
  const notice = document.createElement('p');
  notice.className = 'embed-notice';
  notice.textContent = CORRECTED[lang](c);
  main.append(notice);
  console.warn(`service-locator embed: ${CORRECTED.en(c)}`);
}

const el = document.createElement('service-locator');
el.setAttribute('src', DEFAULT_SRC);
for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
// CSSOM, not a style attribute: allowed under style-src 'self'.
for (const [property, value] of Object.entries(colours)) el.style.setProperty(property, value);
main.append(el);
