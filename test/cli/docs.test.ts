// The README's API tables match custom-elements.json, generated here from the element's source
// (its JSDoc: @fires, @csspart, @cssproperty) with custom-elements-manifest.config.mjs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// The analyzer ships no types for its CLI module; the shapes used here are declared below.
// @ts-expect-error untyped JavaScript module
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

interface Named {
  name: string;
}
interface Member extends Named {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  inheritedFrom?: unknown;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

let manifest: Manifest;
let readme: string;

before(async () => {
  manifest = (await cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: process.cwd(),
    noWrite: true,
  })) as Manifest;
  readme = readFileSync('README.md', 'utf8');
});

function elements(): Declaration[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}

function root(): Declaration {
  const el = elements().find((d) => d.tagName === 'service-locator');
  assert.ok(el, 'custom-elements.json has no <service-locator> declaration (is @tag or customElements.define missing?)');
  return el;
}

/** Names in the first column of the first table under `## <heading>` (backticks removed). */
export function tableNames(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  assert.ok(start >= 0, `README has no "## ${heading}" section`);
  const names: string[] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /.test(line)) break;
    const isRow = line.trim().startsWith('|');
    if (!isRow) {
      if (inTable) break;
      continue;
    }
    if (!inTable) {
      inTable = true; // header row
      continue;
    }
    if (/^\|\s*:?-{3,}/.test(line.trim())) continue;
    const first = line.trim().slice(1).split('|')[0]?.trim() ?? '';
    const code = /`([^`]+)`/.exec(first);
    names.push(code ? code[1]!.trim() : first);
  }
  assert.ok(inTable, `README's "## ${heading}" section has no table`);
  return names;
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

function assertSame(heading: string, fromManifest: Iterable<string>) {
  const documented = tableNames(readme, heading);
  assert.equal(new Set(documented).size, documented.length, `"${heading}" lists a name twice`);
  assert.deepEqual(sorted(documented), sorted(fromManifest), `README "${heading}" vs custom-elements.json`);
}

test('docs: the tables parser reads first-column names and stops at the next section', () => {
  const md = '## Events\n\nText.\n\n| Name | Detail |\n| --- | --- |\n| `a-b` | x |\n| `c-d` (bubbles) | y |\n\n| Other | t |\n|---|---|\n| `no` | z |\n## Next\n';
  assert.deepEqual(tableNames(md, 'Events'), ['a-b', 'c-d']);
});

test('docs: README "Attributes" matches the manifest', () => {
  assertSame('Attributes', (root().attributes ?? []).map((a) => a.name));
});

