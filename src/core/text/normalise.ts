/**
 * Text normalisation for search: the one place that decides when two French words are "the
 * same" for a resident typing them. Owns folding (case, accents, ligatures, apostrophes,
 * hyphens), tokenisation, the stop-word list and the light plural stemming.
 *
 * Done by hand rather than through fuse.js's `ignoreDiacritics` so that the index, the
 * thesaurus and the gazetteer all fold text identically, and so the search module does not
 * need a library to compare two words.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', Œ: 'oe', Æ: 'ae' };

/**
 * Folded form of each UTF-16 code unit up to U+024F (Latin, Latin-1, Latin Extended-A/B):
 * a letter or digit in lower case without its accent, or '' for a separator. Built once from
 * NFKD so the table and the slow path agree.
 */
const TABLE_SIZE = 0x250;
function foldChar(ch: string): string {
  const base = (LIGATURES[ch] ?? ch).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return /^[a-z0-9]+$/.test(base) ? base : '';
}
const FOLD_TABLE: string[] = Array.from({ length: TABLE_SIZE }, (_, c) => foldChar(String.fromCharCode(c)));
/** Single-character foldings as a code (0 = separator, -1 = several characters: use the string). */
const FOLD_CODE = Int32Array.from(FOLD_TABLE, (f) => (f === '' ? 0 : f.length === 1 ? f.charCodeAt(0) : -1));

/** Output buffer reused by every call (folding runs once per name when an index is built). */
let buffer = new Uint16Array(256);

/**
 * Calls `emit(start, end)` for each folded word written to `buffer` (and returns the length
 * written): one pass over a lookup table instead of four regular-expression passes, because
 * index building folds every name of a national catalogue.
 */
function foldInto(text: string, emit?: (start: number, end: number) => void): number {
  if (buffer.length < text.length * 3 + 1) buffer = new Uint16Array(text.length * 3 + 1);
  let len = 0;
  let wordStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let code: number;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) code = c;
    else if (c < TABLE_SIZE) code = FOLD_CODE[c]!;
    else if (c >= 0xd800 && c <= 0xdfff) code = 0;
    else code = -1;
    if (code === 0) {
      if (wordStart >= 0) {
        emit?.(wordStart, len);
        wordStart = -1;
      }
      continue;
    }
    if (wordStart < 0) {
      if (len > 0) buffer[len++] = 32;
      wordStart = len;
    }
    if (code > 0) buffer[len++] = code;
    else {
      const f = c < TABLE_SIZE ? FOLD_TABLE[c]! : foldChar(text[i]!);
      if (f === '') {
        // A character that folds to nothing inside a word (a symbol): a separator.
        if (wordStart === len) {
          wordStart = -1;
          if (len > 0) len--;
        } else {
          emit?.(wordStart, len);
          wordStart = -1;
        }
        continue;
      }
      for (let k = 0; k < f.length; k++) buffer[len++] = f.charCodeAt(k);
    }
  }
  if (wordStart >= 0) emit?.(wordStart, len);
  return len;
}

const decode = (start: number, end: number): string =>
  String.fromCharCode.apply(null, buffer.subarray(start, end) as unknown as number[]);

/**
 * Folds text for comparison: lower case, no diacritics, ligatures spelt out, every run of
 * non-alphanumeric characters (apostrophes, hyphens, punctuation) as one space, trimmed.
 * `"Carte grise à l'ANTS – Saint-Céré"` → `"carte grise a l ants saint cere"`.
 */
export function fold(text: string): string {
  return decode(0, foldInto(text));
}

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
