/**
 * Daylight-saving days in Paris (2026-03-29, 2026-10-25) and independence from the host's time
 * zone: the same assertions run with process.env.TZ set to several zones (Node applies it at once).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStatus, getStatus, nextVisits, weekTable } from '../../../src/core/hours/index.js';
import type { Place } from '../../../src/core/catalogue/types.js';

const bus: Place = {
  id: 'bus',
  name: 'Bus',
  kind: 'bus',
  needs: [],
  address: { city: 'Cahors' },
  location: { lat: 44.45, lon: 1.44, precision: 'exact' },
  stops: [{ id: 'lherm', name: 'Lherm', address: { city: 'Lherm' }, location: { lat: 44.5, lon: 1.3, precision: 'commune' }, hours: 'Th[1,3] 14:00-17:15' }],
};

function assertions(): void {
  const h = 'Mo-Su 09:00-12:00';
  // Spring: Sunday 29 March 2026, 09:00 is summer time (UTC+2).
  let s = getStatus(h, new Date('2026-03-29T06:30:00Z')); // 08:30 CEST
  assert.deepEqual([s.state, s.until?.toISOString()], ['closed', '2026-03-29T07:00:00.000Z']);
  // From Saturday 12:00 (winter) the next opening is Sunday 09:00 summer time: 23 hours of clock later.
  s = getStatus(h, new Date('2026-03-28T11:30:00Z'));
  assert.equal(s.nextOpen?.toISOString(), '2026-03-29T07:00:00.000Z');
  // Autumn: Sunday 25 October 2026, 09:00 is winter time (UTC+1).
  s = getStatus(h, new Date('2026-10-24T11:00:00Z')); // Saturday 13:00 CEST
  assert.equal(s.nextOpen?.toISOString(), '2026-10-25T08:00:00.000Z');
  assert.equal(getStatus(h, new Date('2026-10-25T07:30:00Z')).state, 'closed'); // 08:30 CET
  assert.equal(getStatus(h, new Date('2026-10-25T08:30:00Z')).state, 'open');
  // A night range across the spring change closes when the clock reads 02:00, which is 03:00 CEST.
  s = getStatus('Sa 22:00-02:00', new Date('2026-03-28T23:30:00Z'));
  assert.deepEqual([s.state, s.until?.toISOString()], ['open', '2026-03-29T01:00:00.000Z']);
  // … and across the autumn change it closes the first time the clock reads 02:00 (still summer time).
  s = getStatus('Sa 22:00-02:00', new Date('2026-10-24T20:30:00Z'));
  assert.equal(s.until?.toISOString(), '2026-10-25T00:00:00.000Z');
  assert.equal(getStatus('Sa 22:00-02:00', new Date('2026-10-25T01:30:00Z')).state, 'closed'); // 02:30 CET
  // Phrases use the Paris clock.
  assert.equal(describeStatus(getStatus(h, new Date('2026-03-29T08:00:00Z')), new Date('2026-03-29T08:00:00Z'), 'fr'), "Ouvert jusqu'à 12 h");
  assert.equal(
    describeStatus(getStatus('Mo-Fr 09:00-17:15', new Date('2026-11-23T15:00:00Z')), new Date('2026-11-23T15:00:00Z'), 'en'),
    'Open until 5:15 pm',
  );
  // The week table's days are Paris days, Monday first.
  const week = weekTable('Mo-Fr 09:00-12:00', new Date('2026-03-29T21:30:00Z')); // Sunday 23:30 CEST
  assert.equal(week[6]!.today, true);
  assert.equal(week[0]!.date.toISOString(), '2026-03-22T23:00:00.000Z');
  assert.equal(week[6]!.date.toISOString(), '2026-03-28T23:00:00.000Z');
  // Visits: first and third Thursdays, Paris time.
  const v = nextVisits(bus, new Date('2026-11-23T00:00:00Z'), { days: 30 });
  assert.deepEqual(
    v.map((x) => [x.start.toISOString(), x.end.toISOString()]),
    [
      ['2026-12-03T13:00:00.000Z', '2026-12-03T16:15:00.000Z'],
      ['2026-12-17T13:00:00.000Z', '2026-12-17T16:15:00.000Z'],
    ],
  );
}

test('the same answers whatever the host time zone, including both DST days', () => {
  const saved = process.env.TZ;
  try {
    for (const tz of ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      process.env.TZ = tz;
      assert.equal(new Date('2026-07-01T00:00:00Z').getTimezoneOffset() !== 0 || tz === 'UTC', true, `TZ ${tz} took effect`);
      assertions();
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});
