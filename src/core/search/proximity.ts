/**
 * How far a result is, said honestly. A place (or bus stop) placed at its commune centre has no
 * real position: metres would claim a precision the data does not have ("à 10 m"), so it is
 * "dans la commune" when the resident's origin is that commune, else whole kilometres with
 * "environ". DOM-free, shared by the list, the print and the exports.
 */
import type { Address, Location } from '../catalogue/types.js';

/** The resident's origin as far as distances go. */
export interface OriginInfo {
  /** INSEE code of the commune whose centre the origin is (a commune was chosen). */
  insee?: string | undefined;
}

export type Proximity =
  | { kind: 'exact'; km: number }
  /** Whole kilometres, at least 1: "environ 3 km". */
  | { kind: 'about'; km: number }
  | { kind: 'in-commune' };

/** The proximity of a place or stop at `where`, `km` away from `origin`. */
export function proximityOf(km: number, where: { address: Address; location: Location }, origin: OriginInfo | null): Proximity {
  if (where.location.precision !== 'commune') return { kind: 'exact', km };
  if (origin?.insee && where.address.insee === origin.insee) return { kind: 'in-commune' };
  // Two commune centres a few hundred metres apart (arrondissements) are still "about 1 km".
  return { kind: 'about', km: Math.max(1, Math.round(km)) };
}
