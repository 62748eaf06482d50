/**
 * The words of a search's outcome, shared by the element (count line, live region, printed
 * header) and the CLI: how many places, within which radius of where, and what was left out
 * because its hours are unknown. One wording, so what a resident reads on screen, hears from a
 * screen reader and sees printed is the same sentence. DOM-free.
 */
import type { SearchOutcome } from '../core/search/types.js';
import type { SearchState } from '../core/search/state.js';
import { formatNumber, plural, type Lang } from './index.js';

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

/** ./strings-announce.ts once here (what changed, before the count). */
let announce: typeof import('./strings-announce.js') | undefined;
let loadingAnnounce: Promise<typeof import('./strings-announce.js')> | undefined;

/**
 * Fetches the words of what changed (./strings-announce.ts): only a resident's change says them,
 * never before the first list paint, so they are a chunk of their own that the search box asks
 * for once that list has painted (issue 15, item 3). Never rejects; a failure is forgotten, so
 * that the next change tries again.
 */
export function preloadAnnounceWords(): Promise<void> {
  loadingAnnounce ??= import('./strings-announce.js').then(
    (m) => (announce = m),
    (e: unknown) => {
      loadingAnnounce = undefined;
      throw e;
    },
  );
  return loadingAnnounce.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * What the live region says after a change (./strings-announce.ts's `announceSentence`): at once
 * when its words are here or when nothing changed (`before` null: the count sentence alone), else
 * once they have come. Should they not come (a missing chunk), the count sentence alone, which
 * stays true.
 */
export function announceWords(lang: Lang, before: SearchState | null, after: SearchState, sentence: string): string | Promise<string> {
  if (!before) return sentence;
  if (announce) return announce.announceSentence(lang, before, after, sentence);
  return preloadAnnounceWords().then(() => (announce ? announce.announceSentence(lang, before, after, sentence) : sentence));
}
