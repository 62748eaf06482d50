/**
 * The hours engine's answers for one value or place: syntax check, status at an instant, next
 * change, the state alone, the open state of a place (for search). What the first list paints
 * with (issue 15, item 3): the week table (./week.ts) and the iCalendar export (./ics.ts), which
 * only the detail and print show, are modules of their own, so that they stay out of the first
 * list's chunk. ./index.ts is the whole public API.
 *
 * Public holidays depend on where a place is: functions taking hours also take the département
 * (`placeDepartment`), national days only when it is not given. On a holiday, hours without a `PH`
 * rule read "unknown" with `holiday: true` (see ./engine.ts and ./calendar.ts for the days).
 */
import type { Place } from '../catalogue/types.js';
import { departmentOf as placeDepartment, holidayRegion, nationalByInsee, placeHolidayRegion, wallClock } from './calendar.js';
import { OPEN, CLOSED, compile, isCompiled, nextChangeAt, stateAt, stateAtMinute, HORIZON, type Compiled } from './engine.js';
import type { HoursStatus, HoursSyntaxError, OpenState } from './types.js';

const STATES: OpenState[] = ['closed', 'open', 'unknown'];
const UNREADABLE: HoursSyntaxError = { position: 0, message: { fr: 'Horaires illisibles', en: 'Unreadable hours' } };

/** A compiled opening_hours value, ready to evaluate (opaque). */
export interface ParsedHours {
  readonly source: string;
  /** @internal */
  readonly compiled: Compiled;
}

/** The compiled value of usable hours, else undefined (absent, blank or invalid). @internal */
export function usable(hours: string | undefined): Compiled | undefined {
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
