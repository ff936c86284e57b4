/**
 * A worker running `source`, a module's whole code as text (`?worker-source` chunks). A blob:
 * URL is same-origin, so this works when the script comes from a CDN, and the code is exactly
 * what the chunk's integrity (import map) vouched for: a worker importing its code by URL would
 * fetch it unchecked, as import maps do not apply in workers. Strict-CSP pages need
 * `worker-src blob:`; without it this throws (Chromium) or the worker fails to start.
 */
export function startBlobWorker(source: string): Worker {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return new Worker(url);
  } finally {
    // The worker has fetched its script by the time it runs; revoking later is not needed.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
