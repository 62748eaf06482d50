// The embed generator (generator.html): a form that produces the two ways to embed the widget,
// a script snippet and an iframe snippet (always with a `title`, RGAA 2.2), with copy buttons
// and a live preview. `mountGenerator` builds it into any element, so tests can mount it.
// Static markup only: every value the user types reaches the page as text or attribute
// values through the DOM API, and the snippets escape it.
import { NEED_IDS, NEED_LABELS } from '../dist/service-locator.js';
import { DEFAULT_ACCENT, DEFAULT_ACCENT_TEXT, MIN_CONTRAST, contrastRatio, safeAccentPair } from './embed-params.js';

export { contrastRatio };
const DEFAULT_HEIGHT = 640;

/** Default iframe titles: what the frame holds, in the widget's language (RGAA 2.2). */
export const IFRAME_TITLES = {
  fr: { both: "Carte et liste des lieux d'aide aux démarches", list: "Liste des lieux d'aide aux démarches", map: "Carte des lieux d'aide aux démarches" },
  en: { both: 'Map and list of places that help with paperwork', list: 'List of places that help with paperwork', map: 'Map of places that help with paperwork' },
};

/** Escapes text for an HTML attribute value in double quotes (or text content). */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A contrast ratio in French: "4,5:1". */
const ratio = (r) => `${r.toFixed(1).replace('.', ',')}:1`;

/**
 * The two snippets for a configuration.
 * @param {{ scriptUrl: string, embedUrl: string, src: string, need: string, view: string,
 *   lang: string, mapStyle: string, height: number, accent: string, accentText: string,
 *   title: string }} c
 */
export function buildSnippets(c) {
  const attrs = [['src', c.src]];
  if (c.need) attrs.push(['need', c.need]);
  attrs.push(['view', c.view]);
  if (c.lang !== 'fr') attrs.push(['lang', c.lang]);
  if (c.mapStyle) attrs.push(['map-style', c.mapStyle]);
  const colours = [];
  if (c.accent.toLowerCase() !== DEFAULT_ACCENT) colours.push(['accent', '--service-locator-accent', c.accent]);
  if (c.accentText.toLowerCase() !== DEFAULT_ACCENT_TEXT) colours.push(['accent-text', '--service-locator-accent-text', c.accentText]);

  const element = `<service-locator ${attrs.map(([n, v]) => `${n}="${escapeHtml(v)}"`).join(' ')}></service-locator>`;
  const style = colours.length
    ? `\n<style>\n  service-locator {\n${colours.map(([, p, v]) => `    ${p}: ${v};`).join('\n')}\n  }\n</style>`
    : '';
  const script = `<script type="module" src="${escapeHtml(c.scriptUrl)}"></script>\n${element}${style}`;

  const params = new URLSearchParams();
  for (const [n, v] of attrs) params.set(n, v);
  for (const [n, , v] of colours) params.set(n, v);
  const frameUrl = `${c.embedUrl}?${params.toString()}`;
  const title = c.title.trim() || IFRAME_TITLES[c.lang]?.[c.view] || IFRAME_TITLES.fr.both;
  const iframe =
    `<iframe src="${escapeHtml(frameUrl)}" title="${escapeHtml(title)}" width="100%" height="${c.height}" ` +
    `style="border: 0; max-width: 100%;" loading="lazy" referrerpolicy="no-referrer" allow="geolocation"></iframe>`;
  const allowedOrigins = otherOrigins(c.embedUrl, [c.src, c.mapStyle]);
  // embed.html accepts data from its own origin only, unless its script tag lists others.
  const embedScript = `<script type="module" src="embed.js" data-allowed-origins="${escapeHtml(allowedOrigins.join(' '))}"></script>`;
  return { script, iframe, frameUrl, title, allowedOrigins, embedScript };
}

/** Origins of `urls` (absolute http(s) ones) other than the embed page's own, in order, once each. */
export function otherOrigins(embedUrl, urls) {
  let own = '';
  try {
    own = new URL(embedUrl).origin;
  } catch {
    // No valid embed page address yet: every absolute origin is listed.
  }
  const out = [];
  for (const u of urls) {
    if (!u || u === 'offline') continue;
    try {
      const url = new URL(u, embedUrl || undefined);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== own && !out.includes(url.origin)) out.push(url.origin);
    } catch {
      // A relative path without a base, or not a URL: nothing to allow.
    }
  }
  return out;
}

