/**
 * What the first list needs beside the list view (issue 15, item 3): the query-less answer
 * (./search/browse.ts) and the hours engine it and the list read "open now" with. The element
 * loads it as a chunk of its own with the list (src/controllers/data-core-loader.ts), before the
 * data core (./data-core.ts: the search index, the thesaurus, the gazetteer), which loads and
 * builds after the first list has painted.
 */
export { browsable, browseSteps } from './search/browse.js';
export { placeOpenState } from './hours/status.js';
