/** Each syntax feature of the hours engine, checked at explicit Paris instants, and its syntax errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHoursSyntax, getStatus, nextChange, parseHours } from '../../../src/core/hours/index.js';

/** State at a Paris wall-clock time written with its offset, e.g. '2026-12-03T14:30+01:00'. */
const state = (hours: string, at: string) => getStatus(hours, new Date(at)).state;
const until = (hours: string, at: string) => getStatus(hours, new Date(at)).until?.toISOString();

test('weekday ranges, lists, wrapping ranges and several time ranges', () => {
  const h = 'Mo-Fr 09:00-12:00,13:30-17:00';
  assert.equal(state(h, '2026-11-23T09:00+01:00'), 'open'); // Monday, at the opening minute
  assert.equal(state(h, '2026-11-23T12:00+01:00'), 'closed'); // the end is exclusive
  assert.equal(state(h, '2026-11-23T13:45+01:00'), 'open');
  assert.equal(state(h, '2026-11-28T10:00+01:00'), 'closed'); // Saturday
  assert.equal(state('Mo,We,Fr 09:00-12:00', '2026-11-24T10:00+01:00'), 'closed');
  assert.equal(state('Mo,We,Fr 09:00-12:00', '2026-11-25T10:00+01:00'), 'open');
  assert.equal(state('Sa-Mo 10:00-18:00', '2026-11-29T11:00+01:00'), 'open'); // Sunday inside Sa-Mo
  assert.equal(state('Sa-Mo 10:00-18:00', '2026-11-25T11:00+01:00'), 'closed');
});

test('off / closed, 24/7, open with a comment, unknown', () => {
  assert.equal(state('24/7', '2026-07-14T03:00+02:00'), 'open');
  assert.equal(until('24/7', '2026-07-14T03:00+02:00'), undefined);
  assert.equal(state('Mo-Fr 08:00-18:00; We off', '2026-11-25T10:00+01:00'), 'closed');
  assert.equal(state('Mo-Fr 08:00-18:00; We closed', '2026-11-25T10:00+01:00'), 'closed');
  assert.equal(state('off', '2026-11-25T10:00+01:00'), 'closed');
  const s = getStatus('Mo-Fr 09:00-12:00; Sa 10:00-12:00 unknown "un samedi sur deux"', new Date('2026-11-28T11:00+01:00'));
  assert.deepEqual([s.state, s.comment], ['unknown', 'un samedi sur deux']);
  const o = getStatus('Mo 10:00-12:00 open "avec ou sans rendez-vous"', new Date('2026-11-23T11:00+01:00'));
  assert.deepEqual([o.state, o.comment], ['open', 'avec ou sans rendez-vous']);
  // A comment with no explicit state means unknown (OSM wiki and the reference agree).
  assert.equal(state('Mo 10:00-12:00 "sur rendez-vous"', '2026-11-23T11:00+01:00'), 'unknown');
});

test('`;` overrides the days it matches, `,` adds, closing rules only close their own times', () => {
  assert.equal(state('Mo-Fr 08:00-18:00; We 08:00-12:00', '2026-11-25T15:00+01:00'), 'closed');
  assert.equal(state('Mo-Fr 08:00-18:00; We 08:00-12:00', '2026-11-24T15:00+01:00'), 'open');
  assert.equal(state('Mo-Fr 09:00-12:00, We 14:00-16:00', '2026-11-25T10:00+01:00'), 'open');
  assert.equal(state('Mo-Fr 09:00-12:00, We 14:00-16:00', '2026-11-25T15:00+01:00'), 'open');
  assert.equal(state('Mo-Fr 09:00-12:00; We 14:00-16:00', '2026-11-25T10:00+01:00'), 'closed');
  assert.equal(state('Mo-Fr 09:00-17:00; We 12:00-14:00 off', '2026-11-25T10:00+01:00'), 'open');
  assert.equal(state('Mo-Fr 09:00-17:00; We 12:00-14:00 off', '2026-11-25T13:00+01:00'), 'closed');
});

