/**
 * Evaluator of parsed opening_hours rules: builds each Paris day's schedule (segments of wall-clock
 * minutes with a state), then answers state, next change and open intervals for instants.
 *
 * Rule semantics follow the reference implementation (the `opening_hours` package): a `;` rule that
 * opens (or says unknown) and matches a day replaces what earlier rules said for that day; closing
 * rules and `,` rules only paint over their own times; a `||` rule paints only where the state is
 * still closed; the part of a time range past midnight belongs to the next day and comes right after
 * its rule, so a later `;` rule matching that next day replaces it.
 *
 * Public holidays (the project's rule, not the reference's): every function takes the holiday region
 * of the place (`holidayRegion` of its département, '' for the national days). On a holiday, hours
 * without any `PH` rule do not say whether they apply: what they would open reads "unknown", marked
 * as due to the holiday, so no one is sent to a closed door on Christmas Day. Hours that open
 * around the clock every day (`24/7`, `Mo-Su 00:00-24:00`…) are taken at their word.
 */
import { DAY, civil, dayNumber, daysInMonth, isHoliday, isoWeek, nextOffsetChange, toInstant, wallClock, weekday } from './calendar.js';
import { CLOSED, OPEN, UNKNOWN, parseRules, type MonthdayRange, type Rule, type StepRange, type WeekdayItem } from './grammar.js';
import type { HoursSyntaxError } from './types.js';

export { CLOSED, OPEN, UNKNOWN };

/** A stretch of one day's wall clock, [f, t) in minutes, with its state (0 closed, 1 open, 2 unknown). */
export interface Segment {
  f: number;
  t: number;
  s: number;
  c: string | undefined;
  /** "Unknown" only because the day is a public holiday the hours say nothing about. */
  h?: true;
}

export interface Compiled {
  rules: Rule[];
  /**
   * True when only weekdays, times and PH matter: a day's schedule then depends on its weekday and
   * on whether it and the day before are holidays.
   */
  weekly: boolean;
  /** Some rule selects `PH`: the author said what happens on holidays. */
  ph: boolean;
  /** Open around the clock every day (computed on first need). */
  always?: boolean;
  /** When every rule is bound to years: the first day after them (all days from it on look alike). */
  end: number | undefined;
  /** Day schedules of a weekly value, by `daySchedule`'s key (at most 28); made on first need. */
  week: (Segment[] | undefined)[] | undefined;
  /** Day schedules of any other value, by day number and holidays; made on first need. */
  days: Map<number, Segment[]> | undefined;
  /**
   * The last state asked through `placeOpenState` (index.ts): "open now" over a catalogue asks
   * each value at one instant thousands of times; kept here, no second map to grow and look up.
   */
  memoAt: number;
  memoRegion: string;
  memoState: number;
}

/** Upper year of a rule bound to years, or undefined. */
function lastYear(r: Rule): number | undefined {
  if (r.years) return Math.max(...r.years.map((y) => y.b));
  if (r.monthdays?.every((m) => m.fy !== undefined)) return Math.max(...r.monthdays.map((m) => (m.ty ?? m.fy! + 1)));
  return undefined;
}

/** How far ahead a change is looked for, as the reference does (5 × 366 days). */
export const HORIZON = 5 * 366 * DAY;

/**
 * Compiled values, in two generations: new ones go to `young`; when it is full it becomes `old`
 * and the previous `old` is dropped; a value found in `old` moves back to `young`. So the values
 * in use stay compiled whatever their number up to the generation size (a national catalogue
 * has about 50,000 distinct strings), and past it only the least recently used are dropped
 * (clearing everything at a cap made every pass over a large catalogue compile every value).
 */
export const GENERATION = 65_536;
let young = new Map<string, Compiled | HoursSyntaxError>();
let old = new Map<string, Compiled | HoursSyntaxError>();
let cachedDays = 0;

/** Parses and compiles once per distinct string: catalogues repeat the same hours many times. */
export function compile(src: string): Compiled | HoursSyntaxError {
  let c = young.get(src);
  if (c) return c;
  c = old.get(src);
  if (c) {
    old.delete(src);
    remember(src, c);
    return c;
  }
  const rules = parseRules(src);
  compilations++;
  c = Array.isArray(rules) ? compiled(rules) : rules;
  remember(src, c);
  return c;
}

/** What the evaluator needs to know of the rules, in one loop (runs once per distinct value). */
function compiled(rules: Rule[]): Compiled {
  let weekly = true;
  let ph = false;
  let bounded = true;
  let last = -Infinity;
  // Indexed loops here and in `weekdayMatches`: a for-of's iterator is not always optimised away.
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    if (r.years || r.monthdays || r.weeks) weekly = false;
    const days = r.weekdays;
    if (days)
      for (let k = 0; k < days.length; k++) {
        const w = days[k]!;
        if (w.nth) weekly = false;
        if (w.ph) ph = true;
      }
    if (bounded) {
      const y = lastYear(r);
      if (y === undefined) bounded = false;
      else if (y > last) last = y;
    }
  }
  return {
    rules,
    weekly,
    ph,
    end: bounded ? dayNumber(last + 1, 1, 2) : undefined,
    week: undefined,
    days: undefined,
    memoAt: NaN,
    memoRegion: '',
    memoState: CLOSED,
  };
}

