/**
 * Everything the first list paints with, behind one module (issue 15, item 3): the list's core
 * (../core/list-core.ts: the query-less answer, the hours engine) and the list view. The loader
 * (./data-core-loader.ts) asks for it with a single `import()`, so that every chunk of the first
 * list is requested together, at connect, rather than two chunks whose own imports the browser
 * discovers only once they have arrived (a round trip each on a mobile network). A bundler
 * makes it one dynamic entry; the standalone build puts all of its modules the initial chunk
 * lacks into one chunk (rollup.config.mjs, firstPaintChunks).
 */
export { browsable, browseSteps, placeOpenState } from '../core/list-core.js';
export { ServiceLocatorListElement } from '../components/service-locator-list/service-locator-list.js';
