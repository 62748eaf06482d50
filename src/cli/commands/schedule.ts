/**
 * `service-locator schedule <catalogue> --place ID [--stop ID] [--from ISO] [--days N] [--ics] [--lang en]`:
 * for a bus, its next visits (per stop or across stops) or their iCalendar file; for any other
 * place, its status and week table. Same hours engine as the element, evaluated in Europe/Paris.
 */
import type { CliIO } from '../main.js';
import type { Place } from '../../core/catalogue/types.js';
import {
  checkHoursSyntax,
  describeFrequency,
  describeStatus,
  describeVisit,
  formatTime,
  getStatus,
  nextVisits,
  placeDepartment,
  visitSpan,
  visitsToICS,
  weekTable,
  type WeekDayRow,
} from '../../core/hours/index.js';

export const HELP = `Usage: service-locator schedule <catalogue.json> --place ID [options]

Prochains passages d'un service itinérant, ou horaires de la semaine d'un lieu.
Next visits of an itinerant service, or a place's week of opening hours.

  --place ID     le lieu / the place (requis / required)
  --stop ID      un seul arrêt / one stop only
  --from ISO     à partir de cet instant (défaut : maintenant) / from this instant (default: now)
  --days N       sur N jours (défaut 60) / over N days (default 60)
  --ics          fichier iCalendar des passages / iCalendar file of the visits
  --lang fr|en

Code de sortie / exit code: 0 ok, 1 lieu ou arrêt introuvable / place or stop not found, 2 mauvais usage / bad usage.
`;

interface Options {
  file: string;
  place: string;
  stop?: string;
  from: Date;
  days: number;
  ics: boolean;
  lang: 'fr' | 'en';
}

function parseArgs(args: string[]): Options | string | 'help' {
  const files: string[] = [];
  const o: Partial<Options> & { days: number; ics: boolean; lang: 'fr' | 'en' } = { days: 60, ics: false, lang: 'fr' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => args[++i] ?? '';
    switch (a) {
      case '--help':
      case '-h':
        return 'help';
      case '--place':
        o.place = value();
        if (!o.place) return '--place: identifiant attendu / id expected';
        break;
      case '--stop':
        o.stop = value();
        if (!o.stop) return '--stop: identifiant attendu / id expected';
        break;
      case '--from': {
        const v = value();
        const d = new Date(v);
        if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime())) return '--from: date ISO attendue / ISO date-time expected';
        o.from = d;
        break;
      }
      case '--days': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 1830) return '--days: entier de 1 à 1830 attendu / integer 1–1830 expected';
        o.days = n;
        break;
      }
      case '--ics':
        o.ics = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'fr' && v !== 'en') return '--lang: fr ou/or en';
        o.lang = v;
        break;
      }
      default:
        if (a.startsWith('--')) return `option inconnue / unknown option ${a}`;
        files.push(a);
    }
  }
  if (files.length !== 1) return 'un fichier catalogue attendu / one catalogue file expected';
  if (!o.place) return '--place est requis / --place is required';
  // The CLI is the edge where the clock may be read; the core only takes instants.
  return { ...o, file: files[0]!, place: o.place, from: o.from ?? new Date() };
}