let compilations = 0;
/**
 * How many values were parsed and compiled since the module loaded (tests and benchmarks: was it
 * cached?). A count of calls, not of values kept: it never falls when a generation is dropped.
 */
export function compilationCount(): number {
  return compilations;
}

function remember(src: string, c: Compiled | HoursSyntaxError): void {
  if (young.size >= GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(src, c);
}

export function isCompiled(c: Compiled | HoursSyntaxError): c is Compiled {
  return 'rules' in c;
}

/** Whether `x` is in one of the stepped ranges (a loop: no closure per call, ~50,000 values ask). */
function inSteps(x: number, list: StepRange[]): boolean {
  for (let k = 0; k < list.length; k++) {
    const { a, b, step } = list[k]!;
    if (x >= a && x <= b && (x - a) % step === 0) return true;
  }
  return false;
}

/** Whether month-day key `x` (month * 32 + day) of year `y` is in one of the ranges. */
function inMonthdays(y: number, x: number, list: MonthdayRange[]): boolean {
  for (let k = 0; k < list.length; k++) {
    const { fy, f, ty, t } = list[k]!;
    if (fy === undefined) {
      if (f <= t ? x >= f && x <= t : x >= f || x <= t) return true;
      continue;
    }
    const to = (ty ?? (t >= f ? fy : fy + 1)) * 512 + t;
    const key = y * 512 + x;
    if (key >= fy * 512 + f && key <= to) return true;
  }
  return false;
}

/** Whether rule `r` selects day `n`; `holiday`: whether `n` is a public holiday where the place is. */
function matches(r: Rule, n: number, holiday: boolean): boolean {
  if (!r.dated) return true;
  // Weekdays first: most rules are decided there without a civil date.
  if (r.weekdays && !weekdayMatches(r.weekdays, n, holiday)) return false;
  if (r.weeks && !inSteps(isoWeek(n), r.weeks)) return false;
  if (!r.years && !r.monthdays) return true;
  const [y, m, d] = civil(n);
  if (r.years && !inSteps(y, r.years)) return false;
  if (r.monthdays && !inMonthdays(y, m * 32 + d, r.monthdays)) return false;
  return true;
}

function weekdayMatches(items: WeekdayItem[], n: number, holiday: boolean): boolean {
  const w = weekday(n);
  for (let k = 0; k < items.length; k++) {
    const { a, b, nth, ph } = items[k]!;
    if (ph) {
      if (holiday) return true;
      continue;
    }
    if (!(a <= b ? w >= a && w <= b : w >= a || w <= b)) continue;
    if (!nth) return true;
    const [y, m, d] = civil(n);
    if (nth.includes(Math.floor((d - 1) / 7) + 1) || nth.includes(-Math.floor((daysInMonth(y, m) - d) / 7) - 1)) return true;
  }
  return false;
}

/** Open around the clock on every day that is not a holiday. */
function alwaysOpen(c: Compiled): boolean {
  if (c.always === undefined) {
    let always = c.weekly;
    // Day 4 (1970-01-05) is a Monday and no holiday, nor are the six days after it.
    for (let n = 4; always && n < 11; n++) {
      const segs = daySchedule(c, n, '');
      always = segs.length === 1 && segs[0]!.s === OPEN;
    }
    c.always = always;
  }
  return c.always;
}

/*
 * Paint operations of the day being built, in rule order, as parallel arrays reused from one
 * schedule to the next (a catalogue builds one per distinct value: no tuple, closure or set per
 * operation). `daySchedule` fills them only after its last possible re-entry (`alwaysOpen`).
 */
const opF: number[] = [];
const opT: number[] = [];
const opS: number[] = [];
const opC: (string | undefined)[] = [];
const opFb: boolean[] = [];
const opH: boolean[] = [];
let ops = 0;
const cuts: number[] = [];
let holidayDay = NaN;
let holidayRegionKey = '';
let holidayToday = false;
let holidayBefore = false;

function paint(f: number, t: number, st: number, cm: string | undefined, fb: boolean, doubt: boolean): void {
  opF[ops] = f;
  opT[ops] = t;
  opFb[ops] = fb;
  // Holidays the hours say nothing about: what they open is not confirmed.
  const unsure = doubt && st === OPEN;
  opS[ops] = unsure ? UNKNOWN : st;
  opC[ops] = unsure ? undefined : cm;
  opH[ops] = unsure;
  ops++;
}

/** Adds `x` to the sorted, duplicate-free `cuts` (a handful of values: insertion is the fastest). */
function cut(x: number): void {
  let k = cuts.length;
  while (k > 0 && cuts[k - 1]! > x) k--;
  if (k > 0 && cuts[k - 1] === x) return;
  cuts.splice(k, 0, x);
}

/**
 * Sets `holidayToday` and `holidayBefore` for day `n` in `region`. A day's schedule depends on
 * whether it is a holiday, and the day before (its night ranges); asked for one day and region
 * over a whole catalogue, the last answer is kept.
 */
function holidayFlags(n: number, region: string): void {
  if (n === holidayDay && region === holidayRegionKey) return;
  holidayDay = n;
  holidayRegionKey = region;
  holidayToday = isHoliday(n, region);
  holidayBefore = isHoliday(n - 1, region);
}

/**
 * The schedule of day `n` in holiday region `region`: consecutive segments covering [0, 1440),
 * equal neighbours merged.
 */
export function daySchedule(c: Compiled, n: number, region: string): Segment[] {
  holidayFlags(n, region);
  const hToday = holidayToday;
  const hBefore = holidayBefore;
  const key = (c.weekly ? weekday(n) : n) * 4 + (hToday ? 2 : 0) + (hBefore ? 1 : 0);
  const cached = c.weekly ? c.week?.[key] : c.days?.get(key);
  if (cached) return cached;
  // Holidays the hours say nothing about: what they open is not confirmed.
  const doubt = (hToday || hBefore) && !c.ph && !alwaysOpen(c);
  const doubtToday = doubt && hToday;
  const doubtBefore = doubt && hBefore;
  ops = 0;
  const rules = c.rules;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    const today = matches(r, n, hToday);
    if (today && r.type === 0 && r.state !== CLOSED && (r.dated || (i > 0 && r.state === OPEN && !rules[i - 1]!.dated))) ops = 0;
    const fb = r.type === 2;
    const times = r.times;
    if (today) {
      if (!times) paint(0, 1440, r.state, r.comment, fb, doubtToday);
      else
        for (let k = 0; k < times.length; k += 2) {
          const t = times[k + 1]!;
          paint(times[k]!, t < 1440 ? t : 1440, r.state, r.comment, fb, doubtToday);
        }
    }
    // The part past midnight of a range started the day before: that day's holiday decides.
    if (times) {
      let night = false;
      for (let k = 1; k < times.length; k += 2) if (times[k]! > 1440) night = true;
      if (night && matches(r, n - 1, hBefore))
        for (let k = 1; k < times.length; k += 2) {
          const t = times[k]!;
          if (t > 1440) paint(0, t - 1440, r.state, r.comment, fb, doubtBefore);
        }
    }
  }
  cuts.length = 0;
  cuts.push(0, 1440);
  for (let o = 0; o < ops; o++) {
    cut(opF[o]!);
    cut(opT[o]!);
  }
  const segs: Segment[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const f = cuts[k]!;
    const t = cuts[k + 1]!;
    let s = CLOSED;
    let cm: string | undefined;
    let h = false;
    for (let o = 0; o < ops; o++)
      if (opF[o]! <= f && opT[o]! >= t && !(opFb[o] && s !== CLOSED)) {
        s = opS[o]!;
        cm = opC[o];
        h = opH[o]!;
      }
    const last = segs[segs.length - 1];
    if (last && last.s === s && last.c === cm && !!last.h === h) last.t = t;
    else segs.push(h ? { f, t, s, c: cm, h } : { f, t, s, c: cm });
  }
  // Bound the memory of day caches across all values (long scans of many distinct strings).
  if (++cachedDays > 400_000) {
    for (const gen of [young, old])
      for (const v of gen.values())
        if (isCompiled(v)) {
          v.week = undefined;
          v.days = undefined;
        }
    cachedDays = 0;
  }
  if (c.weekly) (c.week ??= [])[key] = segs;
  else {
    if (!c.days || c.days.size > 2000) c.days = new Map();
    c.days.set(key, segs);
  }
  return segs;
}

