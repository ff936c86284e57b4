// The profile editor's map: a click marks the MPP's position. Leaflet comes through the
// finder's own loader (the same trimmed build, fetched only when the map is shown); the
// stylesheet is adopted by the document because the editor renders in light DOM.
import type { Map as LeafletMap, Marker } from 'leaflet';

export interface PositionMapOptions {
  tileUrl: string;
  /** Attribution of the tiles, as markup (the OpenStreetMap default is ours). */
  attribution: string;
  label: string;
  onPick(lat: number, lon: number): void;
}

const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

export class PositionMap {
  private map?: LeafletMap;
  private marker?: Marker;
  private loading?: Promise<void>;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: PositionMapOptions,
  ) {}

  /** Shows `[lat, lon]` (zoomed in close enough to pick a building) and marks it. */
  async show(lat: number, lon: number, zoom = 16): Promise<void> {
    await (this.loading ??= this.create(lat, lon, zoom));
    this.map!.setView([lat, lon], zoom, { animate: false });
    this.marker!.setLatLng([lat, lon]);
  }

  /** Moves the mark only (after a click, the view stays where the officer put it). */
  mark(lat: number, lon: number): void {
    this.marker?.setLatLng([lat, lon]);
  }

  /** The centre of the view, for keyboard users who pan with the arrow keys. */
  centre(): [lat: number, lon: number] | undefined {
    const centre = this.map?.getCenter();
    return centre && [centre.lat, centre.lng];
  }

  setLabel(label: string): void {
    this.options.label = label;
    this.container.setAttribute('aria-label', label);
  }

  remove(): void {
    this.map?.remove();
    this.map = undefined;
    this.loading = undefined;
  }

  private async create(lat: number, lon: number, zoom: number): Promise<void> {
    const { L, leafletStyleSheet } = await import('../../src/finder/leaflet-loader.js');
    const sheet = leafletStyleSheet();
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const map = L.map(this.container, { fadeAnimation: false, zoomControl: false });
    L.control.zoom({ position: 'topright' }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution(this.options.attribution || OSM_ATTRIBUTION);
    L.tileLayer(this.options.tileUrl, { maxZoom: 19 }).addTo(map);
    map.setView([lat, lon], zoom, { animate: false });
    this.marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'position-pin', html: '<span></span>', iconSize: [22, 22] }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
    map.on('click', ({ latlng }) => {
      this.marker!.setLatLng(latlng);
      this.options.onPick(latlng.lat, latlng.lng);
    });
    this.container.setAttribute('aria-label', this.options.label);
    this.map = map;
  }
}
