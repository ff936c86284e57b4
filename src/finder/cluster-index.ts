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

/**
 * The clustering of one data set. `load` first, then `markers` for each view. Calls are
 * asynchronous in both modes, so the map does not care which one it got. Strict-CSP pages
 * refusing blob: workers get the index built on the main thread instead.
 */
export class ClusterIndex {
  private readonly state: IndexState = {};
  private worker?: Worker;
  /** The worker being started (its code chunk loading): one start, however many ask. */
  private starting?: Promise<boolean>;
  /** Counts `stopWorker` calls: a start begun before one is not wanted any more. */
  private stops = 0;
  private disposed = false;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (result: ClusterAnswer) => void; reject: (error: Error) => void }
  >();
  /** What the worker indexed ahead of `load` (see `preload`), and when it is done. */
  private preloaded?: { coordinates: Float64Array; done: Promise<unknown> };
  private loads = 0;

  /**
   * `startWorker` starts a worker (its code is a chunk of its own, loaded only when needed).
   * `early`: one already starting, begun when many points were known to come, so that it
   * boots while Leaflet and the data are on their way; used by the first `load` that wants a
   * worker.
   */
  constructor(
    private readonly startWorker: () => Promise<Worker>,
    private early?: Promise<Worker>,
  ) {
    if (early) void this.ensureWorker();
  }

  /**
   * Indexes `coordinates` (`[lon, lat, lon, lat…]`) in the worker ahead of time: the points a
   * document being read will most likely give. A `load` of exactly these points then waits
   * for that index instead of building another; any other `load` builds its own. Nothing
   * happens without a worker (the main thread has better things to do meanwhile).
   */
  async preload(coordinates: Float64Array): Promise<void> {
    const loads = this.loads;
    if (coordinates.length < WORKER_THRESHOLD * 2 || !(await this.ensureWorker())) return;
    if (loads !== this.loads) return; // the real points came first: the worker has them
    const done = this.ask({ type: 'load', coordinates: coordinates.slice() });
    done.catch(() => undefined); // a failure shows in `load`, which then builds its own
    this.preloaded = { coordinates, done };
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
    this.loads += 1;
    const preloaded = this.preloaded;
    this.preloaded = undefined;
    if (this.worker && preloaded && sameCoordinates(preloaded.coordinates, flat)) {
      try {
        await preloaded.done;
        return bounds;
      } catch {
        // the worker failed: as below
      }
    }
    if (points.length >= WORKER_THRESHOLD && (await this.ensureWorker())) {
      try {
        // Sent a copy: the worker may fail and this array be needed here.
        await this.ask({ type: 'load', coordinates: flat.slice() });
        return bounds;
      } catch {
        this.stopWorker(); // blocked (CSP) or crashed: index here instead
      }
    }
    this.stopWorker(); // a smaller set now: a worker would only cost memory
    answer(this.state, { type: 'load', coordinates: flat });
    return bounds;
  }

  markers(bbox: BBox, zoom: number): Promise<MapMarker[]> {
    return this.ask({ type: 'markers', bbox, zoom }) as Promise<MapMarker[]>;
  }

  expansionZoom(clusterId: number): Promise<number> {
    return this.ask({ type: 'expansion-zoom', clusterId }) as Promise<number>;
  }

  zoomToShow(index: number, fromZoom: number): Promise<number> {
    return this.ask({ type: 'zoom-to-show', index, fromZoom }) as Promise<number>;
  }

  dispose(): void {
    this.disposed = true;
    this.stopWorker();
  }

  /** A running worker: started on first need (its code chunk is loaded then). */
  private ensureWorker(): Promise<boolean> {
    if (this.worker) return Promise.resolve(true);
    if (!this.starting) {
      const starting = this.startOwnWorker().finally(() => {
        if (this.starting === starting) this.starting = undefined;
      });
      this.starting = starting;
    }
    return this.starting;
  }

  private async startOwnWorker(): Promise<boolean> {
    const stops = this.stops;
    const starting = this.early ?? this.startWorker();
    this.early = undefined;
    let worker: Worker;
    try {
      worker = await starting;
    } catch {
      return false; // its chunk refused (integrity, network) or workers blocked: index here
    }
    if (this.disposed || stops !== this.stops) {
      worker.terminate();
      return false;
    }
    this.worker = worker;
    worker.onmessage = ({ data }: MessageEvent<{ id: number; result: ClusterAnswer }>) => {
      this.pending.get(data.id)?.resolve(data.result);
      this.pending.delete(data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault(); // handled: we fall back to the main thread
      const error = new Error(event.message || 'The cluster worker failed');
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    return true;
  }

  private stopWorker(): void {
    this.preloaded = undefined;
    this.stops += 1;
    this.starting = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
  }

  private ask(request: ClusterRequest): Promise<ClusterAnswer> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(answer(this.state, request));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      worker.postMessage(
        { id, request },
        request.type === 'load' ? [request.coordinates.buffer] : [],
      );
    });
  }
}

function sameCoordinates(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
