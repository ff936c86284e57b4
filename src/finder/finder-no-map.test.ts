// Its own test file, so its page has loaded nothing of the map before it starts.
import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { until } from '../test-support/feeds.js';
import { finderFixture, visibilityReported } from '../test-support/finder.js';

const mapRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /leaflet|supercluster|finder-map\.|cluster-index/.test(url));

describe('<mpp-finder no-map>', () => {
  it('never fetches Leaflet or clustering; a finder with a map does', async () => {
    const listOnly = await finderFixture({ 'no-map': true });
    await until(() => listOnly.state === 'ready');
    const viewList = await finderFixture({ view: 'list' });
    await until(() => viewList.state === 'ready');
    // Both are on screen and have heard so: a map would have its region, and be loading, now.
    await Promise.all([visibilityReported(listOnly), visibilityReported(viewList)]);
    expect(listOnly.shadowRoot!.querySelector('[part="map"]')).to.equal(null);
    expect(viewList.shadowRoot!.querySelector('[part="map"]')).to.equal(null);
    expect(mapRequests()).to.deep.equal([]);

    // The control: the same page with a map downloads them, so the check above can fail.
    const withMap = await finderFixture();
    withMap.scrollIntoView(); // the map is made only for a finder on screen
    await until(() => !!withMap.shadowRoot!.querySelector('.leaflet-marker-icon'), 10000);
    expect(mapRequests().some((url) => url.includes('leaflet'))).to.equal(true);
  });
});
