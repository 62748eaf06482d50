/**
 * Loads the data core (src/core/data-core.ts: search index, thesaurus, gazetteer reader) and the
 * list's core (src/core/list-core.ts: the query-less first list, the hours engine) with the list
 * view, each once per page, by dynamic import, so that they stay out of the initial chunk (the
 * size budget). The list comes first: the first list paints from it before the data core has
 * even downloaded (issue 15, item 3); the search controller asks for the data core after that
 * paint, or at once when a query must wait for the index. A failed import (a missing chunk on a
 * broken deployment) is not cached, so a later attempt can succeed.
 */
export type IndexCore = typeof import('../core/data-core.js');
/** The query-less first list and the hours engine (src/core/list-core.ts). */
export type ListCore = typeof import('../core/list-core.js');
/** The validator (src/core/validator-core.ts), for when the catalogue worker cannot validate. */
export type ValidatorCore = typeof import('../core/validator-core.js');
/** Both, for the code that validates and indexes in one place (a sharded catalogue's loader). */
export type DataCore = IndexCore & ValidatorCore;

/** Loads once; a failure is forgotten so that the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    }));
}

/**
 * The list view and what it paints with: nothing can be listed before the catalogue is
 * validated, so they need not be in the initial chunk; they download while the catalogue does.
 */
export const loadListCore = once(async (): Promise<ListCore> => {
  // One import() of a module that imports both: every chunk they need is requested at once.
  const { ServiceLocatorListElement, ...core } = await import('./first-list.js');
  ServiceLocatorListElement.define();
  return core;
});

let loaded: IndexCore | undefined;
let asked: () => void;
const askedFor = new Promise<void>((resolve) => (asked = resolve));

/** The data core, with the list view (an index is only ever there to list what it finds). */
export const loadDataCore = once(async (): Promise<IndexCore> => {
  asked();
  const [core] = await Promise.all([import('../core/data-core.js'), loadListCore()]);
  return (loaded = core);
});

/**
 * The data core once something that needs it has asked for it (the search controller, after the
 * first list): for what can wait that long (the deployer's commune list, which the index reads),
 * so that it is not fetched before the first list paints.
 */
export async function dataCoreWhenAsked(): Promise<IndexCore> {
  await askedFor;
  return loadDataCore();
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
