// Vite plugin for the builds: collapses the formatting in the static parts of Lit `html` and
// `svg` templates — each run of whitespace that holds a line break (indentation, one element
// per line) becomes one space. HTML renders any run of whitespace as one space (none of our
// templates has a <pre>, a <textarea> or `white-space: pre`), so the page looks the same, and
// bundlers leave template literals as written. The dynamic parts (`${}`) are untouched.
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg']);
/** Where whitespace is content: such a template is left as written. */
const WHITESPACE_KEPT = /<(pre|textarea)\b|white-space\s*:\s*pre/i;

/** One quasi (the raw text between `${}`s), its formatting collapsed. */
function collapseFormatting(raw) {
  return raw.replace(/\s*\n\s*/g, ' ');
}

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
    if (quasis.some((quasi) => WHITESPACE_KEPT.test(quasi.value.raw))) continue;
    for (const quasi of quasis) {
      const { raw } = quasi.value;
      const collapsed = collapseFormatting(raw);
      if (collapsed === raw) continue;
      // A quasi's span is its raw text, without the backticks and `${`/`}` around it.
      if (code.slice(quasi.start, quasi.end) !== raw) throw new Error(`${raw}: not where parsed`);
      edited.overwrite(quasi.start, quasi.end, collapsed);
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
