/**
 * The opening_hours parser's fast path (the grammar and the full parser: ./grammar.ts). The
 * hours engine (./engine.ts) imports ./grammar.ts only, and tries the fast path once something
 * has called `useFastParser`: the data core, the catalogue worker, the worded validator (CLI,
 * editor) and ./index.ts do; the first list's chunk goes without it (issue 15, item 3), for the
 * few values it shows (the same rules either way).
 */
import { CLOSED, PH_ITEM, UNKNOWN, digit, letter, newRule, span, useFastPath, type Rule, type WeekdayItem } from './grammar.js';

/** Has the hours engine try the fast path first from now on (where catalogues are compiled whole). */
export function useFastParser(): void {
  useFastPath(fastRules);
}

/*
 * The fast path. A national catalogue holds some 50,000 distinct values, nearly all of a few
 * shapes (`Mo-Fr 09:00-12:00,14:00-17:00; PH off`, `Th[1,3] 14:00-17:00`, `week 01-53/2 Tu
 * 09:00-12:00`, `Aug off`, a comment): reading those in one pass over the characters, without
 * tokens, more than halves the cost of compiling a catalogue's hours (bench/hours.ts, "cold").
 * It returns exactly the rules `parse` would (test/core/hours/fast-parse.test.ts compares them on
 * the corpora and on generated values), or undefined for anything else: other spellings (case,
 * tabs), `,` or `||` between rules, years, dates, `24/7`, errors. `parse` then reads the value
 * and reports any error, so the fast path never decides what is an error.
 */
let s = '';
let p = 0;

const WEEKDAY_CODES = 'MoTuWeThFrSaSu';
const MONTH_CODES = 'JanFebMarAprMayJunJulAugSepOctNovDec';

function spaces(): void {
  while (s.charCodeAt(p) === 32) p++;
}
/** The exact word `w` at `p`, as a whole word (not the start of a longer one). */
function word(w: string): boolean {
  if (!s.startsWith(w, p) || letter(s.charCodeAt(p + w.length))) return false;
  p += w.length;
  return true;
}
/** A weekday as written by catalogues (`Mo` … `Su`) at `p`, or −1 (by char codes: no slice). */
function weekdayAt(): number {
  if (letter(s.charCodeAt(p + 2))) return -1;
  const c0 = s.charCodeAt(p);
  const c1 = s.charCodeAt(p + 1);
  for (let k = 0; k < 7; k++)
    if (WEEKDAY_CODES.charCodeAt(2 * k) === c0 && WEEKDAY_CODES.charCodeAt(2 * k + 1) === c1) {
      p += 2;
      return k;
    }
  return -1;
}
/** A month as written by catalogues (`Jan` … `Dec`), as a whole word, at `p`, or −1. */
function monthAt(): number {
  if (letter(s.charCodeAt(p + 3))) return -1;
  const c0 = s.charCodeAt(p);
  const c1 = s.charCodeAt(p + 1);
  const c2 = s.charCodeAt(p + 2);
  for (let k = 0; k < 12; k++)
    if (MONTH_CODES.charCodeAt(3 * k) === c0 && MONTH_CODES.charCodeAt(3 * k + 1) === c1 && MONTH_CODES.charCodeAt(3 * k + 2) === c2) {
      p += 3;
      return k;
    }
  return -1;
}
/** A number of one or two digits in [min, max] (not a time, nor a year), or −1. */
function smallNumber(min: number, max: number): number {
  let k = p;
  let v = 0;
  while (digit(s.charCodeAt(k)) && k - p < 3) v = v * 10 + s.charCodeAt(k++) - 48;
  if (k === p || k - p > 2 || digit(s.charCodeAt(k)) || v < min || v > max) return -1;
  // `12:30` is a time to the scanner, not a number.
  if (s.charCodeAt(k) === 58 && digit(s.charCodeAt(k + 1)) && digit(s.charCodeAt(k + 2))) return -1;
  p = k;
  return v;
}
/** A time `H:MM` or `HH:MM` (minutes from midnight), as the scanner reads it; −1 if none or invalid. */
function timeAt(): number {
  let k = p;
  while (digit(s.charCodeAt(k)) && k - p < 3) k++;
  const len = k - p;
  if (len < 1 || len > 2 || s.charCodeAt(k) !== 58 || !digit(s.charCodeAt(k + 1)) || !digit(s.charCodeAt(k + 2)) || digit(s.charCodeAt(k + 3)))
    return -1;
  const h = len === 1 ? s.charCodeAt(p) - 48 : (s.charCodeAt(p) - 48) * 10 + s.charCodeAt(p + 1) - 48;
  const m = (s.charCodeAt(k + 1) - 48) * 10 + s.charCodeAt(k + 2) - 48;
  if (m > 59 || h > 48) return -1;
  p = k + 3;
  return h * 60 + m;
}
/** Whether a `,` at `p` (after spaces) is followed by something `next` accepts; `p` is left on the `,`. */
function commaThen(next: () => boolean): boolean {
  if (s.charCodeAt(p) !== 44) return false;
  const at = p;
  p++;
  spaces();
  const ok = next();
  p = at;
  return ok;
}
/*
 * A value's rules, weekday items and times are gathered in these arrays, reused from one value to
 * the next, then copied at their exact length: an array grown by `push` from `[]` holds room for
 * 17 elements, and a catalogue keeps ~50,000 values' arrays. A list of one shared weekday item
 * (`Mo-Fr`, `Sa`, `PH`: most rules) is itself shared. Never mutated once returned.
 */
