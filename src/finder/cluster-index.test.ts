import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { answer } from './cluster-answer.js';
import { ClusterIndex, WORKER_THRESHOLD, type BBox, type MapMarker } from './cluster-index.js';

/** The `type` of every request the page sends to a worker, and the workers, wrapped in the test. */
function watchRequests() {
  const original = Worker.prototype.postMessage;
  const types: string[] = [];
  const workers = new Set<Worker>();
  const send = original as (this: Worker, message: unknown, transfer?: unknown) => void;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: unknown) {
    types.push((message as { request?: { type: string } }).request?.type ?? '?');
    workers.add(this);
    send.call(this, message, transfer);
  } as Worker['postMessage'];
  return { types, workers, restore: () => (Worker.prototype.postMessage = original) };
}

const grid = (count: number, shift = 0) =>
  Array.from({ length: count }, (_, i) => ({
    lon: 95 + ((i * 7) % 4600) / 100 + shift,
    lat: -11 + ((i * 13) % 1700) / 100,
  }));
const flat = (points: { lon: number; lat: number }[]) =>
  Float64Array.from(points.flatMap(({ lon, lat }) => [lon, lat]));
const WORLD: BBox = [-180, -85, 180, 85];
/** A locations document with `points`, as a page reads it before checking it. */
const documentOf = (points: { lon: number; lat: number }[]) => ({
  type: 'FeatureCollection',
  features: points.map(({ lon, lat }, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id: `mpp-${i}`, name: `MPP ${i}` },
  })),
});
const loadsSent = () => requests.types.filter((type) => type === 'load').length;
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

  it('preloaded from the document, indexes the checked points once', async () => {
    const index = new ClusterIndex(true);
    await index.preload(documentOf(points));
    expect(loadsSent()).to.equal(1); // the worker has the points before they are checked
    await index.load(points);
    expect(loadsSent()).to.equal(1);
    expect(total(await index.markers(WORLD, 5))).to.equal(points.length);
    index.dispose();
  });

  it('preloaded, indexes again when the checked points differ (a patch moved one)', async () => {
    const index = new ClusterIndex(true);
    await index.preload(documentOf(points));
    const moved = points.map((point, i) => (i === 0 ? { lon: 140.7, lat: -2.5 } : point));
    await index.load(moved);
    expect(loadsSent()).to.equal(2);
    // Jayapura, far from the grid: the moved point alone, where the patch put it.
    const there = await index.markers([140, -3, 141, -2], 16);
    expect(there.map(({ kind }) => kind)).to.deep.equal(['point']);
    // Back from the index's projection: equal to within rounding.
    expect(there[0].lon).to.be.closeTo(140.7, 1e-9);
    expect(there[0].lat).to.be.closeTo(-2.5, 1e-9);
    index.dispose();
  });

  it('warmed up, indexes only the points it is given', async () => {
    const index = new ClusterIndex(true);
    index.warmUp();
    await index.load(points);
    expect(requests.types.slice(0, 2)).to.deep.equal(['warm-up', 'load']);
    expect(total(await index.markers(WORLD, 5))).to.equal(points.length);
    index.dispose();
  });

  it('once loaded, ignores a preload: the points it shows stay indexed', async () => {
    const index = new ClusterIndex(true);
    await index.load(points);
    // Another document's points (far east) must not replace those the map shows.
    await index.preload(documentOf(grid(WORKER_THRESHOLD, 20)));
    expect(loadsSent()).to.equal(1);
    expect(total(await index.markers(WORLD, 5))).to.equal(points.length);
    expect(await index.markers([142, -85, 180, 85], 16)).to.deep.equal([]);
    index.dispose();
  });

  it('does not preload a document with a position that is not two numbers', async () => {
    const index = new ClusterIndex(true);
    const document = documentOf(points);
    (document.features[7].geometry as { coordinates: unknown }).coordinates = ['106.8', -6.2];
    await index.preload(document);
    await index.preload({ type: 'FeatureCollection', features: 'none' });
    await index.preload(null);
    expect(loadsSent()).to.equal(0);
    await index.load(points);
    expect(total(await index.markers(WORLD, 5))).to.equal(points.length);
    index.dispose();
  });

  it('answers no expansion zoom for a cluster it does not hold, and goes on', async () => {
    // The id of a zoom-3 cluster past the tree's end: a cluster drawn from earlier points.
    const staleId = points.length + 1_000_000 * 32 + 3;
    for (const [set, where] of [
      [points, 'in the worker'],
      [grid(50), 'here'],
    ] as const) {
      const index = new ClusterIndex(true);
      await index.load(set);
      const asked = requests.types.length;
      expect(await index.expansionZoom(staleId), where).to.equal(null);
      expect(total(await index.markers(WORLD, 5)), where).to.equal(set.length);
      // In the worker: still answered there (not taken for a crash and indexed again here).
      const sent = set === points ? ['expansion-zoom', 'markers'] : [];
      expect(requests.types.slice(asked), where).to.deep.equal(sent);
      index.dispose();
    }
  });

  it('goes on from the main thread when the worker holding the index fails', async () => {
    const index = new ClusterIndex(true);
    await index.load(points);
    const [worker] = requests.workers;
    // A question supercluster throws on (no bounding box), asked of the worker directly: its
    // error event is how a crash (or running out of memory) reaches the page.
    const failed = new Promise((resolve) => worker.addEventListener('error', resolve));
    worker.postMessage({ id: -1, request: { type: 'markers', bbox: null, zoom: 5 } });
    await failed;
    const asked = requests.types.length;
    expect(total(await index.markers(WORLD, 5))).to.equal(points.length);
    expect(await index.zoomToShow(0, 5)).to.be.a('number');
    expect(requests.types.slice(asked), 'nothing more asked of the failed worker').to.deep.equal(
      [],
    );
    index.dispose();
  });
});
