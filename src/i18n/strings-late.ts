/**
 * Words only the root's late parts say (../components/service-locator/root-late.ts: loaded after
 * the first list paint, or at once for an empty first list or a map view): the empty state's
 * ways out and "Passer la carte". Both languages, with the code that says them (issue 15,
 * item 3: not in the code before that paint); also part of the library's `UI_STRINGS`.
 */
import type { Lang } from '../core/lang.js';

export interface LateStrings {
  emptyTitle: string;
  emptyTry: string;
  emptyRemoveFilter: (label: string) => string;
  emptyClearText: (text: string) => string;
  emptyWiden: string;
  emptyPopular: string;
  /** The skip link past the map. */
  skipMap: string;
}

/** Both languages. */
export const LATE_STRINGS: Record<Lang, LateStrings> = {
  fr: {
    emptyTitle: 'Aucun lieu ne correspond à tous ces critères.',
    emptyTry: 'Vous pouvez :',
    emptyRemoveFilter: (l) => `Retirer « ${l} »`,
    emptyClearText: (t) => `Effacer le texte « ${t} »`,
    emptyWiden: 'Chercher dans tout le territoire',
    emptyPopular: 'Démarches fréquentes :',
    skipMap: 'Passer la carte',
  },
  en: {
    emptyTitle: 'No place matches all these criteria.',
    emptyTry: 'You can:',
    emptyRemoveFilter: (l) => `Remove “${l}”`,
    emptyClearText: (t) => `Clear the text “${t}”`,
    emptyWiden: 'Search the whole area',
    emptyPopular: 'Common procedures:',
    skipMap: 'Skip the map',
  },
};
