/** Entry of `dist/service-locator.js`: everything bundled, MapLibre in a lazy chunk. */
import './define.js';

export * from './index.js';
