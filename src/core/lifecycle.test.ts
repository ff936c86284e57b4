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
import { cianjurFeed } from '../test-support/queue-documents.js';
import '../queue-badge/index.js';
import { defineElement } from './define-element.js';

describe('lifecycle', () => {
  it('leaves no timer behind after 1,000 create/remove cycles', async function () {
    this.timeout(60000);
    const name = uniqueFeedName('cycles');
    await configureFeed(name, { body: cianjurFeed });
    // Count live timers by wrapping the timer functions (in the test, not in the library).
    const live = new Set<unknown>();
    const original = { setTimeout, clearTimeout, setInterval, clearInterval };
    const track = <T extends (...args: never[]) => unknown>(create: T, once: boolean) =>
      ((...args: Parameters<T>) => {
        const [callback, ...rest] = args as unknown as [(...a: unknown[]) => void, ...unknown[]];
        const id = (create as unknown as (...a: unknown[]) => unknown)(
          (...callbackArgs: unknown[]) => {
            if (once) live.delete(id);
            callback(...callbackArgs);
          },
          ...rest,
        );
        live.add(id);
        return id;
      }) as unknown as T;
    const untrack = <T extends (id?: number) => void>(clear: T) =>
      ((id?: number) => {
        live.delete(id);
        clear(id);
      }) as T;
    window.setTimeout = track(original.setTimeout, true);
    window.setInterval = track(original.setInterval, false);
    window.clearTimeout = untrack(original.clearTimeout);
    window.clearInterval = untrack(original.clearInterval);
    try {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const warm = document.createElement('mpp-queue-badge');
      warm.setAttribute('src', feedUrl(name));
      container.append(warm);
      await until(() => warm.state === 'ready', 8000, 'ready');
      warm.remove();
      await sleep(100);
      const before = live.size;
      for (let i = 0; i < 1000; i += 1) {
        const el = document.createElement('mpp-queue-badge');
        el.setAttribute('src', feedUrl(name));
        el.setAttribute('lang', i % 2 ? 'en' : 'id');
        container.append(el);
        await el.updateComplete;
        el.remove();
      }
      await sleep(300);
      expect(live.size, 'live timers after the cycles').to.equal(before);
    } finally {
      Object.assign(window, original);
    }
    const requestsAfter = (await feedStats(name)).requests;
    await sleep(1000);
    expect((await feedStats(name)).requests, 'no polling after removal').to.equal(requestsAfter);
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
