/**
 * Finding communes by what a resident writes, over a gazetteer of any size (the 34,920 entries
 * of the national file, or the few hundred of a catalogue): the suggestions of "Où ?", the
 * CLI's `--near-commune`, and the whole-name readings the search index takes from its text.
 *
 * Owns the folding rules for commune names: accents, case, hyphens and apostrophes ignored
 * (../text/normalise.ts `fold`), "St"/"Ste"/"S." read as "Saint"/"Sainte" on both sides, a
 * leading article optional ("Bourg-d'Oisans" finds "Le Bourg-d'Oisans"), one or two typos
 * (bounded edit distance, first letter assumed right as in ../text/fuzzy.ts), and the ranking:
 * exact full names first, then by population. A postcode gives every commune that shares it:
 * the caller asks the resident to choose rather than this module picking one.
 *
 * Cost: one pass over the entries, no sort (sorting 70k keys took longer than the rest of the
 * build: the national list is indexed when the resident first types in "Où ?"), memoised per
 * entries array. Exact names are a map look-up; beginnings and typos scan the bucket of the
 * first letter (at most about 5,000 keys, "s"), typos with a length filter and an early-exit
 * distance.
 */
import type { GazetteerEntry } from '../search/types.js';
import { editDistance, fuzzyQuality, typoBudget } from '../text/fuzzy.js';
import { fold, STOP_WORDS } from '../text/normalise.js';
import { communeKey, SAINT } from './commune-key.js';
import { runSteps, type Steps } from '../slices.js';
import { isPostcode } from '../catalogue/commune-codes.js';

export { communeKey } from './commune-key.js';

/** How a commune matched: the whole name, its beginning, or the whole name with typos. */
export type CommuneMatchKind = 'exact' | 'prefix' | 'fuzzy';

export interface CommuneMatch {
  /** Index in the matcher's entries. */
  index: number;
  entry: GazetteerEntry;
  kind: CommuneMatchKind;
  /** Typos corrected (0 unless `fuzzy`). */
  distance: number;
}

/** What a text designates: one commune, several to choose from, or none. */
export type CommuneResolution =
  | { status: 'found'; entry: GazetteerEntry; corrected: boolean }
  | { status: 'ambiguous'; reason: 'postcode' | 'homonyms' | 'partial'; choices: GazetteerEntry[] }
  | { status: 'unknown' };

/** A whole commune name read at some position of tokenised search text. */
export interface WholeNameHit {
  /** Indexes of the communes with this name (homonyms), most populous first. */
  communes: number[];
  /** Search tokens consumed. */
  span: number;
  /** 1 for an exact name, {@link fuzzyQuality} of the typos otherwise. */
  quality: number;
  /** The name as written in the gazetteer (of the first commune). */
  term: string;
}

export interface CommuneMatcher {
  readonly entries: readonly GazetteerEntry[];
  /** Suggestions for what is being typed: exact, then beginnings, then typos; by population within each. */
  find(text: string, limit?: number): CommuneMatch[];
  /** Every commune with this postcode, by name (several communes often share one). */
  byPostcode(code: string): GazetteerEntry[];
  /** What a finished text designates ("Lherm", "46150", "Lherm (46)", "46150 Lherm", "rocamadur"). */
  resolve(text: string): CommuneResolution;
  /**
   * Whole commune names starting at word `i` of search words: folded, stop words dropped, not
   * stemmed (the `raw` of `tokenizeWithSource`; "car" must not read as "Cars").
   * Never a prefix: `lastIsTyping` says token `last` is still being typed, and a typo reading
   * of it must then be at least as long as the name ("figea" is not yet Figeac, "figaec" is).
   */
  wholeNamesAt(words: readonly string[], i: number, lastIsTyping: boolean): WholeNameHit[];
}

const ARTICLES = new Set(['le', 'la', 'les', 'l']);

/** The key without a leading article, or `undefined` when there is none. */
const bareKey = (key: string): string | undefined => {
  const sp = key.indexOf(' ');
  return sp > 0 && ARTICLES.has(key.slice(0, sp)) ? key.slice(sp + 1) : undefined;
};

/** Several values under one key without an array for the (usual) single one: 35k fewer arrays. */
type OneOrMany = number | number[];
function addTo<K>(map: Map<K, OneOrMany>, k: K, i: number): void {
  const v = map.get(k);
  if (v === undefined) map.set(k, i);
  else if (typeof v === 'number') {
    if (v !== i) map.set(k, [v, i]);
  } else if (v[v.length - 1] !== i) v.push(i);
}
const many = (v: OneOrMany | undefined): readonly number[] => (v === undefined ? [] : typeof v === 'number' ? [v] : v);

