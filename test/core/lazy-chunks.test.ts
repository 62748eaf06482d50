// What the first list paint does not need stays out of the initial chunk (issue 15, item 3):
// modules the page's code may import only dynamically (or for their types). A static import
// would put them back before the paint without any test failing otherwise; `npm run size`
// measures the bytes, this names the culprit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** Static imports of `module` in `file` that bring code (not `import type`). */
function staticImports(file: string, module: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((m) => m[1]!).filter((spec) => spec.endsWith(module));
}

const ONLY_DYNAMIC: [file: string, module: string, why: string][] = [
  ['src/controllers/catalogue-controller.ts', '/catalogue-worker-client.js', 'the worker starts only for a catalogue over 500 KB'],
  ['src/controllers/catalogue-validation.ts', '/catalogue-worker-client.js', 'the worker starts only for a catalogue over 500 KB'],
  ['src/controllers/origin-controller.ts', '/origin-requests.js', 'what "Où ?" does once asked comes at the first request'],
  ['src/controllers/origin-controller.ts', '/strings-origin.js', 'the answers of "Où ?" come at the first request'],
  ['src/components/service-locator/service-locator.ts', '/strings-detail.js', "the detail's words come with the dialog"],
  ['src/components/service-locator-results-actions/did-you-mean-controller.ts', '/did-you-mean-view.js', 'suggestions come on an empty result'],
  ['src/components/service-locator/root-views.ts', '/strings-actions.js', "the toolbar's words come with the toolbar"],
  ['src/components/service-locator/service-locator.ts', '/root-late.js', 'the empty state, commune choices, map pane and coverage view come after the first list paint'],
  ['src/components/service-locator/service-locator.ts', '/map-controller.js', "the map's controller is a late part (root-late.ts)"],
  ['src/components/service-locator/service-locator.ts', '/selection-controller.js', "the detail's controller is a late part (root-late.ts)"],
  ['src/components/service-locator/service-locator.ts', '/coverage-controller.js', "the coverage view's controller is a late part (root-late.ts)"],
  ['src/components/service-locator/service-locator.ts', '/did-you-mean-controller.js', 'suggestions come on an empty result, with the late parts'],
  ['src/components/service-locator/root-views.ts', '/root-late.js', 'what the first list paint shows does not bring the late parts'],
  ['src/components/service-locator/service-locator.ts', '/url-state-controller.js', 'the URL controller comes only with `url-state`'],
  ['src/core/search/state.ts', '/url-hash.js', 'the hash format comes only with `url-state`'],
];

for (const [file, module, why] of ONLY_DYNAMIC) {
  test(`${file} does not import ${module} statically (${why})`, () => {
    assert.deepEqual(staticImports(file, module), []);
  });
}

test('the check sees a static import', () => {
  assert.deepEqual(staticImports('src/controllers/catalogue-worker-client.ts', '/catalogue-validation.js'), ['./catalogue-validation.js']);
});