const TEMPLATE = `
<form class="generator-form" novalidate>
  <fieldset>
    <legend>Données et contenu</legend>
    <p class="field">
      <label for="gen-src">Adresse du catalogue (JSON)</label>
      <input id="gen-src" name="src" type="url" required aria-describedby="gen-src-help" />
      <span class="help" id="gen-src-help">Une adresse en https://, servie avec l'en-tête CORS si elle est sur un autre site que le widget.</span>
    </p>
    <p class="field">
      <label for="gen-need">Besoin présélectionné</label>
      <select id="gen-need" name="need"><option value="">Aucun (tous les lieux)</option></select>
    </p>
    <p class="field">
      <label for="gen-view">Affichage</label>
      <select id="gen-view" name="view">
        <option value="both">Liste et carte</option>
        <option value="list">Liste seulement</option>
        <option value="map">Carte (avec la liste des lieux visibles)</option>
      </select>
    </p>
    <p class="field">
      <label for="gen-lang">Langue</label>
      <select id="gen-lang" name="lang">
        <option value="fr">Français</option>
        <option value="en">English</option>
      </select>
    </p>
    <p class="field">
      <label for="gen-map-style">Fond de carte</label>
      <select id="gen-map-style" name="mapStyle" aria-describedby="gen-map-style-help">
        <option value="offline">Contours intégrés (aucun appel à un autre site)</option>
        <option value="">Plan IGN (tuiles chargées depuis data.geopf.fr)</option>
      </select>
      <span class="help" id="gen-map-style-help">Le Plan IGN n'est chargé que lorsque la carte s'affiche ; il transmet l'adresse IP du visiteur à l'IGN.</span>
    </p>
  </fieldset>
  <fieldset>
    <legend>Apparence</legend>
    <p class="field">
      <label for="gen-accent">Couleur principale</label>
      <input id="gen-accent" name="accent" type="color" aria-describedby="gen-contrast" />
    </p>
    <p class="field">
      <label for="gen-accent-text">Couleur du texte sur la couleur principale</label>
      <input id="gen-accent-text" name="accentText" type="color" aria-describedby="gen-contrast" />
    </p>
    <p class="help" id="gen-contrast"></p>
    <p class="field">
      <label for="gen-height">Hauteur du cadre (iframe), en pixels</label>
      <input id="gen-height" name="height" type="number" min="320" max="2000" step="10" inputmode="numeric" />
    </p>
  </fieldset>
  <fieldset>
    <legend>Publication</legend>
    <p class="field">
      <label for="gen-title">Titre du cadre (lu par les lecteurs d'écran)</label>
      <input id="gen-title" name="title" type="text" aria-describedby="gen-title-help" />
      <span class="help" id="gen-title-help">Obligatoire pour l'accessibilité (RGAA, critère 2.2) : laissé vide, un titre adapté est utilisé.</span>
    </p>
    <p class="field">
      <label for="gen-script-url">Adresse du fichier service-locator.js</label>
      <input id="gen-script-url" name="scriptUrl" type="url" />
    </p>
    <p class="field">
      <label for="gen-embed-url">Adresse de la page embed.html</label>
      <input id="gen-embed-url" name="embedUrl" type="url" />
    </p>
  </fieldset>
</form>
<section class="generator-output" aria-labelledby="gen-out-heading">
  <h2 id="gen-out-heading">Code à copier</h2>
  <div class="snippet">
    <label for="gen-script-snippet">Avec un script (recommandé)</label>
    <textarea id="gen-script-snippet" readonly rows="6" spellcheck="false"></textarea>
    <button type="button" data-copy="gen-script-snippet">Copier le code du script</button>
  </div>
  <div class="snippet">
    <label for="gen-iframe-snippet">Avec une iframe (si votre site retire les scripts)</label>
    <textarea id="gen-iframe-snippet" readonly rows="5" spellcheck="false"></textarea>
    <button type="button" data-copy="gen-iframe-snippet">Copier le code de l'iframe</button>
  </div>
  <div class="snippet">
    <label for="gen-embed-config">Dans embed.html, à la place de sa ligne &lt;script&gt; (origines autorisées pour le catalogue et le fond de carte)</label>
    <textarea id="gen-embed-config" readonly rows="2" spellcheck="false"></textarea>
  </div>
  <p class="copy-status" role="status"></p>
</section>
<section class="generator-preview" aria-labelledby="gen-preview-heading">
  <h2 id="gen-preview-heading">Aperçu</h2>
  <iframe class="preview-frame"></iframe>
</section>`;

