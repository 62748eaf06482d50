/** Itinerant visits, a place's open state, the week table, and the iCalendar export (parsed with ical.js). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { describeVisit, nextVisits, placeOpenState, visitsToICS, weekTable } from '../../../src/core/hours/index.js';
import type { Place, Stop } from '../../../src/core/catalogue/types.js';

const stop = (id: string, name: string, hours?: string): Stop => ({
  id,
  name,
  address: { city: name, postcode: '46090', street: 'Place de la mairie; côté église' },
  location: { lat: 44.5, lon: 1.4, precision: 'commune' },
  ...(hours ? { hours } : {}),
});

const bus: Place = {
  id: 'bus-grand-cahors',
  name: 'Bus France services, Grand Cahors',
  kind: 'bus',
  needs: [],
  address: { city: 'Cahors' },
  location: { lat: 44.45, lon: 1.44, precision: 'exact' },
  stops: [
    stop('lherm', 'Lherm', 'Th[1,3] 14:00-17:15'),
    stop('catus', 'Catus', 'Tu[2,4] 09:00-12:00'),
    stop('nadillac', 'Nadillac'), // hours unknown: no visit invented
    stop('bad', 'Broken', 'Th 14h-17h'),
  ],
};

test('nextVisits: per stop and across stops, sorted, limited, in Paris time', () => {
  const from = new Date('2026-11-23T10:00+01:00');
  const all = nextVisits(bus, from, { days: 31 });
  assert.deepEqual(
    all.map((v) => `${v.stopId} ${v.start.toISOString()} ${v.end.toISOString()}`),
    [
      'catus 2026-11-24T08:00:00.000Z 2026-11-24T11:00:00.000Z',
      'lherm 2026-12-03T13:00:00.000Z 2026-12-03T16:15:00.000Z',
      'catus 2026-12-08T08:00:00.000Z 2026-12-08T11:00:00.000Z',
      'lherm 2026-12-17T13:00:00.000Z 2026-12-17T16:15:00.000Z',
      'catus 2026-12-22T08:00:00.000Z 2026-12-22T11:00:00.000Z',
    ],
  );
  assert.equal(all[1]!.stopName, 'Lherm');
  assert.equal(all[1]!.placeId, 'bus-grand-cahors');
  assert.deepEqual(nextVisits(bus, from, { days: 31, limit: 2 }).map((v) => v.stopId), ['catus', 'lherm']);
  assert.deepEqual(nextVisits(bus, from, { stopId: 'lherm', days: 31 }).length, 2);
  assert.deepEqual(nextVisits(bus, from, { stopId: 'nadillac' }), []);
  // A visit under way is listed with its real start.
  const during = nextVisits(bus, new Date('2026-12-03T15:00+01:00'), { stopId: 'lherm', limit: 1 });
  assert.equal(during[0]!.start.toISOString(), '2026-12-03T13:00:00.000Z');
  // Summer time: 14:00 is 12:00 UTC.
  const summer = nextVisits(bus, new Date('2026-07-01T00:00+02:00'), { stopId: 'lherm', limit: 1 });
  assert.equal(summer[0]!.start.toISOString(), '2026-07-02T12:00:00.000Z');
  assert.deepEqual(nextVisits({ ...bus, stops: undefined }, from), []);
  assert.deepEqual(nextVisits(bus, new Date(NaN)), []);
});

test('placeOpenState: a bus is open when a stop is open; unknown when no stop has hours', () => {
  assert.equal(placeOpenState(bus, new Date('2026-12-03T15:00+01:00')), 'open');
  assert.equal(placeOpenState(bus, new Date('2026-12-04T15:00+01:00')), 'closed');
  const unknownBus: Place = { ...bus, stops: [stop('a', 'A'), stop('b', 'B', 'not hours')] };
  assert.equal(placeOpenState(unknownBus, new Date('2026-12-03T15:00+01:00')), 'unknown');
  assert.equal(placeOpenState({ ...unknownBus, hours: 'Mo-Fr 09:30-16:30' }, new Date('2026-12-03T15:00+01:00')), 'open');
  const office: Place = { ...bus, kind: 'france-services', stops: undefined, hours: 'Mo-Fr 09:00-12:00' };
  assert.equal(placeOpenState(office, new Date('2026-12-03T10:00+01:00')), 'open');
  assert.equal(placeOpenState({ ...office, hours: undefined }, new Date('2026-12-03T10:00+01:00')), 'unknown');
});

test('weekTable: seven Paris days from Monday, today marked, night ranges on their first day', () => {
  const rows = weekTable('Mo-Fr 09:00-12:00,13:30-17:00; Sa 10:00-12:00; Fr 22:00-02:00', new Date('2026-12-03T15:00+01:00'));
  assert.deepEqual(rows.map((r) => r.weekday), [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(rows.map((r) => r.today), [false, false, false, true, false, false, false]);
  assert.equal(rows[0]!.date.toISOString(), '2026-11-29T23:00:00.000Z');
  assert.deepEqual(rows[0]!.ranges, [{ from: 540, to: 720 }, { from: 810, to: 1020 }]);
  assert.equal(rows[0]!.state, 'open');
  // Fr 22:00-02:00 overrides the Mo-Fr day (a `;` rule), shown once on Friday, not again on Saturday morning.
  assert.deepEqual(rows[4]!.ranges, [{ from: 1320, to: 1560 }]);
  assert.deepEqual(rows[5]!.ranges, [{ from: 600, to: 720 }]);
  assert.equal(rows[6]!.state, 'closed');
  const unknown = weekTable(undefined, new Date('2026-12-03T15:00+01:00'));
  assert.deepEqual(unknown.map((r) => r.state), Array(7).fill('unknown'));
  const rdv = weekTable('Mo-Fr 09:00-12:00 || "sur rendez-vous"', new Date('2026-12-03T15:00+01:00'));
  assert.deepEqual([rdv[6]!.state, rdv[6]!.comment], ['unknown', 'sur rendez-vous']);
});

test('visitsToICS: valid iCalendar (ical.js) with the right instants, escaping, folding and CRLF', () => {
  const visits = nextVisits(bus, new Date('2026-11-23T10:00+01:00'), { days: 31, stopId: 'lherm' });
  const place = { ...bus, name: 'Bus France services, Grand Cahors; “itinérant” \\ très long nom pour plier la ligne au-delà de soixante-quinze octets' };
  const ics = visitsToICS(place, visits, { now: new Date('2026-11-23T09:00:00Z') });
  assert.ok(ics.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `folded: ${line}`);
  const cal = new ICAL.Component(ICAL.parse(ics));
  const tz = cal.getFirstSubcomponent('vtimezone');
  assert.ok(tz);
  ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.equal(events.length, 2);
  const [first] = events;
  assert.equal(first!.startDate.toJSDate().toISOString(), '2026-12-03T13:00:00.000Z');
  assert.equal(first!.endDate.toJSDate().toISOString(), '2026-12-03T16:15:00.000Z');
  assert.equal(first!.startDate.zone.tzid, 'Europe/Paris');
  assert.equal(first!.summary, `${place.name} à Lherm`);
  assert.equal(first!.location, 'Lherm, Place de la mairie; côté église, 46090 Lherm');
  assert.ok(first!.uid.includes('lherm'));
  assert.notEqual(first!.uid, events[1]!.uid);
  assert.equal(first!.component.getFirstPropertyValue('dtstamp')?.toString(), '2026-11-23T09:00:00Z');
  // A summer visit converts with the summer offset through the VTIMEZONE.
  const summer = nextVisits(bus, new Date('2026-07-01T00:00+02:00'), { stopId: 'lherm', limit: 1 });
  const cal2 = new ICAL.Component(ICAL.parse(visitsToICS(bus, summer, { now: new Date('2026-06-01T00:00:00Z') })));
  const ev = new ICAL.Event(cal2.getFirstSubcomponent('vevent')!);
  assert.equal(ev.startDate.toJSDate().toISOString(), '2026-07-02T12:00:00.000Z');
});

test('tentative visits: times the hours mark "unknown" (a known day, unknown weeks)', () => {
  const lherm: Place = { ...bus, stops: [stop('lherm', 'Lherm', 'Th 14:00-17:15 unknown "deux fois par mois"'), stop('catus', 'Catus', 'Tu 09:00-12:00 || "sur rendez-vous"')] };
  const v = nextVisits(lherm, new Date('2026-11-23T10:00+01:00'), { days: 7 });
  const l = v.filter((x) => x.stopId === 'lherm');
  assert.equal(l.length, 1);
  assert.deepEqual([l[0]!.start.toISOString(), l[0]!.tentative, l[0]!.comment], ['2026-11-26T13:00:00.000Z', true, 'deux fois par mois']);
  assert.equal(describeVisit(l[0]!, 'fr'), 'Passage possible à Lherm : jeudi 26 novembre, 14 h – 17 h 15 (à confirmer : deux fois par mois)');
  assert.equal(describeVisit(l[0]!, 'en'), 'Possible visit to Lherm: Thursday 26 November, 2 pm – 5:15 pm (to be confirmed: deux fois par mois)');
  // A fallback's long "unknown" stretches (nights, whole days) are not offered as visits.
  const c = v.filter((x) => x.stopId === 'catus');
  assert.ok(c.every((x) => x.end.getTime() - x.start.getTime() <= 12 * 3_600_000));
  assert.ok(c.some((x) => !x.tentative && x.start.toISOString() === '2026-11-24T08:00:00.000Z'));
  const ics = visitsToICS(lherm, l, { now: new Date('2026-11-23T09:00:00Z') });
  const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  assert.equal(ev.component.getFirstPropertyValue('status'), 'TENTATIVE');
  assert.match(ev.summary, /\(à confirmer\)$/);
});
