import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { MppError } from '../core/errors.js';
import { msg } from '../core/localization.js';
import { yieldToMain } from '../core/yield-to-main.js';
import type { ClusterIndex } from './cluster-index.js';
import type { FinderMap, MapLabels, MapPoint } from './finder-map.js';
import type { MppLocation } from './locations.js';

export interface MapState {
  /** The map is part of the chosen view (not `no-map`, not `view="list"`, no error). */
  wanted: boolean;
  /**
   * The element has been on screen: only then (and once `loaded`, or a large document is
   * coming) is Leaflet fetched.
   */
  visible: boolean;
  container: HTMLElement | null;
  /** The locations document has arrived: `results` mean something. */
  loaded: boolean;
  /**
   * A large document has been downloaded and is being read: the map is made meanwhile (the
   * download no longer competes with its set-up and tiles).
   */
  manyComing?: boolean;
  results: readonly MppLocation[];
  selectedId: string;
  /** The visitor's position once "near me" found it. */
  visitor?: MapPoint;
  /** The results nearest to the visitor, brought into view with them. */
  nearest?: readonly MapPoint[];
}

/** What the map says, in the host's language. */
export interface MapWording extends Omit<MapLabels, 'location'> {
  location: (location: MppLocation, selected: boolean) => string;
}

export interface MapOptions {
  /** Called when the map is created and whenever the language may have changed. */
  wording: () => MapWording;
  /** Attribution markup of the tiles (trusted parts and escaped text only). */
  attribution: () => string;
  tileUrl: () => string;
  initialView: () => { center?: [number, number]; zoom?: number };
  onSelect: (location: MppLocation) => void;
  onError: (error: MppError) => void;
}

/**
 * Requests the map's chunks and the clustering worker's (for many points), without waiting
 * for them; `create` imports the same modules (loaded once) and reports a refusal.
 */
function requestMapCodeForMany(): void {
  const chunks: Promise<unknown>[] = [
    import('./finder-map.js'),
    import('./cluster-index.js'),
    import('./cluster-worker-source.js'),
    import('./blob-worker.js'),
  ];
  for (const chunk of chunks) chunk.catch(() => undefined);
}

function newClusterIndex(early: boolean): Promise<ClusterIndex> {
  const made = import('./cluster-index.js').then(({ ClusterIndex }) => new ClusterIndex(early));
  made.catch(() => {}); // refused: its users (create, prepareForMany) handle that when they ask
  return made;
}

/**
 * How long reading a large document waits for the clustering worker to start (its code was
 * requested while the document downloaded, or when it arrived): once the page is busy
 * reading, each step of loading a module and starting a worker waits for a slice of that
 * work to end.
 */
const EARLY_START_WAIT_MS = 100;

/** Typing updates the list at once; the map (re-clustering) follows when typing pauses. */
const MAP_UPDATE_DELAY_MS = 250;

/**
 * Owns the finder's map: loads Leaflet and the clustering chunks the first time the map is
 * wanted and visible, feeds it the results and the selection, and removes it with the host.
 */
export class FinderMapController implements ReactiveController {
  private map?: FinderMap;
  private container?: HTMLElement;
  private loading = false;
  /** Leaflet could not be loaded: the element shows its list instead, whatever the view. */
  failed = false;
  private shownResults?: readonly MppLocation[];
  private shownSelection?: string;
  private shownLabels?: string;
  private shownVisitor?: MapPoint;
  private results: readonly MppLocation[] = [];
  private updateTimer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;
  /** Map updates (re-clustering, drawing, revealing) still running. */
  private updatesRunning = 0;
  /** Who waits for the map to settle (`settled()`). */
  private settleWaiters: (() => void)[] = [];

