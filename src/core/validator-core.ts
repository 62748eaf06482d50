/**
 * The validator for the page, when the catalogue worker (src/worker/catalogue-worker.ts) cannot
 * do it: no worker started, a catalogue given as a property, a sharded catalogue's shards. A
 * chunk of its own, apart from the data core (./data-core.ts), because the worker's bundle
 * already carries the same code: a page whose worker starts never downloads it twice (issue 15,
 * code fetched before the first list paint). Problems come as data, without their words: those
 * load only when there are problems (controllers/problem-words-loader.ts). The CLI imports the
 * modules directly.
 */
export { decodeCatalogueBytes, parseCatalogueTextDataSteps, validateCatalogueDataSteps } from './catalogue/validate-data.js';
