/**
 * The data core: what turns valid places into searchable ones (the search index with its
 * thesaurus, the hours engine, the gazetteer reader). The element loads it as a chunk of its
 * own, started as soon as it connects, in parallel with the catalogue fetch (see
 * src/controllers/data-core-loader.ts): the first paint does not wait for it, and the list
 * cannot show before the catalogue arrives anyway. Validation is in the catalogue worker, or,
 * when none starts, in ./validator-core.ts, a chunk of its own. The CLI imports the modules
 * directly.
 */
// The steps forms run in slices on the page (src/core/slices.ts): no long task at 100,000 places.
export { createSearchIndex, searchIndexSteps } from './search/search-index.js';
// "Open now" for the index: the hours engine is in this chunk's company, not in the first paint's.
export { placeOpenState } from './hours/status.js';
// Compiled in the index build's slices, so that the first "open now" finds the hours ready.
export { compilePlaceHours } from './hours/status.js';
import { useFastParser } from './hours/parse.js';
// The hours parser's fast path, for the index build's compiling of every value (the first
// list's chunk goes without it: hours/grammar.ts).
useFastParser();
export { parseGazetteer } from './geo/gazetteer.js';
// The national gazetteer (34,920 communes), fetched when the resident first types in "Où ?".
export { loadGazetteer, type GazetteerLoad } from './geo/gazetteer-loader.js';
// Its postcode slices: `near="Cahors (46000)"` is resolved from communes/46.json (issue 15).
export { gazetteerUrl, communeSliceUrl } from './geo/gazetteer-url.js';
export { communeInSlice } from './geo/commune-slice.js';
