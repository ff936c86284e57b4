'use client';
import { useLayoutEffect, useRef, type RefObject } from 'react';

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
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const listener = (event: HTMLElementEventMap[K]) => latest.current(event);
    target.addEventListener(type, listener);
    return () => target.removeEventListener(type, listener);
  }, [element, type]);
}

/**
 * Lets server-rendered elements start once the app listens to them. Each is rendered with
 * `defer-hydration` (Lit's hydration waits for its removal): otherwise an element upgraded
 * before React hydrates the page could fetch its data and send its first event (a badge's
 * `mpp-queue-update`) before `useMppEvent` is listening. Call it after the `useMppEvent`s.
 */
export function useHydrateWhenListening(...elements: RefObject<HTMLElement | null>[]): void {
  useLayoutEffect(() => {
    for (const element of elements) element.current?.removeAttribute('defer-hydration');
  }, []); // once, after the first render's listeners (the elements stay the same)
}
