import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NATIONAL_CSV as NATIONAL } from '../../helpers/sources.js';
import { parse } from 'csv-parse/sync';
import { dayColumnsToOsm, parseDayValue, FS_DAY_COLUMNS } from '../../../src/core/import/france-services-hours.js';


const week = (mo: string, tu = mo, we = mo, th = mo, fr = mo, sa = '') => ({
  h_lundi: mo, h_mardi: tu, h_mercredi: we, h_jeudi: th, h_vendredi: fr, h_samedi: sa,
});

test('identical days are grouped: Mo-Fr …; Sa …', () => {
  const r = dayColumnsToOsm(week('09:00 - 12:00 / 13:30 - 17:00', undefined, undefined, undefined, undefined, '09:00 - 12:00'));
  assert.deepEqual(r, { hours: 'Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00', problems: [] });
});

test('non-consecutive identical days and closed days', () => {
  const r = dayColumnsToOsm(week('09:00 - 12:00', '', '09:00 - 12:00', '14:00 - 17:00', '09:00 - 12:00'));
  assert.equal(r.hours, 'Mo,We,Fr 09:00-12:00; Th 14:00-17:00');
  assert.equal(dayColumnsToOsm(week('', '', '', '', '08:30 - 12:00')).hours, 'Fr 08:30-12:00');
});

test('all days empty → no hours at all (unknown), not closed', () => {
  assert.deepEqual(dayColumnsToOsm(week('')), { problems: [] });
  assert.deepEqual(dayColumnsToOsm({}), { problems: [] });
  assert.deepEqual(dayColumnsToOsm(week('00:00 - 00:00')), { problems: [] });
});

test('real variants of the national file: placeholder 00:00 - 00:00, overlapping and repeated ranges', () => {
  assert.deepEqual(parseDayValue('00:00 - 00:00 / 09:00 - 12:00'), { ranges: [[540, 720]] });
  assert.deepEqual(parseDayValue('09:00 - 16:00 / 13:00 - 16:00'), { ranges: [[540, 960]] });
  assert.deepEqual(parseDayValue('13:30 - 16:00 / 13:30 - 16:00'), { ranges: [[810, 960]] });
  assert.deepEqual(parseDayValue('09:00 - 16:30 / 13:30 - 16:30'), { ranges: [[540, 990]] });
});

test('hand-typed variants: h, odd spacing, dashes, words between ranges', () => {
  const expect = [[540, 720], [810, 1020]];
  for (const v of ['9h-12h / 13h30-17h', '09h00 - 12h00 et 13h30 - 17h00', '9 h – 12 h, 13 h 30 – 17 h', 'de 9h à 12h ; 13H30 à 17H', '  09:00-12:00/13:30-17:00  ', '9.00-12.00 + 13.30-17.00'])
    assert.deepEqual(parseDayValue(v), { ranges: expect }, v);
});

test('an unreadable value is reported and the row gets no hours (nothing invented)', () => {
  for (const bad of ['fermé', '25:00 - 26:00', '12:00 - 09:00', 'sur rendez-vous', '09:00 - ']) {
    const r = dayColumnsToOsm(week('09:00 - 12:00', bad));
    assert.equal(r.hours, undefined, bad);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.column, 'h_mardi');
    assert.equal(r.problems[0]!.value, bad);
  }
});

test('every distinct value of the national file is read, and the result is canonical', () => {
  const rows = parse<Record<string, string>>(readFileSync(NATIONAL, 'utf8').replace(/^\uFEFF/, ''), { columns: true });
  const values = new Set<string>();
  for (const row of rows) for (const c of FS_DAY_COLUMNS) values.add(row[c] ?? '');
  assert.ok(values.size > 900);
  for (const v of values) assert.ok(!('error' in parseDayValue(v)), v);
  for (const row of rows) {
    const r = dayColumnsToOsm(row);
    assert.deepEqual(r.problems, []);
    if (r.hours) assert.match(r.hours, /^((Mo|Tu|We|Th|Fr|Sa)([-,](Mo|Tu|We|Th|Fr|Sa))* \d\d:\d\d-\d\d:\d\d(,\d\d:\d\d-\d\d:\d\d)*(; |$))+$/);
  }
});
