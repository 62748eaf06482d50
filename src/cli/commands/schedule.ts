/**
 * `service-locator schedule <catalogue> --place ID [--stop ID] [--from ISO] [--days N] [--ics] [--lang en]`:
 * for a bus, its next visits (per stop or across stops) or their iCalendar file; for any other
 * place, its status and week table. Same hours engine as the element, evaluated in Europe/Paris.
 */
import type { CliIO } from '../main.js';
import { both, EXIT, printable, printableLines, readArgs, readLang } from '../args.js';
import { loadCatalogueFile } from '../catalogue-file.js';
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
import type { Lang } from '../../core/lang.js';

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
  lang: Lang;
}

/** The options, `'help'`, or an error message. */
function parseOptions(args: string[]): Options | string {
  const read = readArgs(args, {
    place: { type: 'string' },
    stop: { type: 'string' },
    from: { type: 'string' },
    days: { type: 'string' },
    ics: { type: 'boolean' },
    lang: { type: 'string' },
  });
  if (!read.ok) return read.message;
  const { values: v, positionals: files } = read.parsed;
  if (v.help) return 'help';
  const lang = readLang(v.lang);
  if (typeof lang !== 'string') return lang.message;
  if (v.place !== undefined && !v.place) return both('--place : identifiant attendu', '--place: id expected');
  if (v.stop !== undefined && !v.stop) return both('--stop : identifiant attendu', '--stop: id expected');
  let from: Date | undefined;
  if (v.from !== undefined) {
    from = new Date(v.from);
    if (!/^\d{4}-\d{2}-\d{2}/.test(v.from) || Number.isNaN(from.getTime())) return both('--from : date ISO attendue', '--from: ISO date-time expected');
  }
  let days = 60;
  if (v.days !== undefined) {
    days = Number(v.days);
    if (!v.days.trim() || !Number.isInteger(days) || days < 1 || days > 1830) return both('--days : entier de 1 à 1830 attendu', '--days: integer 1–1830 expected');
  }
  if (files.length !== 1) return both('un fichier catalogue attendu', 'one catalogue file expected');
  if (!v.place) return both('--place est requis', '--place is required');
  // The CLI is the edge where the clock may be read; the core only takes instants.
  return { file: files[0]!, place: v.place, ...(v.stop !== undefined ? { stop: v.stop } : {}), from: from ?? new Date(), days, ics: v.ics ?? false, lang };
}

function rangeText(row: WeekDayRow, lang: Lang): string {
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
  const o = parseOptions(args);
  if (o === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (typeof o === 'string') {
    io.stderr(`service-locator schedule: ${o}\n\n${HELP}`);
    return EXIT.usage;
  }
  const loaded = await loadCatalogueFile(io, o.file);
  if (!loaded.ok) {
    io.stderr(`service-locator schedule: ${loaded.message}\n`);
    return loaded.code;
  }
  const places = loaded.result.places;
  const fr = o.lang === 'fr';
  const place = places.find((p) => p.id === o.place);
  if (!place) {
    io.stderr(printable(`service-locator schedule: ${both('lieu introuvable', 'no such place')}: ${o.place}`) + '\n');
    return EXIT.data;
  }
  const stops = place.stops ?? [];
  if (o.stop !== undefined && !stops.some((s) => s.id === o.stop)) {
    io.stderr(printable(`service-locator schedule: ${both('arrêt introuvable', 'no such stop')}: ${o.stop}`) + '\n');
    return EXIT.data;
  }
  const visits = nextVisits(place, o.from, { days: o.days, ...(o.stop !== undefined ? { stopId: o.stop } : {}) });
  if (o.ics) {
    if (!stops.length) {
      io.stderr(`service-locator schedule: --ics: ${both('seulement pour un service itinérant (avec arrêts)', 'only for an itinerant service (with stops)')}\n`);
      return EXIT.usage;
    }
    io.stdout(visitsToICS(place, visits, { now: o.from, ...(o.stop !== undefined ? { stopId: o.stop } : {}) }));
    if (!visits.some((v) => !v.aroundTheClock))
      io.stderr(`service-locator schedule: --ics: ${fr ? 'aucun passage daté : le calendrier ne contient aucun événement (voir sa description)' : 'no dated visit: the calendar holds no event (see its description)'}\n`);
    return EXIT.ok;
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
  // Names, notes and comments come from the catalogue: escaped, one line each.
  io.stdout(printableLines(out));
  return EXIT.ok;
}
