/**
 * Public holidays: hours without a `PH` rule say "unknown" (with the holiday as the reason) on the
 * holidays of the place's département, never "open"; `PH off` and `PH 10:00-12:00` are followed.
 * The lists of days are checked against the reference package (`opening_hours`) where it knows them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import OpeningHours from 'opening_hours';
import {
  describeStatus,
  describeVisit,
  getState,
  getStatus,
  nextVisits,
  placeDepartment,
  placeOpenState,
  publicHolidays,
  weekTable,
} from '../../../src/core/hours/index.js';
import type { Catalogue, Place } from '../../../src/core/catalogue/types.js';

const at = (iso: string) => new Date(iso);
const WEEKDAYS = 'Mo-Fr 09:00-12:00,13:30-17:00';

test('the demo catalogue on Christmas Day at 10:00: no place says open', () => {
  const catalogue = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')) as Catalogue;
  const christmas = at('2026-12-25T10:00+01:00');
  const open = catalogue.places.filter((p) => placeOpenState(p, christmas) === 'open').map((p) => p.id);
  assert.deepEqual(open, []);
  // The day before is an ordinary Thursday: plenty are open.
  assert.ok(catalogue.places.filter((p) => placeOpenState(p, at('2026-12-24T10:00+01:00')) === 'open').length > 30);
});

test('a holiday without a PH rule: unknown, with the holiday as the reason, in both languages', () => {
  const christmas = at('2026-12-25T10:00+01:00');
  const status = getStatus(WEEKDAYS, christmas);
  assert.equal(status.state, 'unknown');
  assert.equal(status.holiday, true);
  assert.equal(describeStatus(status, christmas, 'fr'), 'Jour férié : ouverture non confirmée');
  assert.equal(describeStatus(status, christmas, 'en'), 'Public holiday: opening not confirmed');
  // Its usual lunch break stays closed; an ordinary day is untouched.
  assert.equal(getState(WEEKDAYS, at('2026-12-25T12:30+01:00')), 'closed');
  assert.equal(getStatus(WEEKDAYS, at('2026-12-24T10:00+01:00')).holiday, undefined);
  assert.equal(getState(WEEKDAYS, at('2026-12-24T10:00+01:00')), 'open');
  // Every national day, Easter-based ones included (2026: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May).
  for (const day of ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2027-11-01', '2026-11-11', '2025-08-15'])
    assert.equal(getState('Mo-Su 08:00-20:00', at(`${day}T10:00+02:00`)), 'unknown', day);
});

test('PH off and PH with times are followed', () => {
  assert.equal(getState(`${WEEKDAYS}; PH off`, at('2026-12-25T10:00+01:00')), 'closed');
  assert.equal(getStatus(`${WEEKDAYS}; PH off`, at('2026-12-25T10:00+01:00')).holiday, undefined);
  assert.equal(getState(`${WEEKDAYS}; PH 10:00-12:00`, at('2026-12-25T11:00+01:00')), 'open');
  assert.equal(getState(`${WEEKDAYS}; PH 10:00-12:00`, at('2026-12-25T14:00+01:00')), 'closed');
  // A PH rule elsewhere in the value means the author thought of holidays.
  assert.equal(getState('PH off; Mo-Fr 09:00-17:00', at('2026-12-25T10:00+01:00')), 'open');
});

test('always open (24/7 and its spellings) stays open on a holiday', () => {
  for (const h of ['24/7', 'open', '00:00-24:00', 'Mo-Su 00:00-24:00'])
    assert.equal(getState(h, at('2026-12-25T10:00+01:00')), 'open', h);
  // Open every day but not around the clock: the holiday is not confirmed.
  assert.equal(getState('Mo-Su 06:00-22:00', at('2026-12-25T10:00+01:00')), 'unknown');
});

test('a night range belongs to the day it starts: the holiday night is unknown, the eve night open', () => {
  const h = 'Mo-Su 20:00-02:00';
  assert.equal(getState(h, at('2026-12-24T23:00+01:00')), 'open');
  assert.equal(getState(h, at('2026-12-25T01:00+01:00')), 'open'); // from the 24th
  assert.equal(getState(h, at('2026-12-25T21:00+01:00')), 'unknown');
  assert.equal(getState(h, at('2026-12-26T01:00+01:00')), 'unknown'); // from the 25th
  assert.equal(getState(h, at('2026-12-26T21:00+01:00')), 'open');
});

test('regional days: Alsace-Moselle and the overseas départements', () => {
  // 26 December 2025 (Friday) and Good Friday 2026 (3 April): holidays in 57, 67 and 68 only.
  for (const [day, dept, want] of [
    ['2025-12-26', '57', 'unknown'],
    ['2025-12-26', '67', 'unknown'],
    ['2025-12-26', '68', 'unknown'],
    ['2025-12-26', '46', 'open'],
    ['2025-12-26', undefined, 'open'],
    ['2026-04-03', '67', 'unknown'],
    ['2026-04-03', '02', 'open'],
    ['2026-05-27', '971', 'unknown'], // Guadeloupe
    ['2026-05-27', '972', 'open'],
    ['2026-05-22', '972', 'unknown'], // Martinique
    ['2026-06-10', '973', 'unknown'], // Guyane
    ['2027-12-20', '974', 'unknown'], // La Réunion
    ['2026-04-27', '976', 'unknown'], // Mayotte
    ['2026-04-27', '38', 'open'],
  ] as const)
    assert.equal(getState(WEEKDAYS, at(`${day}T10:00+01:00`), dept), want, `${day} in ${dept}`);
  // PH follows the département too.
  assert.equal(getState(`${WEEKDAYS}; PH off`, at('2025-12-26T10:00+01:00'), '57'), 'closed');
  assert.equal(getState(`${WEEKDAYS}; PH off`, at('2025-12-26T10:00+01:00'), '46'), 'open');
});

test('placeDepartment: INSEE code first (3 characters overseas), else the postcode', () => {
  const p = (address: Place['address']) => ({ address });
  assert.equal(placeDepartment(p({ city: 'Metz', insee: '57463', postcode: '57000' })), '57');
  assert.equal(placeDepartment(p({ city: 'Pointe-à-Pitre', insee: '97120' })), '971');
  assert.equal(placeDepartment(p({ city: 'Fort-de-France', postcode: '97200' })), '972');
  assert.equal(placeDepartment(p({ city: 'Ajaccio', insee: '2A004', postcode: '20000' })), '2A');
  assert.equal(placeDepartment(p({ city: 'Cahors', postcode: ' 46000 ' })), '46');
  assert.equal(placeDepartment(p({ city: 'Nulle part' })), undefined);
  // One rule with `service-locator split` (core/catalogue/departement.ts): Saint-Barthélemy has
  // Guadeloupe's postcodes but not its 27 May; a Corsican postcode names 2A or 2B, not "20".
  assert.equal(placeDepartment(p({ city: 'Gustavia', postcode: '97133' })), '977');
  const may27 = Date.UTC(2026, 4, 27) / 86_400_000;
  assert.ok(!publicHolidays(2026, placeDepartment(p({ city: 'Gustavia', postcode: '97133' }))).has(may27));
  assert.ok(publicHolidays(2026, placeDepartment(p({ city: 'Pointe-à-Pitre', postcode: '97110' }))).has(may27));
  assert.equal(placeDepartment(p({ city: 'Bastia', postcode: '20200' })), '2B');
});

test('placeOpenState and visits use the département of the place and of each stop', () => {
  const place: Place = {
    id: 'metz',
    name: 'France services Metz',
    kind: 'france-services',
    needs: [],
    address: { city: 'Metz', insee: '57463' },
    location: { lat: 49.12, lon: 6.18, precision: 'exact' },
    hours: WEEKDAYS,
  };
  const stEtienne = at('2025-12-26T10:00+01:00');
  assert.equal(placeOpenState(place, stEtienne), 'unknown');
  assert.equal(placeOpenState({ ...place, address: { city: 'Cahors', postcode: '46000' } }, stEtienne), 'open');
  const bus: Place = {
    ...place,
    id: 'bus',
    kind: 'bus',
    hours: undefined,
    stops: [{ id: 'lherm', name: 'Lherm', address: { city: 'Lherm', insee: '46171' }, location: { lat: 44.57, lon: 1.24, precision: 'commune' }, hours: 'Th 14:00-17:15' }],
  };
  // Ascension Day 2026 is Thursday 14 May: the visit is possible, not certain, and says why.
  const visits = nextVisits(bus, at('2026-05-11T08:00+02:00'), { days: 11 });
  assert.deepEqual(visits.map((v) => [v.start.toISOString(), !!v.tentative, !!v.holiday]), [
    ['2026-05-14T12:00:00.000Z', true, true],
    ['2026-05-21T12:00:00.000Z', false, false],
  ]);
  assert.equal(describeVisit(visits[0]!, 'fr'), 'Passage possible à Lherm : jeudi 14 mai, 14 h – 17 h 15 (jour férié : à confirmer)');
  assert.equal(describeVisit(visits[0]!, 'en'), 'Possible visit to Lherm: Thursday 14 May, 2 pm – 5:15 pm (public holiday: to be confirmed)');
  assert.equal(placeOpenState(bus, at('2026-05-14T15:00+02:00')), 'unknown');
});

test('weekTable marks the holiday: unknown without a PH rule, closed with PH off', () => {
  const monday = at('2026-12-21T10:00+01:00');
  const friday = weekTable(WEEKDAYS, monday)[4]!;
  assert.equal(friday.holiday, true);
  assert.equal(friday.state, 'unknown');
  assert.deepEqual(friday.ranges, []);
  const off = weekTable(`${WEEKDAYS}; PH off`, monday)[4]!;
  assert.deepEqual([off.holiday, off.state], [true, 'closed']);
  const thursday = weekTable(WEEKDAYS, monday)[3]!;
  assert.deepEqual([thursday.holiday, thursday.state], [undefined, 'open']);
  // 26 December 2025 is a Friday: a holiday in Metz, not in Cahors.
  assert.equal(weekTable(WEEKDAYS, at('2025-12-22T10:00+01:00'), '57')[4]!.holiday, true);
  assert.equal(weekTable(WEEKDAYS, at('2025-12-22T10:00+01:00'), '46')[4]!.state, 'open');
});

/** The reference's public holidays for a French region (its `state` as Nominatim names it), as ISO dates. */
function referenceHolidays(state: string, year: number): Set<string> {
  const oh = new OpeningHours('PH', { lat: 0, lon: 0, address: { country_code: 'fr', state } });
  const days = new Set<string>();
  for (const [from] of oh.getOpenIntervals(new Date(year, 0, 1), new Date(year + 1, 0, 1)))
    days.add(`${from.getFullYear()}-${String(from.getMonth() + 1).padStart(2, '0')}-${String(from.getDate()).padStart(2, '0')}`);
  return days;
}

