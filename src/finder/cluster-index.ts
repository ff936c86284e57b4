// Clustering with supercluster, on the main thread for ordinary data sets and in a worker
// for large ones. This module is its own chunk (imported dynamically by the map); the
// worker's code is another chunk, loaded only when a worker is needed.
import {
  answer,
  type BBox,
  type ClusterAnswer,
  type ClusterRequest,
  type IndexState,
  type MapMarker,
} from './cluster-answer.js';

export type { BBox, MapMarker } from './cluster-answer.js';

/** Above this many points the index is built in a worker, so no main-thread task is long. */
export const WORKER_THRESHOLD = 5000;

/** The worker's side, from the chunk with its code (blob-worker is requested alongside). */
type Client = import('./cluster-worker-source.js').ClusterWorkerClient;

/**
 * The clustering of one data set. `load` first, then `markers` for each view. Calls are
 * asynchronous in both modes, so the map does not care which one it got. Strict-CSP pages
 * refusing blob: workers get the index built on the main thread instead.
 */
export class ClusterIndex {
  private readonly state: IndexState = {};
  /** The worker's client once one is wanted: its chunk and start (undefined: refused). */
  private client?: Promise<Client | undefined>;
  /** The client holding the current index, and its points; none: the index is here. */
  private active?: Client;
  private activePoints?: Float64Array;
  private disposed = false;
  /** Counts loads: a load overtaken by a newer one leaves the index to it. */
  private loads = 0;
  /** Points indexed ahead of `load` (`preload`): by which worker, and whether it took them. */
  private early?: {
    flat: Float64Array;
    client: Promise<Client | undefined>;
    loaded: Promise<boolean>;
  };

  /**
   * `early`: many points are coming (a large document is downloading): the worker starts
   * now, booting while Leaflet and the data are on their way.
   */
  constructor(early = false) {
    if (early) void this.workerClient();
  }

  /**
   * Starts indexing a locations document's points as written while the page checks it: when
   * the checked results are the same points in the same order (a valid document, nothing
   * filtered), `load` finds them indexed, or well on the way, in the worker. Resolves once
   * the worker runs (or could not be started); at once for fewer than WORKER_THRESHOLD
   * points or a position that is not two numbers (nothing preloaded), and once this index
   * has been loaded (its worker's index serves the results shown: a preload would replace it).
   */
  async preload(document: unknown): Promise<void> {
    if (this.loads || this.disposed) return;
    const flat = pointsAsWritten(document);
    if (!flat || flat.length / 2 < WORKER_THRESHOLD) return;
    const client = this.workerClient();
    this.early = { flat, client, loaded: client.then((started) => started?.load(flat) ?? false) };
    await (
      await client
    )?.started;
  }

  /**
   * Runs the clustering once on made-up points in the worker, so that `load` finds its code
   * compiled: for a worker started while the document downloads.
   */
  warmUp(): void {
    void this.client?.then((client) => client?.ask({ type: 'warm-up' }).catch(() => undefined));
  }

  /** Indexes `points`; resolves with their bounding box (undefined: no points). */
  async load(points: readonly { lon: number; lat: number }[]): Promise<BBox | undefined> {
    // A flat array is cheap to hand to the worker (transferred, not copied). The bounds come
    // from the same pass: at 100,000 locations each pass over them costs milliseconds.
    const flat = new Float64Array(points.length * 2);
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < points.length; i++) {
      const { lon, lat } = points[i];
      flat[2 * i] = lon;
      flat[2 * i + 1] = lat;
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    const bounds: BBox | undefined = points.length ? [west, south, east, north] : undefined;
    const load = ++this.loads;
    this.active = undefined;
    const early = this.early;
    this.early = undefined;
    if (points.length >= WORKER_THRESHOLD) {
      // Until the worker has these points nothing is answered from the set before them (a
      // pan meanwhile would draw old positions under the new results' keys).
      answer(this.state, { type: 'load', coordinates: new Float64Array(0) });
      // The same points as preloaded, into the same worker: that index serves.
      const reuse = !!early && early.client === this.client && sameNumbers(early.flat, flat);
      const client = await this.workerClient();
      const loaded = client ? await (reuse ? early!.loaded : client.load(flat)) : false;
      // Overtaken (newer results, or removed): the newer load decides what is indexed where.
      if (load !== this.loads || this.disposed) return bounds;
      if (loaded) {
        this.active = client;
        this.activePoints = flat;
        return bounds;
      }
    }
    // A smaller set (a worker would only cost memory), or the worker failed: indexed here.
    this.stopWorker();
    answer(this.state, { type: 'load', coordinates: flat });
    return bounds;
  }

  markers(bbox: BBox, zoom: number): Promise<MapMarker[]> {
    return this.ask({ type: 'markers', bbox, zoom }) as Promise<MapMarker[]>;
  }

  /** The zoom at which a cluster opens; null for a cluster of earlier points. */
  expansionZoom(clusterId: number): Promise<number | null> {
    return this.ask({ type: 'expansion-zoom', clusterId }) as Promise<number | null>;
  }

  zoomToShow(index: number, fromZoom: number): Promise<number> {
    return this.ask({ type: 'zoom-to-show', index, fromZoom }) as Promise<number>;
  }

  dispose(): void {
    this.disposed = true;
    this.stopWorker();
  }

  /** The worker's client, started on first need; undefined where workers are refused. */
  private workerClient(): Promise<Client | undefined> {
    if (!this.client) {
      const starting: Promise<Client | undefined> = Promise.all([
        import('./cluster-worker-source.js'),
        import('./blob-worker.js'),
      ])
        // Stopped or disposed meanwhile: not wanted any more.
        .then(([{ ClusterWorkerClient }]) =>
          this.client === starting && !this.disposed ? new ClusterWorkerClient() : undefined,
        )
        // Its chunk refused (integrity, network) or workers blocked (CSP): index here.
        .catch(() => undefined);
      this.client = starting;
    }
    return this.client;
  }

  private stopWorker(): void {
    const client = this.client;
    this.client = undefined;
    this.active = undefined;
    this.activePoints = undefined;
    void client?.then((started) => started?.terminate());
  }

  private ask(request: ClusterRequest): Promise<ClusterAnswer> {
    const client = this.active;
    if (!client) return Promise.resolve(answer(this.state, request));
    return client.ask(request).catch(() => {
      // The worker holding the index failed (it crashed, or ran out of memory): its points
      // are indexed here, and the map goes on. Asked of a worker stopped meanwhile for newer
      // results: answered here too (the map ignores answers about results it no longer shows).
      if (client === this.active) {
        const points = this.activePoints!;
        this.stopWorker();
        answer(this.state, { type: 'load', coordinates: points });
      }
      return answer(this.state, request);
    });
  }
}

const sameNumbers = (a: Float64Array, b: Float64Array) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * The points of a locations document as written, `[lon, lat, …]`, before it is checked;
 * undefined unless every feature has a pair of numbers.
 */
function pointsAsWritten(document: unknown): Float64Array | undefined {
  const features = (document as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return undefined;
  const flat = new Float64Array(features.length * 2);
  for (let i = 0; i < features.length; i++) {
    const position = (features[i] as { geometry?: { coordinates?: unknown } } | null)?.geometry
      ?.coordinates;
    if (!Array.isArray(position)) return undefined;
    const [lon, lat] = position as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
    flat[2 * i] = lon;
    flat[2 * i + 1] = lat;
  }
  return flat;
}
