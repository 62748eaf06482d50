/**
 * Places and helpers shared by the map tests (test/browser/map*.test.ts). Real places of the Lot
 * (coordinates from the ANCT France services list and commune centres), far enough apart that
 * none is clustered when the map is fitted to them in a 600 × 400 px box.
 */
import type { Place, PlaceKind } from '../../src/core/catalogue/types.js';

function place(id: string, name: string, kind: PlaceKind, lat: number, lon: number, approximate = false): Place {
  return {
    id,
    name,
    kind,
    needs: ['caf'],
    address: { city: name },
    location: { lat, lon, precision: approximate ? 'commune' : 'exact' },
  };
}

export const LOT_PLACES: Place[] = [
  place('fs-606', 'France services Saint-Géry-Vers', 'france-services', 44.47727, 1.580658),
  place('fs-894', 'France services Latronquière', 'france-services', 44.799379, 2.078978),
  place('fs-1376', "France services d'Assier", 'france-services', 44.671831, 1.874355),
  place('cs-figeac', 'Centre social de Figeac', 'centre-social', 44.6086, 2.0317, true),
  place('ccas-gourdon', 'CCAS de Gourdon', 'ccas', 44.737, 1.383, true),
  {
    ...place('fs-262', 'Bus France services Grand Cahors', 'bus', 44.44622, 1.439927),
    stops: [
      {
        id: 'cahors',
        name: 'Cahors, Hôtel Wilson',
        address: { city: 'Cahors' },
        location: { lat: 44.44622, lon: 1.439927, precision: 'exact' },
      },
      {
        id: 'lherm',
        name: 'Lherm',
        address: { city: 'Lherm' },
        location: { lat: 44.5742, lon: 1.2317, precision: 'commune' },
      },
    ],
  },
];

/** Number of points LOT_PLACES draws (the bus has two stops). */
export const LOT_POINT_COUNT = 7;

/** `n` places on a grid over the Lot, for clustering. */
export function gridPlaces(n: number): Place[] {
  const side = Math.ceil(Math.sqrt(n));
  return Array.from({ length: n }, (_, i) =>
    place(`grid-${i}`, `Lieu ${i}`, 'espace-numerique', 44.3 + 0.5 * (Math.floor(i / side) / side), 1.2 + 0.8 * ((i % side) / side)),
  );
}

/** A style document served by the test server (a local "remote" style with no resource). */
export function localStyleUrl(name: string, delayMs = 0): string {
  const style = {
    version: 8,
    name,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#EEEEEE' } }],
  };
  return `/__test__/delay?ms=${delayMs}&body=${encodeURIComponent(JSON.stringify(style))}`;
}

/** A sized box in the document to hold a map. */
export function mapBox(width = 600, height = 400): HTMLDivElement {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.style.height = `${height}px`;
  document.body.append(box);
  return box;
}

/** Resolves with the next event of `type` the listener receives, or rejects after `ms`. */
export function nextEvent<T extends { type: string }>(
  subscribe: (listener: (event: T) => void) => () => void,
  type: T['type'],
  ms = 15000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${type} event within ${ms} ms`));
    }, ms);
    const off = subscribe((event) => {
      if (event.type !== type) return;
      clearTimeout(timer);
      off();
      resolve(event);
    });
  });
}
