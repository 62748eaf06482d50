/** A France services in Cahors that answers "caf", for search tests to vary one field at a time. */
import type { Place } from '../../../src/core/catalogue/types.js';

export const place = (id: string, over: Partial<Place> = {}): Place => ({
  id,
  name: 'Lieu ' + id,
  kind: 'france-services',
  needs: ['caf'],
  address: { city: 'Cahors', postcode: '46000', insee: '46042' },
  location: { lat: 44.4475, lon: 1.4419, precision: 'exact' },
  ...over,
});
