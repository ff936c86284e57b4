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

// Strict-CSP pages refusing blob: workers get the index built on the main thread instead. The
// worker's code and its starter (shared with the locations worker) come only when needed.
async function startWorker(): Promise<Worker> {
  const [{ default: source }, { startBlobWorker }] = await Promise.all([
    import('./cluster-worker-source.js'),
    import('./blob-worker.js'),
  ]);
  return startBlobWorker(source);
}

/**
 * The clustering of one data set. `load` first, then `markers` for each view. Calls are
 * asynchronous in both modes, so the map does not care which one it got.
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

  /**
   * Starts the worker now, before `load`: when many points are coming (a large document is
   * being read), its code downloads and starts while Leaflet and the data are on their way.
   */
  prepareForMany(): void {
    void this.ensureWorker();
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
    let worker: Worker;
    try {
      worker = await startWorker();
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