test('docs: README "Properties" lists the public properties that have no attribute', () => {
  const props = (root().members ?? []).filter(
    (m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.attribute && !m.inheritedFrom && !m.name.startsWith('_'),
  );
  assertSame('Properties', props.map((m) => m.name));
});

test('docs: README "Events" matches the manifest (@fires)', () => {
  assertSame('Events', (root().events ?? []).map((e) => e.name));
});

test('docs: README "Parts" matches the manifest (@csspart)', () => {
  assertSame('Parts', (root().cssParts ?? []).map((p) => p.name));
});

/** Rows of the table under `### <heading>`: the first backticked name of each cell (or its text). */
function subTableRows(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `### ${heading}`);
  assert.ok(start >= 0, `README has no "### ${heading}" section`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,3} /.test(line)) break;
    if (!line.trim().startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    if (/^\|\s*:?-{3,}/.test(line.trim())) continue;
    rows.push(line.trim().slice(1, -1).split('|').map((c) => /`([^`]+)`/.exec(c)?.[1]?.trim() ?? c.trim()));
  }
  return rows.slice(1); // the header row
}

test('docs: README "Parts inside the inner views" matches every inner view\'s @csspart', () => {
  const rows = subTableRows(readme, 'Parts inside the inner views');
  const documented = rows.map(([tag, part]) => `${tag} ${part}`);
  assert.equal(new Set(documented).size, documented.length, 'a view\'s part is listed twice');
  const inner = elements().filter((d) => d.tagName !== 'service-locator');
  assert.ok(inner.length >= 6, `the manifest has ${inner.length} inner views`);
  assert.deepEqual(sorted(documented), sorted(inner.flatMap((d) => (d.cssParts ?? []).map((p) => `${d.tagName} ${p.name}`))));
  // "Re-exported: yes" only for a part the root documents under the same name.
  const rootParts = new Set((root().cssParts ?? []).map((p) => p.name));
  for (const [tag, part, exported] of rows) if (exported === 'yes') assert.ok(rootParts.has(part!), `${tag} ${part} is said re-exported but the root has no such part`);
});

test('docs: every part a view renders is declared with @csspart on that view (and exportparts on the root)', () => {
  const byModule = new Map(manifest.modules.map((m) => [m.path.replace(/^dist\/lib\//, 'src/').replace(/\.js$/, '.ts'), m.declarations?.find((d) => d.tagName)]));
  const rootParts = new Set((root().cssParts ?? []).map((p) => p.name));
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        const used = [...text.matchAll(/\bpart="([\w-]+)"|setAttribute\('part', '([\w-]+)'\)/g)].map((m) => (m[1] ?? m[2])!);
        // A file without an element of its own (root-views.ts, …) renders inside the root.
        const owner = byModule.get(path.split('\\').join('/')) ?? root();
        const declared = new Set((owner.cssParts ?? []).map((p) => p.name));
        for (const part of used) if (!declared.has(part)) missing.push(`${path}: part "${part}" (not a @csspart of <${owner.tagName}>)`);
        for (const m of text.matchAll(/exportparts="([^"]*)"/g))
          for (const name of m[1]!.split(',').map((n) => n.split(':').pop()!.trim()))
            if (!rootParts.has(name)) missing.push(`${path}: exported part "${name}" (not a @csspart of <service-locator>)`);
      }
    }
  };
  walk('src/components');
  assert.ok(byModule.size > 0);
  assert.deepEqual(missing, [], 'parts rendered but not documented');
});

test('docs: README "CSS custom properties" matches the manifest (@cssproperty of the element and its inner views)', () => {
  // Custom properties inherit through the inner shadow roots: a theme sets them all on <service-locator>.
  assertSame('CSS custom properties', elements().flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
});

test('docs: every --service-locator-* custom property the styles read is documented with @cssproperty', () => {
  const documented = new Set(elements().flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  const read = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(/var\(\s*(--service-locator-[\w-]+)/g)) read.add(m[1]!);
    }
  };
  walk('src/components');
  walk('src/map');
  const undocumented = [...read].filter((name) => !documented.has(name)).sort();
  assert.deepEqual(undocumented, [], 'custom properties read in src/ but missing from the elements\' @cssproperty JSDoc');
});

test('docs: README Quick start shows exactly the three commands', () => {
  const start = readme.indexOf('## Quick start');
  assert.ok(start >= 0);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  const commands = [...section.matchAll(/^(npm [a-z]+)\s*$/gm)].map((m) => m[1]);
  assert.deepEqual(commands, ['npm install', 'npm start', 'npm test']);
  assert.match(section, /http:\/\/localhost:8000\//);
  assert.match(section, /CHROME_PATH/);
});

test('docs: README documents every CLI command of src/cli/main.ts', async () => {
  const { usage } = await import('../../src/cli/main.js');
  const names = [...usage().matchAll(/service-locator (\w[\w-]*)/g)].map((m) => m[1]!);
  assert.ok(names.length >= 5);
  const cliSection = readme.slice(readme.indexOf('## Command-line tool'));
  for (const name of names) assert.match(cliSection, new RegExp(`service-locator ${name}\\b`), `README CLI section lacks "${name}"`);
});

test('docs: every iframe snippet in the docs has a title', () => {
  for (const file of ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<iframe\b[^>]*>/g)) assert.match(m[0], /\stitle="[^"]{10,}"/, `${file}: ${m[0]}`);
  }
});