const ruleBuf: Rule[] = [];
const dayBuf: WeekdayItem[] = [];
const timeBuf: number[] = [];
const ONE_SPAN: WeekdayItem[][] = [];
const ONE_PH: WeekdayItem[] = [PH_ITEM];

const startsWeekday = (): boolean => {
  const at = p;
  const ok = weekdayAt() >= 0 || word('PH');
  p = at;
  return ok;
};
const startsTime = (): boolean => {
  const at = p;
  const ok = timeAt() >= 0;
  p = at;
  return ok;
};

/** The rules of a value in the fast path's shapes, else undefined (exported for its tests). */
export function fastRules(source: string): Rule[] | undefined {
  s = source;
  p = 0;
  let n = 0;
  let type: 0 | 1 | 2 = 0;
  spaces();
  if (p === s.length) return undefined;
  for (;;) {
    const r = fastRule(type);
    if (!r) return undefined;
    ruleBuf[n++] = r;
    spaces();
    if (p === s.length) return ruleBuf.slice(0, n);
    if (s.charCodeAt(p) !== 59) return undefined;
    p++;
    spaces();
    // A `;` may end the value (as `parse` allows), but not two in a row.
    if (p === s.length) return ruleBuf.slice(0, n);
    if (s.charCodeAt(p) === 59) return undefined;
    type = 0;
  }
}

/**
 * One rule, as `rule` builds it (same fields in the same order), or undefined. It stops at the
 * first thing it does not read (`+`, `/`, `,` before something else, a word it does not know…):
 * `fastRules` accepts only `;` or the end after a rule, so anything else gives the value up.
 */
