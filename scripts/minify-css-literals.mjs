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

// Selectors of the Leaflet parts the finder does not import (src/finder/leaflet-loader.ts):
// popups, tooltips, the layers and scale controls, vector and image layers, box zoom, old IE.
const UNUSED_LEAFLET =
  /popup|tooltip|control-layers|control-scale|oldie|vml|zoom-box|image-layer|> svg|> canvas|overlay-pane|shadow-pane|crosshair|retina/;

/**
 * Leaflet's stylesheet, minified, without the selectors of parts the finder leaves out, the
 * print rules and the default marker images (rules with `url(`).
 */
export function leafletSubset(text) {
  const rules = minifyCssText(text).match(
    /@media[^{]*\{[^{}]*\{[^{}]*\}[^{}]*\}|[^{}]+\{[^{}]*\}/g,
  );
  return rules
    .filter((rule) => !rule.startsWith('@media print') && !rule.includes('url('))
    .map((rule) => {
      if (rule.startsWith('@')) return rule;
      const [selectors, body] = rule.split('{');
      const kept = selectors.split(',').filter((selector) => !UNUSED_LEAFLET.test(selector));
      return kept.length ? `${kept.join(',')}{${body}` : '';
    })
    .join('');
}

export function minifyCssLiterals() {
  return {
    name: 'mpp-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (/\/leaflet\/dist\/leaflet\.css\?raw$/.test(id)) {
        const text = JSON.parse(code.replace(/^export default\s*/, '').replace(/;?\s*$/, ''));
        return { code: `export default ${JSON.stringify(leafletSubset(text))};`, map: null };
      }
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(/\bcss`([^`$]*)`/g, (_, text) => `css\`${minifyCssText(text)}\``),
        map: null,
      };
    },
  };
}
