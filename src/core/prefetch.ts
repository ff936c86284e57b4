// Data requests the CDN loader starts while an element's code is still on its way, handed over
// to the element's first `fetchJson` of the same document. Without it the data would wait for
// the loader, then the element's chunks, then the element's first update: one round trip more
// for every step. The store lives on `globalThis` under a registered symbol, so the loader
// (one file) and the elements (other chunks, or a second copy of the loader) find the same one.

/** The request `fetchJson` makes; one definition, so a prefetch is exactly that request. */
export function jsonRequestInit(cache: RequestCache, signal?: AbortSignal): RequestInit {
  return {
    // Accept is a CORS-safelisted header: a cross-origin feed needs no preflight.
    headers: { Accept: 'application/json' },
    cache,
    signal,
    // Another origin learns the page's origin, never its path and query (whatever the page's
    // own policy says).
    referrerPolicy: 'strict-origin-when-cross-origin',
  };
}

interface PrefetchedRequest {
  response: Promise<Response>;
  controller: AbortController;
}

const STORE_KEY = Symbol.for('mpp-widgets.prefetched-json');

const global = globalThis as { [STORE_KEY]?: Map<string, PrefetchedRequest> };

/** Made by the first prefetch: a page without the CDN loader gets no global at all. */
const store = (): Map<string, PrefetchedRequest> => (global[STORE_KEY] ??= new Map());
const existingStore = (): Map<string, PrefetchedRequest> | undefined => global[STORE_KEY];

/** Same URL asked with another cache mode is another request (a feed's poll revalidates). */
const keyOf = (url: string, cache: RequestCache) => `${cache} ${url}`;

/**
 * Starts the request `fetchJson(url, { cache })` will make, unless it is already under way.
 * Returns whether this call started it.
 */
export function prefetchJson(url: string, cache: RequestCache): boolean {
  const key = keyOf(url, cache);
  if (store().has(key)) return false;
  const controller = new AbortController();
  const response = fetch(url, jsonRequestInit(cache, controller.signal));
  // A failure is the claimant's to report (with its diagnosis); unclaimed, it is nobody's.
  response.catch(() => undefined);
  store().set(key, { response, controller });
  return true;
}

/** Forgets a request nobody claimed (the element went another way) and stops its download. */
export function dropPrefetched(url: string, cache: RequestCache): void {
  const key = keyOf(url, cache);
  const entry = existingStore()?.get(key);
  if (!entry) return;
  existingStore()?.delete(key);
  entry.controller.abort();
}

/**
 * The response of a prefetch of (`url`, `cache`), taken out of the store (used once), or
 * undefined when there is none. From now on `signal` (the claimant's timeout or abort) stops it.
 */
export function claimPrefetched(
  url: string,
  cache: RequestCache,
  signal: AbortSignal,
): Promise<Response> | undefined {
  const key = keyOf(url, cache);
  const entry = existingStore()?.get(key);
  if (!entry) return undefined;
  existingStore()?.delete(key);
  if (signal.aborted) entry.controller.abort();
  else signal.addEventListener('abort', () => entry.controller.abort(), { once: true });
  return entry.response;
}
