// The iframe page's query string, read through a whitelist (embed.html). Pure: no DOM, no
// globals, so the browser tests call it directly. Anything not listed here is ignored, and a
// listed parameter with a bad value is dropped and reported, never passed on.

const MAX_QUERY = 200;
const MAX_URL = 2000;
/** Themes shipped beside the page in themes/<name>.css. */
export const EMBED_THEMES = ['commune', 'departement', 'etat'];
/** Colour parameters and the custom property each sets on the element. */
export const EMBED_COLOURS = {
  accent: '--service-locator-accent',
  'accent-text': '--service-locator-accent-text',
};

/** An absolute http(s) URL, or a relative path resolved against `base` to one. */
export function safeHttpUrl(value, base) {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL) return null;
  // Reject control characters and whitespace anywhere: URL parsing would silently strip them.
  if (/[\u0000-\u0020\u007f]/.test(value)) return null;
  let url;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
}

/**
 * The origins a deployer allows for catalogues and map styles, from a space- or comma-separated
 * list (the `data-allowed-origins` attribute of embed.html's script). The page's own origin is
 * always allowed; entries that are not http(s) origins are ignored.
 * @param {string | null | undefined} value
 * @param {string} base the page URL
 * @returns {string[]}
 */
export function parseAllowedOrigins(value, base) {
  const origins = [new URL(base).origin];
  for (const item of String(value ?? '').split(/[\s,]+/)) {
    if (!item) continue;
    try {
      const url = new URL(item);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !origins.includes(url.origin)) origins.push(url.origin);
    } catch {
      // Not a URL: ignored, like any value the page cannot use.
    }
  }
  return origins;
}

/** `LAT,LON` within range, or a commune name in letters (accents, spaces, hyphens, apostrophes). */
export function safeNear(value) {
  const v = value.trim();
  const coords = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(v);
  if (coords) {
    const lat = Number(coords[1]);
    const lon = Number(coords[2]);
    return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? `${lat},${lon}` : null;
  }
  return /^\p{L}[\p{L}\p{M} '’.-]{0,79}$/u.test(v) ? v : null;
}

/**
 * Reads the whitelisted parameters.
 * @param {string} search `location.search`
 * @param {{ base: string, needIds: readonly string[], allowedOrigins?: readonly string[] }} options
 *   `base`: the page URL (relative catalogue paths resolve against it); `needIds`: the need
 *   vocabulary; `allowedOrigins`: where catalogues and map styles may come from (default: the
 *   page's own origin only, see parseAllowedOrigins).
 * @returns {{ attributes: Record<string, string>, colours: Record<string, string>,
 *   theme: string | null, rejected: string[], refusedOrigins: { name: string, origin: string }[] }}
 *   `attributes` to set on `<service-locator>`, `colours` custom properties to set, the theme to
 *   load, the names of refused parameters, and the URLs refused for their origin.
 */
export function parseEmbedParams(search, { base, needIds, allowedOrigins }) {
  const params = new URLSearchParams(search);
  const attributes = {};
  const colours = {};
  const rejected = [];
  const refusedOrigins = [];
  // Locked by default: a crafted link on the town's domain must not show a stranger's "places"
  // and phone numbers under the town's name, so only listed origins may supply data.
  const allowed = allowedOrigins ?? [new URL(base).origin];
  /** A safe http(s) URL from an allowed origin, else null (the origin is recorded to be named). */
  const fromAllowedOrigin = (name, value) => {
    const safe = safeHttpUrl(value, base);
    if (safe === null) return null;
    const origin = new URL(safe, base).origin;
    if (allowed.includes(origin)) return safe;
    refusedOrigins.push({ name, origin });
    return undefined;
  };
  const acceptUrl = (name, value) => {
    const url = fromAllowedOrigin(name, value);
    if (url !== undefined) accept(name, url);
  };
  let theme = null;
  const accept = (name, value) => {
    if (value === null) rejected.push(name);
    else attributes[name] = value;
  };
  for (const [name, raw] of params) {
    if (name in attributes || name in colours) continue; // first occurrence wins
    const value = raw.trim();
    if (value === '' && name !== 'no-geolocation') continue; // an empty field of the generator
    switch (name) {
      case 'src':
        acceptUrl(name, value);
        break;
      case 'view':
        accept(name, ['list', 'map', 'both'].includes(value) ? value : null);
        break;
      case 'lang':
        accept(name, ['fr', 'en'].includes(value) ? value : null);
        break;
      case 'need': {
        const ids = value.split(/[\s,]+/).filter(Boolean);
        const known = ids.filter((id) => needIds.includes(id));
        if (known.length !== ids.length || known.length === 0) rejected.push(name);
        if (known.length > 0) attributes.need = [...new Set(known)].join(',');
        break;
      }
      case 'query':
        // eslint-disable-next-line no-control-regex
        accept(name, value.length <= MAX_QUERY ? value.replace(/[\u0000-\u001f\u007f]/g, ' ') : null);
        break;
      case 'near':
        accept(name, safeNear(value));
        break;
      case 'map-style':
        if (value === 'offline') accept(name, value);
        else acceptUrl(name, value);
        break;
      case 'no-geolocation':
        accept(name, ['', '1', 'true'].includes(value) ? '' : null);
        break;
      case 'theme':
        if (EMBED_THEMES.includes(value)) theme = value;
        else rejected.push(name);
        break;
      default:
        if (name in EMBED_COLOURS) {
          if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) colours[EMBED_COLOURS[name]] = value;
          else rejected.push(name);
        }
      // Any other parameter is ignored: it is not part of the embed's contract.
    }
  }
  const corrected = [];
  const accent = colours[EMBED_COLOURS.accent];
  const accentText = colours[EMBED_COLOURS['accent-text']];
  if (accent || accentText) {
    // A deployer's colours must not break contrast for residents: corrected here, and said.
    const safe = safeAccentPair(accent ?? DEFAULT_ACCENT, accentText ?? DEFAULT_ACCENT_TEXT);
    for (const c of safe.corrections) {
      colours[EMBED_COLOURS[c.name]] = c.to;
      corrected.push(c);
    }
  }
  return { attributes, colours, theme, rejected, refusedOrigins, corrected };
}

