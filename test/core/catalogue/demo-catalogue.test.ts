import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SOURCES } from '../../helpers/sources.js';
import { parse } from 'csv-parse/sync';
import { parseCatalogueText } from '../../../src/core/catalogue/validate.js';

const catalogueText = readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8');

test('demo catalogue: valid, no problem at all, sources and attribution present', () => {
  const r = parseCatalogueText(catalogueText);
  assert.deepEqual(r.problems, []);
  assert.ok(r.places.length >= 150);
  assert.match(r.meta.licence, /Licence Ouverte 2\.0/);
  assert.ok((r.meta.sources ?? []).length >= 5);
  assert.ok(r.meta.attribution.includes('ANCT'));
});

test('Grand Cahors bus: one place of kind bus with its stops at commune centres; no invented hours', () => {
  const r = parseCatalogueText(catalogueText);
  const bus = r.places.find((p) => p.id === 'fs-262')!;
  assert.equal(bus.kind, 'bus');
  assert.equal(bus.contact?.phone, '07 62 60 96 94');
  assert.match(bus.address.street ?? '', /Hôtel Wilson, 72 Rue du Président Wilson/);
  assert.equal(bus.stops!.length, 28);
  assert.ok(bus.stops!.every((s) => s.location.precision === 'commune' && ((s.hoursNote ?? '') !== '' || s.frequency)));
  const lherm = bus.stops!.find((s) => s.address.city === 'Lherm')!;
  // Which Thursdays is not known: a frequency (twice a month on Thursday), no hours, so no dates.
  assert.deepEqual(lherm.frequency, { timesPerMonth: 2, weekday: 'Th', from: '14:00', to: '17:15', datesNote: 'dates au 07 62 60 96 94' });
  assert.ok(bus.stops!.every((s) => s.hours === undefined));
  // The stops are not also listed as separate places.
  assert.ok(!r.places.some((p) => p.id.startsWith('cspi-')));
});

test('demo catalogue keeps precision "commune" wherever the source data says commune centre', () => {
  const rows = parse<Record<string, string>>(readFileSync(`${SOURCES}places.csv`, 'utf8'), { columns: true });
  const r = parseCatalogueText(catalogueText);
  const byId = new Map(r.places.map((p) => [p.id, p]));
  const stops = new Map(r.places.flatMap((p) => p.stops ?? []).map((s) => [s.id, s]));
  for (const row of rows) {
    const item = byId.get(row['place_id']!) ?? stops.get(row['place_id']!);
    assert.ok(item, `${row['place_id']} in the catalogue`);
    const expected = row['coord_precision']!.startsWith('approx_commune_centroid') ? 'commune' : 'exact';
    assert.equal(item.location.precision, expected, row['place_id']);
  }
});