/**
 * The state (0 closed, 1 open, 2 unknown) at `minute` of day `n`, without building the day's
 * schedule: `daySchedule`'s paint operations folded at that one minute (an operation covers the
 * segment that holds `minute` exactly when it covers `minute`). "Open now" over a catalogue asks
 * each value once per instant: no segment, array or cache entry is made for it.
 */
export function stateAtMinute(c: Compiled, n: number, minute: number, region: string): number {
  holidayFlags(n, region);
  const hToday = holidayToday;
  const hBefore = holidayBefore;
  const doubt = (hToday || hBefore) && !c.ph && !alwaysOpen(c);
  let s = CLOSED;
  const rules = c.rules;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    const today = matches(r, n, hToday);
    if (today && r.type === 0 && r.state !== CLOSED && (r.dated || (i > 0 && r.state === OPEN && !rules[i - 1]!.dated))) s = CLOSED;
    const fb = r.type === 2;
    const times = r.times;
    // The state an operation paints: unconfirmed on a holiday the hours say nothing about.
    const st = doubt && r.state === OPEN;
    if (today) {
      let covers = !times;
      if (times) for (let k = 0; k < times.length; k += 2) if (times[k]! <= minute && minute < times[k + 1]!) covers = true;
      if (covers && !(fb && s !== CLOSED)) s = st && hToday ? UNKNOWN : r.state;
    }
    if (times) {
      let covers = false;
      for (let k = 1; k < times.length; k += 2) if (times[k]! > 1440 && minute < times[k]! - 1440) covers = true;
      if (covers && matches(r, n - 1, hBefore) && !(fb && s !== CLOSED)) s = st && hBefore ? UNKNOWN : r.state;
    }
  }
  return s;
}

