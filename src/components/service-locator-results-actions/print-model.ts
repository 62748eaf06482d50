/**
 * What the printed list says, as plain text lines (no DOM): the header (what was searched, when,
 * the catalogue's attribution) and, for each result, name, kind, address, contact, hours in words
 * and a bus's next visits. Kept apart from ./print.ts, which only turns this into elements, so
 * the wording can be read and tested without a page. The instant is an argument.
 */
import type { Place } from '../../core/catalogue/types.js';
// The hours modules, not hours/index.ts (the whole API, with the parser's fast path the data core brings).
import { departmentOf as placeDepartment } from '../../core/hours/calendar.js';
import { describeFrequency, describeStatus, describeVisit, formatTime } from '../../core/hours/phrases.js';
import { getStatus } from '../../core/hours/status.js';
import { nextVisits } from '../../core/hours/visits.js';
import { weekTable } from '../../core/hours/week.js';
import { KIND_LABELS, NEED_LABELS } from '../../core/needs/vocabulary.js';
import type { SearchResult } from '../../core/search/types.js';
import { formatDistance } from '../../i18n/index.js';
import { formatMinutes, formatWeekday } from '../../i18n/formats.js';
import { printStrings } from './print-strings.js';
import { guardPlace } from '../../core/catalogue/place-guard.js';
import type { Lang } from '../../core/lang.js';


export interface PrintOptions {
  lang: Lang;
  now: Date;
  /** What was searched, in words ("CAF près de Lherm"). */
  searchSummary?: string;
  /** The catalogue's attribution. */
  attribution?: string;
  /** Called for each place that could not be printed whole (printed as its name and "informations incomplètes"). */
  onError?: (placeId: string, error: unknown) => void;
}

/** One labelled line ("Téléphone : 05 65 …"); `label` empty for a line on its own. */
export interface PrintLine {
  label: string;
  text: string;
  /** Sub-lines (week days, visits), printed as a list under the label. */
  items?: string[];
}

export interface PrintedPlace {
  name: string;
  kind: string;
  lines: PrintLine[];
}

export interface PrintModel {
  lang: Lang;
  title: string;
  header: string[];
  places: PrintedPlace[];
}

/** Days of bus visits listed, and how many at most per place (a paper list stays short). */
export const VISIT_DAYS = 30;
export const MAX_VISITS = 8;
/** Places printed at most: past that, paper is not the right tool (the CSV has them all). */
export const MAX_PRINTED = 200;

/** French puts a space before the colon. */
export const colon = (lang: Lang): string => (lang === 'fr' ? '\u00a0: ' : ': ');

const clean = (s: string | undefined): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

/** "lundi 23 novembre 2026" (Paris calendar). */
export function dateInWords(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeZone: 'Europe/Paris' }).format(at);
}

function addressLine(a: Place['address']): string {
  return [clean(a.street), [clean(a.postcode), clean(a.city)].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function hoursLine(hours: string | undefined, note: string | undefined, now: Date, lang: Lang, department: string | undefined): PrintLine {
  const t = printStrings(lang);
  const rows = weekTable(hours, now, department);
  const extra = clean(note);
  if (rows.every((r) => r.state === 'unknown')) {
    const status = getStatus(hours, now, department);
    const text = status.state === 'unknown' && !status.comment ? t.hoursUnknown : describeStatus(status, now, lang);
    // "Horaires : Horaires non communiqués" would say it twice.
    return { label: text === t.hoursUnknown ? '' : t.hours, text: extra ? `${text} · ${extra}` : text };
  }
  const monday = rows[0]!.date;
  const items = rows.map((r) => {
    const day = formatWeekday(lang, r.date);
    const spans = r.ranges.map((x) => `${formatMinutes(lang, x.from)} – ${formatMinutes(lang, x.to)}`).join(', ');
    const text = r.holiday && r.state === 'unknown' ? t.dayHolidayUnconfirmed : r.state === 'open' ? spans : r.state === 'closed' ? t.dayClosed : t.dayUnknown;
    const holiday = r.holiday && r.state !== 'unknown' ? ` (${t.dayHoliday})` : '';
    return `${day}${colon(lang)}${text}${holiday}${r.comment ? ` (${clean(r.comment)})` : ''}`;
  });
  const weekOf = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/Paris' }).format(monday);
  return { label: t.hoursWeekOf(weekOf), text: extra, items };
}

/** The printed list for `results` at `now`. */
export function buildPrintModel(results: readonly SearchResult[], options: PrintOptions): PrintModel {
  const { lang, now } = options;
  const t = printStrings(lang);
  const header: string[] = [];
  if (clean(options.searchSummary)) header.push(t.printSearched(clean(options.searchSummary)));
  header.push(t.printedAt(dateInWords(now, lang), formatTime(now, lang)) + ' · ' + t.printCount(results.length));
  if (clean(options.attribution)) header.push(t.printSource(clean(options.attribution)));
  if (results.length > MAX_PRINTED) header.push(t.printTruncated(MAX_PRINTED, results.length));

  // Each place inside a guard: one that throws is printed as its name and "informations
  // incomplètes", never a print that fails as a whole.
  const places = results.slice(0, MAX_PRINTED).map(({ place, distanceKm }): PrintedPlace => guardPlace(place, () => {
    const lines: PrintLine[] = [];
    const addr = addressLine(place.address);
    const isBus = place.kind === 'bus' && (place.stops?.length ?? 0) > 0;
    if (addr && !isBus) lines.push({ label: t.address, text: addr });
    if (place.location.precision === 'commune' && !isBus) lines.push({ label: '', text: t.approximate });
    if (distanceKm !== undefined && Number.isFinite(distanceKm)) lines.push({ label: '', text: t.distance(formatDistance(lang, distanceKm)) });
    if (clean(place.contact?.phone)) lines.push({ label: t.phone, text: clean(place.contact?.phone) });
    if (clean(place.contact?.email)) lines.push({ label: t.email, text: clean(place.contact?.email) });
    const web = clean(place.contact?.website);
    if (/^https?:\/\/\S+$/i.test(web)) lines.push({ label: t.website, text: web });
    if (!isBus || place.hours) lines.push(hoursLine(place.hours, place.hoursNote, now, lang, placeDepartment(place)));
    if (isBus) {
      const visits = nextVisits(place, now, { days: VISIT_DAYS });
      const shown = visits.slice(0, MAX_VISITS).map((v) => describeVisit(v, lang));
      if (visits.length > MAX_VISITS) shown.push(t.visitsMore(visits.length - MAX_VISITS));
      // Stops whose dates are not fixed: their pattern in words, never a date.
      const undated = place.stops!.filter((s) => s.frequency && !s.hours).map((s) => describeFrequency(s.frequency!, lang, clean(s.name)));
      shown.push(...undated);
      lines.push({ label: t.visits, text: shown.length ? '' : t.visitsNone(VISIT_DAYS), items: shown });
      const approx = place.stops!.filter((s) => s.location.precision === 'commune').map((s) => clean(s.name));
      if (approx.length) lines.push({ label: '', text: t.approximate + colon(lang) + approx.join(', ') });
    }
    if (place.needs.length) lines.push({ label: t.needs, text: place.needs.map((n) => NEED_LABELS[n]?.[lang] ?? n).join(' ; ') });
    return { name: clean(place.name), kind: KIND_LABELS[place.kind]?.[lang] ?? place.kind, lines };
  }, (name) => ({ name: clean(name), kind: '', lines: [{ label: '', text: t.incomplete }] }), options.onError));
  return { lang, title: t.printTitle, header, places };
}
