// The iframe page (embed.html): reads the whitelisted query parameters and creates one
// full-height <service-locator>. Loaded as a module, so it runs after the page is parsed.
import { NEED_IDS } from '../dist/service-locator.js';
import { parseEmbedParams } from './embed-params.js';

const TITLES = { fr: "Lieux d'aide aux démarches", en: 'Places that help with paperwork' };
const IGNORED = {
  fr: (names) => `Paramètres ignorés car invalides : ${names.join(', ')}.`,
  en: (names) => `Parameters ignored because they are invalid: ${names.join(', ')}.`,
};
/** The demo catalogue, beside the demo (dist/ and data/ sit next to demo/ in the repo and on the demo server). */
const DEFAULT_SRC = '../data/catalogue.json';

const { attributes, colours, theme, rejected } = parseEmbedParams(location.search, {
  base: location.href,
  needIds: NEED_IDS,
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

const el = document.createElement('service-locator');
el.setAttribute('src', DEFAULT_SRC);
for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
// CSSOM, not a style attribute: allowed under style-src 'self'.
for (const [property, value] of Object.entries(colours)) el.style.setProperty(property, value);
main.append(el);
