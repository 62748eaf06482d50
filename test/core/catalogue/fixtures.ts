/** Small builders for catalogue tests: one valid place and catalogue to break on purpose. */
import type { Place } from '../../../src/core/catalogue/types.js';

export function validPlace(over: Record<string, unknown> = {}): Record<string, unknown> {
  const p: Place = {
    id: 'fs-1',
    name: 'France services de Cahors',
    kind: 'france-services',
    needs: ['caf', 'impots'],
    address: { street: '72 rue du Président Wilson', postcode: '46000', city: 'Cahors', insee: '46042' },
    location: { lat: 44.44622, lon: 1.439927, precision: 'exact' },
    hours: 'Mo-Fr 09:00-12:00',
  };
  return { ...p, ...over };
}

export function catalogueOf(places: unknown[], over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    name: 'Test',
    territory: 'Lot',
    updated: '2026-11-23',
    licence: 'Licence Ouverte 2.0',
    attribution: 'Tests',
    places,
    ...over,
  };
}
