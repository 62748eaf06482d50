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
  /** [from, to) in minutes from midnight; `to` may exceed 1440 (past midnight). Absent: all day. */
  times?: [number, number][];
  state: 0 | 1 | 2;
  comment?: string;
  /** Has a selector other than time (the reference's "date" selectors). */
  dated: boolean;
}

interface Token {
  k: 'num' | 'time' | 'word' | 'str' | 'p';
  v: string;
  n: number;
  pos: number;
}

const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const STATES: Record<string, 0 | 1 | 2> = { open: OPEN, closed: CLOSED, off: CLOSED, unknown: UNKNOWN };

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

function lex(src: string): Token[] {
  const out: Token[] = [];
  const re = /\s+|(\d{1,2}:\d\d)|(\d+)|([A-Za-z]+)|"([^"]*)"|(\|\||[-,;/[\]:+])/y;
  let i = 0;
  while (i < src.length) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) {
      if (src[i] === '"') throw new Failure(i, 'Commentaire non fermé (guillemet manquant)', 'Unclosed comment (missing quote)');
      const [f, e] = q(src[i]!);
      throw new Failure(i, `Caractère ${f} non reconnu`, `Unrecognised character ${e}`);
    }
    if (m[1]) {
      const [h, mi] = m[1].split(':').map(Number) as [number, number];
      if (mi > 59 || h > 48) throw new Failure(i, 'Heure invalide', 'Invalid time');
      out.push({ k: 'time', v: m[1], n: h * 60 + mi, pos: i });
    } else if (m[2]) out.push({ k: 'num', v: m[2], n: Number(m[2]), pos: i });
    else if (m[3]) out.push({ k: 'word', v: m[3], n: 0, pos: i });
    else if (m[4] !== undefined) out.push({ k: 'str', v: m[4], n: 0, pos: i });
    else if (m[5]) out.push({ k: 'p', v: m[5], n: 0, pos: i });
    i = re.lastIndex;
  }
  return out;
}

/** Parses `src` into rules, or returns the first syntax error. Never throws. */
export function parseRules(src: string): Rule[] | HoursSyntaxError {
  try {
    return new Parser(src).rules();
  } catch (e) {
    if (e instanceof Failure) return { position: e.position, message: { fr: e.fr, en: e.en } };
    return { position: 0, message: { fr: 'Horaires illisibles', en: 'Unreadable hours' } };
  }
}

class Parser {
  private toks: Token[];
  private i = 0;
  constructor(private src: string) {
    this.toks = lex(src);
  }

  private peek(o = 0): Token | undefined {
    return this.toks[this.i + o];
  }
  private is(v: string, o = 0): boolean {
    const t = this.peek(o);
    return !!t && (t.k === 'p' || t.k === 'word') && t.v.toLowerCase() === v;
  }
  private fail(): never {
    throw unexpected(this.peek(), this.src.length);
  }
  private take(): Token {
    const t = this.peek();
    if (!t) this.fail();
    this.i++;
    return t;
  }
  private num(min: number, max: number): number {
    const t = this.peek();
    if (!t || t.k !== 'num') this.fail();
    if (t.n < min || t.n > max) throw new Failure(t.pos, 'Nombre hors limites', 'Number out of range');
    this.i++;
    return t.n;
  }
  private index(list: string[], o = 0): number {
    const t = this.peek(o);
    return t && t.k === 'word' ? list.indexOf(t.v.toLowerCase()) : -1;
  }
  private isYear(o = 0): boolean {
    const t = this.peek(o);
    return !!t && t.k === 'num' && t.v.length === 4;
  }
  private unsupported(t: Token): never {
    const [f, e] = q(t.v);
    throw new Failure(t.pos, `${f} n'est pas pris en charge`, `${e} is not supported`);
  }
  /** A `,` continues the current list only if what follows fits it; otherwise it separates rules. */
  private more(fits: (o: number) => boolean): boolean {
    if (this.is(',') && fits(1)) {
      this.i++;
      return true;
    }
    return false;
  }

  rules(): Rule[] {
    const rules: Rule[] = [];
    let type: 0 | 1 | 2 = 0;
    if (!this.toks.length) throw new Failure(0, 'Horaires vides', 'Empty hours');
    for (;;) {
      const r = this.rule(type);
      if (r) rules.push(r);
      const sep = this.peek();
      if (!sep) break;
      if (sep.k === 'word' && !/^(mo|tu|we|th|fr|sa|su|ph|week|open|closed|off|unknown|[a-z]{3})$/i.test(sep.v)) this.unsupported(sep);
      if (sep.v === ';') type = 0;
      else if (sep.v === ',' && r) type = 1;
      else if (sep.v === '||' && r) type = 2;
      else this.fail();
      this.i++;
      // `;` may end the value or repeat, as many catalogues write it; `,` and `||` need a rule after.
      if (!this.peek() && type !== 0) this.fail();
    }
    if (!rules.length) throw new Failure(0, 'Horaires vides', 'Empty hours');
    return rules;
  }

