/**
 * Folding: the one rule for when two French words are "the same" for a resident typing them
 * (case, accents, ligatures, apostrophes, hyphens). Apart from ./normalise.ts (tokens, stop
 * words, stemming: the search index's) because the element compares commune names and the first
 * list ranks names with it before the index exists, so this is what the code before the first
 * list paint carries (issue 15, item 3). ./normalise.ts re-exports {@link fold}.
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
export function foldInto(text: string, emit?: (start: number, end: number) => void): number {
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

/** The folded characters `buffer[start, end)` written by the last {@link foldInto}, as a string. */
export const decode = (start: number, end: number): string =>
  String.fromCharCode.apply(null, buffer.subarray(start, end) as unknown as number[]);

/**
 * Folds text for comparison: lower case, no diacritics, ligatures spelt out, every run of
 * non-alphanumeric characters (apostrophes, hyphens, punctuation) as one space, trimmed.
 * `"Carte grise à l'ANTS – Saint-Céré"` → `"carte grise a l ants saint cere"`.
 */
export function fold(text: string): string {
  return decode(0, foldInto(text));
}
