/**
 * Both languages' words, at once: the library's `UI_STRINGS` export (src/index.ts), for pages that
 * build their own views or check a translation. The elements do not read it: they take their
 * words from ./strings.ts, which fetches the English ones when an English element first updates.
 */
import type { Lang } from '../core/lang.js';
import { EN_STRINGS } from './strings-en.js';
import { FR_STRINGS, type UiStrings } from './strings.js';

/** Every user-visible string of the element, by language. */
export const UI_STRINGS: Record<Lang, UiStrings> = { fr: FR_STRINGS, en: EN_STRINGS };
