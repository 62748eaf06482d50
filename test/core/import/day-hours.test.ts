import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysToHours, hoursInWords, hoursToDays } from '../../../src/core/import/day-hours.js';

test('seven day cells become grouped OSM hours, Sunday and public holidays included', () => {
  const r = daysToHours(['09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '9h-12h', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '', '10:00 - 12:00'], true);
  assert.deepEqual(r.problems, []);
  assert.equal(r.hours, 'Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00; Su 10:00-12:00; PH off');
});

test('every cell empty means no hours (unknown, never closed); an unreadable cell is named by day', () => {
  assert.equal(daysToHours(['', '', '', '', '', '', ''], true).hours, undefined);
  const bad = daysToHours(['', 'midi', '', '', '', '', ''], false);
  assert.equal(bad.hours, undefined);
  assert.equal(bad.problems[0]!.day, 1);
  assert.match(bad.problems[0]!.message.fr, /illisible/);
});

test('OSM hours read back as day cells, exact for a weekly timetable', () => {
  const d = hoursToDays('Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off');
  assert.deepEqual(d.days, ['09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00', '']);
  assert.equal(d.holidaysClosed, true);
  assert.equal(d.exact, true);
  assert.equal(daysToHours(d.days, d.holidaysClosed).hours, 'Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off');
});

test('rules a day-by-day form cannot write are not exact: weeks, nth weekdays, comments, unknown', () => {
  for (const h of ['week 1-53/2 Mo 09:00-12:00', 'Th[1,3] 14:00-17:00', 'Mo 09:00-12:00 "sur rendez-vous"', 'Tu 14:00-17:00 unknown', 'Mo-Fr 09:00-12:00; PH 10:00-11:00'])
    assert.equal(hoursToDays(h).exact, false, h);
  assert.equal(hoursToDays('Mo-Fr 09:00-12:00').exact, true);
  assert.equal(hoursToDays('nonsense').readable, false);
  assert.equal(hoursToDays(undefined).readable, false);
});

test('hours in words, as the engine reads them', () => {
  const w = hoursInWords('Mo 09:00-12:00,13:30-17:00; Tu 00:00-24:00; PH off');
  assert.equal(w[0], 'lundi de 9 h à 12 h et de 13 h 30 à 17 h');
  assert.equal(w[1], 'mardi 24 h sur 24');
  assert.equal(w[6], 'dimanche : fermé');
  assert.equal(w[7], 'fermé les jours fériés');
  assert.equal(hoursInWords('Mo 09:00-12:00', 'en')[0], 'Monday 9 am to noon');
  assert.equal(hoursInWords('Mo 09:00-12:00')[7], 'jours fériés : ouverture non précisée');
  assert.deepEqual(hoursInWords(''), ['Horaires non communiqués.']);
  assert.match(hoursInWords('Th[1,3] 14:00-17:00').at(-1)!, /règles avancées/);
});
