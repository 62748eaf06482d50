/**
 * What the catalogue's places offer, for the filters: how many places of each kind, with each
 * equipment, without appointment, accessible in a wheelchair. The filters offer only values
 * some place has (an option that matches nothing is a trap), with their count. Counted once per
 * catalogue: the result is cached on the places array, which changes only with the catalogue.
 */
import type { Equipment, Place, PlaceKind } from '../../core/catalogue/types.js';
import { runSteps, type Steps } from '../../core/slices.js';

export interface Facets {
  kinds: ReadonlyMap<PlaceKind, number>;
  equipment: ReadonlyMap<Equipment, number>;
  /** Places that take residents without an appointment (`walk-in` or `both`, as the search filter). */
  walkIn: number;
  /** Places fully accessible in a wheelchair (`yes`, as the search filter). */
  wheelchair: number;
  /** Places whose hours are known ("Ouvert maintenant" can keep some). */
  withHours: number;
}

const cache = new WeakMap<readonly Place[], Facets>();

export function facetsOf(places: readonly Place[]): Facets {
  return cache.get(places) ?? runSteps(facetsSteps(places));
}

/**
 * {@link facetsOf} in steps (core/slices.ts): the element counts a large catalogue's facets in
 * slices while its index is built, so the first render finds them counted (at 100,000 places a
 * count in one go is a task of 50–350 ms).
 */
export function* facetsSteps(places: readonly Place[]): Steps<Facets> {
  let f = cache.get(places);
  if (f) return f;
  const kinds = new Map<PlaceKind, number>();
  const equipment = new Map<Equipment, number>();
  let walkIn = 0;
  let wheelchair = 0;
  let withHours = 0;
  for (let i = 0; i < places.length; i++) {
    // 512 places a step: 2,048 made steps of several milliseconds on a slow machine, past a slice.
    if (i % 512 === 0) yield undefined;
    const p = places[i]!;
    kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    for (const q of new Set(p.equipment ?? [])) equipment.set(q, (equipment.get(q) ?? 0) + 1);
    if (p.appointment === 'walk-in' || p.appointment === 'both') walkIn++;
    if (p.accessibility?.wheelchair === 'yes') wheelchair++;
    if (p.hours || p.stops?.some((s) => s.hours)) withHours++;
  }
  f = { kinds, equipment, walkIn, wheelchair, withHours };
  cache.set(places, f);
  return f;
}
