/**
 * Language helpers for the element: the supported languages, plural selection and number,
 * distance and date formatting through `Intl`. The words themselves live in ./strings.ts
 * (element) and ./strings-map.ts (map view).
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

/** "1er août 2024" / "1 August 2024" for an ISO date (returned as is when unreadable). */
export function formatDate(lang: Lang, iso: string): string {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(d);
  // French writes the first day of a month as an ordinal ("1er août"); Intl does not.
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** Week day name of a date in Europe/Paris ("lundi" / "Monday"). */
export function formatWeekday(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', timeZone: 'Europe/Paris' }).format(date);
}

/**
 * "9 h", "17 h 15" / "9 am", "5:15 pm" from minutes since midnight (ranges past midnight wrap):
 * the same rule as the hours phrases of core/hours, so a card and the dialog say a time the same
 * way in each language. No-break spaces keep a time on one line ("12 h 30" never breaks).
 */
export function formatMinutes(lang: Lang, minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const h = Math.floor(m / 60);
  const mm = String(m % 60).padStart(2, '0');
  if (lang === 'fr') return `${h}\u00a0h${m % 60 ? `\u00a0${mm}` : ''}`;
  if (m === 720) return 'noon';
  return `${h % 12 || 12}${m % 60 ? ':' + mm : ''}\u00a0${h < 12 ? 'am' : 'pm'}`;
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

/** A list in words: "CAF, CPAM et MSA" / "CAF, CPAM and MSA". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

export * from './strings.js';
