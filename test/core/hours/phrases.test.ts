/** Status and visit phrases, French and English. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStatus, describeVisit, formatTime, getStatus } from '../../../src/core/hours/index.js';

const say = (hours: string | undefined, at: string, lang: 'fr' | 'en') => describeStatus(getStatus(hours, new Date(at)), new Date(at), lang);
const H = 'Mo-Fr 09:00-12:00,13:30-17:15; Sa 09:00-12:00; PH off';

test('open: until a time today, tomorrow, or a later day', () => {
  assert.equal(say(H, '2026-11-23T15:00+01:00', 'fr'), "Ouvert jusqu'à 17 h 15");
  assert.equal(say(H, '2026-11-23T15:00+01:00', 'en'), 'Open until 5:15 pm');
  assert.equal(say(H, '2026-11-23T10:00+01:00', 'fr'), "Ouvert jusqu'à 12 h");
  assert.equal(say(H, '2026-11-23T10:00+01:00', 'en'), 'Open until noon');
  assert.equal(say('Fr 22:00-02:00', '2026-11-27T23:00+01:00', 'fr'), "Ouvert jusqu'à demain 2 h");
  assert.equal(say('Fr 22:00-02:00', '2026-11-27T23:00+01:00', 'en'), 'Open until tomorrow 2 am');
  assert.equal(say('Mo-Fr 20:00-24:00', '2026-11-23T21:00+01:00', 'fr'), "Ouvert jusqu'à minuit");
  assert.equal(say('Mo-Fr 20:00-24:00', '2026-11-23T21:00+01:00', 'en'), 'Open until midnight');
  assert.equal(say('Mo-Fr 00:00-24:00', '2026-11-24T10:00+01:00', 'fr'), "Ouvert jusqu'à vendredi minuit");
  assert.equal(say('24/7', '2026-11-24T10:00+01:00', 'fr'), 'Ouvert');
  assert.equal(say('Dec 01-20 09:00-17:00', '2026-12-01T10:00+01:00', 'fr'), "Ouvert jusqu'à 17 h");
});

test('closed: opens today, tomorrow, a weekday, or a date', () => {
  assert.equal(say(H, '2026-11-23T12:30+01:00', 'fr'), 'Fermé · ouvre à 13 h 30');
  assert.equal(say(H, '2026-11-23T12:30+01:00', 'en'), 'Closed · opens at 1:30 pm');
  assert.equal(say(H, '2026-11-23T18:00+01:00', 'fr'), 'Fermé · ouvre demain à 9 h');
  assert.equal(say(H, '2026-11-23T18:00+01:00', 'en'), 'Closed · opens tomorrow at 9 am');
  assert.equal(say(H, '2026-11-28T13:00+01:00', 'fr'), 'Fermé · ouvre lundi à 9 h');
  // A week or more ahead: a date ("1er" in French).
  assert.equal(say('Tu 09:00-12:00', '2026-11-24T13:00+01:00', 'fr'), 'Fermé · ouvre le 1er décembre à 9 h');
  assert.equal(say('Tu 09:00-12:00', '2026-11-27T13:00+01:00', 'en'), 'Closed · opens Tuesday at 9 am');
  assert.equal(say('Th[1,3] 14:00-17:15', '2026-11-23T10:00+01:00', 'fr'), 'Fermé · ouvre le 3 décembre à 14 h');
  assert.equal(say('Th[1,3] 14:00-17:15', '2026-11-23T10:00+01:00', 'en'), 'Closed · opens on 3 December at 2 pm');
  assert.equal(say('off', '2026-11-23T10:00+01:00', 'fr'), 'Fermé');
  assert.equal(say('Mo 10:00-12:00 off "travaux"', '2026-11-23T11:00+01:00', 'fr'), 'Fermé · travaux');
});

test('unknown: "Horaires non communiqués", or the rule comment', () => {
  assert.equal(say(undefined, '2026-11-23T10:00+01:00', 'fr'), 'Horaires non communiqués');
  assert.equal(say('Lu-Ve 9h', '2026-11-23T10:00+01:00', 'en'), 'Hours not known');
  assert.equal(say('Mo-Fr 09:00-12:00 || "sur rendez-vous"', '2026-11-23T14:00+01:00', 'fr'), 'Sur rendez-vous');
});

test('formatTime: French "9 h", "17 h 15"; English "9 am", "5:15 pm"', () => {
  const t = (iso: string, lang: 'fr' | 'en') => formatTime(new Date(iso), lang);
  assert.equal(t('2026-11-23T09:00+01:00', 'fr'), '9 h');
  assert.equal(t('2026-11-23T17:15+01:00', 'fr'), '17 h 15');
  assert.equal(t('2026-11-23T09:05+01:00', 'fr'), '9 h 05');
  assert.equal(t('2026-11-23T09:00+01:00', 'en'), '9 am');
  assert.equal(t('2026-11-23T17:15+01:00', 'en'), '5:15 pm');
  assert.equal(t('2026-11-23T00:30+01:00', 'en'), '12:30 am');
});

test('describeVisit', () => {
  const visit = { placeId: 'bus', stopId: 'lherm', stopName: 'Lherm', start: new Date('2026-12-03T14:00+01:00'), end: new Date('2026-12-03T17:15+01:00') };
  assert.equal(describeVisit(visit, 'fr'), 'Prochain passage à Lherm : jeudi 3 décembre, 14 h – 17 h 15');
  assert.equal(describeVisit(visit, 'en'), 'Next visit to Lherm: Thursday 3 December, 2 pm – 5:15 pm');
  const first = { ...visit, start: new Date('2026-10-01T14:00+02:00'), end: new Date('2026-10-01T17:15+02:00') };
  assert.equal(describeVisit(first, 'fr'), 'Prochain passage à Lherm : jeudi 1er octobre, 14 h – 17 h 15');
});
