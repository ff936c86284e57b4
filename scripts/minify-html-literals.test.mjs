// The builds' template minifier (scripts/minify-html-literals.mjs), on code as the build gives
// it (TypeScript compiled) and parsed by the build's own parser.
import assert from 'node:assert/strict';
import { SourceMap } from 'node:module';
import { test } from 'node:test';
import { parseAst } from 'vite';
import { minifyHtmlTemplates } from './minify-html-literals.mjs';

const minified = (code) => minifyHtmlTemplates(code, parseAst(code))?.toString() ?? code;

test('formatting whitespace in html and svg templates becomes one space', () => {
  const code = [
    'const view = html`',
    '  <ul class="items">',
    '    ${items.map((item) => html`<li>${item}</li>`)}',
    '  </ul>',
    '  <button',
    '    type="button"',
    '    @click=${() => go()}',
    '  >${label}</button>',
    '`;',
    'const icon = svg`\n  <path d="M0 0"></path>\n`;',
  ].join('\n');
  assert.equal(
    minified(code),
    [
      'const view = html` <ul class="items"> ${items.map((item) => html`<li>${item}</li>`)} </ul>' +
        ' <button type="button" @click=${() => go()} >${label}</button> `;',
      'const icon = svg` <path d="M0 0"></path> `;',
    ].join('\n'),
  );
});

test('whitespace within a line, the expressions and other templates stay as written', () => {
  const code = [
    'const a = html`<p>${cond\n    ? `two\n  lines`\n    : b}  and  ${b}</p>`;',
    'const text = `line\n    next`;',
    'const style = css`\n  :host { display: block; }\n`;',
    'const said = str`${n}\n  MPP`;',
  ].join('\n');
  assert.equal(minified(code), code);
});

test('a template where whitespace is content is left whole', () => {
  for (const template of [
    'html`<pre>\n  a\n  b</pre>`',
    'html`<textarea>\n  ${value}\n</textarea>`',
    'html`<p style="white-space: pre-line">\n  a\n</p>`',
  ]) {
    const code = `const x = ${template};`;
    assert.equal(minified(code), code);
  }
});

test('the source map points the collapsed code at the lines it came from', () => {
  const code = 'const a = 1;\nconst view = html`\n  <p>\n    ${a}\n  </p>\n`;\nlater();\n';
  const edited = minifyHtmlTemplates(code, parseAst(code));
  const lines = edited.toString().split('\n');
  assert.deepEqual(lines.slice(1, 3), ['const view = html` <p> ${a} </p> `;', 'later();']);
  const map = new SourceMap(edited.generateMap({ hires: true }));
  // 0-based lines: `${a}` was on line 3, later() on line 6.
  assert.equal(map.findEntry(1, lines[1].indexOf('${a}')).originalLine, 3);
  assert.equal(map.findEntry(2, 0).originalLine, 6);
});