function segmentAt(c: Compiled, ms: number, region: string): Segment {
  const [n, msOfDay] = wallClock(ms);
  return segmentOfDay(c, n, Math.floor(msOfDay / 60_000), region);
}

/** The segment of day `n` (a Paris day number) that holds `minute` of its wall clock. */
export function segmentOfDay(c: Compiled, n: number, minute: number, region: string): Segment {
  const segs = daySchedule(c, n, region);
  for (const s of segs) if (minute < s.t) return s;
  return segs[segs.length - 1]!;
}

/** The segment in force at instant `ms` in holiday region `region`. */
export function stateAt(c: Compiled, ms: number, region = ''): Segment {
  return segmentAt(c, ms, region);
}

/**
 * The first instant after `ms` where the state (open, closed, unknown) differs, within the horizon;
 * comment-only changes do not count. Walks wall-clock days, then checks that no daylight-saving jump
 * in between changes the state by itself (a boundary skipped in March, an hour repeated in October).
 */
export function nextChangeAt(c: Compiled, ms: number, limit = ms + HORIZON, want?: number, region = ''): number | undefined {
  const cur = segmentAt(c, ms, region).s;
  // Searching for a change, or (with `want`) for the first instant in that state.
  const hit = (s: number) => (want === undefined ? s !== cur : s === want);
  const [n0, msOfDay] = wallClock(ms);
  const minute = Math.floor(msOfDay / 60_000);
  let found: number | undefined;
  const lastDay = Math.ceil((limit - ms) / DAY) + n0 + 1;
  let same = 0;
  for (let n = n0; n <= lastDay && found === undefined; n++) {
    for (const s of daySchedule(c, n, region)) {
      if ((n > n0 || s.f > minute) && hit(s.s)) {
        found = toInstant(n, s.f, ms);
        break;
      }
    }
    // A weekly schedule that has not changed for a whole week never will (unless a holiday changes
    // it: only PH rules, or doubt, which needs an opening, which would have been a change); nor one
    // past its last year.
    if ((c.weekly && !c.ph && ++same > 8) || (c.end !== undefined && n > c.end)) break;
  }
  if (found === undefined || found > limit) return undefined;
  const jump = nextOffsetChange(ms, found);
  if (jump !== undefined && jump < found) {
    return hit(segmentAt(c, jump, region).s) ? jump : nextChangeAt(c, jump, limit, want, region);
  }
  // A range that lies wholly in the skipped March hour never happens: look past it.
  return hit(segmentAt(c, found, region).s) ? found : nextChangeAt(c, found, limit, want, region);
}

/** Maximal open (or unknown) intervals of state `want` overlapping [from, to), as instants. */
export function intervals(c: Compiled, from: number, to: number, want = OPEN, region = ''): [number, number][] {
  const out: [number, number][] = [];
  let t = from;
  let s = segmentAt(c, t, region).s;
  if (s === want) {
    // Find where the current interval began, walking back day by day.
    let start = from;
    for (let k = 0; k < 30; k++) {
      const [n, msOfDay] = wallClock(start - 1);
      const segs = daySchedule(c, n, region);
      const seg = segs.find((x) => Math.floor(msOfDay / 60_000) < x.t)!;
      if (seg.s !== want) break;
      start = toInstant(n, seg.f);
    }
    t = start;
  }
  while (t < to) {
    if (s !== want) {
      const n = nextChangeAt(c, t, to, undefined, region);
      if (n === undefined) break;
      t = n;
      s = segmentAt(c, t, region).s;
      if (s !== want) continue;
    }
    const end = nextChangeAt(c, t, undefined, undefined, region) ?? Infinity;
    out.push([t, end]);
    if (end === Infinity) break;
    t = end;
    s = segmentAt(c, t, region).s;
  }
  return out;
}
