/**
 * The heavy half of the results actions, loaded by `<service-locator-results-actions>` through a
 * dynamic `import()` (started as soon as it shows results, so a click rarely waits): the printed
 * list (hours engine, labels) and the CSV/GeoJSON writers. Keeping them out of the element's
 * static imports keeps them out of the initial bundle, which has a size budget.
 */
import { resultsToCsv, resultsToGeoJson } from '../../core/export/index.js';
import type { SearchResult } from '../../core/search/types.js';
import { buildPrintModel, type PrintOptions } from './print-model.js';
import { preparePrint, printModel } from './print.js';
import type { Lang } from '../../core/lang.js';

/** The printable list of `results` put in `doc` (see ./print.ts); returns the cleanup. */
export function prepare(doc: Document, results: readonly SearchResult[], options: PrintOptions): () => void {
  return preparePrint(doc, buildPrintModel(results, options));
}

/** Prepares and opens the print dialog; the cleanup runs on `afterprint` or when called. */
export function print(doc: Document, results: readonly SearchResult[], options: PrintOptions): () => void {
  return printModel(doc, buildPrintModel(results, options));
}

/**
 * The file for a download: CSV (semicolons in French, for French spreadsheets) or GeoJSON.
 * `onError` hears of each place written incomplete (see ../../core/export/results.ts).
 */
export function exportBlob(kind: 'csv' | 'geojson', results: readonly SearchResult[], lang: Lang, onError?: (placeId: string, error: unknown) => void): Blob {
  const guard = onError ? { onError } : {};
  return kind === 'csv'
    ? new Blob([resultsToCsv(results, lang, { separator: lang === 'fr' ? ';' : ',', ...guard })], { type: 'text/csv;charset=utf-8' })
    : new Blob([JSON.stringify(resultsToGeoJson(results, lang, guard), null, 2)], { type: 'application/geo+json' });
}
