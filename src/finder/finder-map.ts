// The Leaflet map of the finder, kept apart from the element so Leaflet is a chunk of its own
// (fetched only when the map becomes visible). No Lit here: the element passes in what the
// map must say, already in its language.
import type { Map as LeafletMap, Marker } from 'leaflet';
import type { BBox, ClusterIndex, MapMarker } from './cluster-index.js';
import { L, leafletStyleSheet } from './leaflet-loader.js';
import { overlap, separateMarkers, type ScreenBox } from './marker-separation.js';

export interface MapLabels {
  map: string;
  location: (index: number, selected: boolean) => string;
  cluster: (count: number) => string;
  /** A cluster's count as drawn on it ("1.524"), as its `cluster` label words it. */
  count: (count: number) => string;
  you: string;
  zoomIn: string;
  zoomOut: string;
}

export interface FinderMapOptions {
  tileUrl: string;
  /** Attribution markup, built by the element from trusted parts and escaped text. */
  attribution: string;
  center?: [lat: number, lon: number];
  zoom?: number;
  labels: MapLabels;
  /** A location was chosen on the map (click, or Enter on a focused marker). */
  onSelect: (index: number) => void;
}

export interface MapPoint {
  lat: number;
  lon: number;
}

const FIT_MAX_ZOOM = 13;

const PIN_SVG =
  '<svg viewBox="0 0 24 32" aria-hidden="true" focusable="false"><path d="M12 1C6 1 1.5 5.5 1.5 11.3 1.5 19 12 31 12 31s10.5-12 10.5-19.7C22.5 5.5 18 1 12 1z"/><circle cx="12" cy="11.5" r="4.2"/></svg>';

/** Markers of the index that would overlap on screen, drawn as one cluster. */
interface MarkerGroup {
  kind: 'group';
  members: MapMarker[];
  count: number;
  lat: number;
  lon: number;
}

/** What one marker on the map stands for. */
type Drawable = MapMarker | MarkerGroup;

interface DrawnMarker {
  leaflet: Marker;
  shows: Drawable;
  selected: boolean;
}

export class FinderMap {
  private readonly map: LeafletMap;
  private points: readonly MapPoint[] = [];
  /** Markers on the map by what they show (`c<cluster id>` or `p<result index>`). */
  private readonly drawn = new Map<string, DrawnMarker>();
  private selectedIndex?: number;
  private userMarker?: Marker;
  private drawing = 0;
  private labels: MapLabels;
  private attribution: string;

