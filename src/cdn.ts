/**
 * The CDN entry (`dist/cdn/mpp-widgets.js`): a small loader. It watches the page for
 * `mpp-*` tags, now and later, and imports only those elements' chunks, which share one
 * Lit + core chunk. Chunks resolve from this script's own URL, so any host path works.
 *
 * No waterfall: for an element on the page it requests, at once, every chunk the element's code
 * imports (the build writes that list in, scripts/preload-graph.mjs) and the element's data —
 * its `src`, handed over to the element's own first request (core/prefetch.ts), or the chunk of
 * its bundled data. Otherwise each would wait for the one before it: a round trip each.
 */
import { dropPrefetched, prefetchJson } from './core/prefetch.js';

interface ElementChunks {
  /** The element's chunk and all it imports statically, relative to this script. */
  chunks: string[];
  /** The chunks of its bundled default data (used without `src` or inline data). */
  bundled: string[];
}

/** Replaced by the CDN build with the graph as JSON; the sources run unbuilt (demo) have none. */
const embeddedGraph = '__MPP_PRELOAD_GRAPH__';
const preloadGraph: Partial<Record<string, ElementChunks>> = embeddedGraph.startsWith('{')
  ? (JSON.parse(embeddedGraph) as Record<string, ElementChunks>)
  : {};

interface ElementLoader {
  load: () => Promise<unknown>;
  /**
   * The cache mode of the element's first request of its `src`, as it will make it through
   * `fetchJson`; undefined when that request is no JSON request to prefetch.
   */
  firstRequestCache: (element: Element) => RequestCache | undefined;
}

const elementLoaders: Record<string, ElementLoader> = {
  'mpp-queue-badge': {
    load: () => import('./queue-badge/index.js'),
    // The first poll revalidates (shared-feed.ts); an event stream is not fetched but opened.
    // A hidden page does not poll (shared-feed.ts): data fetched now could be shown
    // as fresh long after. The element reads `transport` case-insensitively, unknown as poll.
    firstRequestCache: (badge) => {
      const transport = badge.getAttribute('transport')?.trim().toLowerCase();
      return transport === 'sse' || document.hidden ? undefined : 'no-cache';
    },
  },
  'mpp-service-checklist': {
    load: () => import('./service-checklist/index.js'),
    firstRequestCache: () => 'default',
  },
  'mpp-finder': { load: () => import('./finder/index.js'), firstRequestCache: () => 'default' },
};

/** How long a prefetched document waits for its element once the element's code has run. */
const UNCLAIMED_PREFETCH_MS = 5000;

const requested = new Set<string>();
const preloadedChunks = new Set<string>();

function preloadChunk(file: string): void {
  const href = new URL(file, import.meta.url).href;
  if (preloadedChunks.has(href)) return;
  preloadedChunks.add(href);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

/**
 * Starts what each `tagName` element in `root` will fetch first. Returns the prefetched
 * requests, to forget if no element claims them.
 */
function prefetchData(root: ParentNode, tagName: string, loader: ElementLoader) {
  const prefetched: [url: string, cache: RequestCache][] = [];
  const elements: Element[] = [...root.querySelectorAll(tagName)];
  if (root instanceof Element && root.localName === tagName) elements.push(root);
  for (const element of elements) {
    const src = element.getAttribute('src')?.trim();
    const cache = loader.firstRequestCache(element);
    if (src) {
      const url = fetchableUrl(src);
      if (!url || !cache) continue;
      // Only what this call started is ours to drop: another element type or a second copy
      // of the loader may have started the same request for itself.
      if (prefetchJson(url, cache)) prefetched.push([url, cache]);
    } else if (!element.querySelector('script[type="application/json"]')) {
      // Without inline data (a page with only an inline patch or calendar is left to the
      // element), the element will import its bundled data.
      preloadGraph[tagName]?.bundled.forEach(preloadChunk);
    }
  }
  return prefetched;
}

/**
 * `src` resolved against the page as the elements resolve it, or undefined where the browser
 * would refuse the request (no http(s) address, or `http:` from an `https:` page): the element
 * reports that itself, nothing to start early.
 */
function fetchableUrl(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    const fetchable =
      url.protocol === 'https:' || (url.protocol === 'http:' && location.protocol !== 'https:');
    return fetchable ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser's first `Intl` formatter initialises its locale data (ICU): 40–140 ms on a
 * 2-CPU test machine, several times that on a phone with a 4× slower CPU, once per page (the
 * next one, in either language, takes ~1 ms). Every element formats a number on its first
 * render; made here, while its chunks download and the page waits for them, that time is off
 * the way to the first MPP name or queue number. (The finder makes its own formatter early
 * only for large documents.) It is made in two tasks, the likely subtags and then the
 * formatter (23–40 and 19–42 ms on that machine), so that the page answers input in between.
 */
function warmUpIntl(): void {
  setTimeout(() => {
    new Intl.Locale('id-ID').maximize();
    setTimeout(() => new Intl.NumberFormat('id-ID').format(0));
  });
}

function request(root: ParentNode, tagName: string, loader: ElementLoader): void {
  if (!requested.size) warmUpIntl();
  requested.add(tagName);
  // The data first: the largest download, and over HTTP/1.1 (6 connections a host) the requests
  // made last wait for a free connection.
  const prefetched = prefetchData(root, tagName, loader);
  preloadGraph[tagName]?.chunks.forEach(preloadChunk);
  const dropUnclaimed = () => prefetched.forEach(([url, cache]) => dropPrefetched(url, cache));
  loader.load().then(
    // The elements claim their data in their first update, right after their definition.
    () => setTimeout(dropUnclaimed, UNCLAIMED_PREFETCH_MS),
    (error: unknown) => {
      dropUnclaimed();
      requested.delete(tagName);
      console.warn(`[mpp-widgets] <${tagName}> could not be loaded:`, error);
    },
  );
}

function loadElementsIn(root: ParentNode): void {
  for (const [tagName, loader] of Object.entries(elementLoaders)) {
    if (requested.has(tagName) || customElements.get(tagName)) continue;
    if ((root instanceof Element && root.localName === tagName) || root.querySelector(tagName)) {
      request(root, tagName, loader);
    }
  }
}

function watch(): void {
  loadElementsIn(document);
  if (requested.size === Object.keys(elementLoaders).length) return;
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element) loadElementsIn(node);
      }
    }
    if (requested.size === Object.keys(elementLoaders).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

watch();
