/**
 * Shared by the differential tests: compares this engine with the reference implementation (the
 * `opening_hours` npm package, a devDependency used only as an oracle) at seeded random instants.
 * The reference evaluates in the process's time zone, so callers set process.env.TZ = 'Europe/Paris'.
 *
 * Two depths (see MODE):
 * - `npm run test:unit` (and `npm test`) checks a seeded sample, in seconds: every value at both
 *   2026 daylight-saving days and a few random instants, a sample of values at the full 3,000
 *   random instants, and the hand-written corpus at 1,000. The seed is 1 unless HOURS_DIFF_SEED
 *   says otherwise (`HOURS_DIFF_SEED=7 npm run test:unit`); a failure names it, so it can be
 *   replayed.
 * - `npm run test:full` (HOURS_DIFF=full) checks everything at every instant, with the fixed
 *   seeds these tests always had: about a minute of CPU per France services half.
 */
import { existsSync, readFileSync } from 'node:fs';
import OpeningHours from 'opening_hours';
import { parse } from 'csv-parse/sync';
import { dayColumnsToOsm, FS_DAY_COLUMNS } from '../../../src/core/import/france-services-hours.js';
import { getStatus, publicHolidays } from '../../../src/core/hours/index.js';
import { rng } from '../../../bench/generate-catalogue.js';
import { NATIONAL_CSV } from '../../helpers/sources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';

/** Makes PH mean the French public holidays in the reference (a commune of the Lot, Occitanie). */
export const NOMINATIM = { lat: 44.45, lon: 1.44, address: { country_code: 'fr', state: 'Occitanie' } };

/** Instants are drawn over these two years. */
export const FROM = Date.UTC(2026, 0, 1);
export const TO = Date.UTC(2028, 0, 1);
export const INSTANTS_PER_STRING = 3000;

/** `full` checks every value at every instant; anything else (the default) a seeded sample. */
export const MODE: 'full' | 'sample' = process.env.HOURS_DIFF === 'full' ? 'full' : 'sample';
/** Seed of the sample (HOURS_DIFF_SEED, default 1): another seed checks other values and instants. */
export const SEED = (() => {
  const raw = process.env.HOURS_DIFF_SEED ?? '1';
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`HOURS_DIFF_SEED must be an integer, not ${JSON.stringify(raw)}`);
  return n;
})();
/** In a sample run: random instants every value is checked at (besides both DST days)… */
export const SAMPLE_INSTANTS = 100;
/** …and how many values of each France services half are checked at all 3,000. */
export const SAMPLE_VALUES = 60;
/** In a sample run, the hand-written corpus's random instants (every value, besides the DST days). */
export const SAMPLE_HAND_INSTANTS = 1000;
/** The command that replays this run, for failure messages. */
export const replay = () => (MODE === 'full' ? 'npm run test:full' : `HOURS_DIFF_SEED=${SEED} npm run test:unit`);

/** `n` of `items`, drawn without replacement by a seeded generator, in their original order. */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const r = rng(seed);
  const index = items.map((_, i) => i);
  for (let i = index.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [index[i], index[j]] = [index[j]!, index[i]!];
  }
  return index
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

