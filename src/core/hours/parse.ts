/**
 * Parser of the OpenStreetMap opening_hours syntax subset that real catalogues use, into plain
 * rule objects the evaluator (./engine.ts) reads. Owns the grammar and the syntax errors (with
 * their position and a French and English message); knows nothing about instants.
 *
 * Supported: `24/7`; years and year ranges (`2026`, `2026-2030/2`); months, date ranges and single
 * dates (`Dec`, `Dec-Feb`, `Jan 05-10`, `Dec 24-Jan 02`, `2026 Dec 03`); `week 02-52/2`; weekdays,
 * ranges and lists with nth of month (`Mo-Fr`, `Sa-Mo`, `Th[1,3]`, `Th[-1]`); `PH`; time ranges,
 * past midnight too (`22:00-02:00`, `18:00-26:00`); `open`/`closed`/`off`/`unknown`; comments;
 * `;` `,` `||`. Not supported (reported as errors, so hours read "unknown"): SH (school holidays),
 * sunrise/sunset, open ends `+`, easter dates, offsets, periodic times.
 */
import type { HoursSyntaxError } from './types.js';

export const OPEN = 1;
export const CLOSED = 0;
export const UNKNOWN = 2;

/** A range of numbers with an optional step (years, weeks). */
export interface StepRange {
  a: number;
  b: number;
  step: number;
}

/** A month-day range: keys are month * 32 + day; years only when written. */
export interface MonthdayRange {
  fy?: number;
  f: number;
  ty?: number;
  t: number;
}

/** A weekday range (0 = Monday) with optional nth-of-month, or the public holidays. */
export interface WeekdayItem {
  a: number;
  b: number;
  /** Allowed nth occurrences in the month: 1…5, −1…−5. */
  nth?: number[];
  ph?: true;
}

export interface Rule {
  /** 0: `;` normal (overrides the days it matches), 1: `,` additional, 2: `||` fallback. */
  type: 0 | 1 | 2;
  years?: StepRange[];
  monthdays?: MonthdayRange[];
  weeks?: StepRange[];
  weekdays?: WeekdayItem[];
  /**
   * [from, to) pairs in minutes from midnight, flat (`[f0, t0, f1, t1…]`: no array per range, and
   * a catalogue keeps ~50,000 values compiled); `to` may exceed 1440 (past midnight). Absent: all day.
   */
  times?: number[];
  state: 0 | 1 | 2;
  comment?: string;
  /** Has a selector other than time (the reference's "date" selectors). */
  dated: boolean;
}

// Token kinds (numbers: shorter once minified than names).
const TIME = 0;
const NUM = 1;
const WORD = 2;
const STR = 3;
const PUNCT = 4;

interface Token {
  k: number;
  v: string;
  n: number;
  pos: number;
}

const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const STATES: Record<string, 0 | 1 | 2> = { open: OPEN, closed: CLOSED, off: CLOSED, unknown: UNKNOWN };

/*
 * Weekday items without nth are shared, one per (from, to) pair, and `PH` is one item: values
 * repeat a handful of day groups, so a compiled catalogue holds 49 of them instead of one per rule.
 * Never mutated (an item with nth is always a fresh object).
 */
const SPANS: WeekdayItem[] = [];
const PH_ITEM: WeekdayItem = { a: 0, b: 6, ph: true };
function span(a: number, b: number): WeekdayItem {
  return (SPANS[a * 7 + b] ??= { a, b });
}

class Failure {
  constructor(
    readonly position: number,
    readonly fr: string,
    readonly en: string,
  ) {}
}

const q = (t: string): [string, string] => [`« ${t} »`, `“${t}”`];

function unexpected(tok: Token | undefined, end: number): Failure {
  if (!tok) return new Failure(end, 'Fin des horaires inattendue', 'Unexpected end of hours');
  const [f, e] = q(tok.v);
  return new Failure(tok.pos, `${f} inattendu ici`, `Unexpected ${e} here`);
}

const digit = (c: number) => c >= 48 && c <= 57;
const letter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** Splits a value into tokens (a hand-written scanner: catalogues hold thousands of values). */
function lex(src: string): Token[] {
  const out: Token[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    const pos = i;
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(src[i]!))) i++;
    else if (digit(c)) {
      while (i < n && digit(src.charCodeAt(i))) i++;
      const v = src.slice(pos, i);
      if (i - pos <= 2 && src[i] === ':' && digit(src.charCodeAt(i + 1)) && digit(src.charCodeAt(i + 2))) {
        const h = Number(v);
        const m = Number(src.slice(i + 1, i + 3));
        if (m > 59 || h > 48) throw new Failure(pos, 'Heure invalide', 'Invalid time');
        i += 3;
        out.push({ k: TIME, v: src.slice(pos, i), n: h * 60 + m, pos });
      } else out.push({ k: NUM, v, n: Number(v), pos });
    } else if (letter(c)) {
      while (i < n && letter(src.charCodeAt(i))) i++;
      out.push({ k: WORD, v: src.slice(pos, i), n: 0, pos });
    } else if (c === 34) {
      const end = src.indexOf('"', i + 1);
      if (end < 0) throw new Failure(i, 'Commentaire non fermé (guillemet manquant)', 'Unclosed comment (missing quote)');
      out.push({ k: STR, v: src.slice(i + 1, end), n: 0, pos });
      i = end + 1;
    } else {
      const v = src.startsWith('||', i) ? '||' : '-,;/[]:+'.includes(src[i]!) ? src[i]! : '';
      if (!v) {
        const [f, e] = q(String.fromCodePoint(src.codePointAt(i)!));
        throw new Failure(i, `Caractère ${f} non reconnu`, `Unrecognised character ${e}`);
      }
      out.push({ k: PUNCT, v, n: 0, pos });
      i += v.length;
    }
  }
  return out;
}

