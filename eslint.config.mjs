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
    },
  },
);
