/**
 * Itinerant services: the next visits of a bus to its stops (each stop's opening intervals), and
 * their iCalendar (RFC 5545) export so a resident can put "bus in Lherm" in a calendar.
 */
import type { Place } from '../catalogue/types.js';
import { DAY, departmentOf, holidayRegion, wallClock } from './calendar.js';
import { OPEN, UNKNOWN, compile, intervals, isCompiled, stateAt } from './engine.js';
import { describeFrequency, describeVisit } from './phrases.js';
import type { Visit } from './types.js';

export interface VisitOptions {
  /** How many days ahead to look (default 60: buses often come twice a month). */
  days?: number;
  /** At most this many visits, across stops (default: all). */
  limit?: number;
  /** Only this stop. */
  stopId?: string;
}

/**
 * Visits from `from` on (one already under way included), sorted by start then stop name. Times the
 * hours mark "unknown" come as tentative visits. Stops whose hours are missing or invalid give no
 * visit, nor do stops known only by a `frequency` ("deux jeudis par mois", dates unknown): we do
 * not invent one; `describeFrequency` says their pattern.
 */
export function nextVisits(place: Place, from: Date, options: VisitOptions = {}): Visit[] {
  const start = from.getTime();
  if (!Number.isFinite(start)) return [];
  const end = start + Math.max(0, Math.min(options.days ?? 60, 5 * 366)) * DAY;
  const visits: Visit[] = [];
  for (const stop of place.stops ?? []) {
    if (options.stopId !== undefined && stop.id !== options.stopId) continue;
    const c = typeof stop.hours === 'string' ? compile(stop.hours) : undefined;
    if (!c || !isCompiled(c)) continue;
    // The holidays of where the bus stops.
    const region = holidayRegion(departmentOf(stop) ?? departmentOf(place));
    for (const want of [OPEN, UNKNOWN])
      for (const [a, b] of intervals(c, start, end, want, region)) {
        // An "unknown" stretch is a possible visit only when it looks like one, not a whole night or week.
        if (b <= start || (want === UNKNOWN && b - a > 12 * 3_600_000)) continue;
        // No end within five years (24/7, `Mo-Su 00:00-24:00`, `open`): not a visit but a stop that
        // is always there. Say so, with the window as finite dates (an infinite end is no date).
        const always = !Number.isFinite(b);
        const v: Visit = always
          ? { placeId: place.id, stopId: stop.id, stopName: stop.name, start: new Date(Math.max(a, start)), end: new Date(end), aroundTheClock: true }
          : { placeId: place.id, stopId: stop.id, stopName: stop.name, start: new Date(a), end: new Date(b) };
        const seg = stateAt(c, a, region);
        if (want === UNKNOWN) v.tentative = true;
        if (seg.c !== undefined) v.comment = seg.c;
        if (seg.h) v.holiday = true;
        visits.push(v);
      }
  }
  visits.sort((x, y) => x.start.getTime() - y.start.getTime() || x.stopName.localeCompare(y.stopName, 'fr'));
  return options.limit !== undefined ? visits.slice(0, Math.max(0, options.limit)) : visits;
}

// The Europe/Paris rules calendar clients need to read TZID=Europe/Paris times (EU rules since 1996).
// Built on call, so a bundle that does not use the iCalendar export drops it.
const vtimezone = () => [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  ...[
    ['DAYLIGHT', '+0100', '+0200', 'CEST', '0329T02', 3],
    ['STANDARD', '+0200', '+0100', 'CET', '1025T03', 10],
  ].flatMap(([part, from, to, name, start, month]) => [
    `BEGIN:${part}`,
    `TZOFFSETFROM:${from}`,
    `TZOFFSETTO:${to}`,
    `TZNAME:${name}`,
    `DTSTART:1970${start}0000`,
    `RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=-1SU`,
    `END:${part}`,
  ]),
  'END:VTIMEZONE',
];

/** `20261203T130000Z` */
function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]|\.\d+/g, '');
}

/** Paris wall-clock time as an iCalendar local DATE-TIME (`20261203T140000`). */
function localStamp(d: Date): string {
  const [day, ms] = wallClock(d.getTime());
  return utcStamp(new Date(day * DAY + ms)).slice(0, -1);
}

/** TEXT escaping (RFC 5545 §3.3.11). */
function text(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + n > 75) {
      out.push(cur);
      cur = ' ';
      octets = 1;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

/**
 * An iCalendar file with one event per visit (times in Europe/Paris, with its VTIMEZONE). Stops
 * with no certain date get no event, and the calendar's description says why, so an empty
 * calendar explains itself: a stop open around the clock (a diary entry of five years helps no
 * one), and a stop whose dates are not fixed (`frequency`), of `stopId` or of every stop.
 */
export function visitsToICS(place: Place, visits: Visit[], options: { now: Date; stopId?: string }): string {
  const stamp = utcStamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//service-locator//hours//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${text(place.name)}`];
  const undated = (place.stops ?? []).filter((s) => s.frequency && !s.hours && (options.stopId === undefined || s.id === options.stopId));
  const desc = [
    ...visits.filter((v) => v.aroundTheClock).map((v) => describeVisit(v, 'fr')),
    ...undated.map((s) => `${describeFrequency(s.frequency!, 'fr', s.name)}. Dates non fixées à l'avance : aucun passage n'est inscrit dans ce calendrier.`),
  ].join('\n');
  if (desc) lines.push(`X-WR-CALDESC:${text(desc)}`);
  lines.push(...vtimezone());
  for (const v of visits) {
    if (v.aroundTheClock) continue;
    const stop = place.stops?.find((s) => s.id === v.stopId);
    const where = stop ? [stop.name, stop.address.street, [stop.address.postcode, stop.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : v.stopName;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(`${v.placeId}-${v.stopId}-${utcStamp(v.start)}@service-locator`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Paris:${localStamp(v.start)}`,
      `DTEND;TZID=Europe/Paris:${localStamp(v.end)}`,
      `SUMMARY:${text(`${place.name} à ${v.stopName}${v.tentative ? ' (à confirmer)' : ''}`)}`,
      `LOCATION:${text(where)}`,
      `STATUS:${v.tentative ? 'TENTATIVE' : 'CONFIRMED'}`,
    );
    if (stop) lines.push(`GEO:${stop.location.lat};${stop.location.lon}`);
    const note = [v.comment, stop?.hoursNote, place.contact?.phone].filter(Boolean).join('\n');
    if (note) lines.push(`DESCRIPTION:${text(note)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
