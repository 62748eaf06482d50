import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NEED_IDS, PLACE_KINDS } from '../../../src/core/needs/vocabulary.js';
import { APPOINTMENT_POLICIES, EQUIPMENT, WEEKDAY_CODES } from '../../../src/core/catalogue/types.js';
import { FIELDS, LOCATION_PRECISIONS, WHEELCHAIR_VALUES } from '../../../src/core/catalogue/validate.js';
import { LIMITS } from '../../../src/core/catalogue/limits.js';

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../../data/catalogue.schema.json', import.meta.url), 'utf8')) as Json;
const defs = schema['$defs'] as Record<string, Json>;
const props = (o: Json): Record<string, Json> => o['properties'] as Record<string, Json>;
const place = defs['place']!;

test('the schema is JSON Schema 2020-12', () => {
  assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
});

test('schema enums equal the TypeScript constants', () => {
  assert.deepEqual(defs['kind']!['enum'], [...PLACE_KINDS]);
  assert.deepEqual(defs['need']!['enum'], [...NEED_IDS]);
  assert.deepEqual(props(place)['appointment']!['enum'], [...APPOINTMENT_POLICIES]);
  assert.deepEqual((props(place)['equipment']!['items'] as Json)['enum'], [...EQUIPMENT]);
  assert.deepEqual(props(defs['location']!)['precision']!['enum'], [...LOCATION_PRECISIONS]);
  assert.deepEqual(props(props(place)['accessibility']!)['wheelchair']!['enum'], [...WHEELCHAIR_VALUES]);
  assert.deepEqual(props(defs['frequency']!)['weekday']!['enum'], [...WEEKDAY_CODES]);
});

test('schema required lists and property names equal the validator field lists', () => {
  const pairs: [Json, readonly string[], readonly string[]][] = [
    [schema, FIELDS.catalogueRequired, FIELDS.catalogue],
    [defs['source']!, FIELDS.sourceRequired, FIELDS.source],
    [place, FIELDS.placeRequired, FIELDS.place],
    [defs['address']!, FIELDS.addressRequired, FIELDS.address],
    [defs['location']!, FIELDS.locationRequired, FIELDS.location],
    [defs['stop']!, FIELDS.stopRequired, FIELDS.stop],
    [defs['frequency']!, FIELDS.frequencyRequired, FIELDS.frequency],
  ];
  for (const [obj, required, all] of pairs) {
    assert.deepEqual(obj['required'], [...required]);
    assert.deepEqual(Object.keys(props(obj)), [...all]);
    assert.equal(obj['additionalProperties'], false);
  }
  assert.deepEqual(Object.keys(props(props(place)['contact']!)), [...FIELDS.contact]);
});

test('schema limits equal the validator limits', () => {
  const p = props(place);
  assert.equal(p['name']!['maxLength'], LIMITS.name);
  assert.equal(p['description']!['maxLength'], LIMITS.description);
  assert.equal(p['id']!['maxLength'], LIMITS.id);
  assert.equal(p['partners']!['maxItems'], LIMITS.partners);
  assert.equal(p['stops']!['maxItems'], LIMITS.stops);
  assert.equal(defs['hours']!['maxLength'], LIMITS.hours);
  assert.equal(props(defs['address']!)['street']!['maxLength'], LIMITS.street);
});