  private selectedId = '';
  private loaded = false;
  /** A large document is downloading: the map's code and worker start once seen (`sync`). */
  private manyExpected = false;
  /**
   * The clustering of the map made or being made; for many locations started before it (its
   * worker boots while the document downloads, and indexes its points as written).
   */
  private index?: Promise<ClusterIndex>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MapOptions,
  ) {
    host.addController(this);
  }

  /**
   * The map area: a size-reserving box until Leaflet has arrived; `skipLink` comes first (the
   * way past the map's zoom buttons and markers).
   */
  render(skipLink: unknown) {
    return html`<div part="map" class="map-area">
      ${this.failed ? '' : skipLink}
      ${
        this.failed
          ? html`<p class="map-note" role="status">
              ${msg('The map could not be loaded; the list still works.', { id: 'finder.map.failed' })}
            </p>`
          : this.map
            ? ''
            : html`<p class="map-note">${msg('Loading the map…', { id: 'finder.map.loading' })}</p>`
      }
      <div
        class="map"
        role="region"
        aria-label=${msg('Map of MPP locations', { id: 'finder.map.label' })}
      ></div>
    </div>`;
  }

  sync({
    wanted,
    visible,
    container,
    loaded,
    manyComing = false,
    results,
    selectedId,
    visitor,
    nearest = [],
  }: MapState): void {
    this.results = results;
    this.selectedId = selectedId;
    this.loaded = loaded;
    // Removed from the page (an update may still run): no map to make, none kept.
    if (!this.host.isConnected) return;
    if (!wanted || !container) {
      this.removeMap();
      return;
    }
    if (this.container && this.container !== container) this.removeMap();
    if (!this.map) {
      // A large document downloading: once the map is seen, its code (Leaflet's included) is
      // requested and the clustering worker started, booting and warming up while the rest
      // downloads. The map itself, with its tiles, waits for the download.
      const early = this.manyExpected && !loaded && !this.index && !this.loading;
      if (visible && early && !this.failed) this.startForMany();
      // Otherwise Leaflet (the largest chunk) is fetched once the list has its data: on a slow
      // line it would share the bandwidth with the data and hold back the list, which comes
      // first. A large document's reading takes longer than Leaflet's download: it starts then.
      if (visible && (loaded || manyComing) && !this.loading && !this.failed) {
        void this.create(container, manyComing);
      }
      return;
    }
    if (!loaded) return;
    const labels = this.labels();
    if (labels.map !== this.shownLabels) {
      this.shownLabels = labels.map;
      this.map.setLabels(labels);
      this.map.setAttribution(this.options.attribution());
    }
    if (visitor && visitor !== this.shownVisitor) {
      this.shownVisitor = visitor;
      this.map.showVisitor(visitor, nearest);
    }
    if (results !== this.shownResults) {
      clearTimeout(this.updateTimer);
      // The first results at once, in a task after the list's rendering (at 100,000 they
      // are a long one together); later ones (typing) when the typing pauses.
      const delay = this.shownResults === undefined ? 0 : MAP_UPDATE_DELAY_MS;
      this.updateTimer = setTimeout(() => this.showResults(), delay);
      this.markBusy();
    } else if (selectedId !== this.shownSelection) {
      this.shownSelection = selectedId;
      this.track(this.map.select(this.indexOf(selectedId), false));
    }
  }

  /**
   * A large document is downloading (told by its size before it has all arrived); `false`: the
   * document changed, and a worker started early for the old one goes.
   */
  expectMany(expected = true): void {
    this.manyExpected = expected;
    if (expected) this.host.requestUpdate();
    else if (!this.map && !this.loading) {
      this.disposeIndex();
      this.index = undefined;
    }
  }

  private startForMany(): void {
    requestMapCodeForMany();
    this.index = newClusterIndex(true);
    void this.index.then(
      (index) => index.warmUp(),
      () => {},
    );
  }

  /**
   * The large document, parsed: the clustering worker starts indexing its points as written
   * while the page checks it. Resolves once the worker runs, or EARLY_START_WAIT_MS later (the
   * list hardly waits for it); at once when there is nothing to start (the map failed, its
   * index holds results already, too few points, a position that is not two numbers).
   */
  prepareForMany(document: unknown): Promise<void> {
    if (this.failed) return Promise.resolve();
    this.index ??= newClusterIndex(true);
    const started = this.index.then((made) => made.preload(document)).catch(() => undefined);
    return Promise.race([
      started,
      new Promise((resolve) => setTimeout(resolve, EARLY_START_WAIT_MS)),
    ]).then(() => undefined);
  }

  /** Brings a location chosen in the list into view on the map. */
  reveal(id: string): void {
    this.shownSelection = id;
    this.selectedId = id;
    if (this.updateTimer !== undefined) {
      // Chosen right after typing, before the map caught up: show those results now, then the
      // choice (else the delayed update would fit the results and move the choice away).
      clearTimeout(this.updateTimer);
      this.showResults(true);
      return;
    }
    if (this.map) this.track(this.map.select(this.indexOf(id), true));
  }

  // Moved in the page (re-parented): the map was removed with the host; make it again.
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.removeMap();
  }

  /** Position of a location among the results the map shows (markers are keyed by it). */
  private indexOf(id: string): number | undefined {
    if (!id) return undefined; // nothing selected: no search through 100,000 results
    const index = (this.shownResults ?? []).findIndex((location) => location.id === id);
    return index < 0 ? undefined : index;
  }

  private labels(): MapLabels {
    const { location, ...wording } = this.options.wording();
    return {
      ...wording,
      location: (index, selected) => {
        const shown = this.shownResults?.[index];
        return shown ? location(shown, selected) : '';
      },
    };
  }

  private showResults(revealSelection = false): void {
    // Shown now: a show still scheduled would be a second one (fitting over `center`/`zoom`).
    clearTimeout(this.updateTimer);
    this.updateTimer = undefined;
    const map = this.map;
    if (!map) {
      this.markBusy();
      return;
    }
    const first = this.shownResults === undefined;
    this.shownResults = this.results;
    this.shownSelection = this.selectedId;
    const selectedIndex = this.indexOf(this.selectedId);
    // The first view honours `center`/`zoom`; later result changes fit the new results.
    this.track(
      map
        .show(this.results, !(first && this.options.initialView().center))
        .then(() =>
          map.select(selectedIndex, (first || revealSelection) && selectedIndex !== undefined),
        ),
    );
  }

  private track(update: Promise<void>): void {
    this.updatesRunning += 1;
    this.markBusy();
    void update.finally(() => {
      this.updatesRunning -= 1;
      this.markBusy();
    });
  }

  /**
   * `aria-busy` on the map region while Leaflet loads, results wait for a pause in typing, or
   * markers are being re-clustered and drawn: assistive technology waits for the map to settle
   * before reading it, and tests can wait for the same settled state.
   */
  private markBusy(): void {
    const busy = this.busy;
    if (busy) this.container?.setAttribute('aria-busy', 'true');
    else {
      this.container?.removeAttribute('aria-busy');
      this.releaseWaiters();
    }
  }

  /** Resolves once the map is not busy (at once when it is not), or has been removed. */
  settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.settleWaiters.push(resolve));
  }

  private releaseWaiters(): void {
    for (const resolve of this.settleWaiters.splice(0)) resolve();
  }

  /** Loading, or an update waiting or drawing: work that can wait lets it go first. */
  private get busy(): boolean {
    return this.loading || this.updateTimer !== undefined || this.updatesRunning > 0;
  }

  private async create(container: HTMLElement, many: boolean): Promise<void> {
    this.loading = true;
    this.container = container;
    this.markBusy();
    let index: ClusterIndex | undefined;
    // Many points coming: the clustering worker's chunks with the index's, not behind them;
    // the index starts the worker at once, booting while Leaflet downloads.
    if (many) requestMapCodeForMany();
    const used = (this.index ??= newClusterIndex(many));
    try {
      const indexReady = used.then((made) => (index = made));
      const [{ FinderMap }] = await Promise.all([import('./finder-map.js'), indexReady]);
      // Leaflet's evaluation, its set-up (with a layout of the page) and the first results:
      // three tasks, not one long one.
      await yieldToMain();
      if (!this.host.isConnected || this.container !== container) {
        index?.dispose();
        return;
      }
      const root = container.getRootNode() as ShadowRoot;
      const { center, zoom } = this.options.initialView();
      const labels = this.labels();
      this.shownLabels = labels.map;
      this.map = new FinderMap(container, root, index!, {
        tileUrl: this.options.tileUrl(),
        attribution: this.options.attribution(),
        center,
        zoom,
        labels,
        onSelect: (index) => {
          const location = this.shownResults?.[index];
          if (location) this.options.onSelect(location);
        },
      });
      this.shownResults = undefined;
      await yieldToMain();
      // Removed meanwhile (removeMap ran): nothing more to set up.
      if (!this.map) return;
      if (this.loaded && this.shownResults === undefined) this.showResults();
      this.resizeObserver = new ResizeObserver(() => this.map?.resize());
      this.resizeObserver.observe(container);
    } catch (error) {
      // Leaflet refused: no map will use an index, made or still coming (nor its worker).
      this.disposeIndex(used);
      if (this.index !== used) this.disposeIndex();
      this.index = undefined;
      this.failed = true;
      this.options.onError(
        new MppError('network', `The map could not be loaded: ${String(error)}`),
      );
    } finally {
      this.loading = false;
      this.markBusy();
      this.host.requestUpdate();
    }
  }

  /** Disposes an index no map holds (`this.index` by default) once it is made. */
  private disposeIndex(index = this.index): void {
    void index?.then(
      (made) => made.dispose(),
      () => {}, // its chunk was refused: nothing was started
    );
  }

  private removeMap(): void {
    // A map's index goes with it (FinderMap.remove); one started for a map not made yet, here.
    if (!this.map) this.disposeIndex();
    this.index = undefined;
    clearTimeout(this.updateTimer);
    this.updateTimer = undefined;
    this.container?.removeAttribute('aria-busy');
    this.releaseWaiters();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.map?.remove();
    this.map = undefined;
    this.container = undefined;
    this.shownResults = undefined;
    this.shownVisitor = undefined;
  }
}
