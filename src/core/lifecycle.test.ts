import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import {
  configureFeed,
  feedStats,
  feedUrl,
  sleep,
  uniqueFeedName,
  until,
} from '../test-support/feeds.js';
import { testCatalog } from '../test-support/catalogs.js';
import { LOCAL_TILES, threeZones } from '../test-support/finder.js';
import { cianjurFeed } from '../test-support/queue-documents.js';
import '../finder/index.js';
import '../queue-badge/index.js';
import '../service-checklist/index.js';
import { defineElement } from './define-element.js';

/**
 * Counts what an element could leave behind on the page — live timers, and listeners on
 * `window` and `document` — by wrapping those functions in the test (not in the library).
 */
function trackLeftovers() {
  const timers = new Set<unknown>();
  const listeners = new Map<string, number>();
  const originalTimers = { setTimeout, clearTimeout, setInterval, clearInterval };
  const track = <T extends (...args: never[]) => unknown>(create: T, once: boolean) =>
    ((...args: Parameters<T>) => {
      const [callback, ...rest] = args as unknown as [(...a: unknown[]) => void, ...unknown[]];
      const id = (create as unknown as (...a: unknown[]) => unknown)(
        (...callbackArgs: unknown[]) => {
          if (once) timers.delete(id);
          callback(...callbackArgs);
        },
        ...rest,
      );
      timers.add(id);
      return id;
    }) as unknown as T;
  const untrack = <T extends (id?: number) => void>(clear: T) =>
    ((id?: number) => {
      timers.delete(id);
      clear(id);
    }) as T;
  window.setTimeout = track(originalTimers.setTimeout, true);
  window.setInterval = track(originalTimers.setInterval, false);
  window.clearTimeout = untrack(originalTimers.clearTimeout);
  window.clearInterval = untrack(originalTimers.clearInterval);
  const restoreListeners = [window, document].map((target) => {
    const { addEventListener, removeEventListener } = target;
    const name = target === window ? 'window' : 'document';
    target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) + 1);
      return (addEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof addEventListener;
    target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) - 1);
      return (removeEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof removeEventListener;
    return () => Object.assign(target, { addEventListener, removeEventListener });
  });
  return {
    snapshot: () => ({
      timers: timers.size,
      listeners: Object.fromEntries([...listeners].filter(([, count]) => count !== 0)),
    }),
    restore: () => {
      Object.assign(window, originalTimers);
      restoreListeners.forEach((restore) => restore());
    },
  };
}

/** Creates, connects, renders and removes `tag` `count` times; the first one warms up. */
async function cycle(
  tag: string,
  attributes: Record<string, string>,
  count: number,
  { inline, ready }: { inline?: string; ready?: (element: HTMLElement) => boolean } = {},
) {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const create = (i: number) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('lang', i % 2 ? 'en' : 'id');
    if (inline) element.innerHTML = `<script type="application/json">${inline}</script>`;
    container.append(element);
    return element as HTMLElement & { updateComplete: Promise<unknown> };
  };
  const warm = create(0);
  if (ready) await until(() => ready(warm), 10000, `${tag} ready`);
  warm.remove();
  await sleep(300);
  const leftovers = trackLeftovers();
  try {
    const before = leftovers.snapshot();
    for (let i = 1; i <= count; i += 1) {
      const element = create(i);
      await element.updateComplete;
      if (ready) await until(() => ready(element), 10000, `${tag} ready`);
      element.remove();
    }
    await sleep(400);
    expect(
      leftovers.snapshot(),
      `${tag}: timers and listeners after ${count} cycles`,
    ).to.deep.equal(before);
  } finally {
    leftovers.restore();
  }
}

describe('lifecycle', () => {
  it('a badge leaves no timer, listener or request behind after 1,000 cycles', async function () {
    this.timeout(90000);
    const name = uniqueFeedName('cycles');
    await configureFeed(name, { body: cianjurFeed });
    await cycle('mpp-queue-badge', { src: feedUrl(name) }, 1000, {});
    const requestsAfter = (await feedStats(name)).requests;
    await sleep(1000);
    expect((await feedStats(name)).requests, 'no polling after removal').to.equal(requestsAfter);
  });

  it('a checklist leaves nothing behind after 1,000 cycles', async function () {
    this.timeout(90000);
    await cycle('mpp-service-checklist', { service: 'izin-contoh', 'no-persist': '' }, 1000, {
      inline: JSON.stringify(testCatalog),
    });
  });

  it('a finder leaves nothing behind after 1,000 cycles', async function () {
    this.timeout(90000);
    await cycle('mpp-finder', { 'tile-url': LOCAL_TILES }, 1000, {
      inline: JSON.stringify(threeZones),
    });
  });

  it('a finder whose map was drawn releases it (50 cycles, map.remove() each time)', async function () {
    this.timeout(90000);
    const containers: HTMLElement[] = [];
    const drawn = (finder: HTMLElement) => {
      const map = finder.shadowRoot?.querySelector<HTMLElement>('.map');
      if (!map?.querySelector('.leaflet-marker-icon')) return false;
      containers.push(map);
      return true;
    };
    await cycle('mpp-finder', { 'tile-url': LOCAL_TILES }, 50, {
      inline: JSON.stringify(threeZones),
      ready: drawn,
    });
    expect(containers.length).to.be.greaterThan(50);
    const claimed = containers.filter(
      (map) => (map as HTMLElement & { _leaflet_id?: number })._leaflet_id !== undefined,
    );
    expect(claimed, 'maps not removed').to.have.length(0);
  });

  it('registering twice (npm copy + CDN copy) is harmless', async () => {
    const Existing = customElements.get('mpp-queue-badge');
    class Copy extends HTMLElement {}
    expect(() => defineElement('mpp-queue-badge', Copy)).not.to.throw();
    expect(customElements.get('mpp-queue-badge')).to.equal(Existing);
    // The registering module evaluated a second time (the tag pasted twice) must not throw.
    await import('../queue-badge/index.js?second-copy' as string);
    expect(customElements.get('mpp-queue-badge')).to.equal(Existing);
  });
});
