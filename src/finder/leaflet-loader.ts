// Leaflet and its stylesheet, fetched only when a map is about to be shown (a chunk of its
// own, so pages with `no-map`, `view="list"` or a hidden finder never download it).
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?raw';

export type Leaflet = typeof L;

let sheet: CSSStyleSheet | undefined;

/** One constructed sheet shared by every finder's shadow root. */
export function leafletStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // The rules with images belong to the default marker icon and the layers control,
    // neither of which we use; dropping them avoids requests relative to the host page.
    sheet.replaceSync(leafletCss.replace(/[^{}]*\{[^{}]*url\([^{}]*\}/g, ''));
  }
  return sheet;
}

export { L };
