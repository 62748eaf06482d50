/**
 * Calendar arithmetic for the hours engine: Europe/Paris wall clock ↔ UTC instants, civil dates
 * from day numbers, ISO weeks and the French public holidays.
 *
 * A "day number" is the count of days since 1970-01-01 of a Paris *local* date. Only the
 * instant ↔ wall-clock step needs the time zone; everything else is plain arithmetic, so the
 * host's own time zone never matters.
 */
import { departementOf } from '../catalogue/departement.js';

const HOUR = 3_600_000;
export const DAY = 86_400_000;

let formatter: Intl.DateTimeFormat | undefined;
/** UTC offset (ms) of Europe/Paris per UTC hour: offsets only change on whole UTC hours there. */
const offsets = new Map<number, number>();

/** Offset of Paris wall-clock time from UTC at instant `ms` (3 600 000 in winter, 7 200 000 in summer). */
export function offsetAt(ms: number): number {
  const h = Math.floor(ms / HOUR);
  let o = offsets.get(h);
  if (o === undefined) {
    formatter ??= new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Paris',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const p: Record<string, number> = {};
    for (const part of formatter.formatToParts(new Date(h * HOUR))) p[part.type] = Number(part.value);
    o = Date.UTC(p.year!, p.month! - 1, p.day, p.hour! % 24, p.minute) - h * HOUR;
    offsets.set(h, o);
  }
  return o;
}

/** Paris wall clock of an instant: day number and milliseconds since local midnight. */
export function wallClock(ms: number): [day: number, msOfDay: number] {
  const local = ms + offsetAt(ms);
  const day = Math.floor(local / DAY);
  return [day, local - day * DAY];
}

/**
 * The instant at which the Paris wall clock reads `minute` of `day`, the first such instant after
 * `after` when the hour repeats (October), and the end of the gap when it never reads it (March):
 * that is when a boundary falling in the gap really takes effect.
 */
export function toInstant(day: number, minute: number, after = -Infinity): number {
  const local = day * DAY + minute * 60_000;
  const o1 = offsetAt(local - 2 * HOUR);
  const o2 = offsetAt(local - HOUR);
  let best = Infinity;
  for (const o of [o1, o2]) {
    const c = local - o;
    if (offsetAt(c) === o && c > after && c < best) best = c;
  }
  if (best !== Infinity) return best;
  // In a gap (or only an earlier repeat): the wall clock jumps past `minute` at the hour the offset changes.
  const gapEnd = (Math.floor((local - Math.max(o1, o2)) / HOUR) + 1) * HOUR;
  return offsetAt(local - o1) === o1 || offsetAt(local - o2) === o2 ? local - Math.min(o1, o2) : gapEnd;
}

/** The first instant in (from, limit] where the Paris offset differs from the one at `from`. */
export function nextOffsetChange(from: number, limit: number): number | undefined {
  const o = offsetAt(from);
  for (let a = from; a < limit; a += 30 * DAY) {
    const b = Math.min(a + 30 * DAY, limit);
    if (offsetAt(b) !== o) {
      let lo = Math.floor(a / HOUR);
      let hi = Math.floor(b / HOUR);
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (offsetAt(mid * HOUR) === o) lo = mid;
        else hi = mid;
      }
      return hi * HOUR;
    }
  }
  return undefined;
}

/**
 * Civil date of a day number: [year, month 1–12, day 1–31]. Plain arithmetic (H. Hinnant's
 * `civil_from_days`), no Date: the evaluator asks it for every dated rule of every value.
 */
