/**
 * The constants and the travel-time formula of the offline coverage estimate. This module owns
 * the method (and its plain-language description with its limits), nothing else; the analysis
 * is in ./analyse.ts.
 *
 * Estimated minutes = access + great-circle km × detour ÷ speed × 60.
 *
 * - Detour 1.3: the usual rule of thumb that a road trip is about 30 % longer than the straight
 *   line between its ends (the "circuity" or "coefficient de détour"; measured averages range
 *   from about 1.2 on dense networks to 1.4–1.5 in hilly or sparse ones, e.g. Boscoe, Henry &
 *   Zdeb 2012, "A nationwide comparison of driving distance versus straight-line distance").
 *   It is an estimate: the Causses and valleys of the Lot can be worse.
 * - Speed 60 km/h: a door-to-door average by car on rural departmental roads (not the speed
 *   limit, which is 80–90 km/h), including villages and bends.
 * - Access 0 min: the indicator counts driving time only; a deployer can add parking or
 *   waiting time through the options.
 */
import type { NeedId, PlaceKind } from '../needs/vocabulary.js';
import type { Lang } from '../lang.js';

/** Ratio of road distance to great-circle distance (rule of thumb, an estimate). */
export const ROAD_DETOUR_FACTOR = 1.3;
/** Average door-to-door car speed on rural roads, km/h. */
export const AVERAGE_SPEED_KMH = 60;
/** Fixed time added to every trip (parking, walking to the door), minutes. */
export const ACCESS_MINUTES = 0;
/** The département's indicator: "taux de couverture à moins de 30 minutes". */
export const DEFAULT_THRESHOLD_MINUTES = 30;
/** A bus stop with known hours counts when the bus calls there within this many days. */
export const BUS_VISIT_WINDOW_DAYS = 30;

/**
 * Kinds of a "premier accueil social inconditionnel" (first unconditional social welcome):
 * CCAS/CIAS, departmental social services, France services, centres sociaux. Itinerant buses
 * (`bus`) count too, at their stops: in catalogue format v1 a bus is a France services or
 * social-service bus.
 */
export const WELCOME_KINDS: readonly PlaceKind[] = ['ccas', 'solidarites', 'france-services', 'centre-social', 'bus'];

/** What a place must offer to count: a need, a kind, or (neither) the first social welcome. */
export interface CoverageTarget {
  need?: NeedId;
  kind?: PlaceKind;
}

export interface TravelModel {
  detourFactor: number;
  speedKmh: number;
  accessMinutes: number;
}

export const DEFAULT_TRAVEL_MODEL: Readonly<TravelModel> = {
  detourFactor: ROAD_DETOUR_FACTOR,
  speedKmh: AVERAGE_SPEED_KMH,
  accessMinutes: ACCESS_MINUTES,
};

/** Estimated car minutes for a great-circle distance. */
export function estimateMinutes(km: number, model: TravelModel = DEFAULT_TRAVEL_MODEL): number {
  return model.accessMinutes + ((km * model.detourFactor) / model.speedKmh) * 60;
}

/** The method in words, with its limits, for reports (French first). */
export function describeMethod(model: TravelModel, lang: Lang = 'fr'): string[] {
  const n = (x: number): string => String(x).replace('.', lang === 'fr' ? ',' : '.');
  if (lang === 'en')
    return [
      `Estimated time by car = straight-line distance from the commune centre to the nearest qualifying place × ${n(model.detourFactor)} (usual road-detour rule of thumb) ÷ ${n(model.speedKmh)} km/h (average on rural roads)` +
        (model.accessMinutes ? ` + ${n(model.accessMinutes)} min access time.` : '.'),
      'It is an estimate, not a route: winding valleys, river crossings and the Causses can make real trips longer; main roads can make them shorter.',
      'Each commune is reduced to its centre (area-weighted centroid) and all its residents are counted there: outlying hamlets can be further away.',
      'Bus stops count at the stop; a stop with known hours counts only when the bus calls there within ' +
        `${BUS_VISIT_WINDOW_DAYS} days; a stop with unknown hours is counted (the operator lists it as served); a bus whose stops are not listed counts at its base.`,
      'Places whose position is only the commune centre ("position approximative") are counted there.',
      'Only places in the catalogue count: places just across the border of the territory are missing unless the catalogue lists them, so figures near borders are pessimistic.',
      'Access by public transport, walking or for people without a car is not measured.',
    ];
  return [
    `Temps estimé en voiture = distance à vol d'oiseau du centre de la commune au lieu le plus proche × ${n(model.detourFactor)} (règle usuelle du détour routier) ÷ ${n(model.speedKmh)} km/h (moyenne sur routes rurales)` +
      (model.accessMinutes ? ` + ${n(model.accessMinutes)} min d'accès.` : '.'),
    "C'est une estimation, pas un itinéraire : vallées sinueuses, ponts et causses allongent les trajets réels ; les grands axes les raccourcissent.",
    "Chaque commune est ramenée à son centre (centroïde de sa surface) et toute sa population y est comptée : les hameaux éloignés peuvent être plus loin.",
    `Les bus comptent à leurs arrêts ; un arrêt dont les horaires sont connus compte seulement si le bus y passe dans les ${BUS_VISIT_WINDOW_DAYS} jours ; un arrêt aux horaires inconnus est compté (l'opérateur le déclare desservi) ; un bus dont les arrêts ne sont pas listés compte à sa base.`,
    'Les lieux dont la position n\'est que le centre de la commune (« position approximative ») y sont comptés.',
    "Seuls les lieux du catalogue comptent : ceux situés juste de l'autre côté de la limite du territoire manquent s'il ne les liste pas, ce qui rend les chiffres pessimistes en bordure.",
    "L'accès en transports en commun, à pied ou sans voiture n'est pas mesuré.",
  ];
}
