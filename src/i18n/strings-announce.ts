/**
 * What the live region says after a resident's change: what changed, then the count sentence of
 * ./strings-search.ts. Only a change the resident made is worded so, which never comes before the
 * first list has painted: this module, with its French words (the English ones are in
 * ./strings-en.ts), is not in the code before that paint (issue 15, item 3). DOM-free.
 */
import type { SearchState } from '../core/search/state.js';
import { KIND_LABELS, NEED_LABELS } from '../core/needs/vocabulary.js';
import { englishWords, uiStrings } from './strings.js';
import type { Lang } from '../core/lang.js';

/** The radius control's options (the filters' body), also named when the radius changes. */
export function radiusLabel(lang: Lang, radius: number | 'all'): string {
  if (radius === 'all') return lang === 'fr' ? 'Toute la zone' : 'Whole area';
  return lang === 'fr' ? `À moins de ${radius} km` : `Within ${radius} km`;
}

/** What changed, said before the count in the live region. */
export interface ChangeStrings {
  changeNeedAdded: (label: string) => string;
  changeNeedRemoved: (label: string) => string;
  changeFilterAdded: (label: string) => string;
  changeFilterRemoved: (label: string) => string;
  changeFiltersCleared: string;
  changeRadius: (label: string) => string;
  changeText: (text: string) => string;
  changeTextCleared: string;
}

/** The French words; the English ones are in ./strings-en.ts, loaded with the element's. */
export const FR_CHANGES: ChangeStrings = {
  changeNeedAdded: (l) => `Démarche ${l} ajoutée`,
  changeNeedRemoved: (l) => `Démarche ${l} retirée`,
  changeFilterAdded: (l) => `Filtre ${l} ajouté`,
  changeFilterRemoved: (l) => `Filtre ${l} retiré`,
  changeFiltersCleared: 'Filtres effacés',
  changeRadius: (l) => `Distance ${l.charAt(0).toLowerCase()}${l.slice(1)}`,
  changeText: (t) => `Recherche « ${t} »`,
  changeTextCleared: 'Texte effacé',
};

/** The words of `lang`: French until the English ones have come (see uiStringsReady in ./strings.ts). */
export const changeStrings = (lang: Lang): ChangeStrings => (lang === 'en' ? englishWords()?.EN_CHANGES : undefined) ?? FR_CHANGES;

/**
 * What the live region says after a change: what changed, then the count ("Filtre Imprimante
 * retiré : 40 lieux trouvés"). A resident who pressed a checkbox hears what it did and its
 * effect; several changes between two announcements are named together. `before` null (the
 * first search, text being typed) or no change named: the count sentence alone.
 */
export function announceSentence(lang: Lang, before: SearchState | null, after: SearchState, sentence: string): string {
  if (!before) return sentence;
  const t = uiStrings(lang);
  const w = changeStrings(lang);
  const parts: string[] = [];
  const diff = <T,>(a: readonly T[], b: readonly T[]) => [b.filter((x) => !a.includes(x)), a.filter((x) => !b.includes(x))] as const;
  const [needsIn, needsOut] = diff(before.needs, after.needs);
  for (const n of needsIn) parts.push(w.changeNeedAdded(NEED_LABELS[n][lang]));
  for (const n of needsOut) parts.push(w.changeNeedRemoved(NEED_LABELS[n][lang]));
  const f0 = before.filters;
  const f1 = after.filters;
  const filterLabels: string[][] = [[], []];
  const [kindsIn, kindsOut] = diff(f0.kinds, f1.kinds);
  filterLabels[0]!.push(...kindsIn.map((k) => KIND_LABELS[k][lang]));
  filterLabels[1]!.push(...kindsOut.map((k) => KIND_LABELS[k][lang]));
  for (const [key, label] of [['openNow', t.openNow], ['walkIn', t.walkIn], ['wheelchair', t.wheelchair]] as const) {
    if (f0[key] !== f1[key]) filterLabels[f1[key] ? 0 : 1]!.push(label);
  }
  const [eqIn, eqOut] = diff(f0.equipment, f1.equipment);
  filterLabels[0]!.push(...eqIn.map((q) => t.equipment[q]));
  filterLabels[1]!.push(...eqOut.map((q) => t.equipment[q]));
  const anyBefore = f0.kinds.length + f0.equipment.length + (f0.openNow ? 1 : 0) + (f0.walkIn ? 1 : 0) + (f0.wheelchair ? 1 : 0);
  const anyAfter = f1.kinds.length + f1.equipment.length + (f1.openNow ? 1 : 0) + (f1.walkIn ? 1 : 0) + (f1.wheelchair ? 1 : 0);
  if (anyAfter === 0 && filterLabels[1]!.length > 1 && filterLabels[0]!.length === 0 && anyBefore > 1) parts.push(w.changeFiltersCleared);
  else {
    for (const l of filterLabels[0]!) parts.push(w.changeFilterAdded(l));
    for (const l of filterLabels[1]!) parts.push(w.changeFilterRemoved(l));
  }
  if (before.radius !== after.radius) parts.push(w.changeRadius(radiusLabel(lang, after.radius)));
  if (before.text.trim() !== after.text.trim()) parts.push(after.text.trim() ? w.changeText(after.text.trim()) : w.changeTextCleared);
  if (parts.length === 0) return sentence;
  const lower = sentence.charAt(0).toLowerCase() + sentence.slice(1);
  // "Aucun"/"No" and numbers read the same lower-cased; a name at the start would not, but the
  // count sentence never starts with one.
  return `${parts.join(', ')}${lang === 'fr' ? '\u00a0:' : ':'} ${lower}`;
}
