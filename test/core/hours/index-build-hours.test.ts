/**
 * Issue 15: a resident never pays for compiling a national catalogue's hours when first ticking
 * "Ouvert maintenant". The search index build compiles every distinct value (places and bus
 * stops) in its own slices (`prepareHours`, as the element passes `compilePlaceHours`), a few
 * hundred places per step, so that "open now" right after the build compiles nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePlaceHours, placeOpenState } from '../../../src/core/hours/index.js';
import { compilationCount } from '../../../src/core/hours/engine.js';
import { HOURS_SLICE, searchIndexSteps } from '../../../src/core/search/search-index.js';
import { runSteps } from '../../../src/core/slices.js';
import type { Place, Stop } from '../../../src/core/catalogue/types.js';
import { place } from '../search/place-fixture.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `n` places whose values no other test uses (`tag` makes them unique to a call): 1 in 3 repeats
 * the one before it, 1 in 50 is unreadable, 1 in 40 is a bus with three stops of its own.
 */
function catalogue(n: number, tag: number): { places: Place[]; distinct: number } {
  const values = new Set<string>();
  const places: Place[] = [];
  let last = '';
  for (let i = 0; i < n; i++) {
    const v = i % 3 === 2 ? last : `Mo-Fr 08:${pad(i % 60)}-12:00,13:${pad(tag % 60)}-${pad(14 + (i % 9))}:${pad(Math.floor(i / 60) % 60)}; Sa ${pad(Math.floor(i / 3600))}:00-23:00; PH off`;
    last = v;
    const hours = i % 50 === 7 ? `Mo-Fr 9h-12h #${tag}-${i}` : v;
    if (i % 40 === 5) {
      const stops: Stop[] = [0, 1, 2].map((s) => ({
        id: `s${s}`,
        name: `Arrêt ${s}`,
        address: { city: 'Cahors', insee: '46042' },
        location: { lat: 44.4, lon: 1.4, precision: 'commune' },
        hours: `Th[${1 + s}] 14:00-17:${pad(tag % 60)}; week ${1 + (i % 50)}-53/2 Tu 09:00-11:${pad(s)}`,
      }));
      for (const s of stops) values.add(s.hours!);
      places.push(place(`b${i}`, { kind: 'bus', stops }));
    } else {
      values.add(hours);
      places.push(place(`p${i}`, { hours }));
    }
  }
  return { places, distinct: values.size };
}

test('the index build compiles every distinct hours value, places and stops, and nothing else does', () => {
  const { places, distinct } = catalogue(3000, 1);
  const before = compilationCount();
  runSteps(searchIndexSteps(places, { openState: placeOpenState }));
  assert.equal(compilationCount(), before, 'without prepareHours the build compiles no hours');
  runSteps(searchIndexSteps(places, { openState: placeOpenState, prepareHours: compilePlaceHours }));
  assert.equal(compilationCount() - before, distinct);
  // "Open now" right after the build: every value is found compiled.
  const at = new Date('2026-12-03T10:00+01:00');
  assert.ok(places.filter((p) => placeOpenState(p, at) === 'open').length > 1000);
  assert.equal(compilationCount() - before, distinct);
});

test('the hours step gives the thread back every HOURS_SLICE places at most', () => {
  const { places } = catalogue(2000, 2);
  let sinceYield = 0;
  let most = 0;
  let calls = 0;
  const steps = searchIndexSteps(places, {
    prepareHours: (p) => {
      calls++;
      most = Math.max(most, ++sinceYield);
      compilePlaceHours(p);
    },
  });
  for (let r = steps.next(); !r.done; r = steps.next()) sinceYield = 0;
  assert.equal(calls, places.length);
  assert.equal(most, HOURS_SLICE);
});

test('compilePlaceHours never throws on what a place may hold', () => {
  const odd = [{ hours: 42 }, { hours: '' }, { hours: '\u00a0' }, { stops: [{}, null, { hours: [] }] }, { stops: 'x' }, {}];
  for (const o of odd) assert.doesNotThrow(() => compilePlaceHours(o as unknown as Place));
});
