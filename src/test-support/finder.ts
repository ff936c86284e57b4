// Locations documents (contract §6.1) and a fixture for the finder tests.
import { fixture, html } from '@open-wc/testing';
import bundledLocations from '../data/locations.json';
import { configureFeed, feedUrl, uniqueFeedName, until } from './feeds.js';
import type { MppFinder } from '../finder/finder.js';
import '../finder/index.js';

/** Tiles from the test server (answered 404): tests never touch the internet. */
export const LOCAL_TILES = '/tiles/{z}/{x}/{y}.png';

/** Nothing listens on port 9: every tile fails at once, as when offline or blocked. */
export const UNREACHABLE_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';

export { threeZones, threeZonesWith } from './three-zones.js';

/**
 * A finder with `attributes`; `children` (markup, e.g. inline JSON scripts) are in place
 * before it connects, as on a page.
 */
export async function finderFixture(
  attributes: Record<string, string | boolean> = {},
  children?: string,
) {
  const created = document.createElement('mpp-finder');
  if (children !== undefined) created.innerHTML = children;
  const element = await fixture<MppFinder>(html`${created}`);
  const all: Record<string, string | boolean> = { 'tile-url': LOCAL_TILES, ...attributes };
  for (const [name, value] of Object.entries(all)) {
    if (value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : value);
  }
  return element;
}

export const ready = (finder: MppFinder) =>
  until(() => finder.state !== 'loading', 8000, 'finder data');
export const names = (finder: MppFinder) =>
  [...finder.shadowRoot!.querySelectorAll('.item .name')].map((button) =>
    button.textContent!.trim(),
  );

export async function served(document: unknown, config: { status?: number; raw?: string } = {}) {
  const name = uniqueFeedName('locations');
  await configureFeed(name, config.raw === undefined ? { body: document, ...config } : config);
  return feedUrl(name);
}

/** Changes the language as a page would (the attribute) and waits for the re-render. */
export async function speak(finder: MppFinder, lang: string) {
  finder.setAttribute('lang', lang);
  await until(() => finder.locale === (lang.startsWith('en') ? 'en' : 'id'));
  await finder.updateComplete;
}

/** Freezes `Date.now` (what the element's clock reads) for one test. */
export function atInstant(iso: string): () => void {
  const realNow = Date.now;
  const fixed = new Date(iso).getTime();
  Date.now = () => fixed;
  return () => (Date.now = realNow);
}

/** How many MPPs the bundled list holds, in all and in one province: tests follow the data. */
export const BUNDLED_COUNT = bundledLocations.features.length;
export const bundledInProvince = (code: string) =>
  bundledLocations.features.filter(({ properties }) => properties.provinceCode === code).length;

/**
 * The map has settled: Leaflet is in, and no update is waiting for a typing pause or still
 * drawing (the map region's `aria-busy` is gone). The signal to wait for instead of a sleep
 * "past the map's update delay".
 */
export const mapSettled = (finder: MppFinder, timeoutMs = 10000) =>
  until(
    () => {
      const map = finder.shadowRoot!.querySelector('.map');
      return !!map?.classList.contains('leaflet-container') && !map.hasAttribute('aria-busy');
    },
    timeoutMs,
    'the map to settle',
  );

/**
 * Resolves once the browser has told `element`'s own IntersectionObservers whether it is on
 * screen: observers are notified in the order they were created, so one made now hears after
 * any the element made when it connected. Then whatever the element does about it has run.
 */
export function visibilityReported(element: HTMLElement & { updateComplete: Promise<unknown> }) {
  return new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  }).then(() => element.updateComplete);
}
