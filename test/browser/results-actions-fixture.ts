/** Hand-made results for the results-actions and print tests (Monday 23 November 2026, 11 h in Paris). */
import type { Place } from '../../src/core/catalogue/types.js';
import type { SearchResult } from '../../src/core/search/types.js';

export const NOW = new Date('2026-11-23T10:00:00Z');

export const GRAMAT: Place = {
  id: 'fs-gramat',
  name: 'France services de Gramat',
  kind: 'france-services',
  needs: ['caf', 'impots'],
  address: { street: '12 place de la République', postcode: '46500', city: 'Gramat', insee: '46128' },
  location: { lat: 44.7806, lon: 1.7262, precision: 'exact' },
  hours: 'Mo-Fr 09:00-12:00,13:30-17:00; PH off',
  contact: { phone: '05 65 11 22 33', email: 'gramat@example.org', website: 'https://example.org/gramat' },
};

export const BUS: Place = {
  id: 'bus-lot',
  name: 'Bus France services du Lot',
  kind: 'bus',
  needs: ['caf', 'papiers'],
  address: { city: 'Cahors', postcode: '46000' },
  location: { lat: 44.4475, lon: 1.4419, precision: 'exact' },
  contact: { phone: '05 65 44 55 66' },
  stops: [
    {
      id: 'mairie',
      name: 'Place de la mairie',
      address: { street: 'Place de la mairie', postcode: '46240', city: 'Labastide-Murat' },
      location: { lat: 44.6494, lon: 1.5661, precision: 'exact' },
      hours: 'Th 14:00-17:15',
    },
    {
      id: 'lherm',
      name: 'Lherm',
      address: { postcode: '46150', city: 'Lherm' },
      location: { lat: 44.5667, lon: 1.2467, precision: 'commune' },
      hours: 'We 09:00-11:00 unknown "deux fois par mois"',
    },
  ],
};

export const CCAS: Place = {
  id: 'ccas-lherm',
  name: 'CCAS de Lherm',
  kind: 'ccas',
  needs: ['aide-sociale'],
  address: { postcode: '46150', city: 'Lherm' },
  location: { lat: 44.5667, lon: 1.2467, precision: 'commune' },
  contact: { phone: '05 65 99 88 77' },
};

export const RESULTS: SearchResult[] = [
  { place: GRAMAT, score: 3, distanceKm: 4.2, matches: [] },
  { place: BUS, score: 2, stopId: 'lherm', matches: [] },
  { place: CCAS, score: 1, matches: [] },
];
