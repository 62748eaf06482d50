/** `Stop.frequency`: "N times a month on this weekday, dates unknown", validated field by field. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { messages } from '../../../src/core/catalogue/messages.js';
import { catalogueOf, validPlace } from './fixtures.js';

const stop = (over: Record<string, unknown> = {}) => ({
  id: 'lherm',
  name: 'Lherm',
  address: { city: 'Lherm', postcode: '46150' },
  location: { lat: 44.569935, lon: 1.24071, precision: 'commune' },
  ...over,
});
const busWith = (s: Record<string, unknown>) => catalogueOf([validPlace({ id: 'bus', kind: 'bus', hours: undefined, stops: [s] })]);
const run = (s: Record<string, unknown>) => {
  const r = validateCatalogue(busWith(s));
  return { stop: r.places[0]!.stops![0]!, problems: r.problems };
};
const LHERM = { timesPerMonth: 2, weekday: 'Th', from: '14:00', to: '17:15', datesNote: 'dates au 07 62 60 96 94' };

test('a valid frequency is kept as written, without problems', () => {
  const { stop: s, problems } = run(stop({ frequency: LHERM }));
  assert.deepEqual(problems, []);
  assert.deepEqual(s.frequency, LHERM);
  // Times are optional (both or neither), the note too; the weekday is read like opening_hours (any case).
  assert.deepEqual(run(stop({ frequency: { timesPerMonth: 1, weekday: ' tu ' } })).stop.frequency, { timesPerMonth: 1, weekday: 'Tu' });
});

test('a broken frequency is dropped with a message, the stop and the bus are kept', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ ...LHERM, timesPerMonth: 0 }, 'stops[0].frequency.timesPerMonth'],
    [{ ...LHERM, timesPerMonth: 2.5 }, 'stops[0].frequency.timesPerMonth'],
    [{ ...LHERM, timesPerMonth: 5 }, 'stops[0].frequency.timesPerMonth'],
    [{ ...LHERM, timesPerMonth: '2' }, 'stops[0].frequency.timesPerMonth'],
    [{ ...LHERM, weekday: 'jeudi' }, 'stops[0].frequency.weekday'],
    [{ timesPerMonth: 2 }, 'stops[0].frequency.weekday'],
    [{ ...LHERM, from: '14h' }, 'stops[0].frequency.from'],
    [{ ...LHERM, to: undefined }, 'stops[0].frequency.to'],
    [{ ...LHERM, from: '17:15', to: '14:00' }, 'stops[0].frequency.to'],
  ];
  for (const [frequency, path] of cases) {
    const { stop: s, problems } = run(stop({ frequency }));
    assert.equal(s.frequency, undefined, JSON.stringify(frequency));
    assert.equal(s.name, 'Lherm');
    assert.ok(problems.some((p) => p.path.endsWith(path) && p.severity === 'warning'), `${JSON.stringify(frequency)}: ${JSON.stringify(problems)}`);
    assert.ok(problems.every((p) => p.message.fr && p.message.en));
  }
  const list = run(stop({ frequency: [LHERM] }));
  assert.equal(list.stop.frequency, undefined);
  assert.equal(list.problems[0]!.code, 'wrong-type');
  const extra = run(stop({ frequency: { ...LHERM, weeks: [1, 3] } }));
  assert.deepEqual(extra.stop.frequency, LHERM);
  assert.equal(extra.problems[0]!.code, 'unknown-field');
});

test('hours and frequency together: the hours (known dates) win, the frequency is dropped and said', () => {
  const { stop: s, problems } = run(stop({ hours: 'Th[1,3] 14:00-17:15', frequency: LHERM }));
  assert.equal(s.hours, 'Th[1,3] 14:00-17:15');
  assert.equal(s.frequency, undefined);
  assert.deepEqual(problems.map((p) => [p.path, p.message]), [['places[0].stops[0].frequency', messages.frequencyWithHours('places[0].stops[0]')]]);
});
