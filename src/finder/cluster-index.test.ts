import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { answer } from './cluster-answer.js';
import { ClusterIndex, WORKER_THRESHOLD, type BBox, type MapMarker } from './cluster-index.js';

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

describe('ClusterIndex', () => {
  const points = grid(WORKER_THRESHOLD + 500);

  it('started early, indexes in its worker what the main thread would', async () => {
    const index = new ClusterIndex(true);
    const bounds = await index.load(points);
    expect(requests.types.filter((type) => type === 'load')).to.have.length(1);
    expect(bounds).to.deep.equal([
      Math.min(...points.map(({ lon }) => lon)),
      Math.min(...points.map(({ lat }) => lat)),
      Math.max(...points.map(({ lon }) => lon)),
      Math.max(...points.map(({ lat }) => lat)),
    ]);
    const markers = await index.markers(WORLD, 5);
    expect(total(markers)).to.equal(points.length);
    // The same clusters as the same code gives on the main thread.
    const state = {};
    answer(state, { type: 'load', coordinates: flat(points) });
    const here = answer(state, { type: 'markers', bbox: WORLD, zoom: 5 }) as MapMarker[];
    expect(sorted(markers)).to.deep.equal(sorted(here));
    index.dispose();
  });

  it('a load overtaken by fewer points settles, and leaves the fewer points indexed', async () => {
    const index = new ClusterIndex(true);
    const many = index.load(points); // to the worker, which the next load stops meanwhile
    const few = grid(50, 1);
    await index.load(few);
    await many; // waited forever when its stopped worker left it unanswered
    expect(total(await index.markers(WORLD, 5))).to.equal(few.length);
    index.dispose();
  });

  it('answers nothing from the previous points while new ones load in the worker', async () => {
    const index = new ClusterIndex();
    await index.load(grid(50));
    const loading = index.load(points);
    // A pan meanwhile: old positions would be drawn under the new results' keys.
    expect(total(await index.markers(WORLD, 5))).to.equal(0);
    await loading;
    expect(total(await index.markers(WORLD, 5))).to.equal(points.length);
    index.dispose();
  });

  it('started early for few points, stops its worker and indexes here', async () => {
    const index = new ClusterIndex(true);
    const few = grid(50);
    await index.load(few);
    expect(requests.types).to.deep.equal([]);
    expect(total(await index.markers(WORLD, 5))).to.equal(50);
    index.dispose();
  });
});
