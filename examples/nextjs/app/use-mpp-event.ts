'use client';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Listens to an element's `mpp-*` event. Not React 19's `onmpp-select={…}` prop: on a server
 * rendered page React does not attach those while hydrating (facebook/react#35446), and the
 * server would write the handler's source into the HTML as an attribute.
 */
export function useMppEvent<E extends HTMLElement, K extends keyof HTMLElementEventMap>(
  element: RefObject<E | null>,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const listener = (event: HTMLElementEventMap[K]) => latest.current(event);
    target.addEventListener(type, listener);
    return () => target.removeEventListener(type, listener);
  }, [element, type]);
}
