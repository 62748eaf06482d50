/**
 * "Vouliez-vous dire…?": spelling suggestions for a search that found nothing. Owns the list of
 * words worth suggesting (thesaurus terms, names of places for kinds, communes, place names) and
 * the fuzzy match over them. DOM-free and never throws: bad input gives no suggestion.
 *
 * Why not the index's matcher (../text/fuzzy.ts): it keys typos on the first letters, so "mpots"
 * or "kaf" never reach "impôts" or "CAF". Here the whole text is compared with whole entries
 * wherever the error is, by edit distance, and a suggestion is at most 40 % of its length away.
 * That bound is what keeps the cost bounded on a national catalogue (220,000 entries at 100k
 * places): an entry can only be that close if its length is within 40 % of the text's, so
 * entries are kept by length and only those of a compatible length are compared, each with a
 * banded distance that stops as soon as it exceeds the bound. (fuse.js did this scan before,
 * over every entry: 0.7 s to build at 100k places, then 0.1–1.2 s per suggestion.) fuse.js now
 * ranks what passes that bound (a few dozen entries at most): its Bitap score weighs where the
 * errors are and how long the matched run is, which orders "impôts" before "import" for
 * "impos" where the edit distance alone ties them. This module
 * is loaded through a dynamic `import()` only when a search with 3 letters or more comes back
 * empty.
 *
 * Text is folded with the index's own `fold` (accents, case, apostrophes), so "sante" and
 * "Santé" compare exactly as the index compares them.
 */
import type { Place } from '../catalogue/types.js';
import { KIND_THESAURUS, NEED_THESAURUS } from '../needs/thesaurus.js';
import Fuse from 'fuse.js/basic';
import { fold } from '../text/normalise.js';
import type { GazetteerEntry } from './types.js';
import type { Lang } from '../lang.js';

/** A word that can be suggested. `need` covers every thesaurus word (needs and kinds of place). */
export interface DidYouMeanEntry {
  /** Shown to the resident, as written in the source ("impôts", "Lherm"). */
  label: string;
  /** The search text to run when the suggestion is chosen. */
  value: string;
  kind: 'need' | 'commune' | 'place';
}

export interface Suggestion extends DidYouMeanEntry {
  /** 0 (exact) to 1 (unrelated): for ordering only, not comparable across versions of fuse.js. */
  score: number;
}

export interface DidYouMean {
  /** Up to `limit` (default 3) suggestions for `text`, best first; none when nothing is close. */
  suggest(text: string, limit?: number): Suggestion[];
}

interface Keyed extends DidYouMeanEntry {
  key: string;
}

/** Edit distance, as a share of the longer length, above which a match is noise (one error in 4 letters passes). */
const THRESHOLD = 0.4;
/** Shorter text matches too much to be useful; longer text is cut (Bitap works on 32-letter chunks). */
const MIN_LENGTH = 3;
const MAX_LENGTH = 64;

