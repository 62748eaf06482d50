import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../../src/core/catalogue/types.js';
import { csvCell, plainText, resultsToCsv, resultsToGeoJson, toCsv } from '../../../src/core/export/index.js';

/** A minimal RFC 4180 reader, to check that what we write reads back to the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const FS: Place = {
  id: 'fs-cahors',
  name: 'France services <b>Cahors</b>',
  kind: 'france-services',
  needs: ['caf', 'impots'],
  address: { street: '72 rue du Président Wilson, bât. "A"', postcode: '46000', city: 'Cahors', insee: '46042' },
  location: { lat: 44.4475, lon: 1.4412, precision: 'exact' },
  hours: 'Mo-Fr 09:00-12:00,13:30-17:00',
  contact: { phone: '05 65 20 88 70', email: 'fs@example.fr', website: 'javascript:alert(1)' },
};
const BUS: Place = {
  id: 'bus-gc',
  name: 'Bus France services Grand Cahors',
  kind: 'bus',
  needs: ['papiers'],
  address: { city: 'Cahors' },
  location: { lat: 44.45, lon: 1.44, precision: 'exact' },
  contact: { phone: '=07 62 60 96 94', website: 'https://www.grandcahors.fr/' },
  stops: [
    { id: 'lherm', name: 'Lherm', address: { city: 'Lherm', postcode: '46150' }, location: { lat: 44.57, lon: 1.23, precision: 'commune' }, hours: 'Th 14:00-17:15' },
    { id: 'crayssac', name: 'Crayssac', address: { city: 'Crayssac' }, location: { lat: 44.51, lon: 1.32, precision: 'commune' } },
  ],
};

describe('CSV writing (RFC 4180, Excel)', () => {
  it('quotes separators, quotes and line breaks, and reads back to the same cells', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', '', 'Évêché œuvre'];
    const text = toCsv([cells, ['x']]);
    assert.ok(text.startsWith('\uFEFF'), 'UTF-8 BOM for Excel');
    assert.ok(text.endsWith('\r\n'));
    assert.equal(text.slice(1), 'plain,"a,b","say ""hi""","two\nlines","cr\r\nlf",,Évêché œuvre\r\nx\r\n');
    assert.deepEqual(readCsv(text.slice(1)), [cells, ['x']]);
    assert.equal(toCsv([['a']], { bom: false }), 'a\r\n');
    assert.equal(toCsv([['a;b', 'c,d']], { bom: false, separator: ';' }), '"a;b";"c,d"\r\n');
  });

  it('guards against formula injection but writes numbers as numbers', () => {
    assert.equal(csvCell('=HYPERLINK("http://evil")'), `"'=HYPERLINK(""http://evil"")"`);
    assert.equal(csvCell('+33 5 65'), "'+33 5 65");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\t=1'), `"'\t=1"`, 'a tab is a separator in some reading: quoted');
    assert.equal(csvCell(-1.5), '-1.5');
    assert.equal(csvCell(NaN), '');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(true), 'true');
    assert.equal(csvCell('a=b'), 'a=b');
  });
});

describe('results export', () => {
  it('CSV: one row per result with labels, a stop result gives the stop, unsafe links dropped', () => {
    const text = resultsToCsv([{ place: FS, distanceKm: 3.14159 }, { place: BUS, stopId: 'lherm' }]);
    const rows = readCsv(text.slice(1));
    assert.equal(rows.length, 3);
    assert.equal(rows[0]![0], 'Nom');
    const head = rows[0]!;
    const fs = Object.fromEntries(head.map((h, i) => [h, rows[1]![i]]));
    assert.equal(fs['Nom'], 'France services <b>Cahors</b>', 'CSV is text, not HTML: kept as written');
    assert.equal(fs['Adresse'], '72 rue du Président Wilson, bât. "A"');
    assert.equal(fs['Site web'], '');
    assert.equal(fs['Distance (km)'], '3.1');
    assert.equal(fs['Répond à'], 'CAF, allocations ; Impôts');
    assert.equal(fs['Position'], 'exacte');
    const bus = Object.fromEntries(head.map((h, i) => [h, rows[2]![i]]));
    assert.equal(bus['Arrêt'], 'Lherm');
    assert.equal(bus['Commune'], 'Lherm');
    assert.equal(bus['Horaires'], 'Th 14:00-17:15');
    assert.equal(bus['Téléphone'], "'=07 62 60 96 94", 'formula guard');
    assert.equal(bus['Position'], 'approximative (centre de la commune)');
    assert.equal(readCsv(resultsToCsv([], 'en').slice(1))[0]![0], 'Name');
  });

  it('GeoJSON: a FeatureCollection of points in lon/lat, plain-text properties, one feature per bus stop', () => {
    const fc = resultsToGeoJson([{ place: FS, distanceKm: 3.14159 }, { place: BUS }]);
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 3);
    const [fs, lherm, crayssac] = fc.features;
    assert.deepEqual(fs!.geometry, { type: 'Point', coordinates: [1.4412, 44.4475] });
    assert.equal(fs!.properties.name, 'France services Cahors');
    assert.equal(fs!.properties.website, undefined);
    assert.equal(fs!.properties.distanceKm, 3.1);
    assert.deepEqual(fs!.properties.needs, ['caf', 'impots']);
    assert.equal(lherm!.properties.stopId, 'lherm');
    assert.equal(lherm!.properties.hours, 'Th 14:00-17:15');
    assert.equal(lherm!.properties.precision, 'commune');
    assert.equal(lherm!.properties.website, 'https://www.grandcahors.fr/');
    assert.equal(crayssac!.properties.hours, undefined);
    for (const f of fc.features) for (const v of Object.values(f.properties)) if (typeof v === 'string') assert.doesNotMatch(v, /[<>]/);
    assert.equal(resultsToGeoJson([{ place: BUS, stopId: 'crayssac' }]).features.length, 1);
    assert.equal(plainText('<img src=x onerror=alert(1)>Salle <i>2</i> > 1'), 'Salle 2 1');
  });
});

/** Splits a CSV line on `sep` the way a spreadsheet guessing the other separator would (quotes honoured). */
const cellsOf = (line: string, sep: string): string[] => {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
};

