/**
 * Text normalisation for search: tokenisation, the stop-word list and the light plural
 * stemming, over the folding of ./fold.ts (case, accents, ligatures, apostrophes, hyphens: the
 * one place that decides when two French words are "the same" for a resident typing them),
 * re-exported here.
 *
 * Done by hand rather than through fuse.js's `ignoreDiacritics` so that the index, the
 * thesaurus and the gazetteer all fold text identically, and so the search module does not
 * need a library to compare two words.
 */
import { decode, fold, foldInto } from './fold.js';

export { fold };

/**
 * Words that carry no meaning for the search ("ma retraite", "je veux la CAF de Cahors").
 * Applied to queries, thesaurus terms, names and communes alike, so that phrases still line up
 * ("déclaration de revenus" is indexed as `declaration revenu`).
 *
 * "faire" is not one: "faire mes papiers" is paperwork in general (the `demarches` need) while
 * "papiers" alone is identity papers, and only the verb tells them apart. Elsewhere it is a word
 * no vocabulary knows, so it adds nothing ("faire ses impôts" still reads as taxes).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'chez', 'd', 'dans', 'de', 'des', 'du', 'en', 'et',
  'j', 'je', 'l', 'la', 'le', 'les', 'm', 'ma', 'me', 'mes', 'mon', 'n', 'ne', 'nos', 'notre',
  'ou', 'par', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'son', 'sur', 't', 'ta',
  'te', 'tes', 'ton', 'un', 'une', 'vos', 'votre', 'y',
  // Words that frame a request rather than say what it is about.
  'besoin', 'veux', 'voudrais', 'aimerais', 'comment', 'ou', 'trouver', 'cherche',
  'mettre', 'help', 'the', 'of', 'my', 'for', 'to', 'and', 'in', 'i', 'need', 'want',
]);

/** Abbreviations residents type that stand for a whole word. */
const ALIASES: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * Light stemming so singular and plural meet: a final `s` is dropped from words of four
 * letters or more (`impots` → `impot`, `allocations` → `allocation`), never from `ss`.
 * Applied on both sides (index and query), so it only has to be consistent, not correct.
 */
export function stem(word: string): string {
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The search tokens of a text: folded, split on spaces, stop words dropped, aliases expanded,
 * stemmed. `"Ma déclaration d'impôts"` → `["declaration", "impot"]`.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  foldInto(text, (start, end) => {
    const raw = decode(start, end);
    if (!STOP_WORDS.has(raw)) out.push(stem(ALIASES[raw] ?? raw));
  });
  return out;
}

/** True when the text ends while a word is still being typed (no trailing space or punctuation). */
export function endsInWord(text: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text);
}

/** A search token with the folded word it came from (for "why it matched"). */
export interface SourcedToken {
  token: string;
  raw: string;
}

/** Like {@link tokenize}, keeping each token's folded source word. */
export function tokenizeWithSource(text: string): SourcedToken[] {
  const out: SourcedToken[] = [];
  const folded = fold(text);
  if (folded === '') return out;
  for (const raw of folded.split(' ')) {
    if (STOP_WORDS.has(raw)) continue;
    out.push({ token: stem(ALIASES[raw] ?? raw), raw });
  }
  return out;
}
