/**
 * Framework typings and the elements manifest, from the packed tarball (issue 13, point 6):
 * a React 19 TSX file, a Preact TSX file and a Vue single-file component use `<service-locator>`
 * with its properties and events, and type-check against the package's types (wrong values and
 * wrong event fields must be errors: `@ts-expect-error` / `@vue-expect-error` lines); the
 * published custom-elements.json names every element's tag, types every event and points into
 * dist/, which is shipped.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, npm, pack, type PackResult } from './package-helpers.js';

// Exact versions: a new release must not turn this test red on its own. TypeScript as the project's.
const DEV = ['@types/react@19.3.3', 'react@19.3.1', 'preact@10.29.8', 'vue@3.5.45', 'vue-tsc@3.3.14', 'typescript@6.0.3'];

const REACT = `import 'service-locator-element/react';
import { useRef } from 'react';
import type { ServiceLocatorElement } from 'service-locator-element';

export function Lieux({ catalogue }: { catalogue: unknown }) {
  const ref = useRef<ServiceLocatorElement>(null);
  return (
    <service-locator
      ref={ref}
      id="lieux"
      className="widget"
      src="/data/catalogue.json"
      view="both"
      lang="en"
      mapStyle="offline"
      noGeolocation
      catalogue={catalogue}
      now={new Date()}
      onservice-locator-select={(event) => console.log(event.placeId, event.place.name)}
      onservice-locator-error={(event) => console.log(event.kind, event.message)}
      onservice-locator-load={(event) => console.log(event.placeCount)}
    />
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error: not a view */}
      <service-locator view="grid" />
      {/* @ts-expect-error: not a language of the widget */}
      <service-locator lang="de" />
      {/* @ts-expect-error: the select event has no such field */}
      <service-locator onservice-locator-select={(event) => event.nope} />
      {/* @ts-expect-error: a boolean property */}
      <service-locator noGeolocation="yes" />
    </>
  );
}
`;

const PREACT = REACT.replace("'service-locator-element/react'", "'service-locator-element/preact'")
  .replace("import { useRef } from 'react';", "import { useRef } from 'preact/hooks';")
  .replace('className="widget"', 'class="widget"');

const VUE = `<script setup lang="ts">
import 'service-locator-element/vue';
import type { ServiceLocatorSelectEvent } from 'service-locator-element';

defineProps<{ catalogue: unknown }>();
const onSelect = (event: ServiceLocatorSelectEvent): string => event.placeId;
</script>

<template>
  <service-locator
    src="/data/catalogue.json"
    view="both"
    lang="en"
    map-style="offline"
    :catalogue.prop="catalogue"
    :now="new Date()"
    @service-locator-select="onSelect"
    @service-locator-error="(e) => console.log(e.kind, e.message)"
    @service-locator-load="(e) => console.log(e.placeCount)"
  />
  <!-- @vue-expect-error not a view -->
  <service-locator view="grid" />
  <!-- @vue-expect-error the error event has no such field -->
  <service-locator @service-locator-error="(e) => e.nope" />
  <!-- @vue-expect-error a boolean property -->
  <service-locator :no-geolocation="'yes'" />
