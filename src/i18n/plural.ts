/**
 * The one plural rule of every string table (element, map, print, coverage, editor): the
 * category comes from `Intl.PluralRules`, built once per language. French and English only
 * use `one` and `other` for whole numbers, but they differ on zero ("0 lieu", "0 places"),
 * which is why no table may test `n === 1` or `n > 1` itself.
 */
import type { Lang } from '../core/lang.js';

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** `one` or `other` (the only categories French and English use for integers). */
export function pluralOf(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** Whether `count` takes the singular form in `lang` (0 and 1 in French, 1 in English). */
export const isSingular = (lang: Lang, count: number): boolean => pluralOf(lang, count) === 'one';

/** Picks the singular or plural form of a phrase for `count`. */
export function plural(lang: Lang, count: number, one: string, other: string): string {
  return isSingular(lang, count) ? one : other;
}