/**
 * Builds the generator inside `host`.
 * @param {HTMLElement} host
 * @param {{ base?: string, previewDelayMs?: number }} [options] `base`: where dist/, data/ and
 *   embed.html are found (default: this module's URL).
 * @returns {{ snippets: () => ReturnType<typeof buildSnippets>, updateNow: () => void }}
 */
export function mountGenerator(host, options = {}) {
  const base = options.base ?? import.meta.url;
  const delay = options.previewDelayMs ?? 400;
  host.innerHTML = TEMPLATE; // static markup, no data
  const $ = (id) => host.querySelector(`#${id}`);
  const form = host.querySelector('form');
  const needSelect = $('gen-need');
  for (const id of NEED_IDS) {
    const option = document.createElement('option');
    option.value = id;
    option.textContent = NEED_LABELS[id]?.fr ?? id;
    needSelect.append(option);
  }
  $('gen-src').value = new URL('../data/catalogue.json', base).href;
  $('gen-script-url').value = new URL('../dist/service-locator.js', base).href;
  $('gen-embed-url').value = new URL('embed.html', base).href;
  $('gen-accent').value = DEFAULT_ACCENT;
  $('gen-accent-text').value = DEFAULT_ACCENT_TEXT;
  $('gen-height').value = String(DEFAULT_HEIGHT);
  const titleInput = $('gen-title');
  let titleEdited = false;
  titleInput.addEventListener('input', () => (titleEdited = titleInput.value.trim() !== ''));

  const read = () => {
    const height = Math.min(2000, Math.max(320, Math.round(Number($('gen-height').value) || DEFAULT_HEIGHT)));
    const view = $('gen-view').value;
    const lang = $('gen-lang').value;
    if (!titleEdited) titleInput.value = IFRAME_TITLES[lang][view];
    return {
      scriptUrl: $('gen-script-url').value.trim(),
      embedUrl: $('gen-embed-url').value.trim(),
      src: $('gen-src').value.trim(),
      need: needSelect.value,
      view,
      lang,
      mapStyle: $('gen-map-style').value,
      height,
      accent: $('gen-accent').value,
      accentText: $('gen-accent-text').value,
      title: titleInput.value,
    };
  };

  const frame = host.querySelector('.preview-frame');
  const contrast = $('gen-contrast');
  let current;
  let timer;
  const updateNow = () => {
    const config = read();
    // A pair under 4.5:1 never reaches a snippet: the code carries the corrected colours, and
    // the page says which and why (the deployer's inputs cannot break contrast for residents).
    const safe = safeAccentPair(config.accent, config.accentText);
    current = buildSnippets({ ...config, accent: safe.accent, accentText: safe.accentText });
    $('gen-script-snippet').value = current.script;
    $('gen-iframe-snippet').value = current.iframe;
    $('gen-embed-config').value = current.embedScript;
    const onAccent = contrastRatio(config.accent, config.accentText);
    const onWhite = contrastRatio(config.accent, '#ffffff');
    const fixed = safe.corrections
      .map((c) => `${c.name === 'accent' ? 'couleur principale' : 'couleur du texte'} ${c.to} au lieu de ${c.from} (${ratio(c.ratio)})`)
      .join(', ');
    contrast.textContent = safe.corrections.length
      ? `Contraste insuffisant : ${ratio(onAccent)} entre les deux couleurs, ${ratio(onWhite)} entre la couleur principale et le blanc (il faut au moins 4,5:1). Le code ci-dessous est corrigé : ${fixed}.`
      : `Contraste suffisant : ${ratio(onAccent)} et ${ratio(onWhite)} sur fond blanc (au moins 4,5:1).`;
    contrast.classList.toggle('warning', onAccent < MIN_CONTRAST || onWhite < MIN_CONTRAST);
    frame.title = current.title;
    frame.height = String(config.height);
    if (frame.getAttribute('src') !== current.frameUrl) frame.src = current.frameUrl;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(updateNow, delay);
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => event.preventDefault());

  const status = host.querySelector('.copy-status');
  for (const button of host.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      updateNow();
      const area = $(button.dataset.copy);
      const what = button.dataset.copy === 'gen-script-snippet' ? 'du script' : "de l'iframe";
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = `Code ${what} copié dans le presse-papiers.`;
      } catch {
        // No clipboard permission (or an insecure page): select the text for Ctrl+C.
        area.focus();
        area.select();
        status.textContent = `Code ${what} sélectionné : appuyez sur Ctrl+C (ou ⌘+C) pour le copier.`;
      }
    });
  }
  updateNow();
  return { snippets: () => current, updateNow };
}

const page = document.getElementById('generator');
if (page) mountGenerator(page);