const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

test('the lists of days agree with the reference package, apart from its customary days', () => {
  const prevTz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
  try {
    // Days the reference adds that are not public holidays by law (custom, not the Code du travail
    // nor the décret of 23 November 1983): Good Friday and Victor Schœlcher's day in the Antilles.
    const customary: Record<string, (y: number) => string[]> = {
      Guadeloupe: (y) => [goodFriday(y), `${y}-07-21`],
      Martinique: (y) => [goodFriday(y), `${y}-07-21`],
    };
    const regions: [string, string | undefined][] = [
      ['Occitanie', '46'],
      ['Hauts-de-France', '02'],
      ['Moselle', '57'],
      ['Bas-Rhin', '67'],
      ['Haut-Rhin', '68'],
      ['Guadeloupe', '971'],
      ['Martinique', '972'],
      ['Guyane', '973'],
      ['La Réunion', '974'],
      ['Mayotte', '976'],
    ];
    for (const [state, dept] of regions)
      for (let y = 2024; y <= 2032; y++) {
        const ours = [...publicHolidays(y, dept)].map(iso).sort();
        const theirs = [...referenceHolidays(state, y)].filter((d) => !customary[state]?.(y).includes(d)).sort();
        assert.deepEqual(ours, theirs, `${state} ${y}`);
        // A regional day can fall on a national one (Guyane's 10 June was Whit Monday in 2030).
        assert.ok(ours.length >= 11, `${state} ${y}`);
      }
  } finally {
    if (prevTz === undefined) delete process.env.TZ;
    else process.env.TZ = prevTz;
  }
});

function goodFriday(y: number): string {
  const oh = new OpeningHours('PH', { lat: 0, lon: 0, address: { country_code: 'fr', state: 'Moselle' } });
  const [first] = oh.getOpenIntervals(new Date(y, 2, 15), new Date(y, 3, 30));
  const d = first![0];
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
