import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../../src/core/catalogue/types.js';
import type { Visit } from '../../../src/core/hours/types.js';
import { checkHoursSyntax, nextVisits } from '../../../src/core/hours/index.js';
import {
  analyseCoverage,
  displayMinutes,
  estimateMinutes,
  parseCoverageCommunes,
  qualifies,
  servicePoints,
} from '../../../src/core/coverage/index.js';
import { COMMUNES_RAW, KM_PER_DEGREE, LON, PLACES, place } from './fixture.js';

const lot = parseCoverageCommunes(COMMUNES_RAW).communes.filter((c) => c.dep === '46');
const close = (a: number | null, b: number, eps = 1e-3): void => {
  assert.ok(a !== null && Math.abs(a - b) < eps, `${a} ≈ ${b}`);
};

describe('coverage: the hand-computed case (see fixture.ts)', () => {
  const r = analyseCoverage(PLACES, lot);

  it('estimates minutes as 1.3 × km at 60 km/h', () => {
    assert.equal(KM_PER_DEGREE.toFixed(5), '111.19508');
    close(estimateMinutes(10), 13);
    const by = new Map(r.communes.map((c) => [c.name, c]));
    close(by.get('Un')!.minutes, 14.4554);
    close(by.get('Deux')!.minutes, 28.9107);
    close(by.get('Trois')!.minutes, 36.1384);
    close(by.get('Quatre')!.minutes, 43.3661);
    close(by.get('Cinq')!.minutes, 7.2277);
    close(by.get('Trois')!.distanceKm, 27.79877);
    assert.equal(by.get('Deux')!.nearest?.placeId, 'B');
    assert.equal(by.get('Quatre')!.nearest?.placeId, 'A', 'a digital-help point is not a first social welcome');
  });

  it('gives the population share and the communes beyond, largest first', () => {
    assert.deepEqual(r.population, { total: 4000, within: 1700, beyond: 2300, share: 0.425 });
    assert.deepEqual(r.counts, { communes: 5, within: 3, beyond: 2, withoutPopulation: 0 });
    assert.deepEqual(r.beyond.map((c) => [c.name, c.population, displayMinutes(c.minutes)]), [
      ['Trois', 2000, 37],
      ['Quatre', 300, 44],
    ]);
    assert.deepEqual(r.communes.map((c) => c.name), ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq'], 'input order kept');
  });

  it('follows the threshold and the travel model', () => {
    const r40 = analyseCoverage(PLACES, lot, { thresholdMinutes: 40 });
    assert.deepEqual(r40.beyond.map((c) => c.name), ['Quatre']);
    assert.equal(r40.population.within, 3700);
    // At 30 km/h every time doubles: only Un (28.9) and Cinq (14.5) stay within 30.
    const slow = analyseCoverage(PLACES, lot, { model: { speedKmh: 30 } });
    assert.deepEqual(slow.communes.filter((c) => c.covered).map((c) => c.name), ['Un', 'Cinq']);
    const access = analyseCoverage(PLACES, lot, { model: { accessMinutes: 5 } });
    close(access.communes[0]!.minutes, 19.4554);
    assert.equal(analyseCoverage(PLACES, lot, { thresholdMinutes: -3 }).thresholdMinutes, 30, 'bad threshold → default');
  });

  it('selects places by need or kind instead of the first welcome', () => {
    const caf = analyseCoverage(PLACES, lot, { target: { need: 'caf' } });
    assert.deepEqual(caf.communes.filter((c) => c.covered).map((c) => c.name), ['Deux', 'Cinq']);
    // Un is 0.4° from B: 57.8 min.
    close(caf.communes[0]!.minutes, 0.4 * KM_PER_DEGREE * 1.3);
    const digital = analyseCoverage(PLACES, lot, { target: { kind: 'espace-numerique' } });
    assert.equal(digital.communes.find((c) => c.name === 'Quatre')!.minutes, 0);
    assert.equal(digital.points.points, 1);
    assert.equal(qualifies(PLACES[2]!, {}), false);
    assert.equal(qualifies(PLACES[2]!, { need: 'numerique' }), true);
  });

  it('reports no place as null minutes, never a throw', () => {
    const none = analyseCoverage([], lot);
    assert.equal(none.points.points, 0);
    assert.ok(none.communes.every((c) => c.minutes === null && c.nearest === null && !c.covered));
    assert.equal(none.population.share, 0);
    assert.equal(analyseCoverage(PLACES, []).population.share, 0);
  });
});

describe('coverage: bus stops', () => {
  const stop = (id: string, lat: number, hours?: string): NonNullable<Place['stops']>[number] => ({
    id,
    name: `Arrêt ${id}`,
    address: { city: id },
    location: { lat, lon: LON, precision: 'commune' },
    ...(hours ? { hours } : {}),
  });
  const bus: Place = {
    ...place('BUS', 'bus', 44.0, ['papiers']),
    stops: [stop('s-visited', 44.75, 'Th 14:00-17:15'), stop('s-unknown', 43.7), stop('s-never', 44.3, 'Mo 09:00-10:00')],
  };
  const from = new Date('2026-11-23T08:00:00Z');
  // A fake hours engine: only s-visited has a visit in the window.
  const fakeVisits = (p: Place, f: Date, o: { days: number }): Visit[] => {
    assert.equal(o.days, 30);
    assert.equal(f, from);
    return [{ placeId: p.id, stopId: 's-visited', stopName: 'x', start: new Date('2026-11-26T13:00:00Z'), end: new Date('2026-11-26T16:15:00Z') }];
  };

  it('counts a stop visited within 30 days and a stop with unknown hours, not the others nor the base', () => {
    const { points, counts } = servicePoints([bus], {}, { from, nextVisits: fakeVisits });
    assert.deepEqual(points.map((p) => p.stopId), ['s-visited', 's-unknown']);
    assert.deepEqual(counts, { points: 2, places: 0, busStops: 2, busStopsUnknownHours: 1, busStopsNotVisited: 1, busStopsUnchecked: 0 });
    const r = analyseCoverage([bus], lot, { busVisits: { from, nextVisits: fakeVisits } });
    assert.equal(r.communes.find((c) => c.name === 'Trois')!.minutes, 0, 'Trois is served by the bus stop in its centre');
    assert.equal(r.communes.find((c) => c.name === 'Trois')!.nearest?.name, 'Lieu BUS – Arrêt s-visited');
  });

  it('uses the real hours engine: a weekly stop is visited, a past one-off date is not', () => {
    assert.equal(checkHoursSyntax('2020 Jan 06 09:00-10:00'), null, 'the one-off date is valid, so it is left out for being past');
    const real: Place = { ...bus, stops: [stop('weekly', 44.75, 'Th 14:00-17:15'), stop('past', 44.3, '2020 Jan 06 09:00-10:00')] };
    const { points, counts } = servicePoints([real], {}, { from, nextVisits });
    assert.deepEqual(points.map((p) => p.stopId), ['weekly']);
    assert.equal(counts.busStopsNotVisited, 1);
  });

  it('without an hours engine counts every listed stop and says so', () => {
    const { counts } = servicePoints([bus], {});
    assert.equal(counts.busStops, 3);
    assert.equal(counts.busStopsUnchecked, 2);
  });

  it('counts a bus without stops at its location', () => {
    const { points } = servicePoints([place('B2', 'bus', 44.0)], {});
    assert.deepEqual(points.map((p) => [p.placeId, p.stopId]), [['B2', undefined]]);
  });
});

describe('coverage: commune lists', () => {
  it('reads both shapes, skips bad entries and reports them', () => {
    const { communes, problems } = parseCoverageCommunes({
      communes: [
        { insee: '46042', name: 'Cahors', dep: '46', population: 19000, lat: 44.45, lon: 1.44 },
        { code: '2A004', nom: 'Ajaccio', lat: 41.93, lon: 8.74 },
        { insee: '46042', name: 'Cahors again', lat: 44.45, lon: 1.44, population: 1 },
        { name: 'No code', lat: 1, lon: 1 },
        { insee: '46999', name: 'Nowhere', lat: 'x', lon: 1 },
        null,
      ],
    });
    assert.deepEqual(communes.map((c) => [c.insee, c.dep, c.population]), [['46042', '46', 19000], ['2A004', '2A', 0]]);
    assert.equal(problems.length, 5);
    assert.deepEqual(parseCoverageCommunes('nope').communes, []);
    assert.equal(parseCoverageCommunes(42).problems.length, 1);
  });
});