/**
 * Parses `src` into rules, or returns the first syntax error. Never throws. `fast: false` skips
 * the fast path (its tests compare both).
 */
export function parseRules(src: string, fast = true): Rule[] | HoursSyntaxError {
  try {
    return (fast ? fastRules(src) : undefined) ?? parse(src);
  } catch (e) {
    if (e instanceof Failure) return { position: e.position, message: { fr: e.fr, en: e.en } };
    return { position: 0, message: { fr: 'Horaires illisibles', en: 'Unreadable hours' } };
  }
}

/*
 * The recursive-descent parser: module-level state and functions (parsing is synchronous, never
 * re-entered), so no closure is created per value and the minifier can shorten every name.
 */
let src = '';
let toks: Token[] = [];
let i = 0;

function parse(source: string): Rule[] {
  src = source;
  toks = lex(source);
  i = 0;
  return rules();
}


function peek(o = 0): Token | undefined {
  return toks[i + o];
}
function is(v: string, o = 0): boolean {
  const t = peek(o);
  return !!t && (t.k === PUNCT || t.k === WORD) && t.v.toLowerCase() === v;
}
function fail(): never {
  throw unexpected(peek(), src.length);
}
function take(): Token {
  const t = peek();
  if (!t) fail();
  i++;
  return t;
}
function num(min: number, max: number): number {
  const t = peek();
  if (!t || t.k !== NUM) fail();
  if (t.n < min || t.n > max) throw new Failure(t.pos, 'Nombre hors limites', 'Number out of range');
  i++;
  return t.n;
}
function index(list: string[], o = 0): number {
  const t = peek(o);
  return t && t.k === WORD ? list.indexOf(t.v.toLowerCase()) : -1;
}
function isYear(o = 0): boolean {
  const t = peek(o);
  return !!t && t.k === NUM && t.v.length === 4;
}
function unsupported(t: Token): never {
  const [f, e] = q(t.v);
  throw new Failure(t.pos, `${f} n'est pas pris en charge`, `${e} is not supported`);
}
/** A `,` continues the current list only if what follows fits it; otherwise it separates rules. */
function more(fits: (o: number) => boolean): boolean {
  if (is(',') && fits(1)) {
    i++;
    return true;
  }
  return false;
}

/**
 * A rule with every field present from the start, in one order: all rules share one shape, so
 * the evaluator's reads of them stay monomorphic (it reads every rule of ~50,000 values).
 */
function newRule(type: 0 | 1 | 2): Rule {
  return { type, state: OPEN, dated: false, years: undefined, monthdays: undefined, weeks: undefined, weekdays: undefined, times: undefined, comment: undefined };
}

function rules(): Rule[] {
  const rules: Rule[] = [];
  let type: 0 | 1 | 2 = 0;
  if (!toks.length) throw new Failure(0, 'Horaires vides', 'Empty hours');
  for (;;) {
    const r = rule(type);
    if (r) rules.push(r);
    const sep = peek();
    if (!sep) break;
    if (sep.k === WORD && !/^(mo|tu|we|th|fr|sa|su|ph|week|open|closed|off|unknown|[a-z]{3})$/i.test(sep.v)) unsupported(sep);
    if (sep.v === ';') type = 0;
    else if (sep.v === ',' && r) type = 1;
    else if (sep.v === '||' && r) type = 2;
    else fail();
    i++;
    // `;` may end the value or repeat, as many catalogues write it; `,` and `||` need a rule after.
    if (!peek() && type !== 0) fail();
  }
  if (!rules.length) throw new Failure(0, 'Horaires vides', 'Empty hours');
  return rules;
}

