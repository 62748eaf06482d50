/**
 * Word-level fuzzy matching for search: bounded edit distance and a vocabulary that answers
 * "which known words look like this one" without scanning every word.
 *
 * Why not fuse.js here: fuse's Bitap scores a pattern against every record and also matches
 * inside words ("pot" finds "impots"), which is right for free text and wrong for a resident's
 * word against a known word list. Residents make one or two typos, rarely in the first letter,
 * and type words from their start; a sorted array (prefixes, by binary search) and buckets by
 * first letter (typos, with an early-exit distance) answer that in microseconds whatever the
 * catalogue size, and add nothing to the browser bundle.
 */
import type { Steps } from '../slices.js';

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), or `max + 1`
 * as soon as it is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  // Three rolling rows: two before for the transposition, one current.
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

/** Typos tolerated in a word of this length: none below 4 letters, one up to 6, two from 7. */
export function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** How well a typed word matches a known word; 0 when it does not. */
export type WordMatchKind = 'exact' | 'prefix' | 'fuzzy';
export interface WordMatch {
  word: string;
  quality: number;
  kind: WordMatchKind;
}

/** Quality of a completed prefix: longer typed share of the word scores higher, always below exact. */
export const prefixQuality = (typed: number, word: number): number => 0.55 + 0.4 * (typed / word);
/** Quality of a typo match: below any exact match, one typo above a short prefix. */
export const fuzzyQuality = (distance: number): number => 0.85 - 0.12 * distance;

/**
 * Compares a typed word with one known word. `typing`: the word may be unfinished (prefix
 * and prefix-with-typo matches allowed). Returns 0 for no match.
 */
export function wordQuality(typed: string, word: string, typing: boolean): number {
  if (typed === word) return 1;
  // One letter is enough here: this compares with a single known word (the next word of a
  // phrase, "carte g" → "carte grise"), it does not search a vocabulary.
  if (typing && word.startsWith(typed)) return prefixQuality(typed.length, word.length);
  const budget = typoBudget(typed.length);
  if (budget === 0) return 0;
  const d = editDistance(typed, word, budget);
  let best = d <= budget ? fuzzyQuality(d) : 0;
  if (typing && typed.length >= 5 && word.length > typed.length) {
    // "alocat" → "allocation": a typo inside the part typed so far.
    const pd = editDistance(typed, word.slice(0, typed.length + 1), 1);
    const pd2 = Math.min(pd, editDistance(typed, word.slice(0, typed.length), 1));
    if (pd2 <= 1) best = Math.max(best, prefixQuality(typed.length, word.length) - 0.15);
  }
  return best;
}

/** A set of known words answering exact, prefix and typo look-ups. */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly set: Set<string>;
  private readonly byFirst = new Map<string, string[]>();

  /**
   * `sortedUnique`: the words are already distinct and in `sort()` order (the search index sorts
   * 100k words in slices rather than in one long task).
   */
  constructor(words: Iterable<string>, sortedUnique = false) {
    this.set = new Set(words);
    this.sorted = sortedUnique ? [...words] : [...this.set].sort();
    for (const w of this.sorted) this.bucket(w);
  }

  /**
   * The vocabulary of words already distinct and in `sort()` order, built in steps
   * (core/slices.ts): the search index's 100k words were one task of 10–20 ms on the page.
   */
  static *sortedSteps(sortedUnique: readonly string[]): Steps<Vocabulary> {
    const v = new Vocabulary([], true);
    for (let i = 0; i < sortedUnique.length; i++) {
      if (i % 4096 === 4095) yield undefined;
      const w = sortedUnique[i]!;
      v.set.add(w);
      v.sorted.push(w);
      v.bucket(w);
    }
    return v;
  }

  private bucket(w: string): void {
    const k = w[0]!;
    let b = this.byFirst.get(k);
    if (!b) this.byFirst.set(k, (b = []));
    b.push(w);
  }

  get size(): number {
    return this.set.size;
  }

  has(word: string): boolean {
    return this.set.has(word);
  }

  /**
   * Known words matching a typed word: the exact word if known; while `typing`, words it
   * begins (at most `maxPrefix`, shortest first); and, when there is no exact match, words
   * within its typo budget (first letter assumed right).
   */
  lookup(typed: string, typing: boolean, maxPrefix = 40): WordMatch[] {
    const out: WordMatch[] = [];
    const exact = this.set.has(typed);
    if (exact) out.push({ word: typed, quality: 1, kind: 'exact' });
    if (typing && typed.length >= 2) {
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.sorted[mid]! < typed) lo = mid + 1;
        else hi = mid;
      }
      const found: string[] = [];
      for (let i = lo; i < this.sorted.length && found.length < 400; i++) {
        const w = this.sorted[i]!;
        if (!w.startsWith(typed)) break;
        if (w !== typed) found.push(w);
      }
      if (found.length > maxPrefix) found.sort((a, b) => a.length - b.length);
      for (const w of found.slice(0, maxPrefix))
        out.push({ word: w, quality: prefixQuality(typed.length, w.length), kind: 'prefix' });
    }
    // A typo is looked for only when the word is neither known nor the start of a known word
    // ("mair" is on its way to "mairie", not a typo of "mail").
    if (out.length === 0) {
      const budget = typoBudget(typed.length);
      const bucket = budget > 0 ? this.byFirst.get(typed[0]!) : undefined;
      if (bucket) {
        const seen = new Set(out.map((m) => m.word));
        for (const w of bucket) {
          if (seen.has(w)) continue;
          const lenDiff = w.length - typed.length;
          if (lenDiff < -budget || (lenDiff > budget && !typing)) continue;
          const q = wordQuality(typed, w, typing);
          if (q > 0) out.push({ word: w, quality: q, kind: 'fuzzy' });
        }
      }
    }
    return out;
  }
}
