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

test('a template where whitespace may be content is left whole', () => {
  for (const template of [
    'html`<pre>\n  a\n  b</pre>`',
    'html`<textarea>\n  ${value}\n</textarea>`',
    'html`<p style="white-space: pre-line">\n  a\n</p>`',
    'html`<p style="white-space: break-spaces">\n  a\n</p>`',
    'html`<p\n  title="first line\n  second line"\n>a</p>`',
    "html`<p title='${a}\n  ${b}'>\n  a\n</p>`",
  ]) {
    const code = `const x = ${template};`;
    assert.equal(minified(code), code);
  }
});

test('a line continuation and a no-break space stay as written', () => {
  // In the raw text a backslash before the line break removes it: "Jambuka".
  const continuation = 'const x = html`<p>Jam\\\n  buka</p>`;';
  assert.equal(minified(continuation), continuation);
  // U+00A0 (and other non-HTML whitespace) is content: only the HTML whitespace goes.
  assert.equal(
    minified('const x = html`<p>08.00\u00a0\n  WIB</p>`;'),
    'const x = html`<p>08.00\u00a0 WIB</p>`;',
  );
});

test('the source map keeps each line of a template where it was written', () => {
  const code = 'const a = 1;\nconst view = html`\n  <p>\n    <b>${a}</b>\n  </p>\n`;\nlater();\n';
  const edited = minifyHtmlTemplates(code, parseAst(code));
  const lines = edited.toString().split('\n');
  assert.deepEqual(lines.slice(1, 3), ['const view = html` <p> <b>${a}</b> </p> `;', 'later();']);
  const map = new SourceMap(edited.generateMap({ hires: true }));
  // 0-based lines: <p> was written on line 2, <b> on line 3, </p> on line 4, later() on 6.
  const from = (line, text) => map.findEntry(line, lines[line].indexOf(text)).originalLine;
  assert.equal(from(1, '<p>'), 2);
  assert.equal(from(1, '<b>'), 3);
  assert.equal(from(1, '</p>'), 4);
  assert.equal(from(2, 'later'), 6);
});
