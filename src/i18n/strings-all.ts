/**
 * Both languages' words, at once: the library's `UI_STRINGS` export (src/index.ts), for pages that
 * build their own views or check a translation. The elements do not read it: they take their
 * words from ./strings.ts, which fetches the English ones when an English element first updates.
 */
import type { Lang } from '../core/lang.js';
import { EN_CHANGES, EN_FILTERS, EN_STRINGS } from './strings-en.js';
import { FR_STRINGS, type UiStrings } from './strings.js';
import { DETAIL_STRINGS, type DetailStrings } from './strings-detail.js';
import { ORIGIN_STRINGS, type OriginStrings } from './strings-origin.js';
import { FR_FILTERS, type FilterStrings } from './strings-filters.js';
import { FR_CHANGES, type ChangeStrings } from './strings-announce.js';
import { LATE_STRINGS, type LateStrings } from './strings-late.js';

/** The element's words, its detail dialog's, the answers of "Où ?", the filters' body's, what changed and the late parts' (tables of their own, loaded when used). */
export type AllUiStrings = UiStrings & DetailStrings & OriginStrings & FilterStrings & ChangeStrings & LateStrings;

/** Every user-visible string of the element, by language. */
export const UI_STRINGS: Record<Lang, AllUiStrings> = {
  fr: { ...FR_STRINGS, ...DETAIL_STRINGS.fr, ...ORIGIN_STRINGS.fr, ...FR_FILTERS, ...FR_CHANGES, ...LATE_STRINGS.fr },
  en: { ...EN_STRINGS, ...DETAIL_STRINGS.en, ...ORIGIN_STRINGS.en, ...EN_FILTERS, ...EN_CHANGES, ...LATE_STRINGS.en },
};
