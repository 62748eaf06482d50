/**
 * Opening hours as seven day cells, both ways: what the editor's day-by-day fields and the staff
 * spreadsheet's day columns hold (`09:00 - 12:00 / 13:30 - 17:00`, the national France services
 * format, read by ./france-services-hours.ts), and the OpenStreetMap `opening_hours` string the
 * catalogue holds. Also the hours read back in words ("lundi de 9 h à 12 h et de 13 h 30 à 17 h").
 *
 * Reading OSM into days goes through the hours engine (the same evaluation the widget shows), on
 * a reference week with no public holiday; the result is `exact` only when writing those days back
 * gives the same schedule on every weekday and on public holidays of each weekday, so an editor
 * can say plainly when a day-by-day form would lose rules (weeks, dates, comments, "unknown").
 *
 * DOM-free; never throws.
 */
import { dayNumber, holidayRegion } from '../hours/calendar.js';
import { compile, daySchedule, isCompiled, OPEN, UNKNOWN, type Compiled, type Segment } from '../hours/engine.js';
import { parseDayValue, formatDays, formatRanges, type MinuteRange } from './france-services-hours.js';
import type { Lang } from '../lang.js';

/** Monday first, as OSM and the spreadsheet order them. */
export const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export const DAY_NAMES_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export const DAY_NAMES_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Seven day cells, Monday first; '' is a closed day. */
export type DayCells = readonly [string, string, string, string, string, string, string];

export interface DaysFromHours {
  /** The reference week's open ranges, in the spreadsheet format. */
  days: DayCells;
  /** "PH off": closed on public holidays. */
  holidaysClosed: boolean;
  /** True when `daysToHours(days, holidaysClosed)` means exactly the same hours. */
  exact: boolean;
  /** False when the hours are empty or unreadable (days are then all empty). */
  readable: boolean;
}

export interface DaysToHours {
  /** OSM opening_hours; absent when every day is empty (hours unknown, never "closed") or a cell is unreadable. */
  hours?: string;
  /** Cells that could not be read, by day index. */
  problems: { day: number; value: string; message: { fr: string; en: string } }[];
}

// Monday 2 March 2026: a week without any public holiday, in every région.
const REF_MONDAY = dayNumber(2026, 3, 2);
// Public holidays on each weekday (2026): Easter Monday, 14 July, 11 November, 1 January,
// 1 May, 15 August, 1 November. A weekly schedule's holiday can depend on its weekday.
const HOLIDAYS = [dayNumber(2026, 4, 6), dayNumber(2026, 7, 14), dayNumber(2026, 11, 11), dayNumber(2026, 1, 1), dayNumber(2026, 5, 1), dayNumber(2026, 8, 15), dayNumber(2026, 11, 1)];
const NATIONAL = holidayRegion(undefined);

const EMPTY: DayCells = ['', '', '', '', '', '', ''];

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** One day's open ranges in the spreadsheet format: `09:00 - 12:00 / 13:30 - 17:00`. */
export function formatDayCell(ranges: readonly MinuteRange[]): string {
  return ranges.map(([a, b]) => `${hhmm(a)} - ${hhmm(b)}`).join(' / ');
}

function openRanges(segs: readonly Segment[]): MinuteRange[] {
  return segs.filter((s) => s.s === OPEN).map((s) => [s.f, s.t] as const);
}

/**
 * Seven cells → OSM, grouping days with the same ranges (`Mo-Fr 09:00-12:00,13:30-17:00; Sa
 * 09:00-12:00`), then `PH off` when closed on public holidays. All cells empty: no hours.
 */
export function daysToHours(days: readonly string[], holidaysClosed: boolean): DaysToHours {
  const problems: DaysToHours['problems'] = [];
  const groups = new Map<string, number[]>();
  DAY_CODES.forEach((_, i) => {
    const value = days[i] ?? '';
    const r = parseDayValue(value);
    if ('error' in r) return void problems.push({ day: i, value, message: r.error });
    const spec = formatRanges(r.ranges);
    if (spec === '') return;
    const g = groups.get(spec);
    if (g) g.push(i);
    else groups.set(spec, [i]);
  });
  if (problems.length || groups.size === 0) return { problems };
  const rules = [...groups].map(([spec, ds]) => `${formatDays(ds)} ${spec}`);
  if (holidaysClosed) rules.push('PH off');
  return { hours: rules.join('; '), problems };
}

const same = (a: readonly Segment[], b: readonly Segment[]): boolean =>
  a.length === b.length && a.every((s, i) => s.f === b[i]!.f && s.t === b[i]!.t && s.s === b[i]!.s && s.c === b[i]!.c);

function sameSchedule(a: Compiled, b: Compiled): boolean {
  for (let n = REF_MONDAY; n < REF_MONDAY + 7; n++) if (!same(daySchedule(a, n, NATIONAL), daySchedule(b, n, NATIONAL))) return false;
  for (const n of HOLIDAYS) if (!same(daySchedule(a, n, NATIONAL), daySchedule(b, n, NATIONAL))) return false;
  return true;
}