/** Builds the matcher over `entries` (duplicates of the same folded label and kind are dropped). */
export function createDidYouMean(entries: readonly DidYouMeanEntry[]): DidYouMean {
  const seen = new Set<string>();
  const list: Keyed[] = [];
  for (const e of entries) {
    if (!e || typeof e.label !== 'string' || typeof e.value !== 'string') continue;
    const key = fold(e.label);
    if (key.length < 2 || seen.has(e.kind + '\u0000' + key)) continue;
    seen.add(e.kind + '\u0000' + key);
    list.push({ label: e.label, value: e.value, kind: e.kind, key });
  }
  // Entries by the length of their key: the only ones a text can be close to.
  const byLength: Keyed[][] = [];
  for (const e of list) (byLength[e.key.length] ??= []).push(e);
  const exact = new Set(list.map((e) => e.key));
  const KIND_ORDER = { need: 0, commune: 1, place: 2 } as const;

  /** Entries within the bound of one folded text, closest first (then needs, communes, places). */
  const candidates = (query: string): Suggestion[] => {
    // `rank` orders; `score` stays the edit-distance ratio, within THRESHOLD (the contract).
    const out: (Suggestion & { key: string; rank: number })[] = [];
    const q = query.length;
    // |len(a) - len(b)| <= distance <= THRESHOLD * max(len): the lengths that can pass.
    const lo = Math.ceil(q * (1 - THRESHOLD));
    const hi = Math.floor(q / (1 - THRESHOLD));
    for (let len = lo; len <= hi && len < byLength.length; len++) {
      const bound = Math.floor(THRESHOLD * Math.max(q, len) + 1e-9);
      for (const item of byLength[len] ?? []) {
        const d = editDistance(query, item.key, bound);
        if (d <= bound) out.push({ label: item.label, value: item.value, kind: item.kind, key: item.key, score: d / Math.max(q, len), rank: d / Math.max(q, len) });
      }
    }
    if (out.length > 1) {
      // fuse.js over the bounded set only: its score joins the edit distance (equal weights) in
      // the ranking; it does not change the reported score, which a blend could push past the
      // bound ("wfi" → "wi fi": 0.33 by distance, 0.43 blended).
      const fuse = new Fuse(out, { keys: ['key'], includeScore: true, threshold: 1, ignoreLocation: true, isCaseSensitive: true });
      const byFuse = new Map(fuse.search(query).map((r) => [r.item, r.score ?? 1] as const));
      for (const o of out) o.rank = (o.score + (byFuse.get(o) ?? 1)) / 2;
    }
    return out
      .sort((a, b) => a.rank - b.rank || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map(({ key: _key, rank: _rank, ...rest }) => rest);
  };

  return {
    suggest(text: string, limit = 3): Suggestion[] {
      try {
        if (typeof text !== 'string') return [];
        const query = fold(text).slice(0, MAX_LENGTH).trim();
        const max = Number.isFinite(limit) ? Math.max(0, Math.min(20, Math.floor(limit))) : 3;
        // A word the index knows as typed needs no spelling help (the search was empty for
        // another reason: filters, distance).
        if (query.length < MIN_LENGTH || max === 0 || exact.has(query)) return [];
        let found = candidates(query);
        const words = query.split(' ');
        if (!found.length && words.length > 1) found = phrase(words);
        const out: Suggestion[] = [];
        const values = new Set<string>();
        for (const s of found) {
          const v = fold(s.value);
          if (v === query || values.has(v)) continue;
          values.add(v);
          out.push(s);
          if (out.length >= max) break;
        }
        return out;
      } catch {
        return [];
      }
    },
  };

  /** "mpots cahor" → "impôts Cahors": each word corrected on its own, the rest kept. */
  function phrase(words: string[]): Suggestion[] {
    let changed: Suggestion | undefined;
    let score = 0;
    const parts = words.map((w) => {
      if (w.length < MIN_LENGTH || exact.has(w)) return w;
      const best = candidates(w)[0];
      if (!best) return w;
      changed ??= best;
      score = Math.max(score, best.score);
      return best.value;
    });
    if (!changed) return [];
    const value = parts.join(' ');
    return [{ label: value, value, kind: changed.kind, score }];
  }
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps;
 * stops with `bound + 1` as soon as every cell of a row exceeds `bound`.
 */
function editDistance(a: string, b: string, bound = Infinity): number {
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return bound + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * The entries worth suggesting for a catalogue: every French thesaurus term (English terms too
 * when `lang` is `en`), the words for kinds of place, the communes of the gazetteer and of the
 * places' addresses and stops, and the places' names.
 */
export function buildDidYouMeanEntries(
  places: readonly Place[],
  gazetteer: readonly GazetteerEntry[] = [],
  lang: Lang = 'fr',
): DidYouMeanEntry[] {
  const entries: DidYouMeanEntry[] = [];
  const add = (label: string | undefined, kind: DidYouMeanEntry['kind']): void => {
    if (typeof label === 'string' && label.trim()) entries.push({ label: label.trim(), value: label.trim(), kind });
  };
  for (const need of Object.values(NEED_THESAURUS)) {
    for (const t of need.terms) add(t, 'need');
    if (lang === 'en') for (const t of need.termsEn) add(t, 'need');
  }
  for (const terms of Object.values(KIND_THESAURUS)) for (const t of terms) add(t, 'need');
  for (const c of gazetteer) add(c?.name, 'commune');
  for (const p of places) {
    if (!p) continue;
    add(p.address?.city, 'commune');
    for (const s of p.stops ?? []) add(s?.address?.city, 'commune');
    add(p.name, 'place');
  }
  return entries;
}
