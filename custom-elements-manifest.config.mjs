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

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
