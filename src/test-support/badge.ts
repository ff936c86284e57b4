import { fixture, html } from '@open-wc/testing';
import type { MppQueueBadge } from '../queue-badge/queue-badge.js';
import '../queue-badge/index.js';
import { until } from './feeds.js';

/** Visible text of an element's shadow root (screen-reader-only text included), whitespace folded. */
export function shadowText(element: Element, selector?: string): string {
  const root = element.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(element: Element, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export interface BadgeOptions {
  src: string;
  lang?: string;
  service?: string;
  format?: string;
  transport?: string;
  variant?: string;
  interval?: string;
  timeout?: string;
}

/** Creates a badge (attributes as a webmaster writes them) and waits for its state. */
export async function badge(options: BadgeOptions, state?: string): Promise<MppQueueBadge> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const element = document.createElement('mpp-queue-badge');
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  container.append(element);
  await element.updateComplete;
  if (state)
    await until(() => element.state === state, 12000, `state ${state} (is ${element.state})`);
  await element.updateComplete;
  return element;
}

/** Resolves with the next event of `type` dispatched on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }),
  );
}
