/**
 * Property tests (fast-check): the engine never throws on any string, and the status agrees with
 * the next change (the state holds until `until - 1 ms` and differs at `until`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkHoursSyntax, describeStatus, getStatus, nextChange, nextVisits, weekTable } from '../../../src/core/hours/index.js';
import type { Place } from '../../../src/core/catalogue/types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const time = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${pad(h)}:${pad(h === 24 ? 0 : m)}`);
const day = fc.constantFrom('Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su');
const month = fc.constantFrom('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec');
const weekdays = fc.oneof(
  day,
  fc.tuple(day, day).map(([a, b]) => `${a}-${b}`),
  fc.tuple(day, fc.constantFrom('[1]', '[2]', '[-1]', '[1,3]', '[2-4]')).map(([a, n]) => a + n),
  fc.constant('PH'),
  fc.tuple(day, day).map(([a, b]) => `${a},${b}`),
);
const times = fc.array(fc.tuple(time, time).map(([a, b]) => `${a}-${b}`), { minLength: 1, maxLength: 3 }).map((x) => x.join(','));
const wide = fc.oneof(
  month,
  fc.tuple(month, month).map(([a, b]) => `${a}-${b}`),
  fc.tuple(month, fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m} ${pad(d)}`),
  fc.tuple(fc.integer({ min: 2026, max: 2027 }), month, fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y} ${m} ${pad(d)}`),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 30, max: 53 }), fc.integer({ min: 1, max: 3 })).map(([a, b, s]) => `week ${pad(a)}-${pad(b)}/${s}`),
);
const rule = fc
  .tuple(fc.option(wide), fc.option(weekdays), fc.option(times), fc.constantFrom('', ' off', ' open', ' unknown', ' "sur rendez-vous"'))
  .map(([w, d, t, m]) => [w, d, t].filter(Boolean).join(' ') + m)
  .filter((r) => r.trim() !== '');
/** Mostly valid values in the grammar, with the separators. */
const grammar = fc
  .tuple(rule, fc.array(fc.tuple(fc.constantFrom('; ', ', ', ' || '), rule), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([s, r]) => s + r).join(''));
/** Grammar-ish values with random damage: tokens dropped, characters inserted. */
const damaged = fc.tuple(grammar, fc.nat(), fc.string({ maxLength: 3 })).map(([g, i, s]) => g.slice(0, i % (g.length + 1)) + s + g.slice((i % (g.length + 1)) + 1));

const DST = [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1)];
/** Any instant of 2026–2027, or one within two days of a daylight-saving change. */
const instant = fc
  .oneof(
    fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }),
    fc.tuple(fc.constantFrom(...DST), fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 })).map(([d, o]) => d + o),
  )
  .map((t) => new Date(t));

function exercise(s: string, at: Date): void {
  checkHoursSyntax(s);
  const status = getStatus(s, at);
  describeStatus(status, at, 'fr');
  describeStatus(status, at, 'en');
  nextChange(s, at);
  weekTable(s, at);
  const bus = { id: 'b', name: 'B', kind: 'bus', needs: [], address: { city: 'X' }, location: { lat: 0, lon: 0, precision: 'exact' }, stops: [{ id: 's', name: 'S', address: { city: 'X' }, location: { lat: 0, lon: 0, precision: 'exact' }, hours: s }] } as Place;
  nextVisits(bus, at, { days: 14 });
}

test('never throws, whatever the string', () => {
  for (const arb of [fc.string(), fc.string({ unit: 'binary' }), grammar, damaged]) {
    fc.assert(
      fc.property(arb, instant, (s, at) => {
        exercise(s, at);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  }
  for (const s of ['24/7', 'Mo-Fr 09:00-12:00', '2026 Dec 03 14:00-17:15']) exercise(s, new Date(NaN));
});

test('grammar values mostly parse (the generator is not just noise)', () => {
  const ok = fc.sample(grammar, { numRuns: 300, seed: 7 }).filter((s) => checkHoursSyntax(s) === null).length;
  assert.ok(ok > 200, `${ok} of 300 parse`);
});

test('status agrees with the next change: same state until `until - 1 ms`, another state at `until`', () => {
  fc.assert(
    fc.property(grammar, instant, (s, at) => {
      const status = getStatus(s, at);
      if (!status.until) return;
      assert.ok(status.until.getTime() > at.getTime());
      assert.equal(getStatus(s, new Date(status.until.getTime() - 1)).state, status.state);
      assert.notEqual(getStatus(s, status.until).state, status.state);
      if (status.nextOpen) assert.equal(getStatus(s, status.nextOpen).state, 'open');
    }),
    { numRuns: 1500, seed: 4 },
  );
});