/** The first word of a key that is not a stop word (search text drops them), or ''. */
function firstSearchWord(key: string): string {
  let start = 0;
  for (;;) {
    const sp = key.indexOf(' ', start);
    const w = sp < 0 ? key.slice(start) : key.slice(start, sp);
    if (w !== '' && !STOP_WORDS.has(w)) return w;
    if (sp < 0) return '';
    start = sp + 1;
  }
}

const byPopulation = (entries: readonly GazetteerEntry[]) => (a: number, b: number): number =>
  (entries[b]!.population ?? 0) - (entries[a]!.population ?? 0) || a - b;

const matchers = new WeakMap<readonly GazetteerEntry[], CommuneMatcher>();

/** The matcher of an entries array, built on first use and kept while the array lives. */
export function communeMatcher(entries: readonly GazetteerEntry[]): CommuneMatcher {
  let m = matchers.get(entries);
  if (!m) matchers.set(entries, (m = createCommuneMatcher(entries)));
  return m;
}

/** {@link CommuneMatcher.find} on an entries array (matcher memoised). */
export function findCommunes(entries: readonly GazetteerEntry[], text: string, limit = 10): CommuneMatch[] {
  return communeMatcher(entries).find(text, limit);
}

/** Builds a matcher; prefer {@link communeMatcher}, which builds it once per array. */
export function createCommuneMatcher(entries: readonly GazetteerEntry[]): CommuneMatcher {
  return runSteps(createCommuneMatcherSteps(entries));
}