test('`||` fallback applies where the rules before leave it closed', () => {
  const h = 'Mo-Fr 09:00-17:00; PH off || "sur rendez-vous"';
  assert.equal(state(h, '2026-11-23T10:00+01:00'), 'open');
  const sat = getStatus(h, new Date('2026-11-28T10:00+01:00'));
  assert.deepEqual([sat.state, sat.comment], ['unknown', 'sur rendez-vous']);
  assert.equal(state(h, '2026-12-25T10:00+01:00'), 'unknown'); // PH off, then the fallback
});

test('nth weekday of the month', () => {
  const h = 'Th[1,3] 14:00-17:15';
  assert.equal(state(h, '2026-12-03T15:00+01:00'), 'open'); // 1st Thursday
  assert.equal(state(h, '2026-12-10T15:00+01:00'), 'closed'); // 2nd
  assert.equal(state(h, '2026-12-17T15:00+01:00'), 'open'); // 3rd
  assert.equal(until(h, '2026-12-04T10:00+01:00'), '2026-12-17T13:00:00.000Z');
  assert.equal(state('Th[-1] 09:00-12:00', '2026-12-31T10:00+01:00'), 'open'); // last Thursday
  assert.equal(state('Th[-1] 09:00-12:00', '2026-12-24T10:00+01:00'), 'closed');
  assert.equal(state('Tu[1-2] 14:00-16:00', '2026-12-08T15:00+01:00'), 'open');
  assert.equal(state('Tu[1-2] 14:00-16:00', '2026-12-15T15:00+01:00'), 'closed');
});

test('months, date ranges (across the new year too), single dates with a year', () => {
  assert.equal(state('Jul-Aug: Mo-Fr 10:00-16:00', '2026-07-15T11:00+02:00'), 'open');
  assert.equal(state('Jul-Aug: Mo-Fr 10:00-16:00', '2026-09-15T11:00+02:00'), 'closed');
  assert.equal(state('Dec-Feb Sa 10:00-12:00', '2027-01-09T11:00+01:00'), 'open');
  assert.equal(state('Dec-Feb Sa 10:00-12:00', '2026-11-28T11:00+01:00'), 'closed');
  const h = 'Mo-Fr 09:00-17:00; Dec 24-Jan 02 off';
  assert.equal(state(h, '2026-12-31T10:00+01:00'), 'closed');
  assert.equal(state(h, '2027-01-04T10:00+01:00'), 'open');
  assert.equal(state('Jan 05-10 10:00-12:00', '2027-01-07T11:00+01:00'), 'open');
  assert.equal(state('Jan 05-10 10:00-12:00', '2027-01-11T11:00+01:00'), 'closed');
  const once = '2026 Dec 03 14:00-17:15';
  assert.equal(state(once, '2026-12-03T17:00+01:00'), 'open');
  assert.equal(state(once, '2027-12-03T17:00+01:00'), 'closed');
  assert.equal(until(once, '2026-11-23T10:00+01:00'), '2026-12-03T13:00:00.000Z');
  assert.equal(until(once, '2026-12-04T10:00+01:00'), undefined); // never again
  assert.equal(state('2026 Dec 20-2027 Jan 10 off; Mo-Fr 09:00-12:00', '2027-01-05T10:00+01:00'), 'open'); // `;` order
  assert.equal(state('Mo-Fr 09:00-12:00; 2026 Dec 20-2027 Jan 10 off', '2027-01-05T10:00+01:00'), 'closed');
  assert.equal(state('2026-2027 Mo 10:00-12:00', '2028-01-03T11:00+01:00'), 'closed');
  assert.equal(state('2026-2027 Mo 10:00-12:00', '2027-01-04T11:00+01:00'), 'open');
});

test('ISO week numbers with steps', () => {
  const h = 'week 02-52/2 Th 14:00-17:15';
  assert.equal(state(h, '2026-12-03T15:00+01:00'), 'closed'); // week 49
  assert.equal(state(h, '2026-12-10T15:00+01:00'), 'open'); // week 50
  assert.equal(state(h, '2027-01-14T15:00+01:00'), 'open'); // week 2 of 2027
  assert.equal(state('week 53 Th 14:00-17:15', '2026-12-31T15:00+01:00'), 'open'); // 2026 has a week 53
});

