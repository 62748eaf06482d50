/**
 * Words of the printed list (header, labels, hours and visits), French first, English second.
 * Apart from ../../i18n/strings-actions.ts so they are loaded with the print code, on demand.
 */
import type { Lang } from '../../core/lang.js';
import { isSingular } from '../../i18n/plural.js';

export interface PrintStrings {
  printTitle: string;
  printSearched: (summary: string) => string;
  printedAt: (date: string, time: string) => string;
  printCount: (n: number) => string;
  printSource: (attribution: string) => string;
  printTruncated: (shown: number, total: number) => string;
  phone: string;
  email: string;
  website: string;
  address: string;
  hours: string;
  hoursWeekOf: (date: string) => string;
  hoursUnknown: string;
  dayClosed: string;
  dayUnknown: string;
  dayHolidayUnconfirmed: string;
  dayHoliday: string;
  visits: string;
  visitsNone: (days: number) => string;
  visitsMore: (n: number) => string;
  approximate: string;
  /** A place that could not be printed whole: its name, then this. */
  incomplete: string;
  needs: string;
  distance: (d: string) => string;

}

export const PRINT_STRINGS: Record<Lang, PrintStrings> = {
  fr: {
    printTitle: "Lieux d'accueil et d'aide",
    printSearched: (s) => `Recherche : ${s}`,
    printedAt: (date, time) => `Liste imprimée le ${date} à ${time}`,
    printCount: (n) => (isSingular('fr', n) ? `${n} lieu` : `${n} lieux`),
    printSource: (a) => `Source : ${a}`,
    printTruncated: (shown, total) => `Seuls les ${shown} premiers lieux sur ${total} sont imprimés : précisez la recherche pour les autres.`,
    phone: 'Téléphone',
    email: 'Courriel',
    website: 'Site',
    address: 'Adresse',
    hours: 'Horaires',
    hoursWeekOf: (d) => `Horaires (semaine du ${d})`,
    hoursUnknown: 'Horaires non communiqués',
    dayClosed: 'fermé',
    dayUnknown: 'non communiqué',
    dayHolidayUnconfirmed: 'jour férié : ouverture non confirmée',
    dayHoliday: 'jour férié',
    visits: 'Prochains passages (30 jours)',
    visitsNone: (d) => `Aucun passage connu dans les ${d} prochains jours`,
    visitsMore: (n) => (isSingular('fr', n) ? `et ${n} autre passage` : `et ${n} autres passages`),
    approximate: 'Position approximative (centre de la commune)',
    incomplete: 'informations incomplètes',
    needs: 'Répond à',
    distance: (d) => `À ${d}`,
  },
  en: {
    printTitle: 'Places offering help',
    printSearched: (s) => `Search: ${s}`,
    printedAt: (date, time) => `List printed on ${date} at ${time}`,
    printCount: (n) => (isSingular('en', n) ? `${n} place` : `${n} places`),
    printSource: (a) => `Source: ${a}`,
    printTruncated: (shown, total) => `Only the first ${shown} of ${total} places are printed: narrow the search for the others.`,
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    address: 'Address',
    hours: 'Hours',
    hoursWeekOf: (d) => `Hours (week of ${d})`,
    hoursUnknown: 'Hours not known',
    dayClosed: 'closed',
    dayUnknown: 'not known',
    dayHolidayUnconfirmed: 'public holiday: opening not confirmed',
    dayHoliday: 'public holiday',
    visits: 'Next visits (30 days)',
    visitsNone: (d) => `No visit known in the next ${d} days`,
    visitsMore: (n) => (isSingular('en', n) ? `and ${n} more visit` : `and ${n} more visits`),
    approximate: 'Approximate position (centre of the town)',
    incomplete: 'incomplete information',
    needs: 'Helps with',
    distance: (d) => `${d} away`,
  },
};

export const printStrings = (lang: Lang): PrintStrings => PRINT_STRINGS[lang] ?? PRINT_STRINGS.fr;
