// What the tests read from the page: shadow-root text, parts, events.
import type { MppErrorDetail } from '../core/events.js';

/** Visible text of an element's shadow root (screen-reader-only text included), whitespace folded. */
export function shadowText(element: Element, selector?: string): string {
  const root = element.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(element: Element, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Resolves with the next event of `type` dispatched on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }),
  );
}

/** Collects `mpp-error` details dispatched anywhere on the page while `work` runs. */
export async function errorsDuring(work: () => Promise<unknown>): Promise<MppErrorDetail[]> {
  const details: MppErrorDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<MppErrorDetail>).detail);
  document.addEventListener('mpp-error', listener);
  try {
    await work();
  } finally {
    document.removeEventListener('mpp-error', listener);
  }
  return details;
}
