// The import map that makes browsers check every CDN chunk, not only the loader: its
// `integrity` section gives the hash of each file by its full URL. Used by the build
// (dist/cdn/importmap.json) and the configurator (its script-tag snippet).

/** Where jsDelivr serves the CDN files of one exact version (the README's snippet). */
export function cdnBaseUrl(version) {
  return `https://cdn.jsdelivr.net/npm/mpp-widgets@${version}/dist/cdn/`;
}

/**
 * `{ integrity: { <url>: <hash> } }` for the files of `hashes` (dist/cdn/integrity.json: paths
 * relative to dist/cdn) served from `baseUrl`. Chunks of a version never change, so the map
 * pins that version: a newer loader needs a newer map.
 */
export function importMapFor(hashes, baseUrl) {
  return {
    integrity: Object.fromEntries(
      Object.keys(hashes)
        .sort()
        .map((file) => [new URL(file, baseUrl).href, hashes[file]]),
    ),
  };
}

/** The `<script type="importmap">` element to paste before the loader's script tag. */
export function importMapElement(map) {
  return `<script type="importmap">\n${JSON.stringify(map, null, 2)}\n</script>`;
}
