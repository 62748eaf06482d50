/**
 * Itinerant services: the next visits of a bus to its stops (each stop's opening intervals). Their
 * iCalendar export is ./ics.ts (the detail's alone: the first list's chunk goes without it).
 */
import type { Place } from '../catalogue/types.js';
import { DAY, departmentOf, holidayRegion } from './calendar.js';
import { OPEN, UNKNOWN, compile, intervals, isCompiled, stateAt } from './engine.js';
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
