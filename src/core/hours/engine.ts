/**
 * Evaluator of parsed opening_hours rules: builds each Paris day's schedule (segments of wall-clock
 * minutes with a state), then answers state, next change and open intervals for instants.
 *
 * Rule semantics follow the reference implementation (the `opening_hours` package): a `;` rule that
 * opens (or says unknown) and matches a day replaces what earlier rules said for that day; closing
 * rules and `,` rules only paint over their own times; a `||` rule paints only where the state is
 * still closed; the part of a time range past midnight belongs to the next day and comes right after
 * its rule, so a later `;` rule matching that next day replaces it.
 */
import { DAY, civil, dayNumber, daysInMonth, frenchHolidays, isoWeek, nextOffsetChange, toInstant, wallClock, weekday } from './calendar.js';
import { CLOSED, OPEN, UNKNOWN, parseRules, type Rule } from './parse.js';
import type { HoursSyntaxError } from './types.js';

export { CLOSED, OPEN, UNKNOWN };

/** A stretch of one day's wall clock, [f, t) in minutes, with its state (0 closed, 1 open, 2 unknown). */
export interface Segment {
  f: number;
  t: number;
  s: number;
  c: string | undefined;
}

export interface Compiled {
  rules: Rule[];
  /** True when only weekdays and times matter: a day's schedule then depends on its weekday alone. */
  weekly: boolean;
  /** When every rule is bound to years: the first day after them (all days from it on look alike). */
  end: number | undefined;
  days: Map<number, Segment[]>;
}

/** Upper year of a rule bound to years, or undefined. */
function lastYear(r: Rule): number | undefined {
  if (r.years) return Math.max(...r.years.map((y) => y.b));
  if (r.monthdays?.every((m) => m.fy !== undefined)) return Math.max(...r.monthdays.map((m) => (m.ty ?? m.fy! + 1)));
  return undefined;
}

/** How far ahead a change is looked for, as the reference does (5 × 366 days). */
export const HORIZON = 5 * 366 * DAY;

const compiled = new Map<string, Compiled | HoursSyntaxError>();
let cachedDays = 0;

/** Parses and compiles once per distinct string: catalogues repeat the same hours many times. */
export function compile(src: string): Compiled | HoursSyntaxError {
  let c = compiled.get(src);
  if (!c) {
    const rules = parseRules(src);
    c = Array.isArray(rules)
      ? {
          rules,
          weekly: rules.every((r) => !r.years && !r.monthdays && !r.weeks && !r.weekdays?.some((w) => w.nth || w.ph)),
          end: rules.every((r) => lastYear(r) !== undefined) ? dayNumber(Math.max(...rules.map((r) => lastYear(r)!)) + 1, 1, 2) : undefined,
          days: new Map(),
        }
      : rules;
    if (compiled.size > 20_000) compiled.clear();
    compiled.set(src, c);
  }
  return c;
}

export function isCompiled(c: Compiled | HoursSyntaxError): c is Compiled {
  return 'rules' in c;
}

const inSteps = (x: number, list: { a: number; b: number; step: number }[]) =>
  list.some(({ a, b, step }) => x >= a && x <= b && (x - a) % step === 0);

function matches(r: Rule, n: number): boolean {
  if (!r.dated) return true;
  const [y, m, d] = civil(n);
  if (r.years && !inSteps(y, r.years)) return false;
  if (r.monthdays) {
    const x = m * 32 + d;
    const ok = r.monthdays.some(({ fy, f, ty, t }) => {
      if (fy === undefined) return f <= t ? x >= f && x <= t : x >= f || x <= t;
      const to = (ty ?? (t >= f ? fy : fy + 1)) * 512 + t;
      const k = y * 512 + x;
      return k >= fy * 512 + f && k <= to;
    });
    if (!ok) return false;
  }
  if (r.weeks && !inSteps(isoWeek(n), r.weeks)) return false;
  if (r.weekdays) {
    const w = weekday(n);
    const ok = r.weekdays.some(({ a, b, nth, ph }) => {
      if (ph) return frenchHolidays(y).has(n);
      if (!(a <= b ? w >= a && w <= b : w >= a || w <= b)) return false;
      return !nth || nth.includes(Math.floor((d - 1) / 7) + 1) || nth.includes(-Math.floor((daysInMonth(y, m) - d) / 7) - 1);
    });
    if (!ok) return false;
  }
  return true;
}

