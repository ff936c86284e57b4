import { expect } from '@open-wc/testing';
import '../test-support/setup.js';
import { badge } from '../test-support/badge.js';
import {
  configureFeed,
  feedStats,
  secondOriginFeedUrl,
  uniqueFeedName,
  until,
} from '../test-support/feeds.js';
import { WORKER_THRESHOLD_BYTES } from '../finder/locations-fetching.js';
import { finderFixture, served, threeZones } from '../test-support/finder.js';
import { cianjurFeed } from '../test-support/queue-documents.js';

// A page whose own policy gives away its full address (a CMS with `unsafe-url`, or an old
// `no-referrer-when-downgrade`): the page's path and query can say what the visitor was reading.
// The widgets' requests to other origins still send only the page's origin.
describe('referrer policy of cross-origin requests', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'unsafe-url';
    document.head.append(meta);
  });

  const pageOrigin = `${location.origin}/`;

  it('a feed on another origin sees the page origin only', async () => {
    const name = uniqueFeedName('referrer-feed');
    await configureFeed(name, { body: cianjurFeed });
    await badge({ src: await secondOriginFeedUrl(name) }, 'ready');
    const { lastReferer } = await feedStats(name);
    expect(location.search, 'the page address has a query to leak').not.to.equal('');
    expect(lastReferer).to.equal(pageOrigin);
  });

  it('a large locations document on another origin, downloaded by a worker, sees the page origin only', async () => {
    const name = uniqueFeedName('referrer-large');
    // Large enough that the finder leaves it to its reading worker, which asks again.
    await configureFeed(name, {
      raw: JSON.stringify(threeZones) + ' '.repeat(WORKER_THRESHOLD_BYTES),
    });
    const finder = await finderFixture({ src: await secondOriginFeedUrl(name), view: 'list' });
    await until(() => finder.state === 'ready', 10000, 'the list');
    const { requests, lastReferer } = await feedStats(name);
    expect(requests).to.equal(2); // the page's, dropped at its headers, then the worker's
    expect(lastReferer).to.equal(pageOrigin);
  });

  it('a tile server on another origin sees the page origin only', async () => {
    const name = uniqueFeedName('referrer-tiles');
    await configureFeed(name, { png: true });
    const tiles = `${await secondOriginFeedUrl(name)}?z={z}&x={x}&y={y}`;
    await finderFixture({ 'tile-url': tiles, src: await served(threeZones) });
    await until(async () => (await feedStats(name)).requests > 0, 10000, 'a tile request');
    expect((await feedStats(name)).lastReferer).to.equal(pageOrigin);
  });
});
