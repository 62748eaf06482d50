/**
 * Links built from catalogue data. Only http, https, tel and mailto ever become an `href`:
 * anything else (javascript:, data:, relative paths) is dropped, whatever the validator let
 * through. Owns the directions URL template too (OpenStreetMap by default).
 */
import { bareEmail } from '../../core/catalogue/email.js';
import type { GeoPoint } from '../../core/catalogue/types.js';
import { toWellFormed } from '../../core/text/well-formed.js';

/** OpenStreetMap's directions page; `{from}` is the origin `lat,lon` or empty. */
export const DEFAULT_DIRECTIONS = 'https://www.openstreetmap.org/directions?route={from}%3B{lat}%2C{lon}';

/** The URL when its scheme is one of `protocols`, else null. */
export function safeHref(url: string, protocols: readonly string[] = ['http:', 'https:', 'tel:', 'mailto:']): string | null {
  try {
    const u = new URL(url.trim());
    if (!protocols.includes(u.protocol)) return null;
    // A mailto must be a bare address: a query would add hidden recipients or a message.
    if (u.protocol === 'mailto:' && bareEmail(u.href.slice('mailto:'.length)) === null) return null;
    return u.href;
  } catch {
    return null;
  }
}

/** `tel:` link from a phone number as written for people ("05 65 20 88 70", "+33 5…"). */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[\s.\-()]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : null;
}

/** `mailto:` link for a bare address only (the validator's rule, core/catalogue/email.ts). */
export function mailHref(email: string): string | null {
  const e = bareEmail(email);
  return e === null ? null : `mailto:${e}`;
}

const round = (n: number) => String(Math.round(n * 1e5) / 1e5);

/**
 * Fills a directions template; returns null unless the result is an http(s) URL. Never throws:
 * each placeholder is computed only when the template has it (a name was once encoded for a
 * template without `{name}`, and threw), and the name is made well-formed first, since
 * `encodeURIComponent` throws on a lone surrogate whatever the validator let through.
 */
export function directionsUrl(template: string, to: GeoPoint, name: string, from: GeoPoint | null): string | null {
  const t = template.trim() || DEFAULT_DIRECTIONS;
  const url = t
    .replace(/\{lat\}/g, () => round(to.lat))
    .replace(/\{lon\}/g, () => round(to.lon))
    .replace(/\{name\}/g, () => encodeURIComponent(toWellFormed(name)))
    .replace(/\{from\}/g, () => (from ? `${round(from.lat)}%2C${round(from.lon)}` : ''));
  return safeHref(url, ['http:', 'https:']);
}
