/**
 * Properties of the path from a file's bytes to places: `decodeCatalogueBytes` then
 * `parseCatalogueText`. Complements test/core/catalogue/property.test.ts (arbitrary JSON and
 * values never make validation throw; valid places survive garbage entries), which starts
 * from parsed values or strings, not from bytes in some encoding.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeCatalogueBytes, parseCatalogueText } from '../../../src/core/catalogue/validate.js';
import { validPlace } from '../../fixtures/hostile/catalogues.mjs';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const withBom = (bom: number[], body: Uint8Array) => Buffer.concat([Buffer.from(bom), body]);

/** Every way a text editor may save the same text, as [label, bytes]. */
function encodings(s: string, bomOnly = false): Array<[string, Uint8Array]> {
  const list: Array<[string, Uint8Array]> = [
    ['utf-8 + BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(s, 'utf8'))],
    ['utf-16le + BOM', withBom([0xff, 0xfe], utf16le(s))],
    ['utf-16be + BOM', withBom([0xfe, 0xff], utf16be(s))],
  ];
  if (!bomOnly) list.push(['utf-8', Buffer.from(s, 'utf8')], ['utf-16le', utf16le(s)], ['utf-16be', utf16be(s)]);
  return list;
}

test('any text saved with a BOM in UTF-8 or UTF-16 (either byte order) decodes back to itself', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
      for (const [label, bytes] of encodings(s, true)) assert.equal(decodeCatalogueBytes(bytes), s, label);
      // Without a BOM: UTF-8 text (with no NUL, which only UTF-16 has) reads as itself…
      if (!s.includes('\u0000') && !s.startsWith('\uFEFF')) assert.equal(decodeCatalogueBytes(Buffer.from(s, 'utf8')), s, 'utf-8');
    }),
    { numRuns: 300 },
  );
});

test('UTF-16 without a BOM is recognised when the text starts as JSON does (ASCII)', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'{}[]":, \n0123456789abcdefghijklmnopqrstuvwxyz'), minLength: 40, maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 100 }), (ascii, rest) => {
      const s = ascii + rest;
      assert.equal(decodeCatalogueBytes(utf16le(s)), s, 'utf-16le');
      assert.equal(decodeCatalogueBytes(utf16be(s)), s, 'utf-16be');
    }),
    { numRuns: 300 },
  );
});

test('arbitrary bytes never make decoding or parsing throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const text = decodeCatalogueBytes(bytes);
      assert.equal(typeof text, 'string');
      const r = parseCatalogueText(text);
      assert.equal(typeof r.usable, 'boolean');
      if (!r.usable) assert.ok(r.problems.some((p) => p.severity === 'error'));
    }),
    { numRuns: 500 },
  );
});

const names = fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s !== ''), {
  minLength: 1,
  maxLength: 8,
});
const spacing = fc.constantFrom(undefined, 0, 2, '\t');

test('a valid catalogue keeps every place whatever its encoding, BOM and indentation', () => {
  fc.assert(
    fc.property(names, spacing, (list, indent) => {
      const places = list.map((name, i) => validPlace(i, name));
      const doc = { version: 1, name: 'T', territory: 'Lot', updated: '2026-11-01', licence: 'LO 2.0', attribution: 'T', places };
      const json = JSON.stringify(doc, null, indent);
      for (const [label, bytes] of encodings(json)) {
        const r = parseCatalogueText(decodeCatalogueBytes(bytes));
        assert.equal(r.usable, true, label);
        assert.deepEqual(
          r.places.map((p) => p.name),
          list,
          label,
        );
      }
    }),
    { numRuns: 150 },
  );
});

test('cutting a valid catalogue anywhere never throws and never invents a place', () => {
  const json = JSON.stringify({
    version: 1,
    name: 'T',
    territory: 'Lot',
    updated: '2026-11-01',
    licence: 'LO 2.0',
    attribution: 'T',
    places: [0, 1, 2].map((i) => validPlace(i)),
  });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: json.length - 1 }), (cut) => {
      const r = parseCatalogueText(json.slice(0, cut));
      assert.equal(r.usable, false);
      assert.equal(r.places.length, 0);
      assert.equal(r.problems[0]!.code, 'not-json');
      assert.match(r.problems[0]!.message.fr, /ligne \d+, colonne \d+/);
    }),
    { numRuns: 300 },
  );
});
