/**
 * Parser of the OpenStreetMap opening_hours syntax subset that real catalogues use, into plain
 * rule objects the evaluator (./engine.ts) reads. Owns the grammar and the syntax errors (with
 * their position and a French and English message); knows nothing about instants. Its fast path
 * for the shapes catalogues repeat (./parse.ts) is a module apart, which `parseRules` tries first
 * once it is registered (`useFastPath`): the first list's chunk goes without it (issue 15, item 3)
 * and the data core, the catalogue worker, the CLI and the tests register it, where catalogues of
 * 50,000 values are compiled. Both give the same rules (test/core/hours/fast-parse.test.ts).
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
export const PH_ITEM: WeekdayItem = { a: 0, b: 6, ph: true };
export function span(a: number, b: number): WeekdayItem {
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

export const digit = (c: number) => c >= 48 && c <= 57;
export const letter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

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

/** A fast path: the rules of the values of the shapes it reads, else undefined (./parse.ts). */
export type FastPath = (src: string) => Rule[] | undefined;
let registered: FastPath | undefined;

/** Has `parseRules` try `fast` first from now on (./parse.ts, `useFastParser`). */
export function useFastPath(fast: FastPath): void {
  registered = fast;
}

/**
 * Parses `src` into rules, or returns the first syntax error. Never throws. `fast`: the fast path
 * to try first (default: the one registered, if any; null: none).
 */
export function parseRules(src: string, fast: FastPath | null = registered ?? null): Rule[] | HoursSyntaxError {
  try {
    return fast?.(src) ?? parse(src);
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
export function newRule(type: 0 | 1 | 2): Rule {
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
