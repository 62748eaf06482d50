/**
 * Dates, week days, times and lists in words, through `Intl`: what the detail dialog, the
 * printed list and a sharded catalogue's status say, none of which the first list paint shows,
 * so they stay out of the code before it (issue 15, item 3; the rest of the formatting is
 * ./index.ts).
 */
import type { Lang } from '../core/lang.js';

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

/** A list in words: "CAF, CPAM et MSA" / "CAF, CPAM and MSA". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}
