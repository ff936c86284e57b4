// Its own test file, so its page has loaded nothing of the map before it starts.
import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { until } from '../test-support/feeds.js';
import { LOCAL_TILES, ready } from '../test-support/finder.js';
import type { MppFinder } from './finder.js';

const mapRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter(({ name }) => /leaflet|supercluster|finder-map\.|cluster-index|\/tiles\//.test(name));

/** Resolves once `element` has been reported on screen (the finder's own observer saw it too). */
const onScreen = (element: Element) =>
  new Promise<void>((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });

describe('<mpp-finder> narrower than map-min-width', () => {
  it('fetches neither Leaflet, clustering nor tiles until it is wide enough', async () => {
    const sidebar = await fixture<HTMLElement>(html`<aside style="inline-size: 300px"></aside>`);
    sidebar.innerHTML = `<mpp-finder tile-url="${LOCAL_TILES}"></mpp-finder>`;
    const finder = sidebar.querySelector<MppFinder>('mpp-finder')!;
    await ready(finder);
    await onScreen(finder);
    await finder.updateComplete;
    // A map would have been asked for by now (on screen, data there): nothing was.
    expect(finder.shadowRoot!.querySelector('[part~="map"]')).to.equal(null);
    expect(mapRequests().map(({ name }) => name)).to.deep.equal([]);

    // The control: the same finder made wide loads its map, so the check above can fail. Had
    // the narrow finder started the download, Leaflet's request would predate the widening.
    const widenedAt = performance.now();
    sidebar.style.inlineSize = '800px';
    await until(() => !!finder.shadowRoot!.querySelector('.leaflet-marker-icon'), 10000, 'map');
    const leaflet = mapRequests().filter(({ name }) => name.includes('leaflet'));
    expect(leaflet.length).to.be.greaterThan(0);
    for (const request of leaflet) expect(request.startTime).to.be.greaterThan(widenedAt);
  });
});
