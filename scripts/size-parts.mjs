// Which part of the library each byte of a built file belongs to (`npm run size`'s part
// columns): the file's source map says which source wrote each stretch of minified code; each
// source belongs to one part. A file's gzip size is shared among its parts in proportion to
// their minified bytes (gzip has no per-source size; the shares add up to the file's).
import { existsSync, readFileSync } from 'node:fs';

/** Parts, in table order, and the sources they hold (first match wins). */
export const PARTS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  [
    'validation',
    /node_modules\/valibot\/|src\/core\/(validate|shape-checks|localized-text-schema|issue-list)\.ts|src\/[^/]+\/(feed-formats|mpp-feed|catalog|catalog-check|location-check|location-rules|location-schema|location-patch|holiday-calendar|holiday-calendar-schema|holiday-rules)\.ts/,
  ],
  ['strings', /src\/generated\/locales\//],
  ['styles', /\.styles\.ts$|src\/core\/theme\.ts/],
  [
    'map',
    /node_modules\/(leaflet|supercluster|kdbush)\/|src\/finder\/(finder-map|leaflet-loader|cluster-)/,
  ],
  ['core', /src\/core\//],
  ['element', /src\/(queue-badge|service-checklist|finder)\//],
  ['loader', /src\/cdn\.ts/],
];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map `mappings` → per generated line, [column, source index] of each segment. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The part a source path belongs to. */
export function partOf(source) {
  const path = source.replace(/\\/g, '/');
  return PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
}

/**
 * Minified bytes of `file` per part. `fallback` names the part of bytes no source claims (a
 * bundled data chunk has no mappings; the loader's own glue).
 */
export function partBytes(file, fallback = 'other') {
  const code = readFileSync(file, 'utf8');
  const bytes = {};
  const add = (part, count) => (bytes[part] = (bytes[part] ?? 0) + count);
  if (!existsSync(`${file}.map`)) {
    add(fallback, code.length);
    return bytes;
  }
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const parts = map.sources.map(partOf);
  const codeLines = code.split('\n');
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const length = codeLines[lineIndex]?.length ?? 0;
    let claimed = 0;
    segments.forEach(([column, source], index) => {
      const end = index + 1 < segments.length ? segments[index + 1][0] : length;
      if (source >= 0) {
        add(parts[source], end - column);
        claimed += end - column;
      }
    });
    add(fallback, length - claimed + 1); // unmapped glue and the newline
  });
  return bytes;
}
