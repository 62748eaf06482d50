/**
 * The words of a search's outcome, shared by the element (count line, live region, printed
 * header) and the CLI: how many places, within which radius of where, and what was left out
 * because its hours are unknown. One wording, so what a resident reads on screen, hears from a
 * screen reader and sees printed is the same sentence. DOM-free.
 */
import type { SearchOutcome } from '../core/search/types.js';
import type { SearchState } from '../core/search/state.js';
import { KIND_LABELS, NEED_LABELS } from '../core/needs/vocabulary.js';
import { formatNumber, plural, uiStrings, type Lang } from './index.js';

/** Distances in a sentence: whole kilometres ("42 km"), "moins de 1 km" below one. */
function km(lang: Lang, d: number): string {
  if (d < 1) return lang === 'fr' ? 'moins de 1 km' : 'less than 1 km';
  return `${formatNumber(lang, Math.round(d))} km`;
}

const places = (lang: Lang, n: number): string =>
  lang === 'fr' ? `${formatNumber(lang, n)} ${plural(lang, n, 'lieu', 'lieux')}` : `${formatNumber(lang, n)} ${plural(lang, n, 'place', 'places')}`;

/**
 * The count sentence: "12 lieux à moins de 30 km de Lherm", "Aucun lieu à moins de 30 km de
 * Lherm ; voici les 3 plus proches, de 42 à 58 km", "Aucun lieu trouvé".
 * `near` names the origin; without it (no origin) the radius is not mentioned.
 */
export function outcomeSentence(lang: Lang, outcome: Pick<SearchOutcome, 'total' | 'radius' | 'results'>, near?: string): string {
  const fr = lang === 'fr';
  const n = outcome.total;
  const r = outcome.radius;
  if (!near) {
    if (n === 0) return fr ? 'Aucun lieu trouvé' : 'No place found';
    return fr ? `${places(lang, n)} ${plural(lang, n, 'trouvé', 'trouvés')}` : `${places(lang, n)} found`;
  }
  if (!r) {
    if (n === 0) return fr ? `Aucun lieu trouvé près de ${near}` : `No place found near ${near}`;
    return fr ? `${places(lang, n)}, du plus proche au plus loin de ${near}` : `${places(lang, n)}, nearest to ${near} first`;
  }
  const within = (count: number, radiusKm: number): string =>
    count === 0
      ? fr
        ? `Aucun lieu à moins de ${km(lang, radiusKm)} de ${near}`
        : `No place within ${km(lang, radiusKm)} of ${near}`
      : fr
        ? `${count === 1 ? '1 seul lieu' : places(lang, count)} à moins de ${km(lang, radiusKm)} de ${near}`
        : `${count === 1 ? 'Only 1 place' : places(lang, count)} within ${km(lang, radiusKm)} of ${near}`;
  if (r.usedKm === r.requestedKm || n === 0) return within(n, r.requestedKm);
  const head = within(r.within, r.requestedKm);
  if (r.usedKm !== null) {
    return fr
      ? `${head} ; voici les ${places(lang, n)} à moins de ${km(lang, r.usedKm)}`
      : `${head}; here are the ${places(lang, n)} within ${km(lang, r.usedKm)}`;
  }
  const ds = outcome.results.map((x) => x.distanceKm).filter((d): d is number => d !== undefined);
  const lo = ds.length ? Math.min(...ds) : 0;
  const hi = ds.length ? Math.max(...ds) : 0;
  const span = Math.round(lo) === Math.round(hi) ? (fr ? `à ${km(lang, hi)}` : `${km(lang, hi)} away`) : fr ? `de ${km(lang, lo).replace(' km', '')} à ${km(lang, hi)}` : `${km(lang, lo).replace(' km', '')} to ${km(lang, hi)} away`;
  return fr
    ? `${head} ; voici ${n === 1 ? 'le plus proche' : `les ${formatNumber(lang, n)} plus proches`}, ${span}`
    : `${head}; here ${n === 1 ? 'is the nearest' : `are the ${formatNumber(lang, n)} nearest`}, ${span}`;
}

/** "16 autres lieux n'indiquent pas leurs horaires" / "16 other places do not give their hours". */
export function hoursUnknownSentence(lang: Lang, count: number): string {
  return lang === 'fr'
    ? count === 1
      ? '1 autre lieu n\u2019indique pas ses horaires'
      : `${formatNumber(lang, count)} autres lieux n\u2019indiquent pas leurs horaires`
    : count === 1
      ? '1 other place does not give its hours'
      : `${formatNumber(lang, count)} other places do not give their hours`;
}

/** The button that lists them too. */
export function hoursUnknownShow(lang: Lang): string {
  return lang === 'fr' ? 'les afficher' : 'show them';
}

/** The radius control's options. */
export function radiusLabel(lang: Lang, radius: number | 'all'): string {
  if (radius === 'all') return lang === 'fr' ? 'Toute la zone' : 'Whole area';
  return lang === 'fr' ? `À moins de ${radius} km` : `Within ${radius} km`;
}

/**
 * What the live region says after a change: what changed, then the count ("Filtre Imprimante
 * retiré : 40 lieux trouvés"). A resident who pressed a checkbox hears what it did and its
 * effect; several changes between two announcements are named together. `before` null (the
 * first search, text being typed) or no change named: the count sentence alone.
 */
export function announceSentence(lang: Lang, before: SearchState | null, after: SearchState, sentence: string): string {
  if (!before) return sentence;
  const t = uiStrings(lang);
  const parts: string[] = [];
  const diff = <T,>(a: readonly T[], b: readonly T[]) => [b.filter((x) => !a.includes(x)), a.filter((x) => !b.includes(x))] as const;
  const [needsIn, needsOut] = diff(before.needs, after.needs);
  for (const n of needsIn) parts.push(t.changeNeedAdded(NEED_LABELS[n][lang]));
  for (const n of needsOut) parts.push(t.changeNeedRemoved(NEED_LABELS[n][lang]));
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
  if (anyAfter === 0 && filterLabels[1]!.length > 1 && filterLabels[0]!.length === 0 && anyBefore > 1) parts.push(t.changeFiltersCleared);
  else {
    for (const l of filterLabels[0]!) parts.push(t.changeFilterAdded(l));
    for (const l of filterLabels[1]!) parts.push(t.changeFilterRemoved(l));
  }
  if (before.radius !== after.radius) parts.push(t.changeRadius(radiusLabel(lang, after.radius)));
  if (before.text.trim() !== after.text.trim()) parts.push(after.text.trim() ? t.changeText(after.text.trim()) : t.changeTextCleared);
  if (parts.length === 0) return sentence;
  const lower = sentence.charAt(0).toLowerCase() + sentence.slice(1);
  // "Aucun"/"No" and numbers read the same lower-cased; a name at the start would not, but the
  // count sentence never starts with one.
  return `${parts.join(', ')}${lang === 'fr' ? '\u00a0:' : ':'} ${lower}`;
}
