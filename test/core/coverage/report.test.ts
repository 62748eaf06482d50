import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyseCoverage,
  coverageCsv,
  coverageGeoJson,
  coverageMarkdown,
  formatShare,
  outlinesByInsee,
  parseCoverageCommunes,
} from '../../../src/core/coverage/index.js';
import { COMMUNES_RAW, PLACES, square } from './fixture.js';

const lot = parseCoverageCommunes(COMMUNES_RAW).communes.filter((c) => c.dep === '46');
const result = analyseCoverage(PLACES, lot);

describe('coverage reports', () => {
  it('Markdown: share, counts, the communes beyond largest first, and the method', () => {
    const md = coverageMarkdown(result);
    assert.match(md, /\*\*42,5\u00a0% de la population\*\* \(1\u202f700 habitants sur 4\u202f000\)/);
    assert.match(md, /Communes : 5 ; à 30 min ou moins : 3 ; au-delà : 2 \(2\u202f300 habitants\)/);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Commune') && !l.startsWith('| ---'));
    assert.deepEqual(rows, ['| Trois | 46003 | 2\u202f000 | 37 | Lieu B |', '| Quatre | 46004 | 300 | 44 | Lieu A |']);
    assert.match(md, /× 1,3 \(règle usuelle du détour routier\) ÷ 60 km\/h/);
    assert.match(md, /estimation/);
    const en = coverageMarkdown(result, { lang: 'en', limit: 1 });
    assert.match(en, /\*\*42\.5% of the population\*\*/);
    assert.match(en, /… and 1 more \(see the CSV\)/);
    assert.equal(formatShare(0.99999), '100,0\u00a0%');
  });

  it('Markdown: escapes table pipes and drops markup from names', () => {
    const r = analyseCoverage(PLACES, [{ ...lot[2]!, name: 'Trois|<b>x</b>' }]);
    assert.match(coverageMarkdown(r), /\| Trois\\\| x \| 46003 \|/);
  });

  it('CSV: one row per commune, BOM, CRLF, booleans and rounded figures', () => {
    const csv = coverageCsv(result);
    assert.ok(csv.startsWith('\uFEFFinsee,commune,population,distance_km,minutes_estimees,couverte,'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 6);
    assert.equal(lines[3], '46003,Trois,2000,27.8,36.1,false,Lieu B,B,');
    assert.equal(lines[1], '46001,Un,1000,11.12,14.5,true,Lieu A,A,');
  });

  it('GeoJSON: outlines when known, points otherwise, with minutes, population and covered', () => {
    const outlines = outlinesByInsee({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '46001', nom: 'Un' }, geometry: { type: 'Polygon', coordinates: square(44.1, 1.5) } },
        { type: 'Feature', properties: { insee: '46003' }, geometry: { type: 'MultiPolygon', coordinates: [square(44.75, 1.5)] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square(0, 0) } },
      ],
    });
    assert.deepEqual([...outlines.keys()], ['46001', '46003']);
    const fc = coverageGeoJson(result, { outlines });
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(fc.features.map((f) => f.geometry.type), ['Polygon', 'Point', 'MultiPolygon', 'Point', 'Point']);
    assert.deepEqual(fc.features[2]!.properties, {
      insee: '46003', name: 'Trois', population: 2000, minutes: 37, covered: false, distanceKm: 27.8,
      nearestPlaceId: 'B', nearestStopId: null, nearestName: 'Lieu B',
    });
    assert.deepEqual(fc.features[1]!.geometry, { type: 'Point', coordinates: [1.5, 44.3] });
    assert.equal(fc.coverage.share, 0.425);
    assert.equal(outlinesByInsee('junk').size, 0);
  });
});
