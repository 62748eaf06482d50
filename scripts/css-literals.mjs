// Lit's `css` and `html` templates, trimmed for the standalone build (issue 15, item 3: the code
// fetched before the first list paint is budgeted, `npm run size`). Terser keeps a template
// literal as it is: the indentation and the comments of every element's styles reached the
// browser (about 0.6 KB gzip of the initial chunk), and the indentation of its markup (0.15 KB).
// This drops CSS comments and each line's leading and trailing white space, nothing else: line
// breaks stay (so the source maps the size report reads stay right: no code moves to another line;
// and in markup, white space between two words or elements stays white space, which renders the
// same outside `<pre>`, `<textarea>` and `white-space: pre…`, none of which the element's
// templates use), and so does every space inside a line (a descendant selector, `calc()`).
// `${…}` expressions are left as they are; a template this cannot read (a backtick inside an
// expression) is left whole.

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

/** `code` with every `css\`…\`` template trimmed (trimCss); null when there is none. */
export const trimCssLiterals = (code) => trimLiterals(code, 'css', trimCss);

/** `code` with every `html\`…\`` template trimmed (trimLines: markup has no CSS comments); null when there is none. */
export const trimHtmlLiterals = (code) => trimLiterals(code, 'html', trimLines);

/**
 * `code` with the static text of every `name\`…\`` template passed through `trim`; null when
 * there is none. Expressions (`${a}`, `${unsafeCSS(x)}`) are copied as they are.
 */
function trimLiterals(code, name, trim) {
  // TypeScript writes the tag with a space (css `…`).
  const tag = new RegExp(`\\b${name}\\s*\``, 'g');
  let out = '';
  let from = 0;
  let changed = false;
  for (let m = tag.exec(code); m; m = tag.exec(code)) {
    const start = m.index + m[0].length;
    const parts = [];
    let i = start;
    let text = '';
    let ok = false;
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        ok = true;
        break;
      } else if (c === '$' && code[i + 1] === '{') {
        // An expression: copied up to its balanced closing brace; a template inside it is not read.
        let depth = 0;
        let j = i + 1;
        for (; j < code.length; j++) {
          const d = code[j];
          if (d === '`') break;
          if (d === '{') depth++;
          else if (d === '}' && --depth === 0) break;
        }
        if (code[j] !== '}') break;
        parts.push(trim(text), code.slice(i, j + 1));
        text = '';
        i = j + 1;
      } else {
        text += c;
        i++;
      }
    }
    if (!ok) continue;
    parts.push(trim(text));
    out += code.slice(from, start) + parts.join('');
    from = i;
    tag.lastIndex = i + 1;
    changed = true;
  }
  return changed ? out + code.slice(from) : null;
}

/** The rollup plugin: the `css` and `html` templates of every module compiled from TypeScript. */
export function cssLiterals() {
  return {
    name: 'css-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('node_modules')) return null;
      const css = trimCssLiterals(code);
      const html = trimHtmlLiterals(css ?? code);
      const trimmed = html ?? css;
      // Lines stay where they were: the source map before this step still holds.
      return trimmed === null ? null : { code: trimmed, map: null };
    },
  };
}