/** OSM → seven cells, with whether they say exactly the same. */
export function hoursToDays(hours: string | undefined): DaysFromHours {
  if (typeof hours !== 'string' || hours.trim() === '') return { days: EMPTY, holidaysClosed: false, exact: true, readable: false };
  const c = compile(hours);
  if (!isCompiled(c)) return { days: EMPTY, holidaysClosed: false, exact: false, readable: false };
  const days = DAY_CODES.map((_, i) => formatDayCell(openRanges(daySchedule(c, REF_MONDAY + i, NATIONAL)))) as unknown as DayCells;
  // Closed on holidays when a holiday that falls on an open weekday is closed all day.
  const holidaysClosed =
    c.ph &&
    HOLIDAYS.every((n) => {
      const segs = daySchedule(c, n, NATIONAL);
      return segs.length === 1 && segs[0]!.s !== OPEN && segs[0]!.s !== UNKNOWN;
    });
  const back = daysToHours(days, holidaysClosed).hours;
  let exact = false;
  if (back !== undefined) {
    const b = compile(back);
    exact = isCompiled(b) && c.weekly && sameSchedule(c, b);
  }
  return { days, holidaysClosed, exact, readable: true };
}

/** "9 h", "13 h 30", "minuit" / "9 am", "1:30 pm", "midnight". */
function timeWords(minutes: number, lang: Lang): string {
  const m = minutes % 1440;
  const h = Math.floor(m / 60);
  const mm = m % 60;
  if (lang === 'fr') return h === 0 && mm === 0 ? 'minuit' : `${h} h${mm ? ' ' + pad(mm) : ''}`;
  if (h === 0 && mm === 0) return 'midnight';
  if (h === 12 && mm === 0) return 'noon';
  return `${h % 12 || 12}${mm ? ':' + pad(mm) : ''} ${h < 12 ? 'am' : 'pm'}`;
}

/** One range in words: "de 9 h à 12 h" / "9 am to noon"; a whole day: "24 h sur 24". */
function rangeWords([a, b]: MinuteRange, lang: Lang): string {
  if (a === 0 && b === 1440) return lang === 'fr' ? '24 h sur 24' : 'around the clock';
  return lang === 'fr' ? `de ${timeWords(a, 'fr')} à ${timeWords(b, 'fr')}` : `${timeWords(a, 'en')} to ${timeWords(b, 'en')}`;
}

/**
 * The hours read back in words, one sentence per day of the reference week, as the engine
 * evaluates them ("lundi de 9 h à 12 h et de 13 h 30 à 17 h", "dimanche : fermé"), then the
 * public-holiday rule. Empty hours give one sentence saying they are not known.
 */
export function hoursInWords(hours: string | undefined, lang: Lang = 'fr'): string[] {
  const fr = lang === 'fr';
  if (typeof hours !== 'string' || hours.trim() === '') return [fr ? 'Horaires non communiqués.' : 'Hours not known.'];
  const c = compile(hours);
  if (!isCompiled(c)) return [fr ? 'Horaires illisibles.' : 'Unreadable hours.'];
  const names = fr ? DAY_NAMES_FR : DAY_NAMES_EN;
  const lines = DAY_CODES.map((_, i) => {
    const segs = daySchedule(c, REF_MONDAY + i, NATIONAL);
    const open = openRanges(segs);
    const unknown = segs.filter((s) => s.s === UNKNOWN);
    const comment = segs.find((s) => s.c !== undefined)?.c;
    const parts: string[] = [];
    if (open.length) parts.push(open.map((r) => rangeWords(r, lang)).join(fr ? ' et ' : ' and '));
    if (unknown.length)
      parts.push((fr ? 'peut-être ' : 'maybe ') + unknown.map((s) => rangeWords([s.f, s.t], lang)).join(fr ? ' et ' : ' and '));
    const text = parts.length ? `${names[i]} ${parts.join(', ')}` : `${names[i]}${fr ? ' : fermé' : ': closed'}`;
    return comment ? `${text} (« ${comment} »)` : text;
  });
  const holiday = daySchedule(c, HOLIDAYS[0]!, NATIONAL);
  lines.push(
    !c.ph
      ? fr
        ? 'jours fériés : ouverture non précisée'
        : 'public holidays: opening not said'
      : holiday.length === 1 && holiday[0]!.s === 0
        ? fr
          ? 'fermé les jours fériés'
          : 'closed on public holidays'
        : fr
          ? 'jours fériés : horaires particuliers'
          : 'public holidays: special hours',
  );
  if (!c.weekly) lines.push(fr ? 'certaines semaines ou dates ont d’autres horaires (règles avancées)' : 'some weeks or dates have other hours (advanced rules)');
  return lines;
}
