/**
 * Generated catalogues that the format accepts, leaning on the strange-but-legal values that have
 * blanked the list before (issue 12): lone UTF-16 surrogates (a name cut inside an emoji), every
 * always-open form of hours (`24/7`, `Mo-Su 00:00-24:00`, `open`, `00:00-24:00`) on places and
 * bus stops, stops with a frequency and no dates, names at the length limit with and without
 * spaces, bidi and zero-width characters, every kind (some padded, as tools write them), places
 * overseas, extreme `updated` dates, and instants from 1970 to 2099 with the DST nights. DOM-free:
 * used by the browser property test (test/browser/what-validates-renders.test.ts).
 */
import fc from 'fast-check';
import { APPOINTMENT_POLICIES, EQUIPMENT, WEEKDAY_CODES } from '../../../src/core/catalogue/types.js';
import { LIMITS } from '../../../src/core/catalogue/limits.js';
import { NEED_IDS, PLACE_KINDS } from '../../../src/core/needs/vocabulary.js';

/** Opening hours that a catalogue may hold, the always-open forms first. */
export const HOURS = [
  '24/7',
  'Mo-Su 00:00-24:00',
  'open',
  '00:00-24:00',
  'Mo-Su 00:00-24:00; PH off',
  'Mo-Fr 09:00-12:00,13:30-17:00',
  'Mo-Fr 09:00-12:00,13:30-17:00; PH off',
  'Tu,Th 14:00-17:15',
  'Th[1,3] 14:00-17:15',
  'Mo-Sa 22:00-02:00',
  'We 09:00-12:00 "sur rendez-vous"',
  'Dec 24 off; Mo-Fr 08:30-18:00',
  'off',
  'closed',
  'Sa 09:00-12:00',
];

const LONE = ['\ud83c', '\udf89', '\ud800', '\udfff'];
const word = fc.constantFrom('France services', 'Centre social', 'CCAS', 'Médiathèque', 'Cahors', 'Saint-Céré', 'L’Hospitalet', 'Œuvre', 'numérique', 'Ñ', '🎉', 'مرحبا', '中文');

/** Text that is legal in a catalogue, strange on purpose. */
const strangeText = (max: number) =>
  fc.oneof(
    fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    // A name cut inside an emoji, at the end or in the middle.
    fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(...LONE), fc.boolean()).map(([w, s, mid]) => (mid ? `${w[0]} ${s} ${w.slice(1).join(' ')}` : `${w.join(' ')} ${s}`)),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    // At the limit: one word with no space (nothing to wrap at), or many words.
    fc.constantFrom('A'.repeat(max), ('Maison départementale des solidarités ').repeat(20).slice(0, max).trim()),
    fc.constantFrom('\u202eRTL\u202c override', 'zéro\u200blargeur', 'e\u0301\u0301\u0301 combining', 'tab\there', 'line\nbreak', '<b>balises</b> & "quotes"', '=1+1', '-cmd'),
  ).filter((s) => s.trim() !== '' && s.length <= max);

/** Positions in France: the Lot, Corsica, and overseas. */
const point = fc
  .tuple(
    fc.constantFrom(
      { lat: [44.2, 45.0], lon: [1.1, 2.1] }, // Lot
      { lat: [41.9, 42.55], lon: [9.0, 9.3] }, // Corsica, inland
      { lat: [-21.3, -20.95], lon: [55.3, 55.7] }, // La Réunion
      { lat: [14.45, 14.85], lon: [-61.15, -60.85] }, // Martinique
      { lat: [4.5, 5.6], lon: [-54.0, -52.5] }, // Guyane
    ),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom('exact', 'commune'),
  )
  .map(([box, a, b, precision]) => ({
    lat: Math.round((box.lat[0] + a * (box.lat[1] - box.lat[0])) * 1e6) / 1e6,
    lon: Math.round((box.lon[0] + b * (box.lon[1] - box.lon[0])) * 1e6) / 1e6,
    precision,
  }));

const address = fc.record(
  {
    street: strangeText(LIMITS.street),
    postcode: fc.constantFrom('46000', '46100', '20000', '97400', '97200', '97300'),
    city: strangeText(LIMITS.city),
  },
  { requiredKeys: ['city'] },
);