function rule(type: 0 | 1 | 2): Rule | null {
  const r = newRule(type);
  const start = i;
  if (peek()?.v === '24' && is('/', 1) && peek(2)?.v === '7') i += 3;
  else {
    if (isYear() || index(MONTHS) >= 0) wide(r);
    if (is('week')) {
      i++;
      r.weeks = stepList(1, 53);
    }
    if (r.years || r.monthdays || r.weeks) {
      if (is(':')) i++;
    }
    if (index(WEEKDAYS) >= 0 || is('ph') || is('sh')) r.weekdays = weekdays();
    if (peek()?.k === TIME) r.times = times();
  }
  r.dated = !!(r.years || r.monthdays || r.weeks || r.weekdays);
  const t = peek();
  const stated = t?.k === WORD && STATES[t.v.toLowerCase()] !== undefined;
  if (stated) {
    r.state = STATES[t.v.toLowerCase()]!;
    i++;
  }
  // As in the reference and the OSM wiki: a comment without an explicit state means "unknown".
  if (peek()?.k === STR) {
    r.comment = take().v;
    if (!stated) r.state = UNKNOWN;
  }
  if (i === start) {
    const n = peek();
    if (n && n.k === WORD) unsupported(n);
    if (n && n.v !== ';') fail();
    return null;
  }
  return r;
}

function wide(r: Rule): void {
  do {
    if (isYear() && index(MONTHS, 1) < 0) {
      (r.years ??= []).push(stepRange(1900, 2999));
    } else (r.monthdays ??= []).push(monthday());
  } while (more((o) => isYear(o) || index(MONTHS, o) >= 0));
}

/** `[year] month [day] [- [year] month [day] | - day]`. */
function monthday(): MonthdayRange {
  const fy = isYear() ? take().n : undefined;
  const fm = index(MONTHS);
  if (fm < 0) fail();
  i++;
  const day = peek()?.k === NUM && !isYear();
  const fd = day ? num(1, 31) : 0;
  let ty: number | undefined;
  let tm = fm;
  let td = day ? fd : 31;
  if (is('-') && (index(MONTHS, 1) >= 0 || isYear(1) || (day && peek(1)?.k === NUM))) {
    i++;
    if (isYear()) ty = take().n;
    if (index(MONTHS) >= 0) {
      tm = index(MONTHS);
      i++;
      td = peek()?.k === NUM && !isYear() ? num(1, 31) : 31;
    } else if (ty !== undefined) fail();
    else td = num(1, 31);
  }
  if (is('+') || is('easter')) unsupported(peek()!);
  if (fy === undefined && ty !== undefined) throw unexpected(peek(), src.length);
  return { fy, f: (fm + 1) * 32 + (fd || 1), ty, t: (tm + 1) * 32 + td };
}

function stepRange(min: number, max: number): StepRange {
  const a = num(min, max);
  let b = a;
  let step = 1;
  if (is('-')) {
    i++;
    b = num(min, max);
    if (is('/')) {
      i++;
      step = num(1, max);
    }
  }
  if (is('+')) unsupported(peek()!);
  return { a, b, step };
}

function stepList(min: number, max: number): StepRange[] {
  const out: StepRange[] = [];
  do out.push(stepRange(min, max));
  while (more((o) => peek(o)?.k === NUM && !isYear(o)));
  return out;
}

function weekdays(): WeekdayItem[] {
  const out: WeekdayItem[] = [];
  do {
    const t = take();
    const v = t.v.toLowerCase();
    if (v === 'ph') {
      out.push(PH_ITEM);
      continue;
    }
    if (v === 'sh') unsupported(t);
    const a = WEEKDAYS.indexOf(v);
    if (a < 0) unsupported(t);
    let b = a;
    if (is('-')) {
      i++;
      b = index(WEEKDAYS);
      if (b < 0) fail();
      i++;
    }
    if (!is('[')) out.push(span(a, b));
    else {
      i++;
      const nth: number[] = [];
      do {
        const neg = is('-');
        if (neg) i++;
        const x = num(1, 5);
        let y = x;
        if (!neg && is('-')) {
          i++;
          y = num(x, 5);
        }
        for (let k = x; k <= y; k++) nth.push(neg ? -k : k);
      } while (more(() => true));
      if (!is(']')) fail();
      i++;
      out.push({ a, b, nth });
    }
  } while (more((o) => index(WEEKDAYS, o) >= 0 || is('ph', o) || is('sh', o)));
  if (peek()?.k === WORD && index(WEEKDAYS) >= 0) fail();
  return out;
}

function times(): number[] {
  const out: number[] = [];
  do {
    const f = take();
    if (f.k !== TIME) {
      if (f.k === WORD) unsupported(f);
      i--;
      fail();
    }
    if (f.n > 1440) throw new Failure(f.pos, 'Heure invalide', 'Invalid time');
    if (!is('-')) {
      const t = peek();
      if (t && t.v === '+') unsupported(t);
      fail();
    }
    i++;
    const e = take();
    if (e.k !== TIME) {
      if (e.k === WORD) unsupported(e);
      i--;
      fail();
    }
    if (is('+') || is('/')) unsupported(peek()!);
    out.push(f.n, e.n > f.n ? e.n : e.n + 1440);
  } while (more((o) => peek(o)?.k === TIME));
  return out;
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
