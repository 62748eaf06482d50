/**
 * Words of the coverage view (`<service-locator-coverage>`), French first, English second.
 * Owns the view's own strings only; figures are formatted with the core report helpers.
 */
import type { TimeClass } from './choropleth.js';
import type { Lang } from '../../core/lang.js';
import { plural } from '../../i18n/plural.js';

export type SortKey = 'name' | 'population' | 'minutes';

export interface CoverageStrings {
  heading: (minutes: number) => string;
  /** What follows the bold share: "de la population (…) vit à 30 minutes ou moins …". */
  share: (within: string, total: string, minutes: number) => string;
  counts: (within: number, beyond: number, minutes: number) => string;
  noCommunes: string;
  noPlaces: string;
  mapLabel: (within: number, beyond: number, minutes: number) => string;
  legendHeading: string;
  classLabel: (c: TimeClass, minutes: number) => string;
  tableCaption: (count: number, minutes: number) => string;
  noneBeyond: (minutes: number) => string;
  columns: Record<SortKey | 'nearest', string>;
  sorted: (column: string, ascending: boolean) => string;
  noPlace: string;
  methodHeading: string;
  estimate: string;
}

const half = (m: number): string => String(Math.round(m / 2));
const plusHalf = (m: number): string => String(Math.round(m * 1.5));

export const COVERAGE_STRINGS: Record<Lang, CoverageStrings> = {
  fr: {
    heading: (m) => `Couverture à moins de ${m} minutes`,
    share: (w, t, m) => `de la population (${w} habitants sur ${t}) vit dans une commune dont le centre est à ${m} minutes ou moins en voiture d'un lieu (estimation).`,
    counts: (w, b, m) => `${w} ${plural('fr', w, 'commune', 'communes')} à ${m} minutes ou moins, ${b} au-delà.`,
    noCommunes: 'Aucune commune à analyser : la liste des communes est vide.',
    noPlaces: 'Aucun lieu ne correspond : aucune commune n’est couverte.',
    mapLabel: (w, b, m) => `Carte des communes selon le temps estimé en voiture : ${w} à ${m} minutes ou moins, ${b} au-delà. Le détail est dans le tableau.`,
    legendHeading: 'Légende : temps estimé en voiture depuis le centre de la commune',
    classLabel: (c, m) =>
      ({
        near: `${half(m)} minutes ou moins (bleu clair)`,
        within: `de ${half(m)} à ${m} minutes (bleu moyen)`,
        beyond: `de ${m} à ${plusHalf(m)} minutes, au-delà du seuil (hachures)`,
        far: `plus de ${plusHalf(m)} minutes (quadrillage)`,
        none: 'aucun lieu (gris à points)',
      })[c],
    tableCaption: (n, m) => `${n} ${plural('fr', n, 'commune', 'communes')} au-delà de ${m} minutes`,
    noneBeyond: (m) => `Toutes les communes sont à ${m} minutes ou moins d'un lieu (estimation).`,
    columns: { name: 'Commune', population: 'Population', minutes: 'Minutes (estimation)', nearest: 'Lieu le plus proche' },
    sorted: (c, asc) => `Tableau trié par ${c.toLowerCase()}, ordre ${asc ? 'croissant' : 'décroissant'}.`,
    noPlace: 'aucun lieu',
    methodHeading: 'Méthode et limites',
    estimate: 'Temps estimés, pas des itinéraires.',
  },
  en: {
    heading: (m) => `Coverage within ${m} minutes`,
    share: (w, t, m) => `of the population (${w} residents out of ${t}) live in a commune whose centre is within ${m} minutes by car of a place (estimate).`,
    counts: (w, b, m) => `${w} ${plural('en', w, 'commune', 'communes')} within ${m} minutes, ${b} beyond.`,
    noCommunes: 'No commune to analyse: the commune list is empty.',
    noPlaces: 'No place qualifies: no commune is covered.',
    mapLabel: (w, b, m) => `Map of the communes by estimated car time: ${w} within ${m} minutes, ${b} beyond. Details are in the table.`,
    legendHeading: 'Legend: estimated car time from the commune centre',
    classLabel: (c, m) =>
      ({
        near: `${half(m)} minutes or less (light blue)`,
        within: `${half(m)} to ${m} minutes (mid blue)`,
        beyond: `${m} to ${plusHalf(m)} minutes, beyond the threshold (hatched)`,
        far: `more than ${plusHalf(m)} minutes (cross-hatched)`,
        none: 'no place (grey, dotted)',
      })[c],
    tableCaption: (n, m) => `${n} ${plural('en', n, 'commune', 'communes')} beyond ${m} minutes`,
    noneBeyond: (m) => `Every commune is within ${m} minutes of a place (estimate).`,
    columns: { name: 'Commune', population: 'Population', minutes: 'Minutes (estimate)', nearest: 'Nearest place' },
    sorted: (c, asc) => `Table sorted by ${c.toLowerCase()}, ${asc ? 'ascending' : 'descending'}.`,
    noPlace: 'no place',
    methodHeading: 'Method and limits',
    estimate: 'Estimated times, not routes.',
  },
};