</template>
`;

const base = { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [] };
const TSCONFIGS: Record<string, object> = {
  'tsconfig.react.json': { compilerOptions: { ...base, module: 'nodenext', moduleResolution: 'nodenext', jsx: 'react-jsx', jsxImportSource: 'react' }, files: ['src/react-usage.tsx'] },
  'tsconfig.preact.json': { compilerOptions: { ...base, module: 'nodenext', moduleResolution: 'nodenext', jsx: 'react-jsx', jsxImportSource: 'preact' }, files: ['src/preact-usage.tsx'] },
  'tsconfig.vue.json': { compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler', jsx: 'preserve' }, vueCompilerOptions: { strictTemplates: true }, include: ['src/App.vue'] },
};

let app = '';
let packed: PackResult;

before(async () => {
  packed = await pack();
  app = await mkdtemp(join(tmpdir(), 'sl-types-'));
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'mairie', private: true, type: 'module' }, null, 2));
  await mkdir(join(app, 'src'));
  await writeFile(join(app, 'src/react-usage.tsx'), REACT);
  await writeFile(join(app, 'src/preact-usage.tsx'), PREACT);
  await writeFile(join(app, 'src/App.vue'), VUE);
  for (const [name, config] of Object.entries(TSCONFIGS)) await writeFile(join(app, name), JSON.stringify(config, null, 2));
  await npm(app, ['install', '--no-audit', '--no-fund', '--loglevel=error', packed.tarball, ...DEV]);
});

after(async () => {
  if (app) await rm(app, { recursive: true, force: true });
});

describe('framework typings, against the packed types', { timeout: 600000 }, () => {
  test('React 19 TSX: properties and events typed (service-locator-element/react)', async () => {
    await exec(app, join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.react.json']);
  });

  test('Preact TSX: properties and events typed (service-locator-element/preact)', async () => {
    await exec(app, join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.preact.json']);
  });

  test('Vue SFC with vue-tsc: GlobalComponents, properties and events typed (service-locator-element/vue)', async () => {
    await exec(app, join(app, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.vue.json']);
  });

  test('without the typings import, the same files do not type-check (the test can fail)', async () => {
    const plain = REACT.replace("import 'service-locator-element/react';\n", '');
    await writeFile(join(app, 'src/react-usage.tsx'), plain);
    try {
      await assert.rejects(exec(app, join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.react.json']), /'service-locator' does not exist on type 'JSX.IntrinsicElements'/);
    } finally {
      await writeFile(join(app, 'src/react-usage.tsx'), REACT);
    }
  });
});

interface CemEvent {
  name: string;
  type?: { text: string };
}
interface CemDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  events?: CemEvent[];
}
interface CemModule {
  path: string;
  declarations?: CemDeclaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

describe('custom-elements.json as published', () => {
  const TAGS: Record<string, string> = {
    ServiceLocatorElement: 'service-locator',
    ServiceLocatorSearchElement: 'service-locator-search',
    ServiceLocatorListElement: 'service-locator-list',
    ServiceLocatorDetailElement: 'service-locator-detail',
    ServiceLocatorMapElement: 'service-locator-map',
    ServiceLocatorResultsActionsElement: 'service-locator-results-actions',
    ServiceLocatorCoverageElement: 'service-locator-coverage',
  };

  async function manifest(): Promise<{ modules: CemModule[] }> {
    assert.ok(packed.files.includes('custom-elements.json'));
    return JSON.parse(await readFile(join(app, 'node_modules/service-locator-element/custom-elements.json'), 'utf8')) as { modules: CemModule[] };
  }

  test('every element has its real tag, in its declaration and its definition export', async () => {
    const m = await manifest();
    const found: Record<string, string | undefined> = {};
    for (const mod of m.modules)
      for (const d of mod.declarations ?? [])
        if (d.customElement) {
          found[d.name] = d.tagName;
          const def = mod.exports?.find((x) => x.kind === 'custom-element-definition' && x.declaration.name === d.name);
          assert.equal(def?.name, d.tagName, `${d.name}: definition export`);
        }
    for (const [cls, tag] of Object.entries(TAGS)) if (cls in found) assert.equal(found[cls], tag, cls);
    assert.equal(found['ServiceLocatorElement'], 'service-locator');
    for (const [cls, tag] of Object.entries(found)) assert.match(tag ?? '', /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/, `${cls}: tag ${String(tag)}`);
  });

  test('every event has a type; the public ones their Event subclass', async () => {
    const m = await manifest();
    const events = m.modules.flatMap((mod) => (mod.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => ({ cls: d.name, ...e }))));
    assert.ok(events.length > 0);
    for (const e of events) assert.ok(e.type?.text, `${e.cls} ${e.name}: no type`);
    const root = Object.fromEntries(events.filter((e) => e.cls === 'ServiceLocatorElement').map((e) => [e.name, e.type!.text]));
    assert.equal(root['service-locator-select'], 'ServiceLocatorSelectEvent');
    assert.equal(root['service-locator-error'], 'ServiceLocatorErrorEvent');
  });

  test('module paths point into dist/lib, at files the package ships', async () => {
    const m = await manifest();
    const paths = new Set<string>();
    for (const mod of m.modules) {
      paths.add(mod.path);
      for (const x of mod.exports ?? []) if (x.declaration.module) paths.add(x.declaration.module);
    }
    for (const p of paths) {
      assert.match(p, /^dist\/lib\/.+\.js$/, p);
      assert.ok(packed.files.includes(p), `${p} is not in the package`);
    }
  });
});
