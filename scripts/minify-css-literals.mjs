// Vite plugin for the builds: minifies the CSS inside Lit `css` tagged templates, which
// bundlers leave as written (indentation, comments). Only literals without `${}` are touched.

export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'mpp-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(/\bcss`([^`$]*)`/g, (_, text) => `css\`${minifyCssText(text)}\``),
        map: null,
      };
    },
  };
}
