// Lone UTF-16 surrogates (issue 12, point 1): legal JSON, what a tool writes when it cuts a
// name inside an emoji. The validator repairs them and says so; the links never throw on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCatalogue } from '../../../src/core/catalogue/validate.js';
import { messages } from '../../../src/core/catalogue/messages.js';
import { toWellFormed, toWellFormedFallback } from '../../../src/core/text/well-formed.js';
import { DEFAULT_DIRECTIONS, directionsUrl, mailHref, safeHref, telHref } from '../../../src/components/service-locator-list/links.js';
import { catalogueOf, validPlace } from './fixtures.js';

const LONE = ['Centre social \ud83c', '\udc00 début', 'a\ud800b', '\ud83c\ud83c\udf89', 'fin \udfff'];

test('toWellFormed (native and fallback) replaces lone surrogates only, keeps pairs', () => {
  for (const f of [toWellFormed, toWellFormedFallback]) {
    assert.equal(f('Centre social \ud83c'), 'Centre social \ufffd');
    assert.equal(f('\udc00 début'), '\ufffd début');
    assert.equal(f('a\ud800b'), 'a\ufffdb');
    assert.equal(f('\ud83c\ud83c\udf89'), '\ufffd\ud83c\udf89', 'a high surrogate before a full pair');
    assert.equal(f('Fête 🎉 ok'), 'Fête 🎉 ok');
    for (const s of LONE) assert.doesNotThrow(() => encodeURIComponent(f(s)));
  }
});

test('the validator replaces lone surrogates in every string with U+FFFD and names place and field', () => {
  const r = validateCatalogue(
    catalogueOf([
      validPlace({
        id: 'cs-\ud83c',
        name: 'Centre social \ud83c',
        address: { city: 'Cahors\udc00', street: '1 rue \ud800' },
        hoursNote: 'Fermé \ud83c',
        contact: { phone: '05 65 00 00 00' },
        partners: ['CAF \ud83c'],
        description: '\udfff',
      }),
    ], { name: 'Catalogue \ud83c' }),
  );
  assert.equal(r.places.length, 1);
  const p = r.places[0]!;
  assert.equal(p.id, 'cs-\ufffd');
  assert.equal(p.name, 'Centre social \ufffd');
  assert.equal(p.address.city, 'Cahors\ufffd');
  assert.equal(p.address.street, '1 rue \ufffd');
  assert.equal(p.hoursNote, 'Fermé \ufffd');
  assert.deepEqual(p.partners, ['CAF \ufffd']);
  assert.equal(p.description, '\ufffd');
  assert.equal(r.meta.name, 'Catalogue \ufffd');
  const repaired = r.problems.filter((x) => x.code === 'ill-formed-text');
  assert.deepEqual(repaired.map((x) => x.path).sort(), [
    'name',
    'places[0].address.city',
    'places[0].address.street',
    'places[0].description',
    'places[0].hoursNote',
    'places[0].id',
    'places[0].name',
    'places[0].partners[0]',
  ]);
  const nameProblem = repaired.find((x) => x.path === 'places[0].name')!;
  assert.equal(nameProblem.severity, 'warning');
  assert.equal(nameProblem.placeIndex, 0);
  assert.equal(nameProblem.placeId, 'cs-\ufffd');
  assert.deepEqual(nameProblem.message, messages.illFormedText('places[0].name'));
  for (const x of r.problems) assert.equal(x.message.fr, toWellFormed(x.message.fr), 'messages are well formed too');
});

test('links never throw on any string, and the name is encoded only when the template uses it', () => {
  const to = { lat: 44.4475, lon: 1.4419 };
  for (const name of LONE) {
    assert.doesNotThrow(() => directionsUrl('', to, name, null), name);
    assert.equal(directionsUrl('', to, name, null), directionsUrl(DEFAULT_DIRECTIONS, to, 'x', null));
    assert.equal(directionsUrl('https://maps.example/?q={name}', to, name, null), `https://maps.example/?q=${encodeURIComponent(toWellFormed(name))}`);
    for (const f of [safeHref, telHref, mailHref]) assert.doesNotThrow(() => f(name));
    assert.doesNotThrow(() => safeHref(`https://example.fr/${name}`));
  }
});