export function civil(n: number): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** ISO 8601 week number (1–53). */
export function isoWeek(n: number): number {
  const thursday = n - weekday(n) + 3;
  return Math.floor((thursday - dayNumber(civil(thursday)[0], 1, 1)) / 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const holidayYears = new Map<number, Set<number>>();

/**
 * French national public holidays of a year as day numbers: the eleven days of the Code du travail,
 * article L3133-1 (1 January, Easter Monday, 1 May, 8 May, Ascension Day, Whit Monday, 14 July,
 * 15 August, 1 November, 11 November, 25 December), three of them moving with Easter.
 * The regional days are added by `publicHolidays`.
 */
export function frenchHolidays(y: number): Set<number> {
  let set = holidayYears.get(y);
  if (!set) {
    const easter = easterSunday(y);
    set = new Set([easter + 1, easter + 39, easter + 50]);
    for (const [mo, d] of [[1, 1], [5, 1], [5, 8], [7, 14], [8, 15], [11, 1], [11, 11], [12, 25]] as const)
      set.add(dayNumber(y, mo, d));
    holidayYears.set(y, set);
  }
  return set;
}

/** Easter Sunday's day number: anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayNumber(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/**
 * The public holidays added to the national eleven, by département (where a place is decides which
 * days are holidays there):
 * - Moselle (57), Bas-Rhin (67), Haut-Rhin (68): Good Friday and 26 December, from the local law of
 *   Alsace-Moselle (Code du travail, article L3134-13);
 * - the abolition of slavery (loi n° 83-550 du 30 juin 1983, décret n° 83-1003 du 23 novembre 1983
 *   as amended, which sets each date): Mayotte (976) 27 April, Martinique (972) 22 May,
 *   Guadeloupe (971) 27 May, Guyane (973) 10 June, La Réunion (974) 20 December.
 * Customary days (Good Friday or 21 July in the Antilles) are not public holidays by law: not here.
 * A value is [month, day], or 0 for Good Friday (Easter − 2).
 */
const REGIONAL: Record<string, ([number, number] | 0)[]> = {
  '57': [0, [12, 26]],
  '67': [0, [12, 26]],
  '68': [0, [12, 26]],
  '971': [[5, 27]],
  '972': [[5, 22]],
  '973': [[6, 10]],
  '974': [[12, 20]],
  '976': [[4, 27]],
};

/**
 * The département of a place or stop, for its public holidays: the INSEE commune code first,
 * else the postcode; undefined when neither says. The same rule as `service-locator split`
 * (catalogue/departement.ts): Saint-Barthélemy's 97133 is not Guadeloupe, 20200 is 2B.
 */
export function departmentOf(where: { address: { insee?: string; postcode?: string } }): string | undefined {
  return departementOf(where.address);
}

/** The key of a département's holiday calendar: '' for the national days alone. */
export function holidayRegion(department: string | undefined): string {
  return department !== undefined && REGIONAL[department] ? department : '';
}

/**
 * `holidayRegion(departmentOf(where))`, asked for every place at every "open now": an INSEE
 * code of five digits in a mainland département without days of its own (all but 57, 67, 68 and
 * the 97x/98x codes) settles it without the full rule (trim, case, pattern, postcode fallback).
 */
export function placeHolidayRegion(where: { address: { insee?: string; postcode?: string } }): string {
  return nationalByInsee(where) ? '' : holidayRegion(departmentOf(where));
}

/**
 * Whether `where` has a plain INSEE code of a mainland département without days of its own: its
 * département is then known and its holidays are the national ones (`placeHolidayRegion`'s
 * shortcut; also a bus stop's, which falls back on its bus's département only when it has none).
 */
export function nationalByInsee(where: { address: { insee?: string } }): boolean {
  const insee = where.address?.insee;
  if (typeof insee !== 'string' || insee.length !== 5) return false;
  for (let k = 0; k < 5; k++) {
    const c = insee.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  const dep = (insee.charCodeAt(0) - 48) * 10 + insee.charCodeAt(1) - 48;
  return dep >= 1 && dep <= 95 && dep !== 20 && dep !== 57 && dep !== 67 && dep !== 68;
}

const regionalYears = new Map<string, Set<number>>();

/** Public holidays of year `y` in a département (national days when unknown or without extra days). */
export function publicHolidays(y: number, department?: string): Set<number> {
  const region = holidayRegion(department);
  if (!region) return frenchHolidays(y);
  const key = region + ' ' + y;
  let set = regionalYears.get(key);
  if (!set) {
    set = new Set(frenchHolidays(y));
    for (const d of REGIONAL[region]!) set.add(d === 0 ? easterSunday(y) - 2 : dayNumber(y, d[0], d[1]));
    regionalYears.set(key, set);
  }
  return set;
}

/** Per region: every holiday of the years loaded so far, and those years (the evaluator asks per day). */
const loaded = new Map<string, { days: Set<number>; years: Set<number> }>();

/** Whether day `n` is a public holiday in the region (a `holidayRegion` key). */
export function isHoliday(n: number, region: string): boolean {
  let r = loaded.get(region);
  if (!r) loaded.set(region, (r = { days: new Set(), years: new Set() }));
  // The year, give or take one (no Date needed): load its neighbours too.
  const y = Math.floor(n / 365.2425) + 1970;
  for (let x = y - 1; x <= y + 1; x++)
    if (!r.years.has(x)) {
      r.years.add(x);
      for (const d of publicHolidays(x, region)) r.days.add(d);
    }
  return r.days.has(n);
}
