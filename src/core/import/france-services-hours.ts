/**
 * France services day columns (`h_lundi` … `h_samedi`) → one OpenStreetMap opening_hours string.
 *
 * Owns the reading of the ANCT text format (`09:00 - 12:00 / 13:30 - 17:00`) and its
 * variants. The hours engine reuses `dayColumnsToOsm` for its differential test corpus, so
 * this module stays pure and dependency-free.
 *
 * What the national file (2024-08-01, 2,845 rows, 917 distinct day values) really holds, and
 * how each case is read:
 * - `HH:MM - HH:MM` ranges joined by ` / ` (all non-empty values): read as is;
 * - a leading `00:00 - 00:00` placeholder (30 rows, e.g. `00:00 - 00:00 / 09:00 - 12:00`):
 *   an empty slot of the ANCT form, not "open all day": dropped;
 * - overlapping or repeated ranges (79 day values, e.g. `09:00 - 16:00 / 13:00 - 16:00`):
 *   merged into their union (the place is open at every minute either range says);
 * - an empty cell: that day has no hours. When at least one day has hours, the empty days
 *   are closed (OSM's implicit rule); when every day is empty, no hours are produced at all,
 *   so the place reads "hours unknown", never "closed";
 * - hand-typed variants other files use (`9h-12h`, `9 h 30`, `08H30`, `9.30`, en/em dashes,
 *   `à`, `de … à …`, `,` `;` `+` `et` between ranges): read too;
 * - anything else (a range that ends before it starts, `25:00`, words): the value is
 *   reported and the whole row gets no hours. Nothing is invented.
 */

/** The six day columns of the ANCT file, Monday first (there is no Sunday column). */
export const FS_DAY_COLUMNS = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi'] as const;
export type FsDayColumn = (typeof FS_DAY_COLUMNS)[number];

/** opening_hours day codes by index, 0 = Monday (the spreadsheet's seven days; the national file stops at Sa). */
const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** Minutes from midnight, `to` up to 1440. */
export type MinuteRange = readonly [from: number, to: number];

export interface DayValueProblem {
  column: FsDayColumn;
  value: string;
  message: { fr: string; en: string };
}

export interface DayColumnsResult {
  /** OSM opening_hours; absent when every day is empty or a value could not be read. */
  hours?: string;
  /** Values that could not be read (then `hours` is absent). */
  problems: DayValueProblem[];
}

const TIME = String.raw`(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?`;
const RANGE_RE = new RegExp(String.raw`^(?:de\s+)?${TIME}\s*(?:-|à|a|au|jusqu'à)\s*${TIME}$`, 'i');

/**
 * Reads one day cell. Returns the merged, sorted ranges (empty for an empty cell), or a
 * message saying why the value cannot be read.
 */
export function parseDayValue(value: string): { ranges: MinuteRange[] } | { error: { fr: string; en: string } } {
  const v = value
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ')
    .trim();
  if (v === '') return { ranges: [] };
  const parts = v.split(/\s*(?:\/|,|;|\+|\bet\b|&)\s*/i).filter((p) => p !== '');
  const ranges: [number, number][] = [];
  for (const part of parts) {
    const m = RANGE_RE.exec(part.replace(/\s+/g, ' '));
    if (!m) return { error: { fr: `plage horaire illisible « ${part} »`, en: `unreadable time range "${part}"` } };
    const from = minutes(m[1]!, m[2]);
    const to = minutes(m[3]!, m[4]);
    if (from === undefined || to === undefined)
      return { error: { fr: `heure impossible dans « ${part} »`, en: `impossible time in "${part}"` } };
    if (from === 0 && to === 0) continue; // the ANCT form's empty slot
    if (to <= from)
      return { error: { fr: `la plage « ${part} » finit avant de commencer`, en: `the range "${part}" ends before it starts` } };
    ranges.push([from, to]);
  }
  return { ranges: merge(ranges) };
}

function minutes(h: string, m: string | undefined): number | undefined {
  const hh = Number(h);
  const mm = m === undefined ? 0 : Number(m);
  if (hh > 24 || mm > 59 || (hh === 24 && mm > 0)) return undefined;
  return hh * 60 + mm;
}

function merge(ranges: [number, number][]): MinuteRange[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** `09:00-12:00,13:30-17:00` */
export function formatRanges(ranges: readonly MinuteRange[]): string {
  return ranges.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');
}

/** `Mo-Fr`, `Mo,We,Fr`, `Mo,Tu,Th-Sa` from day indexes (0 = Monday), sorted (also day-hours.ts). */
export function formatDays(days: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    const a = OSM_DAYS[days[i]!]!;
    const b = OSM_DAYS[days[j]!]!;
    if (j - i >= 2) runs.push(`${a}-${b}`);
    else if (j === i) runs.push(a);
    else runs.push(`${a},${b}`);
    i = j + 1;
  }
  return runs.join(',');
}

/**
 * Turns the six day cells into one OSM opening_hours string, grouping days with identical
 * hours (`Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00`). Missing columns count as empty.
 */
export function dayColumnsToOsm(days: Partial<Record<FsDayColumn, string>>): DayColumnsResult {
  const problems: DayValueProblem[] = [];
  const perDay: string[] = [];
  FS_DAY_COLUMNS.forEach((column, i) => {
    const value = days[column] ?? '';
    const r = parseDayValue(value);
    if ('error' in r) problems.push({ column, value, message: r.error });
    else perDay[i] = formatRanges(r.ranges);
  });
  if (problems.length > 0) return { problems };
  const groups = new Map<string, number[]>();
  perDay.forEach((spec, i) => {
    if (spec === '') return;
    const g = groups.get(spec);
    if (g) g.push(i);
    else groups.set(spec, [i]);
  });
  if (groups.size === 0) return { problems };
  // Map iteration follows insertion order, i.e. each group's first day: Monday's rule first.
  const rules = [...groups].map(([spec, ds]) => `${formatDays(ds)} ${spec}`);
  return { hours: rules.join('; '), problems };
}
