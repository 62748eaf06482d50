/**
 * Where the national gazetteer is, as a URL relative to this module. Kept alone in its module
 * so that the builds can point it at the shipped file (rollup.config.mjs rewrites this path:
 * beside the chunks in dist/, the package's data/ from dist/lib/), and so that bundlers that
 * understand `new URL('…', import.meta.url)` (Vite, webpack, esbuild, rollup with a plugin)
 * emit the file themselves. From the sources (dev server, tests) it is data/ of the checkout.
 */
export const gazetteerUrl = (): URL => new URL('../../../data/communes-france.json', import.meta.url);
