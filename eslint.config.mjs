// ESLint (flat config): typescript-eslint's recommended-type-checked over every TypeScript file
// tsc checks (tsconfig.json), eslint-plugin-lit's recommended rules over the Lit templates.
// Template bindings are type-checked by lit-analyzer (`npm run lint:lit`), not here.
// A rule that is wrong for this codebase is turned off below with its reason, never disabled
// line by line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'tmp/**', 'coverage/**', 'demo/**', 'data/**', 'types/**', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.mts', '**/*.cts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  litConfigs['flat/recommended'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [
          // node:test's test(), it(), describe() return promises the runner itself awaits.
          { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          // @open-wc/semantic-dom-diff retypes every chai `.equal` as returning a promise (for its
          // `.dom.equal`, which these tests never use): a plain `expect(x).to.equal(y)` is
          // synchronous. `.accessible()` stays checked: it really is a promise.
          { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
        ],
      }],
      // tsc's noUnusedLocals/noUnusedParameters already require these; a leading underscore and
      // a rest sibling are how this code leaves a property or a parameter out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Lit calls a template's `@event=${this.handler}` with the element as `this` (the render
      // `host` option), so passing methods unbound is Lit's documented pattern here; tests save
      // and restore globals (URL.createObjectURL, timers) by reference, which is not a call.
      '@typescript-eslint/unbound-method': 'off',
      // The opening-hours parser throws a plain `Failure` record to unwind its recursive descent:
      // no stack is captured per invalid value (catalogues hold thousands) and it never escapes
      // grammar.ts, which turns it into a result.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: 'Failure', path: 'src/core/hours/grammar.ts' }] }],
      // Stripping control characters from terminal output, and testing that none is left, is
      // what those patterns are for.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Test doubles implement async interfaces (fetch, readFile, sleep) with values at hand.
      '@typescript-eslint/require-await': 'off',
      // Tests and benchmarks read what is untyped by nature: the CLI's JSON output, ical.js's
      // parse (typed `any`), MapLibre feature properties, JSON fixtures. Giving each a type
      // would only restate what the assertion next to it checks; the source stays strict.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
