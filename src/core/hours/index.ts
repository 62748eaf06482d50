/**
 * The hours engine's public API: syntax check, status at an instant, next change, the week table,
 * phrases in French and English, the open state of a place (for search), and itinerant visits with
 * their iCalendar export. Everything evaluates in Europe/Paris whatever the host's time zone, takes
 * the instant as an argument, and never throws: missing or invalid hours are "unknown", never "closed".
 *
 * Public holidays depend on where a place is: functions taking hours also take the département
 * (`placeDepartment`), national days only when it is not given. On a holiday, hours without a `PH`
 * rule read "unknown" with `holiday: true` (see ./engine.ts and ./calendar.ts for the days).
 */
import type { Place } from '../catalogue/types.js';
import { departmentOf as placeDepartment, holidayRegion, isHoliday, nationalByInsee, placeHolidayRegion, toInstant, wallClock, weekday } from './calendar.js';
import { OPEN, CLOSED, UNKNOWN, compile, daySchedule, isCompiled, nextChangeAt, stateAt, stateAtMinute, HORIZON, type Compiled } from './engine.js';
import type { HoursStatus, HoursSyntaxError, OpenState, TimeRange, WeekDayRow } from './types.js';

export type * from './types.js';
export { describeFrequency, describeStatus, describeVisit, formatTime, visitSpan } from './phrases.js';
export { nextVisits, visitsToICS } from './visits.js';
export { publicHolidays } from './calendar.js';

export { departmentOf as placeDepartment } from './calendar.js';

const STATES: OpenState[] = ['closed', 'open', 'unknown'];
const UNREADABLE: HoursSyntaxError = { position: 0, message: { fr: 'Horaires illisibles', en: 'Unreadable hours' } };

/** A compiled opening_hours value, ready to evaluate (opaque). */
export interface ParsedHours {
  readonly source: string;
  /** @internal */
  readonly compiled: Compiled;
}

function usable(hours: string | undefined): Compiled | undefined {
  if (typeof hours !== 'string') return undefined;
  // Blank values read "unknown"; a printable first character settles it without trimming a copy.
  const first = hours.charCodeAt(0);
  if (!(first > 32 && first < 127) && !hours.trim()) return undefined;
  const c = compile(hours);
  return isCompiled(c) ? c : undefined;
}

/** Checks the syntax of an opening_hours value: null when it is fine, else where and why not. */
export function checkHoursSyntax(source: string): HoursSyntaxError | null {
  if (typeof source !== 'string') return UNREADABLE;
  const c = compile(source);
  return isCompiled(c) ? null : c;
}

/** Parses (once per distinct string, cached) into a compiled value, or the syntax error. */
export function parseHours(source: string): { ok: true; hours: ParsedHours } | { ok: false; error: HoursSyntaxError } {
  const c = typeof source === 'string' ? compile(source) : undefined;
  if (!c) return { ok: false, error: UNREADABLE };
  return isCompiled(c) ? { ok: true, hours: { source, compiled: c } } : { ok: false, error: c };
}

/**
 * Status at `at`: open, closed or unknown, until when (the next change, within five years) and,
 * when closed, the next opening. `department` (e.g. `57`, `971`) decides the public holidays.
 */
export function getStatus(hours: string | undefined, at: Date, department?: string): HoursStatus {
  const c = usable(hours);
  const ms = at.getTime();
  if (!c || !Number.isFinite(ms)) return { state: 'unknown' };
  const region = holidayRegion(department);
  const seg = stateAt(c, ms, region);
  const status: HoursStatus = { state: STATES[seg.s]! };
  if (seg.c !== undefined) status.comment = seg.c;
  if (seg.h) status.holiday = true;
  const until = nextChangeAt(c, ms, undefined, undefined, region);
  if (until !== undefined) status.until = new Date(until);
  if (seg.s === CLOSED) {
    // The next change may be to "unknown": look for the first real opening.
    const t = until !== undefined && stateAt(c, until, region).s === OPEN ? until : nextChangeAt(c, ms, ms + HORIZON, OPEN, region);
    if (t !== undefined) status.nextOpen = new Date(t);
  }
  return status;
}

/** The next instant the state changes, or undefined (unknown hours, or no change within five years). */
export function nextChange(hours: string | undefined, at: Date, department?: string): Date | undefined {
  const c = usable(hours);
  const t = c && Number.isFinite(at.getTime()) ? nextChangeAt(c, at.getTime(), undefined, undefined, holidayRegion(department)) : undefined;
  return t === undefined ? undefined : new Date(t);
}

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

/**
 * Open state of a place for search's `openState`, with the public holidays of its département (of
 * each stop's, for a bus). A bus (a place with stops) is open when any stop with known hours is
 * open; when none of its stops has usable hours, its own hours decide.
 */
export function placeOpenState(place: Place, at: Date): OpenState {
  const ms = at.getTime();
  if (!place.stops?.length) return memoState(usable(place.hours), ms, placeHolidayRegion(place));
  let known = false;
  let unknown = false;
  for (const stop of place.stops) {
    const c = usable(stop.hours);
    if (!c) continue;
    known = true;
    // A stop's own plain mainland INSEE code settles its region without the full rule.
    const region = nationalByInsee(stop) ? '' : holidayRegion(placeDepartment(stop) ?? placeDepartment(place));
    const state = memoState(c, ms, region);
    if (state === 'open') return 'open';
    if (state === 'unknown') unknown = true;
  }
  if (!known) return memoState(usable(place.hours), ms, placeHolidayRegion(place));
  return unknown ? 'unknown' : 'closed';
}

/**
 * Compiles the hours of a place and of its stops (once per distinct value, cached) without
 * evaluating them: the element calls it for every place in the search index build's slices
 * (`SearchIndexOptions.prepareHours`), so the first "open now" over a national catalogue does not
 * compile ~50,000 values in one long task. Never throws, whatever the place holds.
 */
export function compilePlaceHours(place: Place): void {
  usable(place.hours);
  if (Array.isArray(place.stops)) for (const stop of place.stops) usable(stop?.hours);
}

/** The state alone (no next change): what filters need, at the lowest cost. */
export function getState(hours: string | undefined, at: Date, department?: string): OpenState {
  const c = usable(hours);
  const ms = at.getTime();
  return c && Number.isFinite(ms) ? STATES[stateAt(c, ms, holidayRegion(department)).s]! : 'unknown';
}


/**
 * "Open now" over a whole catalogue asks the same (hours, holiday region) at the same instant
 * thousands of times: each compiled value keeps the answer of the last instant and region asked
 * (`Compiled.memoAt`), found with the value itself (one look-up per place).
 */
let clockAt = NaN;
let clockDay = 0;
let clockMinute = 0;

function memoState(c: Compiled | undefined, ms: number, region: string): OpenState {
  if (!c || !Number.isFinite(ms)) return 'unknown';
  if (c.memoAt !== ms || c.memoRegion !== region) {
    // The wall clock of the instant, once per instant rather than once per value.
    if (ms !== clockAt) {
      const [n, msOfDay] = wallClock(ms);
      clockAt = ms;
      clockDay = n;
      clockMinute = Math.floor(msOfDay / 60_000);
    }
    c.memoState = stateAtMinute(c, clockDay, clockMinute, region);
    c.memoAt = ms;
    c.memoRegion = region;
  }
  return STATES[c.memoState]!;
}