/** The widget's own colours (its theme's defaults). */
export const DEFAULT_ACCENT = '#0a4f9e';
export const DEFAULT_ACCENT_TEXT = '#ffffff';
/** WCAG 2 AA for text: the minimum contrast the widget's colours must keep. */
export const MIN_CONTRAST = 4.5;

/** `#rgb` or `#rrggbb` as `#rrggbb`. */
function longHex(hex) {
  const h = hex.slice(1);
  return `#${(h.length === 3 ? [...h].map((c) => c + c).join('') : h).toLowerCase()}`;
}

/** WCAG 2 contrast ratio of two `#rgb`/`#rrggbb` colours. */
export function contrastRatio(a, b) {
  const lum = (hex) => {
    const n = parseInt(longHex(hex).slice(1), 16);
    const [r, g, bl] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * An accent/text pair that keeps 4.5:1: the accent is text on the white background (links,
 * buttons) and the background of pressed buttons under the accent text. A too-light accent is
 * darkened (same hue) until it reads on white; then a text colour that does not read on it is
 * replaced by white or near-black, whichever reads better.
 * @returns {{ accent: string, accentText: string, corrections: { name: 'accent' | 'accent-text', from: string, to: string, ratio: number, was: number }[] }}
 */
export function safeAccentPair(accent, accentText, background = '#ffffff') {
  const corrections = [];
  let a = longHex(accent);
  const wasA = contrastRatio(a, background);
  if (wasA < MIN_CONTRAST) {
    const n = parseInt(a.slice(1), 16);
    const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    for (let f = 0.98; f > 0; f -= 0.02) {
      a = `#${rgb.map((v) => Math.round(v * f).toString(16).padStart(2, '0')).join('')}`;
      if (contrastRatio(a, background) >= MIN_CONTRAST) break;
    }
    corrections.push({ name: 'accent', from: accent, to: a, ratio: contrastRatio(a, background), was: wasA });
  }
  let t = longHex(accentText);
  const wasT = contrastRatio(a, t);
  if (wasT < MIN_CONTRAST) {
    t = contrastRatio(a, '#ffffff') >= contrastRatio(a, '#1b1b1b') ? '#ffffff' : '#1b1b1b';
    corrections.push({ name: 'accent-text', from: accentText, to: t, ratio: contrastRatio(a, t), was: wasT });
  }
  return { accent: corrections.some((c) => c.name === 'accent') ? a : accent, accentText: corrections.some((c) => c.name === 'accent-text') ? t : accentText, corrections };
}