const frequency = fc.record(
  {
    timesPerMonth: fc.integer({ min: 1, max: 4 }),
    weekday: fc.constantFrom(...WEEKDAY_CODES),
    from: fc.constant('14:00'),
    to: fc.constant('17:15'),
    datesNote: strangeText(200),
  },
  { requiredKeys: ['timesPerMonth', 'weekday'] },
);

const stop = fc
  .record({ name: strangeText(LIMITS.name), address, location: point, when: fc.oneof(fc.constantFrom(...HOURS).map((h) => ({ hours: h })), frequency.map((f) => ({ frequency: f })), fc.constant({})), hoursNote: fc.option(strangeText(200), { nil: undefined }) })
  .map(({ when, hoursNote, ...s }) => ({ ...s, ...when, ...(hoursNote !== undefined ? { hoursNote } : {}) }));

/** `updated` dates from the format's extremes. */
const updated = fc.constantFrom('0001-01-01', '1900-01-01', '1970-01-01', '2024-02-29', '2026-11-01', '2099-12-31', '9999-12-31');

const place = fc
  .record(
    {
      name: strangeText(LIMITS.name),
      kind: fc.constantFrom(...PLACE_KINDS),
      padKind: fc.boolean(),
      needs: fc.uniqueArray(fc.constantFrom(...NEED_IDS), { maxLength: 5 }),
      address,
      location: point,
      hours: fc.constantFrom(...HOURS),
      hoursNote: strangeText(LIMITS.hoursNote),
      contact: fc.record(
        {
          phone: fc.constantFrom('05 65 20 88 70', '+33 5 65 20 88 70', '3939', '0262 40 00 00'),
          email: fc.constantFrom('accueil@mairie-lherm.fr', 'a.b-c@example.org'),
          website: fc.constantFrom('https://example.fr/', 'https://exemple.fr/démarches?x=1&y=2#ancre', `https://example.fr/${'a'.repeat(1500)}`, 'http://example.org/<b>'),
        },
        { requiredKeys: [] },
      ),
      appointment: fc.constantFrom(...APPOINTMENT_POLICIES),
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
      accessibility: fc.record({ wheelchair: fc.constantFrom('yes', 'limited', 'no'), note: strangeText(200) }, { requiredKeys: [] }),
      free: fc.boolean(),
      partners: fc.uniqueArray(strangeText(LIMITS.partner), { maxLength: 3 }),
      description: strangeText(LIMITS.description),
      source: fc.constantFrom('https://data.example.fr/lieux', 'Base ANCT 2026'),
      updated,
      stops: fc.array(stop, { maxLength: 3 }),
    },
    { requiredKeys: ['name', 'kind', 'padKind', 'needs', 'address', 'location'] },
  )
  .map(({ padKind, ...p }) => {
    const q: Record<string, unknown> = { ...p, kind: padKind ? ` ${p.kind}\u00a0` : p.kind };
    if (p.kind !== 'bus') delete q['stops'];
    else q['stops'] = (p.stops ?? []).map((s, i) => ({ id: `s${i}`, ...s }));
    return q;
  });

/** A catalogue of 1 to `max` valid places (ids p0, p1, …) as plain JSON, and its ids. */
export const validCatalogue = (max = 8) =>
  fc.array(place, { minLength: 1, maxLength: max }).map((places) => ({
    doc: JSON.parse(JSON.stringify({ version: 1, name: 'Catalogue généré', territory: 'Lot', updated: '2026-11-01', licence: 'LO', attribution: 'fast-check', places: places.map((p, i) => ({ id: `p${i}`, ...p })) })) as Record<string, unknown>,
    ids: places.map((_, i) => `p${i}`),
  }));

/** Instants from 1970 to 2099, the DST nights of 2026 and the turn of a year included. */
export const instant = fc.oneof(
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
  fc.constantFrom(new Date('2026-03-29T01:30:00Z'), new Date('2026-10-25T00:59:59Z'), new Date('2026-12-31T23:30:00Z'), new Date('2026-12-03T14:00:00Z')),
);
