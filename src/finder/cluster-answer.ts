// The clustering itself (supercluster), as plain requests and answers: the same code answers
// on the main thread (cluster-index.ts) and inside the worker (cluster-worker.ts). It must stay
// free of DOM and Lit imports: it is bundled into the worker's own code.
import Supercluster, { type PointFeature } from 'supercluster';

/** A marker to draw: a single location (`index` into the loaded points) or a cluster. */
export type MapMarker =
  | { kind: 'point'; index: number; lon: number; lat: number }
  | { kind: 'cluster'; clusterId: number; count: number; lon: number; lat: number };

export type BBox = [west: number, south: number, east: number, north: number];

/** Beyond this zoom every location is drawn on its own. */
export const MAX_CLUSTER_ZOOM = 16;

export type ClusterRequest =
  | { type: 'load'; coordinates: Float64Array }
  | { type: 'markers'; bbox: BBox; zoom: number }
  | { type: 'expansion-zoom'; clusterId: number }
  | { type: 'zoom-to-show'; index: number; fromZoom: number };

/** What a worker answers: the requests above, and a warm-up (`warmUp`). */
export type WorkerRequest = ClusterRequest | { type: 'warm-up' };

export type ClusterAnswer = MapMarker[] | number | null;

type IndexedPoint = PointFeature<{ index: number }>;

export interface IndexState {
  index?: Supercluster<{ index: number }>;
  points?: IndexedPoint[];
}

/** Answers one request against `state`; the same code runs in the worker and on the main thread. */
export function answer(state: IndexState, request: ClusterRequest): ClusterAnswer {
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
  if (request.type === 'expansion-zoom') {
    // A cluster drawn from earlier points (pressed while new ones load) is not in this index:
    // no answer, not a failure (in the worker a throw would count as a crash).
    try {
      return index.getClusterExpansionZoom(request.clusterId);
    } catch {
      return null;
    }
  }
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

/** Runs inside the worker (cluster-worker.ts). */
export function serveClusterRequests(scope: {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}): void {
  const state: IndexState = {};
  scope.onmessage = ({
    data: { id, request },
  }: MessageEvent<{ id: number; request: WorkerRequest }>) => {
    scope.postMessage({
      id,
      result: request.type === 'warm-up' ? warmUp() : answer(state, request),
    });
  };
  scope.postMessage({}); // started: the page may get busy now (ClusterWorkerClient.started)
}

/** How many made-up points `warmUp` clusters: 20–60 ms of the worker's time. */
const WARM_UP_POINTS = 2000;

/**
 * Clusters made-up points once, for a worker started while its document downloads (it has the
 * time to spare then, not once the points wait). A new worker runs supercluster's code cold
 * (interpreted at first): its first index of 10,000 points took ~115 ms, a second one ~60;
 * after 2,000 made-up points ~50.
 */
function warmUp(): null {
  const coordinates = new Float64Array(WARM_UP_POINTS * 2);
  for (let i = 0; i < WARM_UP_POINTS; i++) {
    // Spread over Indonesia's extent, so that every zoom has clusters to make, as real data.
    coordinates[2 * i] = 95 + ((i * 0.618034) % 1) * 46;
    coordinates[2 * i + 1] = -11 + ((i * 0.754878) % 1) * 17;
  }
  answer({}, { type: 'load', coordinates });
  return null;
}
