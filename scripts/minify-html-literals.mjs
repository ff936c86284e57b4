// Vite plugin for the CDN build: collapses the formatting in the static parts of Lit `html` and
// `svg` templates — each run of HTML whitespace that holds a line break (indentation, one
// element per line) becomes one space. HTML renders any run of whitespace as one space, so the
// page looks the same, and bundlers leave template literals as written. The dynamic parts
// (`${}`) are untouched. A template is left whole where whitespace may be content: a <pre> or
// <textarea>, a `white-space` declaration of its own, or a line break inside a quoted
// attribute value. (Whitespace kept by the element's `css` styles would not be seen here:
// none of ours keeps it.)
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg']);
/** Where whitespace may be content: such a template is left as written. */
const WHITESPACE_KEPT = /<(pre|textarea)\b|white-space|=\s*("[^"]*|'[^']*)\n/i;
/**
 * A run of HTML whitespace (not `\s`: a no-break space is content) holding a line break, not
 * after a backslash (in the raw text, a line continuation: no character at all).
 */
const FORMATTING = /(?<!\\)[ \t\r\n\f]*\n[ \t\r\n\f]*/g;

/** Every node of an ESTree AST below `node`, depth first. */
function* nodesOf(node) {
  yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof child.type === 'string')
        yield* nodesOf(child);
    }
  }
}

/** `code` (JavaScript) with its `html`/`svg` templates collapsed; undefined when none changed. */
export function minifyHtmlTemplates(code, ast) {
  const edited = new MagicString(code);
  for (const node of nodesOf(ast)) {
    if (node.type !== 'TaggedTemplateExpression' || !TAGS.has(node.tag.name)) continue;
    const { quasis } = node.quasi;
    if (WHITESPACE_KEPT.test(quasis.map((quasi) => quasi.value.raw).join('${}'))) continue;
    for (const quasi of quasis) {
      const { raw } = quasi.value;
      // A quasi's span is its raw text, without the backticks and `${`/`}` around it.
      if (code.slice(quasi.start, quasi.end) !== raw) throw new Error(`${raw}: not where parsed`);
      // Each run on its own: the text between runs keeps its place in the source map.
      for (const run of raw.matchAll(FORMATTING)) {
        const start = quasi.start + run.index;
        edited.overwrite(start, start + run[0].length, ' ');
      }
    }
  }
  return edited.hasChanged() ? edited : undefined;
}

export function minifyHtmlLiterals() {
  return {
    name: 'mpp-minify-html-literals',
    // After TypeScript is compiled: `this.parse` reads JavaScript.
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const edited = minifyHtmlTemplates(code, this.parse(code));
      if (!edited) return null;
      return { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) };
    },
  };
}
