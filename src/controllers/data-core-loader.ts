/**
 * Loads the data core (src/core/data-core.ts: search index, thesaurus, hours engine) once per
 * page, by dynamic import, so that it stays out of the initial chunk (the size budget) and
 * downloads while the catalogue does. A failed import (a missing chunk on a broken deployment)
 * is not cached, so a later attempt can succeed.
 */
export type IndexCore = typeof import('../core/data-core.js');
/** The validator (src/core/validator-core.ts), for when the catalogue worker cannot validate. */
export type ValidatorCore = typeof import('../core/validator-core.js');
/** Both, for the code that validates and indexes in one place (a sharded catalogue's loader). */
export type DataCore = IndexCore & ValidatorCore;

/**
 * The list view and the hours engine it paints with come with the data core: nothing can be
 * listed before the catalogue is validated, so they need not be in the first paint's chunk.
 */
async function loadCoreAndList(): Promise<IndexCore> {
  const [core, list] = await Promise.all([import('../core/data-core.js'), import('../components/service-locator-list/service-locator-list.js')]);
  list.ServiceLocatorListElement.define();
  return core;
}

let pending: Promise<IndexCore> | undefined;
let loaded: IndexCore | undefined;

export function loadDataCore(): Promise<IndexCore> {
  pending ??= loadCoreAndList().then(
    (core) => (loaded = core),
    (err: unknown) => {
      pending = undefined;
      throw err;
    },
  );
  return pending;
}

let validator: Promise<ValidatorCore> | undefined;

/**
 * The validator, loaded once, on first use only: a page whose catalogue worker starts never
 * asks for it (the worker's own bundle validates). A failed import is forgotten, as above.
 */
export function loadValidator(): Promise<ValidatorCore> {
  validator ??= import('../core/validator-core.js').catch((err: unknown) => {
    validator = undefined;
    throw err;
  });
  return validator;
}

/** The data core and the validator together. */
export async function loadFullCore(): Promise<DataCore> {
  const [core, check] = await Promise.all([loadDataCore(), loadValidator()]);
  return { ...core, ...check };
}

/** The data core if it has already loaded, for code that runs after a catalogue is ready. */
export function loadedDataCore(): IndexCore | undefined {
  return loaded;
}
