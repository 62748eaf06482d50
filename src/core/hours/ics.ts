/**
 * The iCalendar (RFC 5545) export of a bus's visits (./visits.ts), so a resident can put "bus in
 * Lherm" in a calendar. The detail's alone: a module apart, out of the first list's chunk.
 */
import type { Place } from '../catalogue/types.js';
import { DAY, wallClock } from './calendar.js';
import { describeFrequency, describeVisit } from './phrases.js';
import type { Visit } from './types.js';

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
