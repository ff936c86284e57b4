import { fixture, html } from '@open-wc/testing';
import type { MppQueueBadge } from '../queue-badge/queue-badge.js';
import '../queue-badge/index.js';
import { until } from './feeds.js';

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
