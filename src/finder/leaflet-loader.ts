// Leaflet and its stylesheet, fetched only when a map is about to be shown (a chunk of its
// own, so pages with `no-map`, `view="list"` or a hidden finder never download it).
//
// Leaflet's one-file builds cannot be tree-shaken (every module registers itself on import),
// so the map is assembled from Leaflet's own source modules: only what the finder uses —
// no vector layers, GeoJSON, popups, tooltips, overlays, box zoom or layer switcher.
import { Attribution } from 'leaflet/src/control/Control.Attribution';
import { zoom } from 'leaflet/src/control/Control.Zoom';
import { toLatLngBounds } from 'leaflet/src/geo/LatLngBounds';
import { divIcon } from 'leaflet/src/layer/marker/DivIcon';
import { marker } from 'leaflet/src/layer/marker/Marker';
import { tileLayer } from 'leaflet/src/layer/tile/TileLayer';
import { createMap } from 'leaflet/src/map/Map';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';
import leafletCss from 'leaflet/dist/leaflet.css?raw';

let sheet: CSSStyleSheet | undefined;

/** One constructed sheet shared by every finder's shadow root. */
export function leafletStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // The rules with images belong to the default marker icon and the layers control,
    // neither of which we use; dropping them avoids requests relative to the host page. (The
    // builds also leave out, at build time, the rules of Leaflet parts the finder does not
    // import: scripts/minify-css-literals.mjs.)
    sheet.replaceSync(leafletCss.replace(/[^{}]*\{[^{}]*url\([^{}]*\}/g, ''));
  }
  return sheet;
}

// `Attribution` is imported for its side effect (the map's attribution control); naming it
// here keeps bundlers from dropping that import.
void Attribution;

/** The parts of Leaflet the finder uses, with Leaflet's own types. */
export const L = {
  control: { zoom },
  divIcon,
  latLngBounds: toLatLngBounds,
  map: createMap,
  marker,
  tileLayer,
} as unknown as Pick<
  typeof import('leaflet'),
  'divIcon' | 'latLngBounds' | 'map' | 'marker' | 'tileLayer'
> & { control: Pick<typeof import('leaflet').control, 'zoom'> };