describe('CSV across separators (issue 12)', () => {
  const hostile = ['lieu-1,=1+1', "lieu-3;=cmd|' /C calc'!A0", 'a\tb', 'cr\rx', 'lf\nx', 'plain'];
  for (const separator of [',', ';'] as const) {
    it(`with "${separator}": separators of either kind, tabs and line breaks are quoted`, () => {
      const line = toCsv([hostile], { bom: false, separator }).replace(/\r\n$/, '');
      assert.equal(line, ['"lieu-1,=1+1"', `"lieu-3;=cmd|' /C calc'!A0"`, '"a\tb"', '"cr\rx"', '"lf\nx"', 'plain'].join(separator));
      // Whichever separator a spreadsheet guesses, no cell starts with a formula character.
      for (const guess of [',', ';', '\t'])
        for (const cell of cellsOf(line, guess)) assert.doesNotMatch(cell, /^[=+\-@]/, `${separator} read as ${JSON.stringify(guess)}: ${cell}`);
    });

    it(`with "${separator}": the formula guard is the same, also after leading spaces or quotes`, () => {
      for (const v of ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', ' =1+1', '  @A1', '"=1+1', "'=1+1", ' "-2'])
        assert.ok(csvCell(v, separator).replace(/^"/, '').startsWith("'"), `${JSON.stringify(v)} → ${csvCell(v, separator)}`);
      assert.equal(csvCell('=1+1', separator), csvCell('=1+1', separator === ',' ? ';' : ','));
      assert.equal(csvCell('a =b', separator), 'a =b');
    });
  }

  it('the results export is quoted the same way in French and English', () => {
    const place: Place = { ...FS, id: 'lieu-1,=1+1', name: "lieu-3;=cmd|' /C calc'!A0", contact: {} };
    for (const lang of ['fr', 'en'] as const)
      for (const separator of [',', ';'] as const) {
        const lines = resultsToCsv([{ place }], lang, { bom: false, separator }).split('\r\n');
        for (const guess of [',', ';'])
          for (const cell of cellsOf(lines[1]!, guess)) assert.doesNotMatch(cell, /^[=+\-@]/, `${lang} ${separator}/${guess}: ${cell}`);
      }
  });
});

describe('GeoJSON properties are plain text (issue 12)', () => {
  it('no markup in the id, the stop id or the website path', () => {
    const place: Place = {
      ...BUS,
      id: 'bus-<img src=x onerror=alert(1)>',
      contact: { website: 'https://www.example.fr/<script>alert(1)</script>?q=<b>&x="y"' },
      stops: [{ ...BUS.stops![0]!, id: 'lherm<svg/onload=alert(1)>' }],
    };
    const fc = resultsToGeoJson([{ place }]);
    const props = fc.features[0]!.properties;
    for (const v of Object.values(props)) if (typeof v === 'string') assert.doesNotMatch(v, /[<>"]/, v);
    assert.equal(props.id, 'bus-');
    assert.equal(props.website, 'https://www.example.fr/%3Cscript%3Ealert(1)%3C/script%3E?q=%3Cb%3E&x=%22y%22');
    assert.equal(props.stopId, 'lherm');
  });
});