function fastRule(type: 0 | 1 | 2): Rule | undefined {
  const r = newRule(type);
  const start = p;
  const month = monthAt();
  if (month >= 0) {
    // A whole month alone (`Aug off`); a day, a range or a list after it ends the rule there, and
    // then `fastRules` gives the value up.
    r.monthdays = [{ fy: undefined, f: (month + 1) * 32 + 1, ty: undefined, t: (month + 1) * 32 + 31 }];
  }
  if (word('week')) {
    spaces();
    const a = smallNumber(1, 53);
    if (a < 0) return undefined;
    let b = a;
    let step = 1;
    spaces();
    if (s.charCodeAt(p) === 45) {
      p++;
      spaces();
      b = smallNumber(1, 53);
      if (b < 0) return undefined;
      spaces();
      if (s.charCodeAt(p) === 47) {
        p++;
        spaces();
        step = smallNumber(1, 53);
        if (step < 0) return undefined;
        spaces();
      }
    }
    r.weeks = [{ a, b, step }];
  }
  if (r.monthdays || r.weeks) {
    spaces();
    if (s.charCodeAt(p) === 58) p++;
  }
  spaces();
  if (startsWeekday()) {
    let nd = 0;
    let shared = true;
    for (;;) {
      if (word('PH')) dayBuf[nd++] = PH_ITEM;
      else {
        const a = weekdayAt();
        if (a < 0) return undefined;
        let b = a;
        spaces();
        if (s.charCodeAt(p) === 45) {
          p++;
          spaces();
          b = weekdayAt();
          if (b < 0) return undefined;
          spaces();
        }
        if (s.charCodeAt(p) !== 91) dayBuf[nd++] = span(a, b);
        else {
          p++;
          const nth: number[] = [];
          for (;;) {
            spaces();
            const neg = s.charCodeAt(p) === 45;
            if (neg) {
              p++;
              spaces();
            }
            const x = smallNumber(1, 5);
            if (x < 0) return undefined;
            let y = x;
            spaces();
            if (!neg && s.charCodeAt(p) === 45) {
              p++;
              spaces();
              y = smallNumber(x, 5);
              if (y < 0) return undefined;
              spaces();
            }
            for (let k = x; k <= y; k++) nth.push(neg ? -k : k);
            if (s.charCodeAt(p) === 44) p++;
            else break;
          }
          if (s.charCodeAt(p) !== 93) return undefined;
          p++;
          dayBuf[nd++] = { a, b, nth };
          shared = false;
        }
      }
      spaces();
      if (!commaThen(startsWeekday)) break;
      p++;
      spaces();
    }
    const one = dayBuf[0]!;
    r.weekdays = nd > 1 || !shared ? dayBuf.slice(0, nd) : one === PH_ITEM ? ONE_PH : (ONE_SPAN[one.a * 7 + one.b] ??= [one]);
  }
  spaces();
  if (startsTime()) {
    let nt = 0;
    for (;;) {
      const f = timeAt();
      if (f < 0 || f > 1440) return undefined;
      spaces();
      if (s.charCodeAt(p) !== 45) return undefined;
      p++;
      spaces();
      const e = timeAt();
      if (e < 0) return undefined;
      spaces();
      timeBuf[nt++] = f;
      timeBuf[nt++] = e > f ? e : e + 1440;
      if (!commaThen(startsTime)) break;
      p++;
      spaces();
    }
    r.times = timeBuf.slice(0, nt);
  }
  r.dated = !!(r.monthdays || r.weeks || r.weekdays);
  spaces();
  let stated = true;
  if (word('off') || word('closed')) r.state = CLOSED;
  else if (word('unknown')) r.state = UNKNOWN;
  else if (!word('open')) stated = false;
  spaces();
  if (s.charCodeAt(p) === 34) {
    const end = s.indexOf('"', p + 1);
    if (end < 0) return undefined;
    r.comment = s.slice(p + 1, end);
    if (!stated) r.state = UNKNOWN;
    p = end + 1;
  }
  if (p === start) return undefined;
  return r.times || r.comment !== undefined || r.weeks ? r : sharedRule(r);
}

/*
 * Rules without times, comment or weeks that select one weekday item or one whole month (`PH
 * off` ends half of a national catalogue's values, `Aug off` a tenth) are shared between values,
 * one per (selector, type, state): the engine never changes a rule.
 */
const SHARED_RULES = new Map<number, Rule>();
function sharedRule(r: Rule): Rule {
  const days = r.weekdays;
  let k: number;
  if (r.monthdays) {
    if (days) return r;
    // The fast path's months are whole: the first day says which.
    k = 64 + r.monthdays[0]!.f;
  } else if (days && days.length === 1 && !days[0]!.nth) {
    const d = days[0]!;
    k = d === PH_ITEM ? 49 : d.a * 7 + d.b;
  } else return r;
  k = (k * 3 + r.type) * 3 + r.state;
  const known = SHARED_RULES.get(k);
  if (known) return known;
  SHARED_RULES.set(k, r);
  return r;
}
