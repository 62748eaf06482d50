/**
 * Stops open around the clock (issue 12): every always-open spelling gives a visit with valid
 * dates, said "ouvert 24 h sur 24", never "minuit – minuit"; whole days likewise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { describeVisit, nextVisits, visitSpan, visitsToICS } from '../../../src/core/hours/index.js';
import type { Place } from '../../../src/core/catalogue/types.js';

const bus = (hours: string): Place => ({
  id: 'bus',
  name: 'Bus',
  kind: 'bus',
  needs: [],
  address: { city: 'Cahors', postcode: '46000' },
  location: { lat: 44.45, lon: 1.44, precision: 'exact' },
  stops: [{ id: 'lherm', name: 'Lherm', address: { city: 'Lherm', postcode: '46150' }, location: { lat: 44.57, lon: 1.24, precision: 'commune' }, hours }],
});
const FROM = new Date('2026-11-23T10:00+01:00');

for (const hours of ['24/7', 'Mo-Su 00:00-24:00', 'open', '00:00-24:00'])
  test(`always open (${hours}): one visit with valid dates, "ouvert 24 h sur 24"`, () => {
    const visits = nextVisits(bus(hours), FROM, { days: 60 });
    assert.equal(visits.length, 1);
    const [v] = visits;
    assert.ok(Number.isFinite(v!.start.getTime()) && Number.isFinite(v!.end.getTime()), 'valid dates');
    assert.ok(v!.end.getTime() > v!.start.getTime());
    assert.equal(v!.aroundTheClock, true);
    assert.equal(describeVisit(v!, 'fr'), 'À Lherm : ouvert 24 h sur 24');
    assert.equal(describeVisit(v!, 'en'), 'At Lherm: open 24 hours');
    assert.equal(visitSpan(v!, 'fr'), 'ouvert 24 h sur 24');
    // The calendar has no event for it (there is no visit to put in a diary) and stays valid.
    const ics = visitsToICS(bus(hours), visits, { now: FROM });
    const cal = new ICAL.Component(ICAL.parse(ics));
    assert.equal(cal.getAllSubcomponents('vevent').length, 0);
    assert.match(String(cal.getFirstPropertyValue('x-wr-caldesc')), /Lherm : ouvert 24 h sur 24/);
  });

test('a whole-day visit reads "24 h sur 24", not "minuit – minuit"', () => {
  const [v] = nextVisits(bus('Th 00:00-24:00'), FROM, { days: 7 });
  assert.equal(v!.start.toISOString(), '2026-11-25T23:00:00.000Z');
  assert.equal(v!.end.toISOString(), '2026-11-26T23:00:00.000Z');
  assert.equal(describeVisit(v!, 'fr'), 'Prochain passage à Lherm : jeudi 26 novembre, 24 h sur 24');
  assert.equal(describeVisit(v!, 'en'), 'Next visit to Lherm: Thursday 26 November, 24 hours');
  const [w] = nextVisits(bus('Mo-Fr 00:00-24:00'), new Date('2026-11-28T10:00+01:00'), { days: 7 });
  assert.equal(visitSpan(w!, 'fr'), 'du lundi 30 novembre au vendredi 4 décembre, 24 h sur 24');
  assert.equal(visitSpan(w!, 'en'), 'Monday 30 November to Friday 4 December, 24 hours a day');
  assert.doesNotMatch(describeVisit(w!, 'fr'), /minuit/);
});
