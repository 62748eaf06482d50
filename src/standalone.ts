/** Entry of `dist/service-locator.js`: everything bundled, MapLibre in a lazy chunk. */
import './define.js';

// Not ./index.js: its UI_STRINGS would bring the English words into the initial chunk.
export * from './public-api.js';
