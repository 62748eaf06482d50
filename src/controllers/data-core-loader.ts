/**
 * Loads the data core (src/core/data-core.ts: validation, search index, thesaurus) once per
 * page, by dynamic import, so that it stays out of the initial chunk (the size budget) and
 * downloads while the catalogue does. A failed import (a missing chunk on a broken deployment)
 * is not cached, so a later attempt can succeed.
 */
export type DataCore = typeof import('../core/data-core.js');

let pending: Promise<DataCore> | undefined;
let loaded: DataCore | undefined;

export function loadDataCore(): Promise<DataCore> {
  pending ??= import('../core/data-core.js').then(
    (core) => (loaded = core),
    (err: unknown) => {
      pending = undefined;
      throw err;
    },
  );
  return pending;
}

/** The data core if it has already loaded, for code that runs after a catalogue is ready. */
export function loadedDataCore(): DataCore | undefined {
  return loaded;
}
