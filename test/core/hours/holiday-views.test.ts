/** The printed list says public holidays and undated stops in words (the model is DOM-free). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPrintModel } from '../../../src/components/service-locator-results-actions/print-model.js';
import type { Place } from '../../../src/core/catalogue/types.js';

const place = (hours: string): Place => ({
  id: 'p',
  name: 'France services Metz',
  kind: 'france-services',
  needs: [],
  address: { city: 'Metz', postcode: '57000' },
  location: { lat: 49.12, lon: 6.18, precision: 'exact' },
  hours,
});

test('print: the week of Christmas 2025 in Metz (25 and 26 December are holidays there)', () => {
  const now = new Date('2025-12-22T10:00+01:00');
  const items = (hours: string, lang: 'fr' | 'en' = 'fr') =>
    buildPrintModel([{ place: place(hours) } as never], { lang, now }).places[0]!.lines.find((l) => l.items)!.items!;
  const plain = items('Mo-Fr 09:00-12:00');
  // Times keep together with no-break spaces (issue 16).
  assert.equal(plain[2], 'mercredi\u00a0: 9\u00a0h – 12\u00a0h');
  assert.equal(plain[3], 'jeudi\u00a0: jour férié : ouverture non confirmée');
  assert.equal(plain[4], 'vendredi\u00a0: jour férié : ouverture non confirmée');
  assert.equal(items('Mo-Fr 09:00-12:00', 'en')[4], 'Friday: public holiday: opening not confirmed');
  const off = items('Mo-Fr 09:00-12:00; PH off');
  assert.equal(off[3], 'jeudi\u00a0: fermé (jour férié)');
  const morning = items('Mo-Fr 09:00-12:00; PH 10:00-11:00');
  assert.equal(morning[4], 'vendredi\u00a0: 10\u00a0h – 11\u00a0h (jour férié)');
});

test('print: a stop known by its frequency shows its pattern, never dates', () => {
  const bus: Place = {
    ...place('Mo-Fr 09:00-12:00'),
    kind: 'bus',
    hours: undefined,
    stops: [
      { id: 'lherm', name: 'Lherm', address: { city: 'Lherm' }, location: { lat: 44.57, lon: 1.24, precision: 'commune' }, frequency: { timesPerMonth: 2, weekday: 'Th', from: '14:00', to: '17:15', datesNote: 'dates au 07 62 60 96 94' } },
    ],
  };
  const lines = buildPrintModel([{ place: bus } as never], { lang: 'fr', now: new Date('2026-11-23T10:00+01:00') }).places[0]!.lines;
  const visits = lines.find((l) => l.label.startsWith('Prochains passages'))!;
  assert.deepEqual(visits.items, ['Passages à Lherm : deux jeudis par mois, de 14 h à 17 h 15 · dates au 07 62 60 96 94']);
  assert.equal(visits.text, '');
});
