// The workers' code (`?worker-source` chunks) loads in a worker's global scope: no `document`,
// no `HTMLElement`. A module of theirs that imports Lit (even for `isServer`) would bundle
// Lit's elements, which throw there; the finder would then quietly read large documents on
// the main thread, as if the page refused workers. Each worker's bundle is run here in a
// context holding only what a worker has that its code uses at load.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { bundleWorkerSource } from './worker-source.mjs';

const WORKERS = ['src/finder/locations-worker.ts', 'src/finder/cluster-worker.ts'];

for (const file of WORKERS) {
  test(`${file} loads in a worker's scope (no DOM)`, async () => {
    const { module } = await bundleWorkerSource(file);
    const source = JSON.parse(module.slice('export default '.length, -1));
    const listeners = [];
    const self = {
      postMessage() {},
      addEventListener: (type) => listeners.push(type),
      set onmessage(handler) {
        listeners.push(handler && 'message');
      },
    };
    assert.doesNotThrow(() => runInNewContext(source, { self, console, setTimeout }));
    assert.ok(listeners.includes('message'), 'the worker listens for its requests');
  });
}
