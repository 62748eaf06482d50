/**
 * Loads the data core (src/core/data-core.ts: validation, search index, thesaurus) once per
 * page, by dynamic import, so that it stays out of the initial chunk (the size budget) and
 * downloads while the catalogue does. A failed import (a missing chunk on a broken deployment)
 * is not cached, so a later attempt can succeed.
 */
export type DataCore = typeof import('../core/data-core.js');

/**
 * The list view and the hours engine it paints with come with the data core: nothing can be
 * listed before the catalogue is validated, so they need not be in the first paint's chunk.
 */
async function loadCoreAndList(): Promise<DataCore> {
  const [core, list] = await Promise.all([import('../core/data-core.js'), import('../components/service-locator-list/service-locator-list.js')]);
  list.ServiceLocatorListElement.define();
  return core;
}

let pending: Promise<DataCore> | undefined;
let loaded: DataCore | undefined;

export function loadDataCore(): Promise<DataCore> {
  pending ??= loadCoreAndList().then(
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
