// Not a library (checked 2026-12-01; `node scripts/size.mjs`, before the first list paint: 52.5 KB
// gzip with this). minify-literals 2.2.0 (kept up, dated 2026-09): 52.3 KB, but its defaults drop
// `/>` in svg`` parts and the spaces at a template's edges (`<em> a </em>`), no rollup plugin uses
// 2.x, it brings 39 packages (29 MB, a native binary), swapped both its minifiers at 2.0 and leaves
// whole any file naming unsafeCSS; rollup-plugin-minify-template-literals 1.1.7 and
// rollup-plugin-html-literals 2.0.1 (minify-literals 1.x): 52.3 KB, same svg`` loss;
// @lit-labs/rollup-plugin-minify-html-literals 0.2.0 fails on the map's unsafeCSS styles;
// minify-html-literals 1.3.5 (html-minifier 4, unmaintained; its plugin wants rollup <= 2) makes
// `margin: ${a} ${b}` into `margin:${a};${b}`. 0.25 KB did not pay for that.
//
// Lit's `css` and `html` templates, trimmed for the standalone build (issue 15, item 3: the code
// fetched before the first list paint is budgeted, `npm run size`). Terser keeps a template
// literal as it is: the indentation and the comments of every element's styles reached the
// browser (about 0.6 KB gzip of the initial chunk), and the indentation of its markup (0.15 KB).
// This drops CSS comments and each line's leading and trailing white space, nothing else: line
// breaks stay (so the source maps the size report reads stay right: no code moves to another line;
// and in markup, white space between two words or elements stays white space, which renders the
// same outside `<pre>`, `<textarea>` and `white-space: pre…`, none of which the element's
// templates use), and so does every space inside a line (a descendant selector, `calc()`).
// `${…}` expressions are left as they are (templates in them are trimmed as templates).

import { parseAst } from 'rollup/parseAst';

/**
 * The text of one template part, the white space at either end of each line dropped; not where
 * the part meets an expression within a line (`margin: ${a} ${b}` keeps its space).
 */
export function trimLines(text) {
  const lines = text.split('\n');
  const last = lines.length - 1;
  return lines.map((line, i) => (i === 0 ? (last === 0 ? line : line.trimEnd()) : i === last ? line.trimStart() : line.trim())).join('\n');
}

/** The text of one CSS template part: comments removed (their line breaks kept), then trimLines. */
export function trimCss(text) {
  return trimLines(text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')));
}

/** The trimming of each tag's templates: comments only mean something in CSS. */
const TRIM = { css: trimCss, html: trimLines };

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * `code` with the static text of every `css` and `html` template trimmed (trimCss, trimLines);
 * null when nothing changes. The templates are found on the module's syntax tree (`ast`, parsed
 * here if not given): expressions, strings and templates nested in expressions are read as
 * JavaScript, each template's text parts (its quasis) rewritten in place.
 */
export function trimTemplates(code, ast = parseAst(code)) {
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const trim = Object.hasOwn(TRIM, node.tag.name) ? TRIM[node.tag.name] : null;
    if (!trim) return;
    for (const q of node.quasi.quasis) {
      const raw = code.slice(q.start, q.end);
      const trimmed = trim(raw);
      if (trimmed !== raw) edits.push([q.start, q.end, trimmed]);
    }
  });
  if (edits.length === 0) return null;
  // Text parts never overlap (a nested template lies in an expression): rewritten from the end.
  edits.sort((x, y) => y[0] - x[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The rollup plugin: the `css` and `html` templates of every module compiled from TypeScript. */
export function cssLiterals() {
  return {
    name: 'css-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('node_modules')) return null;
      const trimmed = trimTemplates(code, this.parse(code));
      // Lines stay where they were: the source map before this step still holds.
      return trimmed === null ? null : { code: trimmed, map: null };
    },
  };
}
