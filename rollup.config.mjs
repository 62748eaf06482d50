// Three builds:
//  1. dist/lib/      ESM library (lit, fuse.js, maplibre-gl external) with type declarations,
//                    for projects that bundle it themselves.
//  2. dist/          standalone `service-locator.js` for a plain <script type="module">:
//                    everything bundled, MapLibre in a lazy chunk with its worker beside it.
//  3. dist/cli/      the Node command-line tool.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cssLiterals } from './scripts/css-literals.mjs';
import { dirname, join } from 'node:path';
import { writeCommuneSlices } from './scripts/commune-slices.mjs';

const require = createRequire(import.meta.url);

/** MapLibre v6 loads `./maplibre-gl-worker.mjs` relative to the chunk that holds it. */
function copyMaplibreWorker(outDir) {
  return {
    name: 'copy-maplibre-worker',
    writeBundle() {
      const dir = dirname(require.resolve('maplibre-gl/package.json'));
      mkdirSync(outDir, { recursive: true });
      // Without its sourceMappingURL line: the map beside it in maplibre-gl is not copied.
      const worker = readFileSync(join(dir, 'dist/maplibre-gl-worker.mjs'), 'utf8');
      writeFileSync(join(outDir, 'maplibre-gl-worker.mjs'), worker.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    },
  };
}

/** Terser on our code only: re-minifying MapLibre costs ~12 s for nothing. */
function terserExceptMaplibre() {
  const t = terser({ format: { comments: false }, compress: { passes: 2 } });
  return {
    ...t,
    name: 'terser-except-maplibre',
    renderChunk(code, chunk, options, meta) {
      if (chunk.moduleIds.some((id) => id.includes('node_modules/maplibre-gl/'))) return null;
      return t.renderChunk.call(this, code, chunk, options, meta);
    },
  };
}

/**
 * src/core/geo/gazetteer-url.ts points at data/communes-france.json from the sources; each
 * build re-points its `new URL(…, import.meta.url)` at the one shipped copy, dist/communes-france.json:
 * beside the chunks of the standalone build (a site copies dist/ as it is), and three folders up
 * from dist/lib/core/geo/ (bundlers copy it from there). The CLI reads the same file.
 * Its postcode slices (`near="Cahors (46000)"` reads communes/46.json, issue 15) go the same
 * way, to dist/communes/, cut from the national file by scripts/commune-slices.mjs.
 */
function gazetteerUrl(relative, copyTo) {
  const source = /(['"])\.\.\/\.\.\/\.\.\/data\/communes-france\.json\1/;
  const slices = /`\.\.\/\.\.\/\.\.\/data\/communes\//;
  return {
    name: 'gazetteer-url',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('src/core/geo/gazetteer-url.ts')) return null;
      if (!source.test(code)) this.error('gazetteer-url.ts no longer names ../../../data/communes-france.json');
      if (!slices.test(code)) this.error('gazetteer-url.ts no longer names `../../../data/communes/');
      const sliceDir = relative.replace(/communes-france\.json$/, 'communes/');
      return { code: code.replace(source, JSON.stringify(relative)).replace(slices, '`' + sliceDir), map: null };
    },
    async writeBundle() {
      if (!copyTo) return;
      mkdirSync(dirname(copyTo), { recursive: true });
      copyFileSync('data/communes-france.json', copyTo);
      await writeCommuneSlices('data/communes-france.json', join(dirname(copyTo), 'communes'));
    },
  };
}

/**
 * src/controllers/catalogue-worker-client.ts starts `../worker/catalogue-worker.js` relative to
 * itself (the sources, for the dev server). Every build re-points it at the one self-contained
 * worker file (a build of its own, below): beside the standalone chunks, and beside the
 * library's controller (dist/lib/controllers/, a copy), where `new Worker(new URL(…))` lets
 * Vite and webpack bundle it and esbuild users copy it beside their bundle, as MapLibre's.
 */
function catalogueWorkerUrl(relative) {
  const source = /(['"])\.\.\/worker\/catalogue-worker\.js\1/g;
  return {
    name: 'catalogue-worker-url',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('src/controllers/catalogue-worker-client.ts')) return null;
      if (!new RegExp(source.source).test(code)) this.error('catalogue-worker-client.ts no longer names ../worker/catalogue-worker.js');
      return { code: code.replace(source, JSON.stringify(relative)), map: null };
    },
  };
}

// Source maps: written for local debugging and the size report (scripts/size.mjs), 'hidden' (no
// sourceMappingURL comment) and left out of the package, whose src/ they point to is not shipped.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

/**
 * csv-parse's Node build needs Node's Buffer; the editor page (which reads staff spreadsheets
 * in the browser) gets its browser build, which carries its own.
 */
function csvParseBrowser() {
  return {
    name: 'csv-parse-browser',
    resolveId(source) {
      if (source === 'csv-parse/sync') return join(dirname(require.resolve('csv-parse/sync')), '../esm/sync.js');
      return null;
    },
  };
}

/**
 * The standalone build's chunks of the first list paint (issue 15, item 3). Rollup makes a chunk
 * of every set of modules shared by the same dynamic imports, and the browser discovers a
 * chunk's own imports only once it has arrived: the first list came in 5 waves, a round trip each
 * on a mobile network (npm run bench:paint), several of them chunks of 0.1-0.4 KB. Each group
 * below is one chunk: the modules `from` reaches through static imports, less those of the
 * initial chunk (`entry`'s) and of the groups before it, so that a group never moves a module into
 * the initial chunk or out of an earlier group. Later chunks that share a module with a group
 * import the group's chunk: the data core and the validator import the first list's, which is
 * always loaded before them. Tiny modules the validator shares with chunks after the paint (under
 * `tinyBytes` of source) join the first list's chunk, rather than a round trip of their own.
 */
function firstPaintChunks([entryName, entry], groups, tinyBytes = 600) {
  let owner;
  const closure = (getModuleInfo, from, skip) => {
    const seen = new Set();
    const stack = [from];
    while (stack.length) {
      const id = stack.pop();
      if (seen.has(id) || skip.has(id)) continue;
      seen.add(id);
      stack.push(...(getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  return (id, { getModuleInfo, getModuleIds }) => {
    if (!owner) {
      owner = new Map();
      const ids = [...getModuleIds()];
      const find = (suffix) => ids.find((m) => m.replace(/\\/g, '/').endsWith(suffix));
      // The initial chunk's modules are named too: a manual chunk takes every dependency not
      // assigned to another, so unnamed they would leave the entry for the first group's chunk.
      const taken = closure(getModuleInfo, find(entry), new Set());
      for (const m of taken) owner.set(m, entryName);
      for (const [name, from] of Object.entries(groups)) {
        const root = find(from);
        if (!root) throw new Error(`firstPaintChunks: no module ${from}`);
        for (const m of closure(getModuleInfo, root, taken)) owner.set(m, name), taken.add(m);
      }
      // A tiny module of a later group that other chunks import too (is-record: the data core's,
      // the shard loader's): with the first list's, already loaded when they come.
      const [first] = Object.keys(groups);
      for (const [m, name] of owner) {
        if (name === first || name === entryName) continue;
        const info = getModuleInfo(m);
        const elsewhere = [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])].some((i) => owner.get(i) !== name);
        if (elsewhere && (info?.code?.length ?? Infinity) < tinyBytes) owner.set(m, first);
      }
    }
    return owner.get(id);
  };
}

const tsPlugin = (outDir, declaration, tsconfig = './tsconfig.build.json') =>
  typescript({
    tsconfig,
    compilerOptions: {
      rootDir: 'src',
      outDir,
      declaration,
      ...(declaration ? { declarationDir: outDir } : {}),
      sourceMap: true,
    },
  });

export default [
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: (id) => /^(lit|@lit|fuse\.js|maplibre-gl)(\/|$)/.test(id),
    preserveEntrySignatures: 'strict',
    output: { dir: 'dist/lib', format: 'es', sourcemap: 'hidden', preserveModules: true, preserveModulesRoot: 'src' },
    // The worker beside src/map/worker-url.ts's output, where its `new URL(…, import.meta.url)`
    // points: consumers' bundlers copy it from there.
    plugins: [
      nodeResolve(),
      tsPlugin('dist/lib', true),
      copyMaplibreWorker('dist/lib/map'),
      gazetteerUrl('../../../communes-france.json'),
      catalogueWorkerUrl('./catalogue-worker.js'),
    ],
    onwarn,
  },
  {
    input: { 'service-locator': 'src/standalone.ts' },
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: 'hidden',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: firstPaintChunks(['service-locator', 'src/standalone.ts'], { 'first-list': 'src/controllers/first-list.ts', 'validator-core': 'src/core/validator-core.ts' }),
    },
    plugins: [
      nodeResolve({ browser: true }),
      tsPlugin('dist', false),
      // Lit's `css` templates without comments and indentation (scripts/css-literals.mjs), in
      // the compiled modules: the TypeScript plugin reads its sources from disk.
      cssLiterals(),
      terserExceptMaplibre(),
      copyMaplibreWorker('dist'),
      gazetteerUrl('./communes-france.json', 'dist/communes-france.json'),
      catalogueWorkerUrl('./catalogue-worker.js'),
    ],
    onwarn,
  },
  {
    // The catalogue worker of the standalone build, one self-contained file beside the chunks:
    // a build of its own, so that it can never import the entry (which defines elements, and a
    // worker has no customElements) or a chunk rollup would share with it.
    input: { 'catalogue-worker': 'src/worker/catalogue-worker.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: 'hidden', entryFileNames: '[name].js', inlineDynamicImports: true },
    plugins: [
      nodeResolve({ browser: true }),
      tsPlugin('dist', false),
      terserExceptMaplibre(),
      {
        name: 'copy-catalogue-worker-to-lib',
        writeBundle() {
          mkdirSync('dist/lib/controllers', { recursive: true });
          copyFileSync('dist/catalogue-worker.js', 'dist/lib/controllers/catalogue-worker.js');
        },
      },
    ],
    onwarn,
  },
  {
    // The staff editor page (demo/editor.html): a bundle of its own, with its own copy of the
    // widget for the preview, so nothing of the editor reaches the widget's chunks. Not published
    // (package.json "files" leaves dist/editor out).
    input: { editor: 'src/editor/editor-page.ts' },
    output: { dir: 'dist/editor', format: 'es', sourcemap: 'hidden', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    plugins: [
      csvParseBrowser(),
      nodeResolve({ browser: true }),
      tsPlugin('dist/editor', false),
      terserExceptMaplibre(),
      copyMaplibreWorker('dist/editor'),
      // The preview's catalogue worker: the standalone build's, one folder up.
      catalogueWorkerUrl('../catalogue-worker.js'),
    ],
    onwarn,
  },
  {
    input: { 'service-locator': 'src/cli/node-main.ts' },
    external: (id) => id.startsWith('node:') || /^(csv-parse|fuse\.js)(\/|$)/.test(id),
    output: { dir: 'dist/cli', format: 'es', sourcemap: 'hidden', chunkFileNames: '[name]-[hash].js' },
    plugins: [nodeResolve({ preferBuiltins: true }), tsPlugin('dist/cli', false, './tsconfig.cli.json')],
    onwarn,
  },
];