  constructor(
    container: HTMLElement,
    root: ShadowRoot,
    private readonly index: ClusterIndex,
    private readonly options: FinderMapOptions,
  ) {
    const sheet = leafletStyleSheet();
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    }
    this.labels = options.labels;
    // Visitors who asked for reduced motion get no glide when dragging or zooming either.
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map = L.map(container, {
      inertia: !still,
      zoomAnimation: !still,
      markerZoomAnimation: !still,
      // Animations swallow clicks that land mid-animation and cost frames on slow phones.
      fadeAnimation: false,
      zoomControl: false,
      worldCopyJump: false,
      minZoom: 3,
      maxZoom: 19,
      // The wheel scrolls the page (a map filling a phone or a 400 % zoomed screen must not
      // trap it); it zooms only once the visitor has focused or clicked the map.
      scrollWheelZoom: false,
    });
    L.control
      .zoom({ zoomInTitle: options.labels.zoomIn, zoomOutTitle: options.labels.zoomOut })
      .addTo(this.map);
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    // Tiles that fail (offline, blocked) leave a grey background; markers and list still work.
    // The tile server learns the page's origin, not its path (README, Privacy).
    L.tileLayer(options.tileUrl, {
      maxZoom: 19,
      referrerPolicy: 'strict-origin-when-cross-origin',
    }).addTo(this.map);
    this.attribution = options.attribution;
    this.map.attributionControl.addAttribution(options.attribution);
    this.putControlsFirst(container);
    this.zoomByWheelWhileInUse(container);
    // A first view at once (tiles load while the data may still be on its way): the given
    // centre, else all of Indonesia.
    this.map.setView(options.center ?? [-2.5, 118], options.center ? (options.zoom ?? 12) : 4, {
      animate: false,
    });
    this.map.on('moveend', () => void this.draw());
  }

  /** Shows `points` (the current results); `fit` moves the view to them (else it stays). */
  async show(points: readonly MapPoint[], fit: boolean): Promise<void> {
    this.points = points;
    // The drawn markers stand for positions in the old results: take them away at once (and
    // ignore answers still on their way), so no click selects the wrong location meanwhile.
    this.drawing += 1;
    this.clearMarkers();
    const bounds = await this.index.load(points);
    if (this.points !== points) return; // newer results arrived while indexing
    if (fit && bounds) this.fitBox(bounds);
    await this.draw();
  }

  /**
   * Marks `index` as selected; `reveal` pans and zooms until it is drawn on its own, with no
   * other marker over its (larger) pin.
   */
  async select(index: number | undefined, reveal: boolean): Promise<void> {
    this.selectedIndex = index;
    const point = index === undefined ? undefined : this.points[index];
    if (!point || index === undefined || !reveal) {
      await this.draw();
      return;
    }
    const alone = await this.index.zoomToShow(index, Math.max(this.map.getZoom(), 6));
    let zoom = Math.max(this.map.getZoom(), alone);
    for (;;) {
      this.map.setView([point.lat, point.lon], zoom, { animate: false });
      await this.draw();
      if (zoom >= this.map.getMaxZoom() || !this.selectionCrowded()) return;
      zoom += 1;
    }
  }

  private selectionCrowded(): boolean {
    const drawn = [...this.drawn.values()];
    const selected = drawn.find(({ shows }) => this.isSelected(shows));
    if (!selected) return false;
    const box = this.boxOf(selected.shows);
    return drawn.some((other) => other !== selected && overlap(box, this.boxOf(other.shows)));
  }

  /** The visitor's position ("near me"), shown and brought into view with the nearest results. */
  showVisitor(position: MapPoint, nearest: readonly MapPoint[]): void {
    this.userMarker?.remove();
    const icon = L.divIcon({ className: 'mpp-you', html: '<span></span>', iconSize: [18, 18] });
    this.userMarker = L.marker([position.lat, position.lon], {
      icon,
      interactive: false,
      keyboard: false,
      title: this.labels.you,
    }).addTo(this.map);
    this.userMarker.getElement()?.setAttribute('role', 'img');
    this.userMarker.getElement()?.setAttribute('aria-label', this.labels.you);
    this.fit([position, ...nearest]);
  }

  /** Replaces the tiles' attribution (it is worded in the element's language). */
  setAttribution(attribution: string): void {
    this.map.attributionControl.removeAttribution(this.attribution);
    this.map.attributionControl.addAttribution(attribution);
    this.attribution = attribution;
  }

  setLabels(labels: MapLabels): void {
    this.labels = labels;
    const container = this.map.getContainer();
    container.querySelector('.leaflet-control-zoom-in')?.setAttribute('title', labels.zoomIn);
    container.querySelector('.leaflet-control-zoom-in')?.setAttribute('aria-label', labels.zoomIn);
    container.querySelector('.leaflet-control-zoom-out')?.setAttribute('title', labels.zoomOut);
    container
      .querySelector('.leaflet-control-zoom-out')
      ?.setAttribute('aria-label', labels.zoomOut);
    this.userMarker?.getElement()?.setAttribute('aria-label', labels.you);
    for (const drawn of this.drawn.values()) this.label(drawn);
  }

  /** After a size change (layout switched between stacked and side by side). */
  resize(): void {
    this.map.invalidateSize({ animate: false });
  }

  remove(): void {
    this.index.dispose();
    this.map.remove();
  }

  private fit(points: readonly MapPoint[]): void {
    if (points.length === 0) return; // nothing to show: keep the view
    const lats = points.map(({ lat }) => lat);
    const lons = points.map(({ lon }) => lon);
    this.fitBox([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
  }

  private fitBox([west, south, east, north]: BBox): void {
    this.map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { padding: [24, 24], maxZoom: FIT_MAX_ZOOM, animate: false },
    );
  }

  /**
   * Tab order: the zoom buttons, then the markers, then the attribution. Leaflet puts its
   * controls after the panes; the corners are positioned absolutely, so moving them in the
   * DOM changes the order, not the look (and `map.remove()` still finds them).
   */
  private putControlsFirst(container: HTMLElement): void {
    const controls = container.querySelector('.leaflet-control-container');
    if (!controls) return;
    container.prepend(controls);
    container.append(...controls.querySelectorAll('.leaflet-bottom'));
  }

  private zoomByWheelWhileInUse(container: HTMLElement): void {
    const wheel = this.map.scrollWheelZoom;
    container.addEventListener('focusin', () => wheel.enable());
    container.addEventListener('pointerdown', () => wheel.enable());
    container.addEventListener('focusout', ({ relatedTarget }) => {
      if (!(relatedTarget instanceof Node && container.contains(relatedTarget))) wheel.disable();
    });
    container.addEventListener('mouseleave', () => wheel.disable());
  }

  /**
   * Markers in reading order (north to south, then west to east), so Tab moves through the
   * map as the eye does, not in the order the clusters came. The focused marker stays put
   * (moving an element in the DOM takes its focus away); the others are placed around it.
   */
  private orderMarkers(): void {
    const elements = [...this.drawn.values()]
      .map(({ leaflet, shows }) => ({ element: leaflet.getElement(), shows }))
      .filter((entry): entry is { element: HTMLElement; shows: Drawable } => !!entry.element)
      .sort((a, b) => b.shows.lat - a.shows.lat || a.shows.lon - b.shows.lon)
      .map(({ element }) => element);
    const pane = elements[0]?.parentElement;
    if (!pane) return;
    const current = [...pane.children].filter((child) => elements.includes(child as HTMLElement));
    if (current.every((element, i) => element === elements[i])) return;
    const focused = elements.find((element) => element.matches(':focus'));
    const at = focused ? elements.indexOf(focused) : elements.length;
    for (const element of elements.slice(0, at)) {
      if (focused) pane.insertBefore(element, focused);
      else pane.append(element);
    }
    for (const element of elements.slice(at + 1)) pane.append(element);
  }

  private clearMarkers(): void {
    for (const { leaflet } of this.drawn.values()) leaflet.remove();
    this.drawn.clear();
  }

  // Markers are keyed by what they show and updated in place (selection, language), so panning
  // or selecting keeps the ones still in view — and the keyboard focus on them.
  private async draw(): Promise<void> {
    const drawing = ++this.drawing;
    const bounds = this.map.getBounds().pad(0.25);
    const markers = await this.index
      .markers(
        [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        Math.round(this.map.getZoom()),
      )
      .catch(() => undefined);
    if (!markers || drawing !== this.drawing) return;
    const wanted = new Map(this.separate(markers).map((marker) => [keyOf(marker), marker]));
    for (const [key, { leaflet }] of this.drawn) {
      if (!wanted.has(key)) {
        leaflet.remove();
        this.drawn.delete(key);
      }
    }
    for (const [key, marker] of wanted) {
      const drawn = this.drawn.get(key);
      if (!drawn) this.drawn.set(key, this.addMarker(marker));
      else if (drawn.selected !== this.isSelected(marker)) this.restyle(drawn);
    }
    this.orderMarkers();
  }

  /**
   * No two markers overlap on screen (each a whole touch target): those that would are
   * drawn as one cluster, the selection first and never merged, then the larger clusters.
   * At the deepest zoom nothing can be opened further, so nothing is merged there.
   */
  private separate(all: MapMarker[]): Drawable[] {
    // A marker under the zoom buttons or the attribution could be neither seen nor pressed;
    // it appears when the map moves (and every location is in the list).
    const container = this.map.getContainer().getBoundingClientRect();
    const controls = [...this.map.getContainer().querySelectorAll('.leaflet-control')].map(
      (control): ScreenBox => {
        const { left, top, right, bottom } = control.getBoundingClientRect();
        const [x, y] = [container.left, container.top];
        return { left: left - x, top: top - y, right: right - x, bottom: bottom - y };
      },
    );
    const markers = all.filter(
      (marker) =>
        this.isSelected(marker) || !controls.some((box) => overlap(box, this.boxOf(marker))),
    );
    if (this.map.getZoom() >= this.map.getMaxZoom()) return markers;
    const weight = (marker: MapMarker) =>
      this.isSelected(marker) ? Infinity : marker.kind === 'cluster' ? marker.count : 0;
    const ordered = [...markers].sort((a, b) => weight(b) - weight(a));
    return separateMarkers<Drawable>(ordered, {
      boxOf: (marker) => this.boxOf(marker),
      keep: (marker) => this.isSelected(marker),
      merge: (kept, absorbed) => {
        const members = [...membersOf(kept), ...membersOf(absorbed)];
        const count = members.reduce((sum, member) => sum + countOf(member), 0);
        return { kind: 'group', members, count, lat: kept.lat, lon: kept.lon };
      },
    });
  }

  private boxOf(marker: Drawable): ScreenBox {
    const { x, y } = this.map.latLngToContainerPoint([marker.lat, marker.lon]);
    const [width, height] = this.iconSize(marker);
    // Pins stand on their point; clusters are centred on it.
    const top = marker.kind === 'point' ? y - height : y - height / 2;
    return { left: x - width / 2, right: x + width / 2, top, bottom: top + height };
  }

  private iconSize(marker: Drawable): [number, number] {
    if (marker.kind !== 'point') {
      const size = clusterSize(marker.count);
      return [size, size];
    }
    const size = this.isSelected(marker) ? 40 : 28;
    return [size, size * (4 / 3)];
  }

  private isSelected(marker: Drawable): boolean {
    return marker.kind === 'point' && marker.index === this.selectedIndex;
  }

  private iconFor(marker: Drawable) {
    const isCluster = marker.kind !== 'point';
    const selected = this.isSelected(marker);
    const [size] = this.iconSize(marker);
    return L.divIcon({
      className: isCluster ? 'mpp-cluster' : selected ? 'mpp-pin selected' : 'mpp-pin',
      html: isCluster ? `<span>${this.labels.count(marker.count)}</span>` : PIN_SVG,
      iconSize: isCluster ? [size, size] : [size, size * (4 / 3)],
      iconAnchor: isCluster ? [size / 2, size / 2] : [size / 2, size * (4 / 3)],
    });
  }

  /** Name and pressed state for assistive technology, in the current language. */
  private label(drawn: DrawnMarker): void {
    const element = drawn.leaflet.getElement();
    const { shows, selected } = drawn;
    element?.setAttribute(
      'aria-label',
      shows.kind === 'point'
        ? this.labels.location(shows.index, selected)
        : this.labels.cluster(shows.count),
    );
    if (shows.kind === 'point') element?.setAttribute('aria-pressed', String(selected));
    // The number drawn follows the language too ("1,524" / "1.524"), as the label does.
    const count = shows.kind === 'point' ? undefined : element?.querySelector('span');
    if (count && shows.kind !== 'point') count.textContent = this.labels.count(shows.count);
  }

  // Leaflet reuses a divIcon's element on setIcon, so a focused marker keeps the focus.
  private restyle(drawn: DrawnMarker): void {
    drawn.selected = this.isSelected(drawn.shows);
    drawn.leaflet.setIcon(this.iconFor(drawn.shows));
    drawn.leaflet.setZIndexOffset(drawn.selected ? 1000 : 0);
    this.label(drawn);
  }

  private addMarker(marker: Drawable): DrawnMarker {
    const selected = this.isSelected(marker);
    const leaflet = L.marker([marker.lat, marker.lon], {
      icon: this.iconFor(marker),
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: selected ? 1000 : 0,
    });
    const activate = (fromKeyboard: boolean) => {
      if (marker.kind === 'point') this.options.onSelect(marker.index);
      else void this.zoomInto(marker, fromKeyboard);
    };
    leaflet.on('click', () => activate(false));
    leaflet.addTo(this.map);
    // Markers are role="button": Enter and Space act as a click does.
    leaflet.getElement()?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      activate(true);
    });
    const drawn = { leaflet, shows: marker, selected };
    this.label(drawn);
    return drawn;
  }

  private async zoomInto(
    cluster: Extract<Drawable, { kind: 'cluster' | 'group' }>,
    fromKeyboard: boolean,
  ): Promise<void> {
    let zoom: number;
    let centre: [number, number] = [cluster.lat, cluster.lon];
    if (cluster.kind === 'cluster') {
      // A cluster of earlier points (pressed while new ones load): one step closer.
      zoom = (await this.index.expansionZoom(cluster.clusterId)) ?? this.map.getZoom() + 1;
    } else {
      // A group opens one zoom step at a time, around the middle of what it holds.
      zoom = this.map.getZoom() + 1;
      const total = cluster.count;
      centre = [
        cluster.members.reduce((sum, member) => sum + member.lat * countOf(member), 0) / total,
        cluster.members.reduce((sum, member) => sum + member.lon * countOf(member), 0) / total,
      ];
    }
    this.map.setView(centre, zoom, { animate: false });
    // The cluster's marker is gone now; keep keyboard users on the map, not on <body>.
    if (fromKeyboard) this.map.getContainer().focus();
  }
}

function keyOf(marker: Drawable): string {
  if (marker.kind === 'group') return `g${marker.members.map(keyOf).sort().join(',')}`;
  return marker.kind === 'cluster' ? `c${marker.clusterId}:${marker.count}` : `p${marker.index}`;
}

function membersOf(marker: Drawable): MapMarker[] {
  return marker.kind === 'group' ? marker.members : [marker];
}

function countOf(marker: MapMarker): number {
  return marker.kind === 'cluster' ? marker.count : 1;
}

function clusterSize(count: number): number {
  return count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
}
