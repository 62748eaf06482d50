/**
 * The week table of a place's hours, for the detail and print (a module apart from ./status.ts:
 * the first list never shows it, and its chunk stays without it, issue 15 item 3).
 */
import { holidayRegion, isHoliday, toInstant, wallClock, weekday } from './calendar.js';
import { OPEN, UNKNOWN, daySchedule } from './engine.js';
import { usable } from './status.js';
import type { TimeRange, WeekDayRow } from './types.js';

/**
 * The week of `at` (Monday to Sunday, Paris dates) for display: each day's open ranges, today marked,
 * public holidays of `department` marked. A range past midnight shows on the day it starts
 * (`to` > 1440), not again the next morning.
 */
export function weekTable(hours: string | undefined, at: Date, department?: string): WeekDayRow[] {
  const region = holidayRegion(department);
  const c = usable(hours);
  const ms = Number.isFinite(at.getTime()) ? at.getTime() : 0;
  const [today] = wallClock(ms);
  const monday = today - weekday(today);
  const rows: WeekDayRow[] = [];
  for (let n = monday; n < monday + 7; n++) {
    const row: WeekDayRow = { date: new Date(toInstant(n, 0)), weekday: n - monday, ranges: [], today: n === today, state: 'unknown' };
    rows.push(row);
    if (isHoliday(n, region)) row.holiday = true;
    if (!c) continue;
    const segs = daySchedule(c, n, region);
    const prev = daySchedule(c, n - 1, region);
    const next = daySchedule(c, n + 1, region);
    const spill = prev[prev.length - 1]!.s === OPEN && segs[0]!.s === OPEN && segs[0]!.t < 1440;
    const ranges: TimeRange[] = [];
    for (const s of segs) {
      if (s.s !== OPEN || (spill && s === segs[0])) continue;
      const last = ranges[ranges.length - 1];
      if (last && last.to === s.f) last.to = s.t;
      else ranges.push({ from: s.f, to: s.t });
    }
    const tail = ranges[ranges.length - 1];
    if (tail && tail.to === 1440 && tail.from > 0 && next[0]!.s === OPEN && next[0]!.t < 1440) tail.to += next[0]!.t;
    row.ranges = ranges;
    row.state = ranges.length ? 'open' : segs.some((s) => s.s === UNKNOWN) ? 'unknown' : 'closed';
    const comment = segs.find((s) => s.c !== undefined)?.c;
    if (comment !== undefined) row.comment = comment;
  }
  return rows;
}
