/** Exports of results (CSV, GeoJSON): the public surface of src/core/export (DOM-free). */
export * from './csv.js';
export * from './results.js';
