/**
 * The CDN entry (`dist/cdn/mpp-widgets.js`): a small loader. It watches the page for
 * `mpp-*` tags, now and later, and imports only those elements' chunks, which share one
 * Lit + core chunk. Chunks resolve from this script's own URL, so any host path works.
 */
const elementLoaders: Record<string, () => Promise<unknown>> = {
  'mpp-queue-badge': () => import('./queue-badge/index.js'),
  'mpp-service-checklist': () => import('./service-checklist/index.js'),
  'mpp-finder': () => import('./finder/index.js'),
};

const requested = new Set<string>();

function loadElementsIn(root: ParentNode): void {
  for (const [tagName, load] of Object.entries(elementLoaders)) {
    if (requested.has(tagName) || customElements.get(tagName)) continue;
    if (root instanceof Element && root.localName === tagName) {
      requested.add(tagName);
    } else if (root.querySelector(tagName)) {
      requested.add(tagName);
    } else {
      continue;
    }
    load().catch((error: unknown) => {
      requested.delete(tagName);
      console.warn(`[mpp-widgets] <${tagName}> could not be loaded:`, error);
    });
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