/** The catalogue's places, through the validator (hours checked by this engine) when present. */
async function loadPlaces(text: string): Promise<{ places: Place[] } | { error: string }> {
  let mod: Record<string, unknown> | undefined;
  try {
    mod = (await import('../../core/catalogue/validate.js')) as Record<string, unknown>;
  } catch {
    mod = undefined;
  }
  const parse = mod?.['parseCatalogueText'];
  if (typeof parse === 'function') {
    const r = (parse as (t: string, o: object) => { places: Place[]; usable: boolean })(text, { checkHours: checkHoursSyntax });
    return r.usable ? { places: r.places } : { error: 'catalogue inutilisable / unusable catalogue (service-locator validate)' };
  }
  try {
    const data = JSON.parse(text) as { places?: unknown };
    return Array.isArray(data.places) ? { places: data.places as Place[] } : { error: 'pas de "places" / no "places"' };
  } catch (e) {
    return { error: `JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function rangeText(row: WeekDayRow, lang: 'fr' | 'en'): string {
  const holiday = row.holiday ? (lang === 'fr' ? ' (jour férié)' : ' (public holiday)') : '';
  if (row.holiday && row.state === 'unknown') return lang === 'fr' ? 'jour férié : ouverture non confirmée' : 'public holiday: opening not confirmed';
  if (row.state === 'unknown' && !row.ranges.length) return row.comment ?? (lang === 'fr' ? 'non communiqué' : 'not known');
  if (!row.ranges.length) return (lang === 'fr' ? 'fermé' : 'closed') + holiday;
  // Ranges are wall-clock minutes of that Paris day; format them as times of a fixed winter day.
  const at = (m: number) => formatTime(new Date(Date.UTC(2026, 0, 5) - 3_600_000 + (m % 1440) * 60_000), lang);
  const text = row.ranges.map((r) => `${at(r.from)} – ${at(r.to)}`).join(', ') + holiday;
  return row.comment ? `${text} (${row.comment})` : text;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const o = parseArgs(args);
  if (o === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (typeof o === 'string') {
    io.stderr(`service-locator schedule: ${o}\n\n${HELP}`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile!(o.file);
  } catch (e) {
    io.stderr(`service-locator schedule: ${o.file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const loaded = await loadPlaces(text);
  if ('error' in loaded) {
    io.stderr(`service-locator schedule: ${o.file}: ${loaded.error}\n`);
    return 2;
  }
  const fr = o.lang === 'fr';
  const place = loaded.places.find((p) => p.id === o.place);
  if (!place) {
    io.stderr(`service-locator schedule: ${fr ? 'lieu introuvable' : 'no such place'}: ${o.place}\n`);
    return 1;
  }
  const stops = place.stops ?? [];
  if (o.stop !== undefined && !stops.some((s) => s.id === o.stop)) {
    io.stderr(`service-locator schedule: ${fr ? 'arrêt introuvable' : 'no such stop'}: ${o.stop}\n`);
    return 1;
  }
  const visits = nextVisits(place, o.from, { days: o.days, ...(o.stop !== undefined ? { stopId: o.stop } : {}) });
  if (o.ics) {
    if (!stops.length) {
      io.stderr(`service-locator schedule: --ics: ${fr ? 'seulement pour un service itinérant (avec arrêts)' : 'only for an itinerant service (with stops)'}\n`);
      return 2;
    }
    io.stdout(visitsToICS(place, visits, { now: o.from, ...(o.stop !== undefined ? { stopId: o.stop } : {}) }));
    if (!visits.some((v) => !v.aroundTheClock))
      io.stderr(`service-locator schedule: --ics: ${fr ? 'aucun passage daté : le calendrier ne contient aucun événement (voir sa description)' : 'no dated visit: the calendar holds no event (see its description)'}\n`);
    return 0;
  }
  const out: string[] = [`${place.name} (${place.id})`];
  const department = placeDepartment(place);
  if (!stops.length) {
    out.push(describeStatus(getStatus(place.hours, o.from, department), o.from, o.lang));
    const weekday = new Intl.DateTimeFormat(fr ? 'fr-FR' : 'en-GB', { weekday: 'long', timeZone: 'Europe/Paris' });
    for (const row of weekTable(place.hours, o.from, department)) {
      const name = weekday.format(row.date).padEnd(10);
      out.push(`  ${row.today ? '▸' : ' '} ${name} ${rangeText(row, o.lang)}`);
    }
    if (place.hoursNote) out.push(place.hoursNote);
  } else {
    if (place.hours) out.push(`${fr ? 'Horaires du service' : 'Service hours'} : ${describeStatus(getStatus(place.hours, o.from, department), o.from, o.lang)}`.replace(' : ', fr ? ' : ' : ': '));
    out.push(
      visits.length
        ? fr
          ? `Passages dans les ${o.days} jours (${visits.length}) :`
          : `Visits in the next ${o.days} days (${visits.length}):`
        : fr
          ? `Aucun passage connu dans les ${o.days} jours.`
          : `No known visit in the next ${o.days} days.`,
    );
    if (visits[0]) out.push(describeVisit(visits[0], o.lang));
    for (const v of visits) {
      const why = v.holiday ? (fr ? 'jour férié' : 'public holiday') : v.comment;
      const note = v.tentative ? (fr ? ' (à confirmer' : ' (to be confirmed') + (why ? `${fr ? ' : ' : ': '}${why})` : ')') : '';
      out.push(`  ${visitSpan(v, o.lang)} · ${v.stopName}${note}`);
    }
    const shown = stops.filter((s) => o.stop === undefined || s.id === o.stop);
    // Stops whose dates are not fixed: the pattern, never a list of dates.
    const undated = shown.filter((s) => s.frequency && !s.hours);
    if (undated.length) {
      out.push(fr ? `Arrêts aux dates non fixées (${undated.length}) :` : `Stops with no fixed dates (${undated.length}):`);
      for (const s of undated) out.push(`  ${describeFrequency(s.frequency!, o.lang, s.name)}`);
    }
    const withoutHours = shown.filter((s) => !visits.some((v) => v.stopId === s.id) && !undated.includes(s));
    if (withoutHours.length) {
      out.push(fr ? `Arrêts sans passage connu (${withoutHours.length}) :` : `Stops with no known visit (${withoutHours.length}):`);
      for (const s of withoutHours) {
        const why = s.hours && checkHoursSyntax(s.hours) ? (fr ? 'horaires illisibles' : 'unreadable hours') : s.hoursNote ?? (fr ? 'horaires non communiqués' : 'hours not known');
        out.push(`  ${s.name} (${s.id})${fr ? " :" : ":"} ${why}`);
      }
    }
  }
  io.stdout(out.join('\n') + '\n');
  return 0;
}
