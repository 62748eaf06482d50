// The standalone build's trimming of Lit `css` templates (scripts/css-literals.mjs): what it
// drops (comments, indentation) and what it must keep (spaces inside a line, expressions, line
// breaks, templates it cannot read).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error A build script in plain JavaScript, without declarations.
import { trimCss, trimCssLiterals, trimHtmlLiterals } from '../../scripts/css-literals.mjs';

const trimLiterals = trimCssLiterals as (code: string) => string | null;
const trimHtml = trimHtmlLiterals as (code: string) => string | null;

test('css templates: comments and indentation go, line breaks stay', () => {
  const code = "const a = css`\n  :host {\n    /* why, on\n       two lines */\n    color: red;\n  }\n`;\nconst b = 1;";
  assert.equal(trimLiterals(code), "const a = css`\n:host {\n\n\ncolor: red;\n}\n`;\nconst b = 1;");  // As TypeScript writes it.
  assert.equal(trimLiterals('css `\n  a { b: c; }\n`'), 'css `\na { b: c; }\n`');
});

test('css templates: spaces inside a line and next to an expression stay', () => {
  assert.equal(trimCss('  margin: '), '  margin: ');
  const code = 'css`\n  .x .y { margin: ${a} ${b}; width: calc(1px + 2px); }\n  ${more}\n`';
  assert.equal(trimLiterals(code), 'css`\n.x .y { margin: ${a} ${b}; width: calc(1px + 2px); }\n${more}\n`');
});

test('css templates: other templates and unreadable ones are left alone', () => {
  assert.equal(trimLiterals('html`\n  <p>  x  </p>\n`'), null);
  const nested = 'css`\n  a { b: ${`\n  c`}; }\n`';
  assert.equal(trimLiterals(nested), null);
  // An escaped backtick does not end the template.
  assert.equal(trimLiterals('css`\n  a::after { content: "\\`"; }\n`'), 'css`\na::after { content: "\\`"; }\n`');
});

test("css templates: the root's styles keep their rules and lines", () => {
  const source = readFileSync('src/components/service-locator/service-locator.styles.ts', 'utf8');
  const trimmed = trimLiterals(source);
  assert.ok(trimmed !== null);
  assert.equal(trimmed.split('\n').length, source.split('\n').length);
  const body = (code: string) => code.slice(code.indexOf('css`'));
  assert.equal(body(trimmed).replace(/\s+/g, ''), body(source).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ''));
  assert.ok(trimmed.length < source.length * 0.8);
});

test('html templates: indentation goes, white space between words and elements stays, "/*" is text', () => {
  const code = 'html `<p class="a">\n      ${x} /* not a comment */\n      <b>y</b>\n    </p>`';
  assert.equal(trimHtml(code), 'html `<p class="a">\n${x} /* not a comment */\n<b>y</b>\n</p>`');
  // A template inside an expression: the outer one is left whole, the inner one trimmed.
  assert.equal(trimHtml('html`<ul>\n  ${a.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`'), 'html`<ul>\n  ${a.map((i) => html`<li>\n${i}\n</li>`)}\n</ul>`');
  assert.equal(trimLiterals('html`\n  <p>x</p>\n`'), null, 'css trimming leaves markup alone');
});
