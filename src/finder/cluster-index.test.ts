import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { ClusterIndex, WORKER_THRESHOLD, type BBox, type MapMarker } from './cluster-index.js';

const startWorker = () =>
  Promise.all([import('./cluster-worker-source.js'), import('./blob-worker.js')]).then(
    ([{ default: source }, { startBlobWorker }]) => startBlobWorker(source),
  );

/** The `type` of every request the page sends to a worker, wrapped in the test. */
function watchRequests() {
  const original = Worker.prototype.postMessage;
  const types: string[] = [];
  const send = original as (this: Worker, message: unknown, transfer?: unknown) => void;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: unknown) {
    types.push((message as { request?: { type: string } }).request?.type ?? '?');
    send.call(this, message, transfer);
  } as Worker['postMessage'];
  return { types, restore: () => (Worker.prototype.postMessage = original) };
}

const grid = (count: number, shift = 0) =>
  Array.from({ length: count }, (_, i) => ({
    lon: 95 + ((i * 7) % 4600) / 100 + shift,
    lat: -11 + ((i * 13) % 1700) / 100,
  }));
const flat = (points: { lon: number; lat: number }[]) =>
  Float64Array.from(points.flatMap(({ lon, lat }) => [lon, lat]));
const WORLD: BBox = [-180, -85, 180, 85];
const total = (markers: MapMarker[]) =>
  markers.reduce((sum, marker) => sum + (marker.kind === 'cluster' ? marker.count : 1), 0);
const sorted = (markers: MapMarker[]) =>
  markers.map((marker) => `${marker.kind} ${marker.lon} ${marker.lat}`).sort();

let requests: ReturnType<typeof watchRequests>;
beforeEach(() => (requests = watchRequests()));
afterEach(() => requests.restore());

describe('ClusterIndex ahead of time (preload)', () => {
  const points = grid(WORKER_THRESHOLD + 500);

  it('does not index again when the points loaded are those preloaded', async () => {
    const index = new ClusterIndex(startWorker, startWorker());
    await index.preload(flat(points));
    const bounds = await index.load(points);
    const markers = await index.markers(WORLD, 5);
    expect(requests.types.filter((type) => type === 'load')).to.have.length(1);
    expect(total(markers)).to.equal(points.length);
    expect(bounds).to.deep.equal([
      Math.min(...points.map(({ lon }) => lon)),
      Math.min(...points.map(({ lat }) => lat)),
      Math.max(...points.map(({ lon }) => lon)),
      Math.max(...points.map(({ lat }) => lat)),
    ]);
    // The same clusters as an index built the ordinary way.
    const fresh = new ClusterIndex(startWorker);
    await fresh.load(points);
    expect(sorted(markers)).to.deep.equal(sorted(await fresh.markers(WORLD, 5)));
    index.dispose();
    fresh.dispose();
  });

  it('indexes the points loaded when they differ from those preloaded', async () => {
    const index = new ClusterIndex(startWorker, startWorker());
    await index.preload(flat(points));
    const moved = grid(WORKER_THRESHOLD + 400, 0.5);
    await index.load(moved);
    expect(requests.types.filter((type) => type === 'load')).to.have.length(2);
    const markers = await index.markers(WORLD, 5);
    expect(total(markers)).to.equal(moved.length);
    const fresh = new ClusterIndex(startWorker);
    await fresh.load(moved);
    expect(sorted(markers)).to.deep.equal(sorted(await fresh.markers(WORLD, 5)));
    index.dispose();
    fresh.dispose();
  });

  it('drops a preload that the real points overtook', async () => {
    const index = new ClusterIndex(startWorker, startWorker());
    const preloading = index.preload(flat(points)); // still waiting for the worker
    const moved = grid(WORKER_THRESHOLD + 300, 1);
    await Promise.all([index.load(moved), preloading]);
    expect(requests.types.filter((type) => type === 'load')).to.have.length(1);
    expect(total(await index.markers(WORLD, 5))).to.equal(moved.length);
    index.dispose();
  });

  it('preloads nothing for a set small enough for the main thread', async () => {
    const index = new ClusterIndex(startWorker);
    const few = grid(50);
    await index.preload(flat(few));
    await index.load(few);
    expect(requests.types).to.deep.equal([]);
    expect(total(await index.markers(WORLD, 5))).to.equal(50);
    index.dispose();
  });
});
