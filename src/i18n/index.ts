/**
 * Language helpers for the element: the supported languages, plural selection and number and
 * distance formatting through `Intl`. Dates, week days, times and lists in words, which only
 * views after the first list paint say (detail, print, a sharded catalogue's status), are
 * ./formats.ts, apart (issue 15, item 3). The words themselves live in ./strings.ts (element)
 * and ./strings-map.ts (map view).
 */
import type { Lang } from '../core/lang.js';
export type { Lang } from '../core/lang.js';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Normalises any `lang` attribute value ("fr-FR", "EN", "") to a supported language. */
export function toLang(value: unknown): Lang {
  return typeof value === 'string' && value.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export { isSingular, plural, pluralOf } from './plural.js';

export function formatNumber(lang: Lang, n: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits }).format(n);
}

/** "850 m", "4,2 km", "27 km": metres under 1 km, one decimal under 10 km. */
export function formatDistance(lang: Lang, km: number): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (km < 1) {
    const m = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', unitDisplay: 'short' }).format(m);
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

/**
 * Text from the hours phrases (or any sentence) made unbreakable where a line break would split
 * a unit: inside times ("14 h 30", "5:15 pm"), before a French colon or semicolon, and around
 * the dash of a range ("9 h – 12 h" wraps after the dash only).
 */
export function keepTogether(text: string): string {
  return text
    .replace(/(\d) h(?= \d\d\b)/g, '$1\u00a0h')
    .replace(/(\d\u00a0h) (\d\d)\b/g, '$1\u00a0$2')
    .replace(/(\d) h\b/g, '$1\u00a0h')
    .replace(/(\d) (am|pm)\b/g, '$1\u00a0$2')
    .replace(/ ([:;!?»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ – /g, '\u00a0– ');
}

export * from './strings.js';