/** The schedule of day `n`: consecutive segments covering [0, 1440), equal neighbours merged. */
export function daySchedule(c: Compiled, n: number): Segment[] {
  const key = c.weekly ? weekday(n) : n;
  const cached = c.days.get(key);
  if (cached) return cached;
  // Paint operations in rule order: [from, to, state, comment, fallback].
  let ops: [number, number, number, string | undefined, boolean][] = [];
  c.rules.forEach((r, i) => {
    const today = matches(r, n);
    const prev = c.rules[i - 1];
    if (
      today &&
      r.type === 0 &&
      r.state !== CLOSED &&
      (r.dated || (i > 0 && r.state === OPEN && !prev!.dated))
    )
      ops = [];
    const fb = r.type === 2;
    if (today) {
      if (!r.times) ops.push([0, 1440, r.state, r.comment, fb]);
      else for (const [f, t] of r.times) ops.push([f, Math.min(t, 1440), r.state, r.comment, fb]);
    }
    if (r.times?.some(([, t]) => t > 1440) && matches(r, n - 1))
      for (const [, t] of r.times) if (t > 1440) ops.push([0, t - 1440, r.state, r.comment, fb]);
  });
  const cuts = ops.length ? [...new Set([0, 1440, ...ops.flatMap((o) => [o[0], o[1]])])].sort((a, b) => a - b) : [0, 1440];
  const segs: Segment[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const f = cuts[k]!;
    const t = cuts[k + 1]!;
    let s = CLOSED;
    let cm: string | undefined;
    for (const [of, ot, os, oc, fb] of ops)
      if (of <= f && ot >= t && !(fb && s !== CLOSED)) {
        s = os;
        cm = oc;
      }
    const last = segs[segs.length - 1];
    if (last && last.s === s && last.c === cm) last.t = t;
    else segs.push({ f, t, s, c: cm });
  }
  // Bound the memory of day caches across all values (long scans of many distinct strings).
  if (c.days.size > 2000) c.days.clear();
  if (++cachedDays > 400_000) {
    for (const v of compiled.values()) if (isCompiled(v)) v.days.clear();
    cachedDays = 0;
  }
  c.days.set(key, segs);
  return segs;
}

function segmentAt(c: Compiled, ms: number): Segment {
  const [n, msOfDay] = wallClock(ms);
  const minute = Math.floor(msOfDay / 60_000);
  return daySchedule(c, n).find((s) => minute < s.t)!;
}

export function stateAt(c: Compiled, ms: number): Segment {
  return segmentAt(c, ms);
}

/**
 * The first instant after `ms` where the state (open, closed, unknown) differs, within the horizon;
 * comment-only changes do not count. Walks wall-clock days, then checks that no daylight-saving jump
 * in between changes the state by itself (a boundary skipped in March, an hour repeated in October).
 */
export function nextChangeAt(c: Compiled, ms: number, limit = ms + HORIZON, want?: number): number | undefined {
  const cur = segmentAt(c, ms).s;
  // Searching for a change, or (with `want`) for the first instant in that state.
  const hit = (s: number) => (want === undefined ? s !== cur : s === want);
  const [n0, msOfDay] = wallClock(ms);
  const minute = Math.floor(msOfDay / 60_000);
  let found: number | undefined;
  const lastDay = Math.ceil((limit - ms) / DAY) + n0 + 1;
  let same = 0;
  for (let n = n0; n <= lastDay && found === undefined; n++) {
    for (const s of daySchedule(c, n)) {
      if ((n > n0 || s.f > minute) && hit(s.s)) {
        found = toInstant(n, s.f, ms);
        break;
      }
    }
    // A weekly schedule that has not changed for a whole week never will; nor one past its last year.
    if ((c.weekly && ++same > 8) || (c.end !== undefined && n > c.end)) break;
  }
  if (found === undefined || found > limit) return undefined;
  const jump = nextOffsetChange(ms, found);
  if (jump !== undefined && jump < found) {
    return hit(segmentAt(c, jump).s) ? jump : nextChangeAt(c, jump, limit, want);
  }
  // A range that lies wholly in the skipped March hour never happens: look past it.
  return hit(segmentAt(c, found).s) ? found : nextChangeAt(c, found, limit, want);
}

/** Maximal open (or unknown) intervals of state `want` overlapping [from, to), as instants. */
export function intervals(c: Compiled, from: number, to: number, want = OPEN): [number, number][] {
  const out: [number, number][] = [];
  let t = from;
  let s = segmentAt(c, t).s;
  if (s === want) {
    // Find where the current interval began, walking back day by day.
    let start = from;
    for (let k = 0; k < 30; k++) {
      const [n, msOfDay] = wallClock(start - 1);
      const segs = daySchedule(c, n);
      const seg = segs.find((x) => Math.floor(msOfDay / 60_000) < x.t)!;
      if (seg.s !== want) break;
      start = toInstant(n, seg.f);
    }
    t = start;
  }
  while (t < to) {
    if (s !== want) {
      const n = nextChangeAt(c, t, to);
      if (n === undefined) break;
      t = n;
      s = segmentAt(c, t).s;
      if (s !== want) continue;
    }
    const end = nextChangeAt(c, t) ?? Infinity;
    out.push([t, end]);
    if (end === Infinity) break;
    t = end;
    s = segmentAt(c, t).s;
  }
  return out;
}
