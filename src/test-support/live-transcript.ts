// What a screen reader would hear (shared testing guide): every change of every live region
// on the page — `aria-live`, `role=status`, `role=alert`, in the light DOM and in every shadow
// root, also those created later — with the time it happened.

export interface Heard {
  /** When, by the clock the test gives (driven time). */
  at: number;
  text: string;
  /** The spoken parts (the region's children with a `lang`), else the whole text. */
  parts: string[];
  /** `lang` of each spoken part (the region's children with a `lang`), else the region's. */
  langs: string[];
}

const LIVE = '[aria-live]:not([aria-live=off]), [role=status], [role=alert]';

function regionOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(LIVE) ?? null;
}

/** Starts recording; `stop()` returns the transcript and restores `attachShadow`. */
export function recordLiveRegions(now: () => number) {
  const heard: Heard[] = [];
  const observers: MutationObserver[] = [];
  // Each batch of mutations of a region is one thing heard (new nodes are announced even
  // when their words equal the previous ones); emptying a region says nothing.
  const record = (mutations: MutationRecord[]) => {
    const regions = new Set(mutations.map((m) => regionOf(m.target)).filter((r) => r !== null));
    for (const region of regions) {
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const parts = [...region.querySelectorAll('[lang]')];
      heard.push({
        at: now(),
        text,
        parts: parts.length ? parts.map((part) => (part.textContent ?? '').trim()) : [text],
        langs: parts.length
          ? parts.map((part) => part.getAttribute('lang')!)
          : [region.closest('[lang]')?.getAttribute('lang') ?? ''],
      });
    }
  };
  const observe = (root: Node) => {
    const observer = new MutationObserver(record);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  };
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        observe(element.shadowRoot);
        walk(element.shadowRoot);
      }
    }
  };
  observe(document);
  walk(document);
  const { attachShadow } = Element.prototype;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    observe(root);
    return root;
  };
  return {
    heard,
    /** Delivers pending mutation records now (observers otherwise report in a microtask). */
    flush: () => observers.forEach((observer) => record(observer.takeRecords())),
    stop: () => {
      observers.forEach((observer) => observer.disconnect());
      Element.prototype.attachShadow = attachShadow;
      return heard;
    },
  };
}
