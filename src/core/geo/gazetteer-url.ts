/**
 * Where the national gazetteer and its postcode slices are, as URLs relative to this module.
 * Kept alone in its module so that the builds can point them at the shipped files
 * (rollup.config.mjs rewrites these paths: beside the chunks in dist/, the package's dist/ from
 * dist/lib/), and so that bundlers that understand `new URL('…', import.meta.url)` (Vite,
 * webpack, esbuild, rollup with a plugin) emit the files themselves. From the sources (dev
 * server, tests) they are data/ of the checkout; the slices there are served by the test
 * server (test/helpers/server-middleware.mjs), cut by scripts/commune-slices.mjs as the build
 * does.
 */
export const gazetteerUrl = (): URL => new URL('../../../data/communes-france.json', import.meta.url);

/** The slice a postcode is in (scripts/commune-slices.mjs `slicePrefix`, which writes them). */
export const slicePrefix = (postcode: string): string => postcode.slice(0, 2);

/**
 * The slice of the national gazetteer holding every commune with a postcode of `postcode`'s
 * prefix (`communes/46.json` for 46000, about 5 KB gzip): what `near="Cahors (46000)"` is
 * resolved from without downloading every commune of France.
 */
export const communeSliceUrl = (postcode: string): URL =>
  new URL(`../../../data/communes/${encodeURIComponent(slicePrefix(postcode.trim().toUpperCase()))}.json`, import.meta.url);
