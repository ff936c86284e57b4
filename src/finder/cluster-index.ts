// Clustering with supercluster, on the main thread for ordinary data sets and in a worker
// for large ones. This module is its own chunk (imported dynamically by the map) and must
// stay free of DOM and Lit imports: the worker imports it by URL.
import Supercluster, { type PointFeature } from 'supercluster';

/** A marker to draw: a single location (`index` into the loaded points) or a cluster. */
export type MapMarker =
  | { kind: 'point'; index: number; lon: number; lat: number }
  | { kind: 'cluster'; clusterId: number; count: number; lon: number; lat: number };

export type BBox = [west: number, south: number, east: number, north: number];

/** Above this many points the index is built in a worker, so no main-thread task is long. */
export const WORKER_THRESHOLD = 5000;

/** Beyond this zoom every location is drawn on its own. */
export const MAX_CLUSTER_ZOOM = 16;

type ClusterRequest =
  | { type: 'load'; coordinates: Float64Array }
  | { type: 'markers'; bbox: BBox; zoom: number }
  | { type: 'expansion-zoom'; clusterId: number }
  | { type: 'zoom-to-show'; index: number; fromZoom: number };

type ClusterAnswer = MapMarker[] | number | null;

type IndexedPoint = PointFeature<{ index: number }>;

interface IndexState {
  index?: Supercluster<{ index: number }>;
  points?: IndexedPoint[];
}

/** Answers one request against `state`; the same code runs in the worker and on the main thread. */
function answer(state: IndexState, request: ClusterRequest): ClusterAnswer {
  if (request.type === 'load') {
    const { coordinates } = request;
    const points: IndexedPoint[] = [];
    for (let i = 0; i < coordinates.length / 2; i++) {
      points.push({
        type: 'Feature',
        properties: { index: i },
        geometry: { type: 'Point', coordinates: [coordinates[2 * i], coordinates[2 * i + 1]] },
      });
    }
    state.index = new Supercluster<{ index: number }>({
      radius: 60,
      maxZoom: MAX_CLUSTER_ZOOM,
    }).load(points);
    state.points = points;
    return null;
  }
  const index = state.index;
  if (!index) return null;
  if (request.type === 'markers') {
    return index.getClusters(request.bbox, request.zoom).map((feature): MapMarker => {
      const [lon, lat] = feature.geometry.coordinates;
      const { properties } = feature;
      return 'cluster' in properties && properties.cluster
        ? {
            kind: 'cluster',
            clusterId: properties.cluster_id,
            count: properties.point_count,
            lon,
            lat,
          }
        : { kind: 'point', index: (properties as { index: number }).index, lon, lat };
    });
  }
  if (request.type === 'expansion-zoom') return index.getClusterExpansionZoom(request.clusterId);
  // The smallest zoom at which the point is drawn on its own (not inside a cluster).
  const point = state.points?.[request.index];
  if (!point) return null;
  const [lon, lat] = point.geometry.coordinates;
  const near: BBox = [lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6];
  for (let zoom = request.fromZoom; zoom <= MAX_CLUSTER_ZOOM; zoom++) {
    const alone = index
      .getClusters(near, zoom)
      .some(
        (feature) =>
          !('cluster' in feature.properties) && feature.properties.index === request.index,
      );
    if (alone) return zoom;
  }
  return MAX_CLUSTER_ZOOM + 1;
}

/** Runs inside the worker (see `startWorker`). */
export function serveClusterRequests(scope: {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}): void {
  const state: IndexState = {};
  scope.onmessage = ({ data }: MessageEvent<{ id: number; request: ClusterRequest }>) => {
    scope.postMessage({ id: data.id, result: answer(state, data.request) });
  };
}

// A module worker from a Blob that imports this chunk by its absolute URL: it works when the
// script comes from a CDN (a worker URL must be same-origin; a blob: URL is, and the import
// inside it is an ordinary CORS module load). Strict-CSP pages need `worker-src blob:`;
// without it the worker fails and the index is built on the main thread instead.
function startWorker(): Worker {
  const source = `import { serveClusterRequests } from ${JSON.stringify(import.meta.url)};\nserveClusterRequests(self);`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return new Worker(url, { type: 'module' });
  } finally {
    // The worker has fetched its script by the time it runs; revoking later is not needed.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * The clustering of one data set. `load` first, then `markers` for each view. Calls are
 * asynchronous in both modes, so the map does not care which one it got.
 */
export class ClusterIndex {
  private readonly state: IndexState = {};
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (result: ClusterAnswer) => void; reject: (error: Error) => void }
  >();

  async load(points: readonly { lon: number; lat: number }[]): Promise<void> {
    // A flat array is cheap to hand to the worker (transferred, not copied).
    const coordinates = () => {
      const flat = new Float64Array(points.length * 2);
      points.forEach(({ lon, lat }, i) => {
        flat[2 * i] = lon;
        flat[2 * i + 1] = lat;
      });
      return flat;
    };
    if (points.length >= WORKER_THRESHOLD && (this.worker || this.startWorker())) {
      try {
        await this.ask({ type: 'load', coordinates: coordinates() });
        return;
      } catch {
        this.stopWorker(); // blocked (CSP) or crashed: index here instead
      }
    }
    this.stopWorker(); // a smaller set now: a worker would only cost memory
    answer(this.state, { type: 'load', coordinates: coordinates() });
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
    this.stopWorker();
  }

  private startWorker(): boolean {
    try {
      this.worker = startWorker();
    } catch {
      return false;
    }
    this.worker.onmessage = ({ data }: MessageEvent<{ id: number; result: ClusterAnswer }>) => {
      this.pending.get(data.id)?.resolve(data.result);
      this.pending.delete(data.id);
    };
    this.worker.onerror = (event) => {
      event.preventDefault(); // handled: we fall back to the main thread
      const error = new Error(event.message || 'The cluster worker failed');
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    return true;
  }

  private stopWorker(): void {
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