/** {@link createCommuneMatcher} in steps (core/slices.ts), for a search index built in slices. */
export function* createCommuneMatcherSteps(entries: readonly GazetteerEntry[]): Steps<CommuneMatcher> {
  const popOrder = byPopulation(entries);
  // Built when the resident first types in "Où ?", on 35k names: one pass, no sort, and as few
  // allocations as possible (garbage collection was most of the cost).
  const exact = new Map<string, OneOrMany>();
  const fullKey = new Array<string>(entries.length);
  /** Entries by the first letter of their key and of their article-free key. */
  const byFirst = new Map<string, number[]>();
  const bareOf = new Array<string | undefined>(entries.length);
  const postcodes = new Map<string, number[]>();
  /** Entries by the first word of their name in search text (stop words dropped). */
  const phrases = new Map<string, OneOrMany>();
  const push = <K>(map: Map<K, number[]>, k: K, i: number): void => {
    const l = map.get(k);
    if (!l) map.set(k, [i]);
    else if (l[l.length - 1] !== i) l.push(i);
  };
  for (let i = 0; i < entries.length; i++) {
    if (i % 512 === 0) yield undefined;
    const e = entries[i]!;
    const key = communeKey(e.name);
    fullKey[i] = key;
    if (key === '') continue;
    addTo(exact, key, i);
    push(byFirst, key[0]!, i);
    const bare = bareKey(key);
    if (bare) {
      bareOf[i] = bare;
      addTo(exact, bare, i);
      if (bare[0] !== key[0]) push(byFirst, bare[0]!, i);
    }
    for (const pc of e.postcodes) push(postcodes, pc, i);
    const first = firstSearchWord(key);
    if (first) addTo(phrases, first, i);
  }
  for (const v of exact.values()) if (typeof v !== 'number') v.sort(popOrder);
  /** Search words of a name, computed when a look-up first needs them. */
  const tokenCache = new Array<string[] | undefined>(entries.length);
  const tokensOf = (i: number): string[] => (tokenCache[i] ??= fullKey[i]!.split(' ').filter((w) => w !== '' && !STOP_WORDS.has(w)));
  /** First words of names by their first letter, for typo readings of search words. */
  const firstWordsByLetter = new Map<string, string[]>();
  for (const w of phrases.keys()) {
    const l = firstWordsByLetter.get(w[0]!);
    if (l) l.push(w);
    else firstWordsByLetter.set(w[0]!, [w]);
  }

  const copy = (i: number): GazetteerEntry => ({ ...entries[i]!, postcodes: [...entries[i]!.postcodes] });
  const byName = (a: GazetteerEntry, b: GazetteerEntry): number => a.name.localeCompare(b.name, 'fr') || (a.insee ?? '').localeCompare(b.insee ?? '');

  /** Entries whose key or article-free key begins with `prefix`. */
  function prefixRange(prefix: string): number[] {
    const out: number[] = [];
    for (const i of byFirst.get(prefix[0]!) ?? []) if (fullKey[i]!.startsWith(prefix) || bareOf[i]?.startsWith(prefix)) out.push(i);
    return out;
  }

  /** Typo readings of a whole key (or of the beginning of names, while typing). */
  function typos(q: string, withPrefixes: boolean): Map<number, number> {
    const found = new Map<number, number>();
    const budget = typoBudget(q.replace(/ /g, '').length);
    if (budget === 0) return found;
    for (const i of byFirst.get(q[0]!) ?? []) {
      const name = fullKey[i]!;
      for (const key of [name, bareOf[i]]) {
        if (key === undefined) continue;
        let d = Math.abs(key.length - q.length) <= budget ? editDistance(q, key, budget) : budget + 1;
        if (withPrefixes && key.length > q.length) d = Math.min(d, editDistance(q, key.slice(0, q.length), budget));
        if (d <= budget && d < (found.get(i) ?? Infinity)) found.set(i, d);
      }
    }
    return found;
  }

  function find(text: string, limit = 10): CommuneMatch[] {
    const max = Math.max(0, Math.floor(limit));
    const raw = fold(text);
    if (raw === '' || max === 0) return [];
    if (/^\d[\d ]*$/.test(raw)) {
      // A postcode, whole or begun: its communes, the full code first.
      const code = raw.replace(/ /g, '');
      const out: CommuneMatch[] = [];
      const seen = new Set<number>();
      const codes = [...postcodes.keys()].filter((pc) => pc.startsWith(code)).sort();
      for (const pc of codes)
        for (const i of [...postcodes.get(pc)!].sort(popOrder))
          if (!seen.has(i)) {
            seen.add(i);
            out.push({ index: i, entry: copy(i), kind: pc === code ? 'exact' : 'prefix', distance: 0 });
          }
      return out.sort((a, b) => Number(a.kind !== 'exact') - Number(b.kind !== 'exact')).slice(0, max);
    }
    const q = communeKey(text);
    const exactHits = many(exact.get(q));
    const kinds = new Map<number, CommuneMatch>();
    for (const i of exactHits) kinds.set(i, { index: i, entry: entries[i]!, kind: 'exact', distance: 0 });
    // Full-name equality before article-free equality ("La Roche" before "Roche").
    const exactList = [...kinds.values()].sort((a, b) => Number(fullKey[a.index] !== q) - Number(fullKey[b.index] !== q) || popOrder(a.index, b.index));
    // One letter begins thousands of names: keep the most populous without sorting them all.
    const prefixList = topByPopulation(prefixRange(q).filter((i) => !kinds.has(i)), max)
      .map((i): CommuneMatch => ({ index: i, entry: entries[i]!, kind: 'prefix', distance: 0 }));
    for (const m of prefixList) kinds.set(m.index, m);
    let fuzzyList: CommuneMatch[] = [];
    // Typos are looked for only when nothing is spelt so: "mair" on its way somewhere is not a typo.
    if (exactList.length === 0 && prefixList.length === 0) {
      fuzzyList = [...typos(q, true)]
        .filter(([i]) => !kinds.has(i))
        .sort((a, b) => a[1] - b[1] || popOrder(a[0], b[0]))
        .map(([i, d]) => ({ index: i, entry: entries[i]!, kind: 'fuzzy' as const, distance: d }));
    }
    return [...exactList, ...prefixList, ...fuzzyList].slice(0, max).map((m) => ({ ...m, entry: copy(m.index) }));
  }

  /** The `k` most populous of `ids` (a sort when few, a bounded insertion when many). */
  function topByPopulation(ids: number[], k: number): number[] {
    if (ids.length <= 4 * k) return ids.sort(popOrder).slice(0, k);
    const best: number[] = [];
    for (const i of ids) {
      if (best.length === k && popOrder(i, best[k - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && popOrder(i, best[at - 1]!) < 0) at--;
      best.splice(at, 0, i);
      if (best.length > k) best.pop();
    }
    return best;
  }

  function byPostcode(code: string): GazetteerEntry[] {
    return (postcodes.get(code.trim()) ?? []).map(copy).sort(byName);
  }

  function resolve(text: string): CommuneResolution {
    let t = text.trim();
    // A qualifier names which one: "Lherm (46)", "Lherm, 46150", "46150 Lherm", "Lherm 46".
    let qualifier: string | undefined;
    const paren = /^(.*?)[\s,]*\(\s*([0-9][0-9AB]\d{0,3})\s*\)$/i.exec(t) ?? /^(.*?\D)[\s,]+([0-9][0-9AB]\d{0,3})$/i.exec(t);
    const lead = /^(\d{5})[\s,]+(\D.*)$/.exec(t);
    if (paren && paren[1]!.trim()) [t, qualifier] = [paren[1]!.trim(), paren[2]!.toUpperCase()];
    else if (lead) [t, qualifier] = [lead[2]!.trim(), lead[1]!];
    if (isPostcode(t)) {
      const all = byPostcode(t);
      if (all.length === 1) return { status: 'found', entry: all[0]!, corrected: false };
      return all.length ? { status: 'ambiguous', reason: 'postcode', choices: all } : { status: 'unknown' };
    }
    const keep = (e: GazetteerEntry): boolean =>
      !qualifier ||
      (qualifier.length === 5 ? e.postcodes.includes(qualifier) || e.insee === qualifier : (e as { dep?: string }).dep === qualifier || (e.insee ?? '').startsWith(qualifier));
    const q = communeKey(t);
    const exactHits = many(exact.get(q)).map((i) => entries[i]!).filter(keep);
    if (exactHits.length === 1) return { status: 'found', entry: { ...exactHits[0]!, postcodes: [...exactHits[0]!.postcodes] }, corrected: false };
    if (exactHits.length > 1) {
      // "Lherm" is one full name and "La Lherm" another's article-free one: the full name wins.
      const full = exactHits.filter((e) => communeKey(e.name) === q);
      if (full.length === 1) return { status: 'found', entry: { ...full[0]!, postcodes: [...full[0]!.postcodes] }, corrected: false };
      return { status: 'ambiguous', reason: 'homonyms', choices: exactHits.map((e) => ({ ...e, postcodes: [...e.postcodes] })).sort(byName) };
    }
    const fuzzy = [...typos(q, false)].filter(([i]) => keep(entries[i]!));
    if (fuzzy.length > 0) {
      const best = Math.min(...fuzzy.map(([, d]) => d));
      const top = fuzzy.filter(([, d]) => d === best).map(([i]) => i).sort(popOrder);
      if (top.length === 1) return { status: 'found', entry: copy(top[0]!), corrected: true };
      return { status: 'ambiguous', reason: 'homonyms', choices: top.map(copy).sort(byName) };
    }
    const partial = prefixRange(q).filter((i) => keep(entries[i]!));
    if (partial.length > 0) return { status: 'ambiguous', reason: 'partial', choices: [...new Set(partial)].sort(popOrder).slice(0, 20).map(copy) };
    return { status: 'unknown' };
  }

  // Search text repeats its words keystroke after keystroke: first-word look-ups are memoised.
  const firstMemo = new Map<string, string[]>();
  function firstWordsOf(token: string): string[] {
    let m = firstMemo.get(token);
    if (!m) {
      if (firstMemo.size > 2000) firstMemo.clear();
      if (phrases.has(token)) m = [token];
      else {
        // Not a first word: the first words within the token's typo budget (first letter right).
        const budget = typoBudget(token.length);
        m = [];
        if (budget > 0)
          for (const w of firstWordsByLetter.get(token[0]!) ?? [])
            if (Math.abs(w.length - token.length) <= budget && editDistance(token, w, budget) <= budget) m.push(w);
      }
      firstMemo.set(token, m);
    }
    return m;
  }

  function wholeNamesAt(words: readonly string[], i: number, lastIsTyping: boolean): WholeNameHit[] {
    const tokens = words.map((w) => (w !== 's' && SAINT[w]) || w);
    const last = tokens.length - 1;
    if (i > last) return [];
    /** Hits by the name's search words: homonyms are one hit. */
    const hits = new Map<string, WholeNameHit>();
    const typedOf: string[] = [];
    for (const first of firstWordsOf(tokens[i]!)) {
      for (const c of many(phrases.get(first))) {
        const ph = tokensOf(c);
        const span = ph.length;
        if (span === 0 || i + span - 1 > last) continue;
        const typed = (typedOf[span] ??= tokens.slice(i, i + span).join(' '));
        let same = true;
        for (let k = 0; k < span && same; k++) same = tokens[i + k] === ph[k];
        let d = 0;
        let joined = typed;
        if (!same) {
          // First letters assumed right (as in ../text/fuzzy.ts): "saint q…" is not scored
          // against the thousands of other saints.
          let sameStarts = true;
          for (let k = 1; k < span && sameStarts; k++) sameStarts = tokens[i + k]![0] === ph[k]![0];
          if (!sameStarts) continue;
          // Typos count over the whole name, which must be long enough to tell them apart.
          joined = ph.join(' ');
          const letters = joined.length - span + 1;
          const budget = letters >= 5 ? typoBudget(letters) : 0;
          if (budget === 0 || Math.abs(typed.length - joined.length) > budget) continue;
          d = editDistance(typed, joined, budget);
          if (d > budget) continue;
          // The word being typed may be on its way to another word: shorter is not a typo yet.
          if (lastIsTyping && i + span - 1 === last && typed.length < joined.length) continue;
        }
        const prev = hits.get(joined);
        if (prev) prev.communes.push(c);
        else hits.set(joined, { communes: [c], span, quality: d === 0 ? 1 : fuzzyQuality(d), term: entries[c]!.name });
      }
    }
    const out = [...hits.values()];
    for (const h of out)
      if (h.communes.length > 1) {
        h.communes.sort(popOrder);
        h.term = entries[h.communes[0]!]!.name;
      }
    return out;
  }

  return { entries, find, byPostcode, resolve, wholeNamesAt };
}
