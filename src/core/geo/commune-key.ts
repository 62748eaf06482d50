/**
 * The key a commune name is compared by: folded (accents, case, hyphens, apostrophes) with
 * the saints spelt out. Its own module so the element's "Où ?" can compare names without
 * loading the national matcher (../geo/commune-matcher.ts), which uses it too.
 */
import { fold } from '../text/fold.js';

/** Abbreviations of the name's saint, on both sides ("S." folds to "s"). */
export const SAINT: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes', s: 'saint' };

/** Folded words with the saints spelt out: `"St-Cirq-Lapopie"` → `"saint cirq lapopie"`. */
export function communeKey(text: string): string {
  const folded = fold(text);
  // Most names have no abbreviation: skip the split (this runs on 35k names at first use).
  if (!/(?:^| )s(?:ts?|tes?)?(?: |$)/.test(folded)) return folded;
  const words = folded.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A lone "s" is an abbreviation only before another word ("S. Quentin").
    if (SAINT[w] && (w !== 's' || i < words.length - 1)) words[i] = SAINT[w]!;
  }
  return words.join(' ');
}
