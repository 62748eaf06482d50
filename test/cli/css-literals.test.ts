// The standalone build's trimming of Lit `css` and `html` templates (scripts/css-literals.mjs):
// what it drops (CSS comments, indentation) and what it must keep (spaces inside a line,
// expressions, line breaks, other templates, "/*" in markup).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error A build script in plain JavaScript, without declarations.
import { trimTemplates } from '../../scripts/css-literals.mjs';

const trim = trimTemplates as (code: string) => string | null;

test('css templates: comments and indentation go, line breaks stay', () => {
  const code = 'const a = css`\n  :host {\n    /* why, on\n       two lines */\n    color: red;\n  }\n`;\nconst b = 1;';
  assert.equal(trim(code), 'const a = css`\n:host {\n\n\ncolor: red;\n}\n`;\nconst b = 1;');
  // As TypeScript writes it.
  assert.equal(trim('css `\n  a { b: c; }\n`'), 'css `\na { b: c; }\n`');
});

test('css templates: spaces inside a line and next to an expression stay', () => {
  const code = 'css`\n  .x .y { margin: ${a} ${b}; width: calc(1px + 2px); }\n  ${more}\n`';
  assert.equal(trim(code), 'css`\n.x .y { margin: ${a} ${b}; width: calc(1px + 2px); }\n${more}\n`');
  // An escaped backtick is text.
  assert.equal(trim('css`\n  a::after { content: "\\`"; }\n`'), 'css`\na::after { content: "\\`"; }\n`');
});

test('other templates, strings and code are left alone', () => {
  assert.equal(trim('const s = `\n  a { b: c; }\n`; const t = "  x  ";'), null);
  assert.equal(trim('svg`\n  <g></g>\n`'), null);
  // A plain template inside an expression stays as it is; the tagged one around it is trimmed.
  assert.equal(trim('css`\n  a { b: ${`\n  c`}; }\n`'), 'css`\na { b: ${`\n  c`}; }\n`');
});

test('html templates: indentation goes, white space between words and elements stays, "/*" is text', () => {
  const code = 'html `<p class="a">\n      ${x} /* not a comment */\n      <b>y</b>\n    </p>`';
  assert.equal(trim(code), 'html `<p class="a">\n${x} /* not a comment */\n<b>y</b>\n</p>`');
  // A template inside another's expression: both trimmed.
  assert.equal(trim('html`<ul>\n  ${a.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`'), 'html`<ul>\n${a.map((i) => html`<li>\n${i}\n</li>`)}\n</ul>`');
});

// Where the minifying libraries weighed against this script changed templates (the head of
// scripts/css-literals.mjs): Lit's bindings, self-closing SVG tags, spaces at a template's edges.
test('html templates: bindings, "/>" and spaces within a line stay as written', () => {
  const code = 'html`\n  <input .value=${v} ?disabled=${d} @input=${f} aria-label="${l} x">\n  <svg><path d="M0 0 L1 1" /></svg>\n`';
  assert.equal(trim(code), 'html`\n<input .value=${v} ?disabled=${d} @input=${f} aria-label="${l} x">\n<svg><path d="M0 0 L1 1" /></svg>\n`');
  assert.equal(trim('html`<em> a </em>`; svg`<circle r="${r}" /><g></g>`'), null);
});

test("css templates: the root's styles keep their rules and lines", () => {
  const source = readFileSync('src/components/service-locator/service-locator.styles.ts', 'utf8').replace(/^import .*$/m, '');
  const trimmed = trim(source.replace('export const rootStyles = css`', 'const rootStyles = css`'));
  assert.ok(trimmed !== null);
  assert.equal(trimmed.split('\n').length, source.split('\n').length);
  const body = (code: string) => code.slice(code.indexOf('css`'));
  assert.equal(body(trimmed).replace(/\s+/g, ''), body(source).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ''));
  assert.ok(trimmed.length < source.length * 0.8);
});