/** `n` random instants (whole seconds) over the two years, plus both 2026 DST days hour by hour. */
export function instants(seed: number, n = INSTANTS_PER_STRING): number[] {
  const r = rng(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(FROM + Math.floor((r() * (TO - FROM)) / 1000) * 1000);
  for (const day of [Date.UTC(2026, 2, 28, 22), Date.UTC(2026, 9, 24, 22)])
    for (let h = 0; h < 26 * 4; h++) out.push(day + h * 900_000);
  return out;
}

/** Every distinct opening_hours value the France services converter produces from the national CSV. */
export const CSV = process.env.FRANCE_SERVICES_CSV ?? NATIONAL_CSV;

export function franceServicesCorpus(): string[] {
  const text = readFileSync(CSV, 'utf8');
  const rows = parse<Record<string, string>>(text, { columns: true, bom: true });
  const set = new Set<string>();
  for (const row of rows) {
    const days: Record<string, string> = {};
    for (const c of FS_DAY_COLUMNS) days[c] = row[c] ?? '';
    const h = dayColumnsToOsm(days).hours;
    if (h) set.add(h);
  }
  return [...set].sort();
}

const iso = (t: number | undefined) => (t === undefined ? 'none' : new Date(t).toISOString());

const parisDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' });
const holidayDates = new Set<string>();
for (let y = 2025; y <= 2029; y++) for (const n of publicHolidays(y)) holidayDates.add(new Date(n * 86_400_000).toISOString().slice(0, 10));
/** The instant falls on a national public holiday in Paris, or is the midnight that ends one. */
const onHoliday = (t: number | undefined) =>
  t !== undefined && (holidayDates.has(parisDate.format(t)) || holidayDates.has(parisDate.format(t - 1)));

/**
 * The project's deliberate difference on public holidays: hours without a `PH` rule read "unknown"
 * there (the reference follows the weekday), so the state, and a next change that ends or starts
 * such a day, may differ. Only for values without `PH`; everything else must agree.
 */
function holidayDifference(source: string, t: number, got: { state: string; holiday?: true }, want: string, refNext?: number, engNext?: number): boolean {
  if (/\bPH\b/i.test(source)) return false;
  if (got.state !== want) return got.holiday === true && want === 'open';
  return onHoliday(t) || onHoliday(refNext) || onHoliday(engNext);
}

/**
 * Disagreements (at most `max` described) between this engine and the reference for one string.
 * `ignore` may excuse a documented case: it sees the instant and both next changes.
 */
export function disagreements(
  source: string,
  at: number[],
  max = 3,
  ignore: (t: number, referenceNext?: number, engineNext?: number) => boolean = () => false,
): { count: number; samples: string[] } {
  const oracle = new OpeningHours(source, NOMINATIM);
  let count = 0;
  const samples: string[] = [];
  for (const t of at) {
    const d = new Date(t);
    const got = getStatus(source, d);
    const gotNext = got.until?.getTime();
    let want: string;
    let wantNext: number | undefined;
    try {
      want = oracle.getUnknown(d) ? 'unknown' : oracle.getState(d) ? 'open' : 'closed';
      wantNext = oracle.getNextChange(d)?.getTime();
    } catch (e) {
      if (ignore(t, undefined, gotNext)) continue;
      want = `error (${String(e).slice(0, 40)})`;
    }
    if (got.state !== want || gotNext !== wantNext) {
      if (ignore(t, wantNext, gotNext) || holidayDifference(source, t, got, want, wantNext, gotNext)) continue;
      count++;
      if (samples.length < max)
        samples.push(`${JSON.stringify(source)} at ${iso(t)}: reference ${want} until ${iso(wantNext)}, engine ${got.state} until ${iso(gotNext)}`);
    }
  }
  return { count, samples };
}

/**
 * One half of the France services corpus, as a node:test test: the corpus is split in two files
 * so that the halves run on both cores. Full: every value at the 3,000 instants of seed
 * 2026 + half. Sample: every value at both DST days and SAMPLE_INSTANTS instants, and
 * SAMPLE_VALUES of them at 3,000, all drawn from SEED.
 */
export function franceServicesHalfTest(half: 1 | 2): void {
  const what = MODE === 'full' ? 'every value, 3,000 instants' : `seed ${SEED}: every value at the DST days and ${SAMPLE_INSTANTS} instants, ${SAMPLE_VALUES} at 3,000`;
  test(
    `France services corpus (${half}/2, ${what}): same open/closed state and next change as the reference`,
    { skip: !existsSync(CSV) && 'national CSV not on this machine' },
    () => {
      const all = franceServicesCorpus();
      assert.ok(all.length > 2000, 'the national file gives over 2,000 distinct values');
      const corpus = all.filter((_, i) => i % 2 === half - 1);
      // Seeds differ per half and per use, so the halves and the two sets do not repeat each other.
      const full = MODE === 'full' ? instants(2026 + half) : instants(SEED * 4 + half);
      assert.ok(full.length >= INSTANTS_PER_STRING);
      const light = MODE === 'full' ? full : instants(SEED * 4 + half + 2, SAMPLE_INSTANTS);
      const deep = new Set(MODE === 'full' ? corpus : seededSample(corpus, SAMPLE_VALUES, SEED * 4 + half));
      const failures: string[] = [];
      let count = 0;
      for (const source of corpus) {
        const r = disagreements(source, deep.has(source) ? full : light);
        count += r.count;
        if (failures.length < 10) failures.push(...r.samples);
      }
      assert.equal(count, 0, `${failures.join('\n')}\n(replay: ${replay()})`);
    },
  );
}
