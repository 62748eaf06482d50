/**
 * The words only the filters' body says (group legends, counts, "Effacer les filtres", the radius
 * legend): French here, English in ./strings-en.ts (fetched only for an English element). They
 * come with the body that shows them
 * (../components/service-locator-search/search-panel.ts), loaded after the first list paint or
 * at the first opening (issue 15, item 3: not in the code before that paint). The words the
 * closed disclosure and the announcements say ("Filtres", "Ouvert maintenant", the equipment…)
 * stay in ./strings.ts: the root's empty state and live region use them too.
 */
import type { Lang } from '../core/lang.js';
import { englishWords } from './strings.js';

export interface FilterStrings {
  kindLegend: string;
  equipmentLegend: string;
  clearFilters: string;
  /** The filters group of opening and access conditions (the disclosure is "Filtres"). */
  conditionsLegend: string;
  /** A filter value with the number of places of the catalogue that have it. */
  withCount: (label: string, count: number) => string;
  /** The radius group's legend. */
  radiusLegend: string;
}

/** The French words; the English ones are in ./strings-en.ts, loaded with the element's. */
export const FR_FILTERS: FilterStrings = {
  kindLegend: 'Type de lieu',
  equipmentLegend: 'Équipement sur place',
  clearFilters: 'Effacer les filtres',
  conditionsLegend: 'Ouverture et accueil',
  withCount: (l, n) => `${l} (${n})`,
  radiusLegend: 'Distance',
};

/** The words of `lang`: French until the English ones have come (see uiStringsReady in ./strings.ts). */
export const filterStrings = (lang: Lang): FilterStrings => (lang === 'en' ? englishWords()?.EN_FILTERS : undefined) ?? FR_FILTERS;