  private rule(type: 0 | 1 | 2): Rule | null {
    const r: Rule = { type, state: OPEN, dated: false };
    const start = this.i;
    if (this.peek()?.v === '24' && this.is('/', 1) && this.peek(2)?.v === '7') this.i += 3;
    else {
      if (this.isYear() || this.index(MONTHS) >= 0) this.wide(r);
      if (this.is('week')) {
        this.i++;
        r.weeks = this.stepList(1, 53);
      }
      if (r.years || r.monthdays || r.weeks) {
        if (this.is(':')) this.i++;
      }
      if (this.index(WEEKDAYS) >= 0 || this.is('ph') || this.is('sh')) r.weekdays = this.weekdays();
      if (this.peek()?.k === 'time') r.times = this.times();
    }
    r.dated = !!(r.years || r.monthdays || r.weeks || r.weekdays);
    const t = this.peek();
    const stated = t?.k === 'word' && STATES[t.v.toLowerCase()] !== undefined;
    if (stated) {
      r.state = STATES[t.v.toLowerCase()]!;
      this.i++;
    }
    // As in the reference and the OSM wiki: a comment without an explicit state means "unknown".
    if (this.peek()?.k === 'str') {
      r.comment = this.take().v;
      if (!stated) r.state = UNKNOWN;
    }
    if (this.i === start) {
      const n = this.peek();
      if (n && n.k === 'word') this.unsupported(n);
      if (n && n.v !== ';') this.fail();
      return null;
    }
    return r;
  }

  private wide(r: Rule): void {
    do {
      if (this.isYear() && this.index(MONTHS, 1) < 0) {
        (r.years ??= []).push(this.stepRange(1900, 2999));
      } else (r.monthdays ??= []).push(this.monthday());
    } while (this.more((o) => this.isYear(o) || this.index(MONTHS, o) >= 0));
  }

  /** `[year] month [day] [- [year] month [day] | - day]`. */
  private monthday(): MonthdayRange {
    const fy = this.isYear() ? this.take().n : undefined;
    const fm = this.index(MONTHS);
    if (fm < 0) this.fail();
    this.i++;
    const day = this.peek()?.k === 'num' && !this.isYear();
    const fd = day ? this.num(1, 31) : 0;
    let ty: number | undefined;
    let tm = fm;
    let td = day ? fd : 31;
    if (this.is('-') && (this.index(MONTHS, 1) >= 0 || this.isYear(1) || (day && this.peek(1)?.k === 'num'))) {
      this.i++;
      if (this.isYear()) ty = this.take().n;
      if (this.index(MONTHS) >= 0) {
        tm = this.index(MONTHS);
        this.i++;
        td = this.peek()?.k === 'num' && !this.isYear() ? this.num(1, 31) : 31;
      } else if (ty !== undefined) this.fail();
      else td = this.num(1, 31);
    }
    if (this.is('+') || this.is('easter')) this.unsupported(this.peek()!);
    if (fy === undefined && ty !== undefined) throw unexpected(this.peek(), this.src.length);
    return { fy, f: (fm + 1) * 32 + (fd || 1), ty, t: (tm + 1) * 32 + td };
  }

  private stepRange(min: number, max: number): StepRange {
    const a = this.num(min, max);
    let b = a;
    let step = 1;
    if (this.is('-')) {
      this.i++;
      b = this.num(min, max);
      if (this.is('/')) {
        this.i++;
        step = this.num(1, max);
      }
    }
    if (this.is('+')) this.unsupported(this.peek()!);
    return { a, b, step };
  }

  private stepList(min: number, max: number): StepRange[] {
    const out: StepRange[] = [];
    do out.push(this.stepRange(min, max));
    while (this.more((o) => this.peek(o)?.k === 'num' && !this.isYear(o)));
    return out;
  }

  private weekdays(): WeekdayItem[] {
    const out: WeekdayItem[] = [];
    do {
      const t = this.take();
      const v = t.v.toLowerCase();
      if (v === 'ph') {
        out.push({ a: 0, b: 6, ph: true });
        continue;
      }
      if (v === 'sh') this.unsupported(t);
      const a = WEEKDAYS.indexOf(v);
      if (a < 0) this.unsupported(t);
      let b = a;
      if (this.is('-')) {
        this.i++;
        b = this.index(WEEKDAYS);
        if (b < 0) this.fail();
        this.i++;
      }
      const item: WeekdayItem = { a, b };
      if (this.is('[')) {
        this.i++;
        const nth: number[] = [];
        do {
          const neg = this.is('-');
          if (neg) this.i++;
          const x = this.num(1, 5);
          let y = x;
          if (!neg && this.is('-')) {
            this.i++;
            y = this.num(x, 5);
          }
          for (let k = x; k <= y; k++) nth.push(neg ? -k : k);
        } while (this.more(() => true));
        if (!this.is(']')) this.fail();
        this.i++;
        item.nth = nth;
      }
      out.push(item);
    } while (this.more((o) => this.index(WEEKDAYS, o) >= 0 || this.is('ph', o) || this.is('sh', o)));
    if (this.peek()?.k === 'word' && this.index(WEEKDAYS) >= 0) this.fail();
    return out;
  }

  private times(): [number, number][] {
    const out: [number, number][] = [];
    do {
      const f = this.take();
      if (f.k !== 'time') {
        if (f.k === 'word') this.unsupported(f);
        this.i--;
        this.fail();
      }
      if (f.n > 1440) throw new Failure(f.pos, 'Heure invalide', 'Invalid time');
      if (!this.is('-')) {
        const t = this.peek();
        if (t && t.v === '+') this.unsupported(t);
        this.fail();
      }
      this.i++;
      const e = this.take();
      if (e.k !== 'time') {
        if (e.k === 'word') this.unsupported(e);
        this.i--;
        this.fail();
      }
      if (this.is('+') || this.is('/')) this.unsupported(this.peek()!);
      out.push([f.n, e.n > f.n ? e.n : e.n + 1440]);
    } while (this.more((o) => this.peek(o)?.k === 'time'));
    return out;
  }
}
