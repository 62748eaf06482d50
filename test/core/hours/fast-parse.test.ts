/**
 * The parser's fast path (parse.ts, `fastRules`) must read exactly what the full parser reads:
 * on every value it accepts, the same rules (deep equality: same fields, same values); on
 * anything else it must step aside (undefined) so that the full parser decides, errors included.
 * Checked on the France services values, the hand corpus and generated values built from the
 * tokens both parsers know, with random spacing, case and damage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fastRules } from '../../../src/core/hours/parse.js';
import { parseRules } from '../../../src/core/hours/grammar.js';
import { HAND_CORPUS } from './hand-corpus.js';
import { franceServicesCorpus } from './differential-helper.js';

function same(value: string): boolean {
  const fast = fastRules(value);
  if (fast === undefined) return false;
  assert.deepStrictEqual(fast, parseRules(value, null), `fast path differs on ${JSON.stringify(value)}`);
  return true;
}

test('the fast path reads the shapes catalogues repeat, as the full parser does', () => {
  for (const v of [
    'Mo-Fr 09:00-12:00,14:00-17:00; PH off',
    'Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00; PH off',
    'week 01-53/2 Tu 09:00-12:00',
    'week 1-53/2: Tu 09:00-12:00; PH off',
    'Th[1,3] 14:00-17:15; PH off',
    'Tu[-1] 09:00-12:00',
    'We[2-4] 09:00-12:00',
    'Mo-Fr 09:00-12:00; We 14:00-16:00 "sur rendez-vous"; Aug off; PH off',
    'Sa-Mo 22:00-02:00',
    'Mo 10:00-12:00 open "avec ou sans rendez-vous"',
    'Mo-Fr 09:00-12:00;',
    'off',
    '"sur rendez-vous"',
    'PH off',
    ' Mo - Fr  9:00 - 12:00 ',
    'Mo-Fr09:00-12:00',
  ])
    assert.ok(same(v), `not on the fast path: ${JSON.stringify(v)}`);
});

test('the fast path steps aside for what it does not read (the full parser decides)', () => {
  for (const v of [
    '',
    '   ',
    '24/7',
    'mo-fr 09:00-12:00',
    'Mo-Fr 09:00-12:00, We 14:00-16:00',
    'Mo-Fr 09:00-17:00 || "sur rendez-vous"',
    '2026 Dec 24 off',
    'Dec 24-Jan 02 off',
    'Aug,Sep off',
    'week 01-10,20-30 Mo 09:00-12:00',
    'Mo-Fr 09:00-12:60',
    'Mo-Fr 09:00-49:00',
    'Mo-Fr 25:00-26:00',
    'Mo-Fr 09:00+',
    'Mo-Fr 10:00-12:00/30',
    'Mo Tu 09:00-12:00',
    'Mo-Fr 09:00-12:00;; Sa 10:00-12:00',
    'Mo-Fr 09:00-12:00 "unclosed',
    'Mo-Fr\t09:00-12:00',
    'Mo-Fr sunrise-sunset',
    'Mo-Fr 09:00-12:00 Off',
    'SH off',
    'Th[0] 09:00-12:00',
    'Th[1-6] 09:00-12:00',
    'Mo-Fr 009:00-12:00',
    'Mo-Fr 09:000-12:00',
    'Aug 15 off',
    'Aug-Sep off',
    'week 54 Mo 09:00-12:00',
  ])
    assert.equal(fastRules(v), undefined, JSON.stringify(v));
});

test('on the France services values and the hand corpus, the fast path agrees with the full parser', () => {
  const fs = [...new Set(franceServicesCorpus())];
  const taken = fs.filter(same).length;
  // Nearly all real values take the fast path (else it would not be worth its code).
  assert.ok(taken >= fs.length * 0.95, `${taken} of ${fs.length} France services values on the fast path`);
  for (const v of HAND_CORPUS) same(v);
});

const pad = (n: number) => String(n).padStart(2, '0');
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su', 'PH', 'SH', 'mo', 'FR', 'Mon') },
  { weight: 2, arbitrary: fc.constantFrom('Jan', 'Aug', 'Dec', 'aug', 'Sep', 'week', 'Week', 'easter', '2026') },
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${h < 10 && h % 2 ? h : pad(h)}:${pad(m)}`) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 60 }).map(String) },
  { weight: 6, arbitrary: fc.constantFrom('-', ',', ';', '[', ']', '/', ':', '+', '||', '-') },
  { weight: 2, arbitrary: fc.constantFrom('off', 'closed', 'open', 'unknown', 'Off', '"sur rendez-vous"', '""', '"', '24/7') },
);
const spacing = fc.constantFrom('', '', ' ', ' ', '  ', '\t');
const tokens = fc.array(fc.tuple(token, spacing), { minLength: 1, maxLength: 14 }).map((xs) => xs.map(([t, sp]) => t + sp).join(''));
const day = fc.constantFrom('Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su');
const time = fc.tuple(fc.integer({ min: 0, max: 26 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${pad(h)}:${pad(m)}`);
const shaped = fc
  .array(
    fc.tuple(
      fc.option(fc.constantFrom('Aug ', 'week 01-53/2 ', 'week 2-52 ', 'Dec: ')),
      fc.option(fc.oneof(day, fc.tuple(day, day).map(([a, b]) => `${a}-${b}`), fc.tuple(day, fc.constantFrom('[1]', '[1,3]', '[-1]', '[2-4]')).map(([a, n]) => a + n), fc.constant('PH'), fc.tuple(day, day, day).map((d) => d.join(',')))),
      fc.option(fc.array(fc.tuple(time, time).map(([a, b]) => `${a}-${b}`), { minLength: 1, maxLength: 3 }).map((x) => x.join(','))),
      fc.constantFrom('', ' off', ' closed', ' unknown', ' "sur rendez-vous"', ' open "x"'),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((rules) => rules.map(([w, d, t, m]) => `${w ?? ''}${[d, t].filter(Boolean).join(' ')}${m}`).join('; '));

test('generated values: wherever the fast path answers, it answers as the full parser', () => {
  let taken = 0;
  fc.assert(
    fc.property(fc.oneof(tokens, shaped), (v) => {
      if (same(v)) taken++;
    }),
    { numRuns: 20_000, seed: 15 },
  );
  // The generated values reach the fast path often enough for the comparison to mean something.
  assert.ok(taken > 5_000, `only ${taken} generated values on the fast path`);
});
