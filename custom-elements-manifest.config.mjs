import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

// custom-elements.json (package.json `customElements`): `npm run manifest`.
// The element classes' JSDoc (@summary, @fires, @csspart, @cssproperty, @slot) is the source;
// the README's API tables are checked against the generated manifest by test/cli/docs.test.ts.

/**
 * The Lit plugin reads every entry of `static properties` as an attribute, internal reactive
 * state included, and a generic `dispatchEvent(new CustomEvent(type, …))` helper as an event
 * named after the variable. Editors and docs would then offer attributes and events that do
 * not exist, so drop: attributes of non-public fields or of `state: true` properties, and
 * events whose name is not a literal custom event name (they contain a hyphen by convention).
 */
function publicApiOnly() {
  /** @type {Map<string, Set<string>>} class name -> names of `state: true` properties */
  const stateProps = new Map();
  return {
    name: 'service-locator-public-api-only',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const states = new Set();
      for (const member of node.members) {
        const isStaticProperties =
          member.name?.getText() === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStaticProperties) continue;
        let init = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
        if (ts.isGetAccessorDeclaration(member)) {
          const ret = member.body?.statements.find((s) => ts.isReturnStatement(s));
          init = ret?.expression;
        }
        while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init))) init = init.expression;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        for (const prop of init.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) states.add(prop.name.getText().replace(/^['"]|['"]$/g, ''));
        }
      }
      stateProps.set(node.name.getText(), states);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const states = stateProps.get(decl.name) ?? new Set();
          const privacy = new Map((decl.members ?? []).map((m) => [m.name, m.privacy ?? 'public']));
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => {
              const field = a.fieldName ?? a.name;
              return !states.has(field) && privacy.get(field) !== 'private' && privacy.get(field) !== 'protected';
            });
            const kept = new Set(decl.attributes.map((a) => a.fieldName));
            for (const m of decl.members ?? []) if (m.attribute && !kept.has(m.name)) delete m.attribute;
          }
          if (decl.events) decl.events = decl.events.filter((e) => typeof e.name === 'string' && e.name.includes('-'));
        }
      }
    },
  };
}

/**
 * Tag names from where the code declares them, since the analyzer only sees `@customElement`
 * decorators and `customElements.define('literal', …)` in the analysed files: the
 * `static readonly tagName = '…'` every element declares (src/components/base-element.ts:
 * `Class.define()` registers it), any `customElements.define(tag, Class)` left in src/ (tag a
 * literal or a `const` of that file), and every `HTMLElementTagNameMap` entry.
 */
function tagNamesFromRegistrations() {
  const tags = new Map(); // class name -> tag
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
  for (const file of walk('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/class\s+(\w+)\s+extends\s[^{]*{\s*static\s+(?:override\s+)?readonly\s+tagName\s*=\s*['"]([a-z][\w-]*-[\w-]*)['"]/g))
      tags.set(m[1], m[2]);
    const consts = new Map([...text.matchAll(/const\s+(\w+)\s*=\s*['"]([a-z][\w-]*-[\w-]*)['"]/g)].map((m) => [m[1], m[2]]));
    for (const m of text.matchAll(/customElements\.define\(\s*(?:['"]([a-z][\w-]*-[\w-]*)['"]|(\w+))\s*,\s*(\w+)\s*\)/g)) {
      const tag = m[1] ?? consts.get(m[2]);
      if (tag) tags.set(m[3], tag);
    }
    for (const block of text.matchAll(/interface\s+HTMLElementTagNameMap\s*{([^}]*)}/g))
      for (const e of block[1].matchAll(/['"]([a-z][\w-]*-[\w-]*)['"]\s*:\s*(\w+)/g)) tags.set(e[2], e[1]);
  }
  return tags;
}

/**
 * What the published manifest must say for tools (IDEs, Storybook, framework wrappers):
 * - every element's real tag (see tagNamesFromRegistrations), in its declaration and its
 *   custom-element-definition export;
 * - module paths into the shipped dist/lib/ (`src/x/y.ts` -> `dist/lib/x/y.js`), since src/ is
 *   not in the package;
 * - a type on every event: the `{Type}` the JSDoc writes at the head of an @fires description
 *   (`@fires name - {ServiceLocatorSelectEvent} …`), else `CustomEvent`.
 */
function publishedManifest() {
  const isTag = (t) => typeof t === 'string' && /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(t);
  // A module path of the manifest (`src/x/y.ts`), or a re-export's specifier relative to the
  // module it is in (`../../core/x.js`), as the shipped file.
  const toDist = (path, from) => {
    const resolved = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
    return resolved.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/lib/$1.js');
  };
  const rewritePaths = (node, from) => {
    if (Array.isArray(node)) return node.forEach((n) => rewritePaths(n, from));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = toDist(v, from);
      else rewritePaths(v, from);
    }
  };
  return {
    name: 'service-locator-published-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const tags = tagNamesFromRegistrations();
      for (const mod of customElementsManifest.modules ?? []) {
        const byName = new Map();
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const tag = tags.get(decl.name);
          if (tag && (!isTag(decl.tagName) || decl.tagName !== tag)) {
            decl.tagName = tag;
            decl.customElement = true;
          }
          // A class with no tag (the abstract BaseElement every element extends) is not an element
          // a page can use: the analyzer marks every LitElement subclass, tools must not list it.
          if (decl.customElement && !isTag(decl.tagName)) {
            delete decl.tagName;
            delete decl.customElement;
          }
          byName.set(decl.name, decl);
          for (const e of decl.events ?? []) {
            const m = /^\{([^}]+)\}\s*(.*)$/s.exec(e.description ?? '');
            if (m) {
              e.type = { text: m[1] };
              e.description = m[2];
            } else if (!e.type) e.type = { text: 'CustomEvent' };
          }
        }
        mod.exports = (mod.exports ?? []).filter((x) => x.kind !== 'custom-element-definition');
        for (const decl of byName.values())
          if (decl.customElement && decl.tagName) mod.exports.push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } });
      }
      for (const mod of customElementsManifest.modules ?? []) rewritePaths(mod, mod.path);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), publishedManifest()],
};
