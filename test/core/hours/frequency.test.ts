/** Stops known by a frequency (N times a month on a weekday, dates unknown): words, never dates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { describeFrequency, nextVisits, visitsToICS } from '../../../src/core/hours/index.js';
import type { Place, StopFrequency } from '../../../src/core/catalogue/types.js';

const LHERM: StopFrequency = { timesPerMonth: 2, weekday: 'Th', from: '14:00', to: '17:15', datesNote: 'dates au 07 62 60 96 94' };

test('describeFrequency: the pattern in words, French and English', () => {
  assert.equal(describeFrequency(LHERM, 'fr'), 'Deux jeudis par mois, de 14 h à 17 h 15 · dates au 07 62 60 96 94');
  assert.equal(describeFrequency(LHERM, 'en'), 'Two Thursdays a month, 2 pm to 5:15 pm · dates au 07 62 60 96 94');
  assert.equal(describeFrequency(LHERM, 'fr', 'Lherm'), 'Passages à Lherm : deux jeudis par mois, de 14 h à 17 h 15 · dates au 07 62 60 96 94');
  assert.equal(describeFrequency(LHERM, 'en', 'Lherm'), 'Visits to Lherm: two Thursdays a month, 2 pm to 5:15 pm · dates au 07 62 60 96 94');
  assert.equal(describeFrequency({ timesPerMonth: 1, weekday: 'Mo' }, 'fr'), 'Un lundi par mois');
  assert.equal(describeFrequency({ timesPerMonth: 1, weekday: 'Su' }, 'en'), 'One Sunday a month');
  assert.equal(describeFrequency({ timesPerMonth: 3, weekday: 'Sa', from: '09:00', to: '12:00' }, 'fr'), 'Trois samedis par mois, de 9 h à 12 h');
});

const bus: Place = {
  id: 'bus',
  name: 'Bus France services du Grand Cahors',
  kind: 'bus',
  needs: [],
  address: { city: 'Cahors', postcode: '46000' },
  location: { lat: 44.45, lon: 1.44, precision: 'exact' },
  stops: [
    { id: 'lherm', name: 'Lherm', address: { city: 'Lherm', postcode: '46150' }, location: { lat: 44.57, lon: 1.24, precision: 'commune' }, frequency: LHERM },
    { id: 'catus', name: 'Catus', address: { city: 'Catus', postcode: '46150' }, location: { lat: 44.56, lon: 1.33, precision: 'commune' }, hours: 'Tu[2,4] 09:00-12:00' },
  ],
};
const FROM = new Date('2026-11-23T10:00+01:00');

test('a frequency stop has no visit (no weekly "possible" visits); dated stops keep theirs', () => {
  assert.deepEqual(nextVisits(bus, FROM, { stopId: 'lherm', days: 120 }), []);
  assert.deepEqual(nextVisits(bus, FROM, { days: 31 }).map((v) => v.stopId), ['catus', 'catus', 'catus']);
});

test('.ics: no event for a frequency stop, and the calendar says why', () => {
  const ics = visitsToICS(bus, [], { now: FROM, stopId: 'lherm' });
  const cal = new ICAL.Component(ICAL.parse(ics));
  assert.equal(cal.getAllSubcomponents('vevent').length, 0);
  // ical.js leaves the TEXT escaping of X- properties as written.
  assert.equal(
    String(cal.getFirstPropertyValue('x-wr-caldesc')).replace(/\\([,;\\])/g, '$1'),
    "Passages à Lherm : deux jeudis par mois, de 14 h à 17 h 15 · dates au 07 62 60 96 94. Dates non fixées à l'avance : aucun passage n'est inscrit dans ce calendrier.",
  );
  // The whole bus: Catus's visits are events, Lherm is explained.
  const all = new ICAL.Component(ICAL.parse(visitsToICS(bus, nextVisits(bus, FROM, { days: 31 }), { now: FROM })));
  assert.equal(all.getAllSubcomponents('vevent').length, 3);
  assert.match(String(all.getFirstPropertyValue('x-wr-caldesc')), /^Passages à Lherm/);
  // Only Catus asked: nothing about Lherm.
  assert.equal(new ICAL.Component(ICAL.parse(visitsToICS(bus, [], { now: FROM, stopId: 'catus' }))).getFirstPropertyValue('x-wr-caldesc'), null);
});