test('PH: the French public holidays, fixed and Easter-based', () => {
  const h = 'Mo-Fr 09:00-17:00; PH off';
  for (const day of ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-11-11', '2026-12-25', '2027-03-29', '2027-05-06', '2027-05-17'])
    assert.equal(state(h, `${day}T10:00+02:00`), 'closed', day);
  // Good Friday and Whit Sunday's Monday before are working days in metropolitan France.
  assert.equal(state(h, '2026-04-03T10:00+02:00'), 'open');
  assert.equal(state('PH 10:00-12:00', '2026-11-11T11:00+01:00'), 'open');
  assert.equal(state('PH 10:00-12:00', '2026-11-12T11:00+01:00'), 'closed');
});

test('times past midnight belong to the day they start', () => {
  assert.equal(state('Fr 22:00-02:00', '2026-11-28T01:00+01:00'), 'open'); // Saturday 01:00
  assert.equal(state('Fr 22:00-02:00', '2026-11-27T01:00+01:00'), 'closed'); // Friday 01:00
  assert.equal(until('Fr 22:00-02:00', '2026-11-27T23:00+01:00'), '2026-11-28T01:00:00.000Z');
  assert.equal(state('Fr 18:00-26:00', '2026-11-28T01:30+01:00'), 'open');
  assert.equal(state('Mo-Fr 22:00-06:00; Sa 10:00-12:00', '2026-11-28T03:00+01:00'), 'closed'); // Sa rule overrides Friday's night
});

test('nextChange and parseHours', () => {
  assert.equal(nextChange('Mo-Fr 09:00-12:00', new Date('2026-11-27T12:30+01:00'))?.toISOString(), '2026-11-30T08:00:00.000Z');
  assert.equal(nextChange(undefined, new Date()), undefined);
  assert.equal(nextChange('nonsense', new Date('2026-11-27T12:30+01:00')), undefined);
  const p = parseHours('Mo 10:00-12:00');
  assert.equal(p.ok, true);
  const q = parseHours('Mo 10:00-12:00 Tu');
  assert.equal(q.ok, false);
});

test('missing, empty or invalid hours are unknown, never closed', () => {
  for (const h of [undefined, '', '   ', 'Mo-Fr 9h-12h', 'Lu-Ve 09:00-12:00', 'Mo-Fr 09:00-25:00x'])
    assert.deepEqual(getStatus(h, new Date('2026-11-23T10:00+01:00')), { state: 'unknown' }, String(h));
  assert.deepEqual(getStatus('Mo 10:00-12:00', new Date(NaN)), { state: 'unknown' });
});

test('syntax errors give the position and a French and English message', () => {
  assert.equal(checkHoursSyntax('Mo-Fr 09:00-12:00,13:30-17:00; PH off'), null);
  assert.equal(checkHoursSyntax('Mo-Fr 09:00-12:00;'), null);
  const cases: [string, number, RegExp][] = [
    ['', 0, /vides/],
    ['Mo-Fr 09:00-', 12, /Fin des horaires/],
    ['Mo-Fr 09:00-12:00 Tu', 18, /« Tu »/],
    ['Mo-Fr 09:00-12:00; SH off', 19, /« SH » n'est pas pris en charge/],
    ['Mo-Fr sunrise-sunset', 6, /sunrise/],
    ['Mo-Fr 09:00-12:61', 12, /Heure invalide/],
    ['Mo-Fr 09:00-12:00 "sur rendez-vous', 18, /guillemet/],
    ['Mo-Fr 09:00–12:00', 11, /Caractère « – »/],
    ['Th[6] 10:00-12:00', 3, /hors limites/],
    ['week 54 Mo 10:00-12:00', 5, /hors limites/],
    ['Mo-Fr 09:00-12:00,', 18, /Fin des horaires|inattendu/],
  ];
  for (const [source, position, fr] of cases) {
    const e = checkHoursSyntax(source);
    assert.ok(e, source);
    assert.equal(e.position, position, source);
    assert.match(e.message.fr, fr, source);
    assert.ok(e.message.en.length > 5, source);
  }
});
