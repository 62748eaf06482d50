/**
 * What `npm publish` would upload: the tarball's file list, checked against what a consumer
 * needs (entry points, types, the worker beside every chunk that loads it, the iframe page,
 * licence and changelog) and against what must stay out (sources, tests, source maps whose
 * sources are not shipped).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { pack, ROOT, type PackResult } from './package-helpers.js';

const run = promisify(execFile);

/** Every file of the package matches one of these. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^custom-elements\.json$/,
  /^bin\/service-locator\.js$/,
  /^data\/catalogue\.schema\.json$/,
  /^dist\/communes-france\.json$/,
  /^dist\/communes\/\d{2}\.json$/,
  /^dist\/lib\/.+\.(js|d\.ts)$/,
  /^dist\/lib\/map\/maplibre-gl-worker\.mjs$/,
  /^dist\/cli\/[\w-]+\.js$/,
  /^dist\/[\w-]+\.js$/,
  /^dist\/maplibre-gl-worker\.mjs$/,
  /^dist\/embed\/(embed\.html|embed\.js|embed-params\.js|embed\.css|themes\/[\w-]+\.css)$/,
  /^types\/(react|preact|vue|service-locator-props)\.d\.ts$/,
];

const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'data/catalogue.schema.json',
  'bin/service-locator.js',
  'dist/cli/service-locator.js',
  'dist/lib/index.js',
  'dist/lib/index.d.ts',
  'dist/lib/define.js',
  'dist/lib/define.d.ts',
  'dist/lib/map/maplibre-gl-worker.mjs',
  'dist/lib/controllers/catalogue-worker.js',
  'dist/service-locator.js',
  'dist/catalogue-worker.js',
  'dist/maplibre-gl-worker.mjs',
  'dist/communes-france.json',
  'dist/communes/46.json',
  'dist/embed/embed.html',
  'dist/embed/embed.js',
  'dist/embed/embed-params.js',
  'dist/embed/embed.css',
  'dist/embed/themes/commune.css',
  'types/react.d.ts',
  'types/preact.d.ts',
  'types/vue.d.ts',
  'types/service-locator-props.d.ts',
];

/**
 * Paths the code tries in turn and does without when absent: the CLI's default commune list
 * (`data/communes.json` of a checkout; the CLI polish work decides what the package ships) and
 * the checkout's national gazetteer (the package's copy is dist/communes-france.json, tried next).
 */
const OPTIONAL_LOOKUPS = ['data/communes.json', '../data/communes.json', 'data/communes-france.json'];

let packed: PackResult;
let unpacked = '';

before(async () => {
  packed = await pack();
  unpacked = await mkdtemp(join(tmpdir(), 'sl-unpacked-'));
  await run('tar', ['-xzf', packed.tarball, '-C', unpacked]);
});

const file = (path: string) => readFile(join(unpacked, 'package', path), 'utf8');

describe('the npm tarball', () => {
  test('holds only files a consumer needs', () => {
    const stray = packed.files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(stray, [], `files that should not be published: ${stray.join(', ')}`);
  });

  test('holds the entry points, types, workers, iframe page, licence and changelog', () => {
    const missing = REQUIRED.filter((f) => !packed.files.includes(f));
    assert.deepEqual(missing, []);
  });

  test('ships no source map (they point to src/, which is not published) and no reference to one', async () => {
    assert.deepEqual(packed.files.filter((f) => f.endsWith('.map')), []);
    const naming: string[] = [];
    for (const f of packed.files.filter((x) => /\.(m?js)$/.test(x))) if (/\/\/# sourceMappingURL=/.test(await file(f))) naming.push(f);
    assert.deepEqual(naming, [], 'files naming a source map that is not shipped');
  });

  test('every path package.json points to is in the tarball', async () => {
    const pkg = JSON.parse(await file('package.json')) as {
      name: string;
      main: string;
      types: string;
      customElements: string;
      bin: Record<string, string>;
      exports: Record<string, string | Record<string, string>>;
    };
    assert.equal(pkg.name, 'service-locator-element');
    assert.deepEqual(Object.keys(pkg.bin), ['service-locator']);
    const targets = [pkg.main, pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
    for (const t of Object.values(pkg.exports)) targets.push(...(typeof t === 'string' ? [t] : Object.values(t)));
    const missing = targets.map((t) => posix.normalize(t)).filter((t) => !packed.files.includes(t));
    assert.deepEqual(missing, []);
  });

  test("every relative import and `new URL(…, import.meta.url)` of the shipped code resolves inside the package", async () => {
    const problems: string[] = [];
    const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)(["'`])(\.{1,2}\/[^"'`…$]+)\1/g;
    for (const f of packed.files.filter((x) => /\.(m?js|d\.ts)$/.test(x))) {
      for (const m of (await file(f)).matchAll(specifier)) {
        const target = posix.normalize(posix.join(posix.dirname(f), m[2]!.replace(/[?#].*$/, '')));
        const candidates = f.endsWith('.d.ts') ? [target, target.replace(/\.js$/, '.d.ts')] : [target];
        if (!candidates.some((c) => packed.files.includes(c)) && !OPTIONAL_LOOKUPS.includes(target)) problems.push(`${f} → ${m[2]}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('the postcode slices of the national gazetteer ship where both builds look for them, one per postcode prefix', async () => {
    // `near="Cahors (46000)"` reads communes/46.json (src/core/geo/gazetteer-url.ts): a
    // template literal, which the resolution test above cannot follow.
    const lib = await file('dist/lib/core/geo/gazetteer-url.js');
    assert.match(lib, /new URL\(`\.\.\/\.\.\/\.\.\/communes\/\$\{/);
    const standalone = (await Promise.all(packed.files.filter((f) => /^dist\/[\w-]+\.js$/.test(f)).map(file))).join('\n');
    assert.match(standalone, /new URL\(`\.\/communes\/\$\{/);
    const national = JSON.parse(await file('dist/communes-france.json')) as { postcodes: string[] };
    const prefixes = new Set(national.postcodes.flatMap((p) => (p === '' || p === '-' ? [] : p.split(' ').map((pc) => pc.slice(0, 2)))));
    const missing = [...prefixes].filter((p) => !packed.files.includes(`dist/communes/${p}.json`));
    assert.deepEqual(missing, []);
    assert.equal(packed.files.filter((f) => f.startsWith('dist/communes/')).length, prefixes.size);
  });

  test('the iframe page loads the standalone build from beside it', async () => {
    assert.match(await file('dist/embed/embed.js'), /from '\.\.\/service-locator\.js'/);
  });

  test('npm publish --dry-run accepts it', async () => {
    const { stdout, stderr } = await run('npm', ['publish', '--dry-run', '--json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    // The only warning allowed: not being logged in, which a dry run cannot check.
    const warnings = stderr.split('\n').filter((l) => /\bwarn\b/i.test(l) && !/logged in|Unknown user config/.test(l));
    assert.deepEqual(warnings, []);
    assert.match(stdout, /"name": "service-locator-element"/);
  });
});
