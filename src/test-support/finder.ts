// Locations documents (contract §6.1) and a fixture for the finder tests.
import { fixture, html } from '@open-wc/testing';
import type { MppFinder } from '../finder/finder.js';
import '../finder/index.js';

/** Tiles from the test server (answered 404): tests never touch the internet. */
export const LOCAL_TILES = '/tiles/{z}/{x}/{y}.png';

/** Nothing listens on port 9: every tile fails at once, as when offline or blocked. */
export const UNREACHABLE_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';

export { threeZones } from './three-zones.js';

export async function finderFixture(attributes: Record<string, string | boolean> = {}) {
  const element = await fixture<MppFinder>(html`<mpp-finder></mpp-finder>`);
  const all: Record<string, string | boolean> = { 'tile-url': LOCAL_TILES, ...attributes };
  for (const [name, value] of Object.entries(all)) {
    if (value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : value);
  }
  return element;
}
