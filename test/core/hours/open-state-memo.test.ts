/**
 * What "open now" over a catalogue relies on (issue 15): the answer kept per compiled value is
 * keyed by instant and holiday region (the same hours asked in Moselle and in the Lot at the same
 * instant, Good Friday, give two answers), a bus reads its stops' own départements, a place's
 * holiday region (read quickly for plain INSEE codes) is the full rule's, and the evaluator's civil
 * dates (plain arithmetic since issue 15) are the calendar's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeOpenState } from '../../../src/core/hours/index.js';
import { civil, DAY, departmentOf, holidayRegion, nationalByInsee, placeHolidayRegion } from '../../../src/core/hours/calendar.js';
import { compile, isCompiled, segmentOfDay, stateAtMinute } from '../../../src/core/hours/engine.js';
import type { Place, Stop } from '../../../src/core/catalogue/types.js';
import { HAND_CORPUS } from './hand-corpus.js';
import { franceServicesCorpus, seededSample } from './differential-helper.js';

const HOURS = 'Mo-Fr 09:00-12:00,14:00-17:00';
const place = (id: string, insee: string | undefined, hours: string | undefined, stops?: Stop[]): Place => ({
  id,
  name: id,
  kind: stops ? 'bus' : 'ccas',
  needs: [],
  address: { city: 'x', ...(insee ? { insee } : {}) },
  location: { lat: 48, lon: 6, precision: 'exact' },
  ...(hours ? { hours } : {}),
  ...(stops ? { stops } : {}),
});
const stop = (id: string, insee: string, hours: string): Stop => ({ id, name: id, address: { city: 'x', insee }, location: { lat: 48, lon: 6, precision: 'commune' }, hours });

test('the same hours at the same instant: one answer per holiday region, not the first one asked', () => {
  // Good Friday 2026 (3 April) is a public holiday in Moselle (57), not in the Lot (46).
  const goodFriday = new Date('2026-04-03T10:00+02:00');
  const metz = place('metz', '57463', HOURS);
  const cahors = place('cahors', '46042', HOURS);
  for (const order of [[metz, cahors], [cahors, metz]])
    assert.deepEqual(order.map((p) => [p.id, placeOpenState(p, goodFriday)]).sort(), [['cahors', 'open'], ['metz', 'unknown']]);
  // The next instant asked is answered afresh (lunch break).
  assert.equal(placeOpenState(cahors, new Date('2026-04-03T13:00+02:00')), 'closed');
  assert.equal(placeOpenState(cahors, new Date('2026-04-03T10:00+02:00')), 'open');
});

test('a bus: each stop in its own département; its own hours only when no stop has usable hours', () => {
  const goodFriday = new Date('2026-04-03T10:00+02:00');
  const moselleOnly = place('b1', '46042', undefined, [stop('s1', '57463', HOURS), stop('s2', '57463', 'Sa 09:00-12:00')]);
  assert.equal(placeOpenState(moselleOnly, goodFriday), 'unknown');
  const both = place('b2', '57463', undefined, [stop('s1', '57463', HOURS), stop('s2', '46042', HOURS)]);
  assert.equal(placeOpenState(both, goodFriday), 'open');
  const closed = place('b3', '46042', undefined, [stop('s1', '46042', 'Sa 09:00-12:00'), stop('s2', '46042', 'nonsense')]);
  assert.equal(placeOpenState(closed, goodFriday), 'closed');
  const none = place('b4', '46042', HOURS, [stop('s1', '46042', 'nonsense'), stop('s2', '46042', '  ')]);
  assert.equal(placeOpenState(none, goodFriday), 'open');
  assert.equal(placeOpenState(none, new Date(NaN)), 'unknown');
});

test('civil dates from day numbers agree with Date over ±1,000 years and at the edges of months', () => {
  for (let n = -366_000; n <= 366_000; n += n > -800 && n < 40_000 ? 1 : 37) {
    const d = new Date(n * DAY);
    assert.deepEqual(civil(n), [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()], String(n));
  }
});

test('the holiday region of a place: the quick reading of INSEE codes agrees with the full rule', () => {
  const inseeCodes = [
    ...Array.from({ length: 100_000 }, (_, k) => String(k).padStart(5, '0')),
    ...['2A004', '2B033', '2a004', ' 57463', '57463 ', '9712', '971234', 'abcde', '97133', '98735', '', '5746x', '٥٧٤٦٣'],
  ];
  // Every code without a postcode and with one of Moselle's (what a code the quick reading got
  // wrong would fall back to); the odd spellings with other postcodes too.
  for (const postcode of [undefined, '57000', '97100', '46000', '20200'])
    for (const insee of postcode === undefined || postcode === '57000' ? [...inseeCodes, undefined] : inseeCodes.slice(100_000)) {
      const where = { address: { ...(insee !== undefined ? { insee } : {}), ...(postcode ? { postcode } : {}) } };
      const expected = holidayRegion(departmentOf(where));
      if (placeHolidayRegion(where) !== expected) assert.fail(`${JSON.stringify(where)}: ${placeHolidayRegion(where)} instead of ${expected}`);
    }
  // A bus stop's shortcut (placeOpenState): a code it takes as national has a département of its
  // own with national days, so the bus's (here Moselle's) is never the one that counts.
  const bus = { address: { postcode: '57000', insee: '57463' } };
  for (const insee of inseeCodes) {
    const stop = { address: { insee } };
    if (nationalByInsee(stop) && holidayRegion(departmentOf(stop) ?? departmentOf(bus)) !== '') assert.fail(`stop ${insee} taken as national`);
  }
});

test("the state at one minute (open now's shortcut) is the state of the day's schedule at that minute", () => {
  const values = [
    ...HAND_CORPUS,
    ...seededSample([...new Set(franceServicesCorpus())], 300, 15),
    'Mo-Fr 09:00-12:00,11:00-13:00; We 10:00-10:00',
    'Fr-Sa 22:00-02:00; Sa 01:00-03:00 off; PH 20:00-26:00',
    'Mo-Su 18:00-06:00 || Tu 05:00-07:00 "sur rendez-vous"',
    'week 01-53/2 Tu 09:00-12:00; Th[1,-1] 14:00-17:00; Aug off; PH off',
  ];
  // Ordinary days, Good Friday and the day after, Christmas and the day after, New Year's Eve.
  const days = [20_540, 20_541, 20_546, 20_547, 20_548, 20_811, 20_812, 20_818, 20_819, 20_820, 20_910];
  let checked = 0;
  for (const v of values) {
    const c = compile(v);
    if (!isCompiled(c)) continue;
    for (const n of days)
      for (const region of ['', '57', '974'])
        for (let minute = 0; minute < 1440; minute += 11) {
          assert.equal(stateAtMinute(c, n, minute, region), segmentOfDay(c, n, minute, region).s, `${v} day ${n} minute ${minute} region ${region}`);
          checked++;
        }
  }
  assert.ok(checked > 500_000);
});
