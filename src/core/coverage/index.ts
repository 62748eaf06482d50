/** Coverage for planners: the public surface of src/core/coverage (DOM-free). */
export * from './method.js';
export * from './analyse.js';
export * from './isochrone.js';
export * from './report.js';
